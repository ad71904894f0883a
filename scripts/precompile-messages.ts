import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import MagicString from "magic-string";
import { parseAst, type Plugin } from "vite";

/**
 * The production build's messages, parsed at build time (decision 0016, "Cost"): every English
 * `defaultMessage` written in the code (`defineMessages`, `message()`, `formatMessage`,
 * `<FormattedMessage>`) and every ICU catalogue (`editor/src/i18n/messages/<lang>/<area>.json`
 * but `blocks`, the storefront's `domain/storefront-i18n/<lang>.json`) become FormatJS's
 * message AST, so the ICU parser is left out of the bundle: `@formatjs/icu-messageformat-parser`
 * resolves to its `no-parser` entry. The nested copies of intl-messageformat and the parser that
 * npm installed for react-intl and @formatjs/intl resolve to the top-level ones, so one copy of
 * each ships.
 *
 * The dev server and the tests run the sources as written (strings, parsed at runtime); the
 * build's output formats the same messages from their AST.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);

/** The packages npm nests several copies of under react-intl: one copy each in the bundle. */
const SHARED = [
  "intl-messageformat",
  "@formatjs/fast-memoize",
  "@formatjs/icu-skeleton-parser",
  "@formatjs/ecma402-abstract",
  "@formatjs/intl-localematcher",
];
const NO_PARSER = require.resolve("@formatjs/icu-messageformat-parser/no-parser.js");

/** Catalogues whose values are ICU messages. `blocks.json` holds plain words, looked up as text. */
const CATALOGUE =
  /[\\/](editor[\\/]src[\\/]i18n[\\/]messages[\\/][^\\/]+[\\/](?!blocks\.json)[^\\/]+|domain[\\/]storefront-i18n[\\/][^\\/]+)\.json$/;
const SOURCE = /\.(ts|tsx)$/;

/** A message as FormatJS's AST, parsed as `intl-messageformat` parses a string at runtime. */
export function compileMessage(message: string, where: string): MessageFormatElement[] {
  try {
    return parse(message);
  } catch (error) {
    throw new Error(`${where}: not a valid ICU message: ${JSON.stringify(message)}`, {
      cause: error,
    });
  }
}

/**
 * A catalogue's JSON with every string value parsed (an already compiled one is kept), but the
 * block library's words (`blocks.…`, read as text by blockWords.ts; en-XA keeps them in its one file).
 */
export function compileCatalogue(json: string, where: string): string {
  const messages = JSON.parse(json) as Record<string, unknown>;
  const compiled = Object.fromEntries(
    Object.entries(messages).map(([id, value]) => [
      id,
      typeof value === "string" && !id.startsWith("blocks.")
        ? compileMessage(value, `${where} ${id}`)
        : value,
    ]),
  );
  return JSON.stringify(compiled);
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** The string a literal or an expression-free template holds, else null. */
function constantString(node: Node | null | undefined): string | null {
  if (!node) return null;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && (node.expressions as Node[]).length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string | null } }[];
    return quasi?.value.cooked ?? null;
  }
  if (node.type === "JSXExpressionContainer") return constantString(node.expression as Node);
  return null;
}

function keyName(node: Node): string | null {
  if (node.type === "Identifier") return node.name as string;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  return null;
}

/** The code with each written `defaultMessage` string replaced by its AST; null when none. */
export function compileDefaultMessages(code: string, id: string) {
  if (!code.includes("defaultMessage")) return null;
  const ast = parseAst(code, { lang: id.endsWith(".tsx") ? "tsx" : "ts" }, id);
  const out = new MagicString(code);
  let changed = false;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const n = node as Node;
    if (n.type === "Property" && !n.computed && keyName(n.key as Node) === "defaultMessage") {
      const value = n.value as Node;
      const text = constantString(value);
      if (text !== null) {
        out.overwrite(value.start, value.end, JSON.stringify(compileMessage(text, id)));
        changed = true;
      }
    } else if (n.type === "JSXAttribute" && (n.name as Node).name === "defaultMessage") {
      const value = n.value as Node;
      const text = constantString(value);
      if (text !== null) {
        out.overwrite(value.start, value.end, `{${JSON.stringify(compileMessage(text, id))}}`);
        changed = true;
      }
    }
    for (const key in n) if (key !== "type") visit(n[key]);
  };
  visit(ast);
  return changed
    ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) }
    : null;
}

export function precompileMessages(): Plugin {
  return {
    name: "pegasus:precompile-messages",
    apply: "build",
    enforce: "pre",
    config: () => ({
      resolve: {
        alias: [
          { find: /^@formatjs\/icu-messageformat-parser$/, replacement: NO_PARSER },
          ...SHARED.map((name) => ({
            find: new RegExp(`^${name.replace(/[/]/g, "\\/")}$`),
            replacement: require.resolve(name),
          })),
        ],
      },
    }),
    transform: {
      filter: { id: { include: [SOURCE, /\.json$/], exclude: /node_modules/ } },
      handler(code, id) {
        const file = id.split("?")[0]!;
        if (!file.startsWith(ROOT)) return null;
        if (CATALOGUE.test(file)) return { code: compileCatalogue(code, file), map: null };
        if (SOURCE.test(file)) return compileDefaultMessages(code, file);
        return null;
      },
    },
  };
}
