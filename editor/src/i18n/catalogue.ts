import { useSyncExternalStore } from "react";
import { browserLanguages, pickLanguage, requestedLanguage, type UiLanguage } from "./languages.ts";

/**
 * The app's messages, loaded per area as routes need them: the sign-in pages load "app", the
 * editor "editor" and "blocks", the store admin "commerce"... so a screen downloads only its own
 * words (each ./messages/<language>/<area>.json is its own chunk). English needs no download: its
 * words are the code's `defaultMessage`s.
 *
 * Module state rather than React state, because route loaders (outside React) wait for an area
 * before the screen renders; components read it through `useCatalogue`.
 */
export const AREAS = ["app", "editor", "blocks", "commerce", "ai", "media", "review"] as const;
export type Area = (typeof AREAS)[number];

type Messages = Record<string, string>;

const files = import.meta.glob<Messages>("./messages/*/*.json", { import: "default" });

type State = { language: UiLanguage; messages: Messages };

/** `?lang=` of the page the app started on: it wins over the account for the whole visit. */
const requested = requestedLanguage(typeof location === "undefined" ? "" : location.search);

let state: State = {
  language: requested ?? pickLanguage(null, browserLanguages()),
  messages: {},
};
const loaded = new Map<string, Promise<Messages>>();
const wanted = new Set<Area>();
const listeners = new Set<() => void>();

function emit(next: State) {
  state = next;
  for (const listener of listeners) listener();
}

function fetchArea(language: UiLanguage, area: Area): Promise<Messages> {
  const key = `./messages/${language}/${area}.json`;
  let promise = loaded.get(key);
  if (!promise) {
    const load = files[key];
    promise = load ? load() : Promise.resolve({});
    loaded.set(key, promise);
  }
  return promise;
}

/** Resolves once `area`'s words of the current language are in the catalogue. */
export async function loadArea(area: Area): Promise<void> {
  wanted.add(area);
  const { language } = state;
  const messages = await fetchArea(language, area);
  if (state.language !== language) return;
  if (Object.keys(messages).every((id) => state.messages[id] === messages[id])) return;
  emit({ language, messages: { ...state.messages, ...messages } });
}

/** Speaks `language` from now on: the areas already shown are loaded in it first. */
export async function setLanguage(language: UiLanguage): Promise<void> {
  if (language === state.language) return;
  const parts = await Promise.all([...wanted].map((area) => fetchArea(language, area)));
  emit({ language, messages: Object.assign({}, ...parts) as Messages });
}

/**
 * Speaks the account's language (`User.locale`); null follows the browser. A `?lang=` the visit
 * started with stays in force.
 */
export function followAccount(setting: string | null): Promise<void> {
  return setLanguage(requested ?? pickLanguage(setting, browserLanguages()));
}

export function currentLanguage(): UiLanguage {
  return state.language;
}

/** The catalogue as it stands, for code outside React (the server's refusals, `toProblem`). */
export function catalogueNow(): Readonly<State> {
  return state;
}

export function useCatalogue(): State {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
