import type { AiProvider } from "./port.ts";
import { LANGUAGES, type LanguageCode } from "../../domain/ai-vocabulary.ts";

/** What the configured provider can do, so the editor offers only that. */
export type AiCapabilities = {
  provider: { kind: AiProvider["kind"]; model: string };
  /** The languages it writes a store in, of those the wizard knows. */
  languages: LanguageCode[];
  /**
   * Whether `ai.rewrite` translates, and why not when it does not: `code` for the app to word
   * ("offlineWriter": the built-in offline writer runs, no model is configured), `reason` in English.
   */
  translate:
    | { available: true }
    | { available: false; code: "offlineWriter" | "unavailable"; reason: string };
};

export function aiCapabilities(provider: AiProvider): AiCapabilities {
  const all = Object.keys(LANGUAGES) as LanguageCode[];
  return {
    provider: { kind: provider.kind, model: provider.model },
    languages: provider.languages ? all.filter((l) => provider.languages!.includes(l)) : all,
    translate: provider.cannotTranslate
      ? {
          available: false,
          code: provider.kind === "offline" ? "offlineWriter" : "unavailable",
          reason: provider.cannotTranslate,
        }
      : { available: true },
  };
}
