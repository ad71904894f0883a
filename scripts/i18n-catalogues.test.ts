import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script, typed by use.
import { extractEnglish } from "./i18n-extract.mjs";

const messagesDir = fileURLToPath(new URL("../editor/src/i18n/messages", import.meta.url));
const english = extractEnglish() as Record<string, string>;
/** Languages with catalogues written by people (the pseudo-locale is generated from English). */
const languages = readdirSync(messagesDir).filter((name) => name !== "en-XA");

/**
 * A language's ICU messages. `blocks.json` is not one: the block library's words are plain text
 * with ids derived from the block definitions, checked against the registry by
 * editor/src/i18n/blockWords.test.tsx.
 */
function catalogue(language: string): Record<string, string> {
  const words: Record<string, string> = {};
  for (const file of readdirSync(path.join(messagesDir, language))) {
    if (file === "blocks.json") continue;
    Object.assign(words, JSON.parse(readFileSync(path.join(messagesDir, language, file), "utf8")));
  }
  return words;
}

/** Placeholders and tags of a message, sorted: `{count}`, `{count, plural}`, `<link>`. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      found.add(element.type === TYPE.tag ? `<${element.value}>` : `{${element.value}}`);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** The words of a message (its literal text), without placeholders and ICU syntax. */
function texts(message: string): string[] {
  const found: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) found.push(element.value);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return found;
}

/**
 * French typography's mistakes in a text: a plain space before `? ! : ;` (it must be a no-break
 * one, U+202F or U+00A0, or the sign wraps to the next line alone), or no space at all.
 */
export function frenchTypographyMistakes(text: string): string[] {
  const mistakes: string[] = [];
  for (const match of text.matchAll(/(.)([?!:;])/gu)) {
    const [, before, sign] = match;
    // A ratio or a time ("16:9", "10:30") is not punctuation.
    if (sign === ":" && /\d/.test(before!) && /\d/.test(text[match.index! + 2] ?? "")) continue;
    if (before === " ") mistakes.push(`plain space before "${sign}"`);
    else if (before !== "\u202f" && before !== "\u00a0" && !/[?!]/.test(before!)) {
      mistakes.push(`no space before "${sign}"`);
    }
  }
  return mistakes;
}

describe("the catalogues", () => {
  it("finds the app's English in the code", () => {
    expect(english["auth.login.submit"]).toBe("Log in");
    expect(Object.keys(english).length).toBeGreaterThan(40);
  });

  it("catches French typography's mistakes", () => {
    expect(frenchTypographyMistakes("Mot de passe oublié ?")).toEqual(['plain space before "?"']);
    expect(frenchTypographyMistakes("Supprimer ?")).toHaveLength(1);
    expect(frenchTypographyMistakes("Attention: fini")).toEqual(['no space before ":"']);
    expect(frenchTypographyMistakes("Supprimer\u202f? Oui\u00a0!")).toEqual([]);
    expect(frenchTypographyMistakes("Format 16:9, ouvert dès 10:30")).toEqual([]);
  });

  describe.each(languages)("%s", (language) => {
    const words = catalogue(language);

    it("has every English message and no other", () => {
      expect(Object.keys(words).filter((id) => !(id in english))).toEqual([]);
      expect(Object.keys(english).filter((id) => !(id in words))).toEqual([]);
    });

    it("keeps each message's placeholders and tags", () => {
      const differ = Object.keys(english)
        .filter((id) => id in words)
        .filter((id) => placeholders(words[id]!).join() !== placeholders(english[id]!).join());
      expect(differ).toEqual([]);
    });

    it.runIf(language === "fr")("follows French typography", () => {
      const wrong = Object.entries(words).flatMap(([id, message]) =>
        texts(message).flatMap((text) =>
          frenchTypographyMistakes(text).map((mistake) => `${id}: ${mistake}`),
        ),
      );
      expect(wrong).toEqual([]);
    });
  });
});
