import fc from "fast-check";
import { RICH_TEXT_PACKAGE_NODE_TYPES } from "../../domain/rich-text.ts";
import type { FieldDefinition, FieldMap } from "../fields/types.ts";
import type { RichTextState, SerializedRichTextNode } from "../shared/rich-text-value/schema.ts";

/**
 * fast-check arbitraries built from a block's field definitions: whatever the props panel could
 * produce, plus hostile strings and URLs in every text and link. Shared by all block tests.
 */

export const HOSTILE_STRINGS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "</style><script>alert(1)</script>",
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
  "&lt;b&gt;&amp;",
  "\u0000\u0007\u202e",
  "𝔉𝔞𝔫𝔠𝔶 ✨ 汉字 العربية",
  "' OR 1=1 --",
  "a".repeat(40),
] as const;

export const HOSTILE_URLS = [
  "javascript:alert(1)",
  " JaVaScRiPt:alert(document.cookie)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "\u0001javascript:alert(1)",
  "&#106;avascript:alert(1)",
  "javascript&colon;alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "//evil.example/x",
  "/\\evil.example",
  '"><script>alert(1)</script>',
  "https://",
] as const;

export const FRIENDLY_URLS = [
  "",
  "/",
  "/about",
  "/products/linen-apron?colour=sage#details",
  "#contact",
  "https://example.com/shop?x=1&y=2",
  "mailto:hello@juniperandoak.com",
  "tel:+15551234567",
] as const;

export const IMAGE_URLS = [
  "",
  "/media/apron-front.jpg",
  "https://images.unsplash.com/photo-1523275335684?fit=crop",
  "https://cdn.shopify.com/s/files/1/shop/mug.jpg",
  "https://example.com/a.png",
] as const;

export interface ArbitraryEnv {
  productIds: readonly string[];
  collectionIds: readonly string[];
}

const DEFAULT_ENV: ArbitraryEnv = {
  productIds: ["prod_apron", "prod_mug", "prod_candle"],
  collectionIds: ["col_kitchen", "col_home"],
};

export function arbitraryText(maxLength: number): fc.Arbitrary<string> {
  const hostile = HOSTILE_STRINGS.filter((s) => s.length <= maxLength);
  const plain = fc.string({ maxLength, unit: "binary" }).map((s) => s.slice(0, maxLength));
  return hostile.length > 0 ? fc.oneof(plain, fc.constantFrom(...hostile)) : plain;
}

export function arbitraryUrl(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...FRIENDLY_URLS),
    fc.constantFrom(...HOSTILE_URLS),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
  );
}

export function arbitraryImage(): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      src: fc.oneof(fc.constantFrom(...IMAGE_URLS), fc.constantFrom(...HOSTILE_URLS)),
      alt: arbitraryText(300),
      decorative: fc.boolean(),
      width: fc.integer({ min: 1, max: 4000 }),
      height: fc.integer({ min: 1, max: 4000 }),
    },
    { requiredKeys: ["src", "alt", "decorative"] },
  );
}

function textNode(text: string, format: number): SerializedRichTextNode {
  return { type: "text", text, format, detail: 0, mode: "normal", style: "", version: 1 };
}

/** Lexical states with every allowed node type, unknown types and hostile text and links. */
export function arbitraryRichText(): fc.Arbitrary<RichTextState> {
  const leaf = fc.oneof(
    fc.tuple(arbitraryText(80), fc.integer({ min: 0, max: 255 })).map(([t, f]) => textNode(t, f)),
    fc.constant<SerializedRichTextNode>({ type: "linebreak", version: 1 }),
    arbitraryText(20).map((t): SerializedRichTextNode => ({ type: "mystery-embed", text: t })),
  );
  const { node } = fc.letrec<{ node: SerializedRichTextNode; element: SerializedRichTextNode }>(
    (tie) => ({
      node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("element")),
      element: fc
        .record({
          // Every element type of the list, and one it does not have.
          type: fc.constantFrom("paragraph", ...RICH_TEXT_PACKAGE_NODE_TYPES, "table"),
          children: fc.array(tie("node"), { maxLength: 3 }),
          tag: fc.constantFrom("h1", "h2", "h3", "h6", "script", "h7"),
          listType: fc.constantFrom("bullet", "number", "check"),
          url: arbitraryUrl(),
          format: fc.constantFrom("", "center", "right", "justify", "expression(alert(1))"),
          start: fc.integer({ min: -5, max: 5 }),
        })
        .map((r) => r as SerializedRichTextNode),
    }),
  );
  return fc
    .array(node, { maxLength: 4 })
    .map((children) => ({ root: { type: "root" as const, children, version: 1 } }));
}

export function arbitraryForField(
  field: FieldDefinition,
  env: ArbitraryEnv = DEFAULT_ENV,
): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case "text":
    case "textarea":
      return arbitraryText(field.maxLength);
    case "number":
      return fc.integer({ min: field.min, max: field.max });
    case "select":
      return fc.constantFrom(...field.options.map((o) => o.value));
    case "toggle":
      return fc.boolean();
    case "color": {
      const tokens = fc.constantFrom(...field.tokens);
      return field.allowCustom
        ? fc.oneof(
            tokens,
            fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, "0")}`),
          )
        : tokens;
    }
    case "image":
      return arbitraryImage();
    case "link":
      return arbitraryUrl();
    case "richtext":
      return arbitraryRichText();
    case "list":
      return fc.array(arbitraryProps(field.itemFields, env), {
        minLength: field.min,
        maxLength: Math.min(field.max, Math.max(field.min, 4)),
      });
    case "responsive": {
      const inner = arbitraryForField(field.field, env);
      return fc.oneof(
        inner,
        fc.record({ mobile: inner, tablet: inner, desktop: inner }, { requiredKeys: [] }),
      );
    }
    case "product":
      return fc.constantFrom("", "prod_missing", ...env.productIds);
    case "products":
      return fc.array(fc.constantFrom("prod_missing", ...env.productIds), {
        maxLength: Math.min(field.max, 6),
      });
    case "collection":
      return fc.constantFrom("", "col_missing", ...env.collectionIds);
    case "collections":
      return fc.array(fc.constantFrom("col_missing", ...env.collectionIds), {
        maxLength: Math.min(field.max, 6),
      });
  }
}

export function arbitraryProps(
  fields: FieldMap<Record<string, unknown>> | Readonly<Record<string, FieldDefinition>>,
  env: ArbitraryEnv = DEFAULT_ENV,
): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(fields).map(
    ([key, field]) => [key, arbitraryForField(field, env)] as const,
  );
  return fc.record(Object.fromEntries(entries));
}
