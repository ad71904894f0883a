import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { compileCatalogue, compileDefaultMessages } from "./precompile-messages.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The value a compiled module gives `defaultMessage`, read back from its code. */
function compiledMessages(code: string): MessageFormatElement[][] {
  const found: MessageFormatElement[][] = [];
  for (const match of code.matchAll(/defaultMessage(?:=\{|: )\[/g)) {
    const start = match.index + match[0].length - 1;
    // The shortest "[...]" from there that is JSON: the AST the build wrote.
    for (let end = code.indexOf("]", start); end !== -1; end = code.indexOf("]", end + 1)) {
      try {
        found.push(JSON.parse(code.slice(start, end + 1)) as MessageFormatElement[]);
        break;
      } catch {
        // not the closing bracket yet
      }
    }
  }
  return found;
}

/** Formats a message from its AST, as the build does, without the ICU parser. */
function formatAst(ast: MessageFormatElement[], values?: Record<string, string | number>) {
  const format = new IntlMessageFormat(ast, "fr");
  return String(format.format(values));
}

describe("the build's precompiled messages (decision 0016, Cost)", () => {
  it("parses every written defaultMessage: objects, JSX props, templates, accented text", () => {
    const source = [
      `const a = defineMessages({ one: { id: "app.x.one", defaultMessage: "Déjà {count, plural, one {# commande} other {# commandes}}" } });`,
      `const b = message({ id: "app.x.two", defaultMessage: \`Bonjour {name}\` });`,
      `const c = <FormattedMessage id="app.x.three" defaultMessage="« Prêt » à {when}" values={{ when }} />;`,
      `const d: string = "defaultMessage stays a word here";`,
    ].join("\n");
    const result = compileDefaultMessages(source, "/x/Screen.tsx")!;
    expect(result.code).not.toContain(`defaultMessage: "Déjà`);
    expect(result.code).toContain(`const d: string = "defaultMessage stays a word here";`);
    const [one, two, three] = compiledMessages(result.code);
    expect(formatAst(one!, { count: 2 })).toBe("Déjà 2 commandes");
    expect(formatAst(two!, { name: "Léa" })).toBe("Bonjour Léa");
    expect(formatAst(three!, { when: "midi" })).toBe("« Prêt » à midi");
  });

  it("leaves a file without written messages alone", () => {
    expect(compileDefaultMessages(`export const x = 1;`, "/x/a.ts")).toBeNull();
    expect(
      compileDefaultMessages(`export const x = { defaultMessage: words };`, "/x/a.ts"),
    ).toBeNull();
  });

  it("fails the build on a message that is not valid ICU", () => {
    expect(() =>
      compileDefaultMessages(`f({ id: "a.b.c", defaultMessage: "{count, plural," });`, "/x/a.ts"),
    ).toThrow(/not a valid ICU message/);
  });

  it("keeps the block library's words as text wherever they are (en-XA has them in app.json)", () => {
    const compiled = JSON.parse(
      compileCatalogue(
        JSON.stringify({ "blocks.hero.name": "[Ħḗḗřǿǿ]", "app.x.y": "[Ȧ {n}]" }),
        "/x/en-XA/app.json",
      ),
    ) as Record<string, unknown>;
    expect(compiled["blocks.hero.name"]).toBe("[Ħḗḗřǿǿ]");
    expect(Array.isArray(compiled["app.x.y"])).toBe(true);
  });

  it("compiles every French catalogue of the app and the storefront to the same words", () => {
    const catalogues = [
      path.join(ROOT, "editor/src/i18n/messages/fr"),
      path.join(ROOT, "domain/storefront-i18n"),
    ].flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith(".json") && name !== "blocks.json")
        .map((name) => path.join(dir, name)),
    );
    expect(catalogues.length).toBeGreaterThan(6);
    for (const file of catalogues) {
      const text = readFileSync(file, "utf8");
      const strings = JSON.parse(text) as Record<string, string>;
      const compiled = JSON.parse(compileCatalogue(text, file)) as Record<
        string,
        MessageFormatElement[]
      >;
      expect(Object.keys(compiled)).toEqual(Object.keys(strings));
      for (const [id, source] of Object.entries(strings)) {
        if (/[{<]/.test(source)) continue; // placeholders: their values are the screens' own
        expect(formatAst(compiled[id]!), `${file} ${id}`).toBe(
          String(new IntlMessageFormat(source, "fr").format()),
        );
      }
    }
  });
});
