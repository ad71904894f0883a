import { describe, expect, it } from "vitest";
import type { Block, SiteDoc } from "../blocks/doc/schema.ts";
import type { AnyBlockDefinition } from "../blocks/definition.ts";
import type { FieldDefinition } from "../blocks/fields/types.ts";
import { blockRegistry, canContain } from "../blocks/registry.ts";
import type { StorefrontData } from "../blocks/render/commerce.ts";
import type { RichTextState } from "../blocks/shared/rich-text-value/schema.ts";
import { defaultTheme } from "../blocks/theme/index.ts";
import { demoCollections, demoProducts, demoSiteDoc } from "../demo-store/index.ts";
import { islandsScriptPath } from "./islands/bundle.ts";
import { renderPage } from "./render-page.tsx";
import { allElements, attr, textOf } from "./testing/html.ts";
import type { RenderProblem, SiteRenderInput } from "./types.ts";

/**
 * Hostile content in every text, link and image prop of every block type (found from each
 * block's field definitions), and in every field the renderer prints itself (site name, nav,
 * SEO, products, cart, theme). Whatever goes in, the browser must get no script but ours, no
 * event handlers, no script-capable URLs and a <style> element that stays closed.
 */

const HOSTILE_TEXT = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)' x='",
  "</script><script>alert(document.cookie)</script>",
  "</style><script>alert(1)</script><style>",
  "x{}</style><img src=x onerror=alert(1)>",
  "expression(alert(1))",
  "url(javascript:alert(1))",
  "line\u2028separator\u2029paragraph",
  "\u202eRTL override gnp.exe",
  "null\u0000byte",
  "＜script＞alert(1)＜/script＞",
  "<!-- <svg onload=alert(1)> -->",
  "{{constructor.constructor('alert(1)')()}}",
  "]]></loc><script>alert(1)</script>",
] as const;

const HOSTILE_URLS = [
  "javascript:alert(1)",
  " JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "\u0001javascript:alert(1)",
  "&#106;avascript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:image/svg+xml,<svg onload=alert(1)>",
  "vbscript:msgbox(1)",
  '"><script>alert(1)</script>',
  "//evil.example/x",
  "javascript:/*</script>*/alert(1)",
  "https://example.com/\u2028</script>",
] as const;

function hostileRichText(text: string, url: string): RichTextState {
  const t = (value: string) => ({
    type: "text",
    text: value,
    format: 1,
    detail: 0,
    mode: "normal",
    style: "",
    version: 1,
  });
  return {
    root: {
      type: "root",
      version: 1,
      children: [
        { type: "heading", tag: "script", version: 1, children: [t(text)] },
        {
          type: "paragraph",
          format: "expression(alert(1))",
          version: 1,
          children: [t(text), { type: "link", url, version: 1, children: [t(text)] }],
        },
        { type: "mystery-embed", html: text, version: 1 },
      ],
    },
  };
}

/** Hostile values for one field; `style` turns style-ish fields hostile too (those must be refused). */
function hostileValue(
  field: FieldDefinition,
  current: unknown,
  text: string,
  url: string,
  style: boolean,
): unknown {
  switch (field.kind) {
    case "text":
    case "textarea":
      return text.slice(0, field.maxLength);
    case "link":
      return url;
    case "image":
      return { ...(current as object), src: url, alt: text.slice(0, 300), decorative: false };
    case "richtext":
      return hostileRichText(text, url);
    case "list": {
      const items = Array.isArray(current) && current.length > 0 ? current : [field.defaultItem];
      return items.map((item) =>
        hostileProps(field.itemFields, item as Record<string, unknown>, text, url, style),
      );
    }
    case "color":
    case "select":
    case "number":
    case "responsive":
      if (!style) return current;
      return field.kind === "responsive"
        ? { mobile: "</style><script>alert(1)</script>", desktop: "expression(alert(1))" }
        : field.kind === "number"
          ? "1;}</style><script>alert(1)</script>"
          : "red;}</style><script>alert(1)</script>";
    default:
      return current;
  }
}

function hostileProps(
  fields: Readonly<Record<string, FieldDefinition>>,
  base: Record<string, unknown>,
  text: string,
  url: string,
  style: boolean,
): Record<string, unknown> {
  const props: Record<string, unknown> = { ...base };
  for (const [name, field] of Object.entries(fields)) {
    props[name] = hostileValue(field, base[name], text, url, style);
  }
  return props;
}

const definitions = Object.values(blockRegistry) as AnyBlockDefinition[];

/** One block of every type, with children where the type takes them. */
function everyBlock(text: string, url: string, style: boolean, prefix: string): Block[] {
  const make = (def: AnyBlockDefinition, n: number): Block => ({
    id: `${prefix}-${def.type}-${n}`,
    type: def.type,
    props: hostileProps(
      def.fields as Record<string, FieldDefinition>,
      def.defaultProps as Record<string, unknown>,
      text,
      url,
      style,
    ),
  });
  let serial = 0;
  const withChildren = (def: AnyBlockDefinition, depth: number): Block => {
    const block = make(def, serial++);
    if (def.allowedChildren === "none" || depth > 2) return block;
    const accepted = definitions.filter((child) => canContain(def.type, child.type));
    const leaves = accepted.filter((child) => child.allowedChildren === "none");
    const containers = accepted.filter((child) => child.allowedChildren !== "none");
    // Every leaf type at each level, and each container type once more below (columns -> column -> leaves).
    block.children = [
      ...leaves.map((child) => make(child, serial++)),
      ...(depth === 0 || leaves.length === 0
        ? containers.map((child) => withChildren(child, depth + 1))
        : []),
    ];
    return block;
  };
  const blocks: Block[] = [];
  for (const def of definitions) {
    if (canContain("page", def.type)) blocks.push(withChildren(def, 0));
  }
  return blocks;
}

function hostileSite(
  text: string,
  url: string,
  style: boolean,
  theme: unknown = demoSiteDoc.theme,
): SiteDoc {
  const blocks = everyBlock(text, url, style, "h");
  return {
    ...demoSiteDoc,
    // Built as an object on purpose: the renderer must hold even when the schema was bypassed.
    theme: theme as SiteDoc["theme"],
    settings: {
      ...demoSiteDoc.settings,
      name: text,
      description: text,
      logo: { src: url, alt: text },
      social: [{ platform: "instagram", url }],
    },
    nav: [
      { id: "nav-x", label: text, href: url, children: [{ id: "nav-y", label: text, href: url }] },
    ],
    pages: [
      {
        id: "page-home",
        slug: "",
        title: text,
        seo: { title: text, description: text, image: url },
        blocks,
      },
      {
        id: "page-product",
        slug: "product",
        title: text,
        blocks: everyBlock(text, url, style, "p"),
      },
      {
        id: "page-cart",
        slug: "cart",
        title: text,
        blocks: [{ id: "cart-1", type: "cart", props: {} }],
      },
    ],
  };
}

function hostileData(text: string, url: string): StorefrontData {
  const product = demoProducts[0]!;
  return {
    products: [
      {
        ...product,
        title: text,
        descriptionHtml: `<p onclick="alert(1)">${text}</p><script>alert(1)</script><a href="${url}">x</a>`,
        images: [{ src: url, alt: text, width: 800, height: 1000 }, ...product.images],
        variants: product.variants.map((v) => ({ ...v, title: text })),
        options: [{ name: text, values: [text] }],
      },
      ...demoProducts.slice(1),
    ],
    collections: demoCollections.map((c) => ({
      ...c,
      title: text,
      description: text,
      image: { src: url, alt: text, width: 10, height: 10 },
    })),
    cart: {
      currency: "USD",
      subtotal: 100,
      lines: [
        {
          id: "line-1",
          productId: product.id,
          variantId: product.variants[0]!.id,
          handle: product.handle,
          title: text,
          variantTitle: text,
          quantity: 1,
          unitPrice: 100,
          lineTotal: 100,
          image: { src: url, alt: text, width: 10, height: 10 },
        },
      ],
    },
  };
}

const URL_ATTRIBUTES = [
  "href",
  "src",
  "action",
  "formaction",
  "poster",
  "cite",
  "data",
  "xlink:href",
  "data-embed-src",
  "data-cart-api",
  "data-cart-update",
  "data-product-base",
];

/** Everything the browser would do that we did not intend. Empty means the page is safe. */
function unsafeParts(html: string): string[] {
  const found: string[] = [];
  const elements = allElements(html);
  const styles = elements.filter((el) => el.tagName === "style");
  if (styles.length !== 1) found.push(`${styles.length} <style> elements`);
  for (const el of elements) {
    if (el.tagName === "script") {
      const type = attr(el, "type");
      if (type === "module" && attr(el, "src") === islandsScriptPath() && textOf(el) === "")
        continue;
      if (type === "application/ld+json") {
        const json = textOf(el);
        if (/[<>]/.test(json)) found.push(`unescaped markup in JSON-LD: ${json.slice(0, 80)}`);
        try {
          JSON.parse(json);
        } catch {
          found.push(`JSON-LD that does not parse: ${json.slice(0, 80)}`);
        }
        continue;
      }
      found.push(`<script ${JSON.stringify(el.attrs)}>${textOf(el).slice(0, 60)}`);
    }
    if (["iframe", "object", "embed", "frame", "base", "meta"].includes(el.tagName)) {
      if (el.tagName === "meta" && !attr(el, "http-equiv")) continue;
      found.push(`<${el.tagName}>`);
    }
    for (const a of el.attrs) {
      if (a.name.startsWith("on")) found.push(`${a.name}= on <${el.tagName}>`);
      if (a.name === "style") found.push(`style="${a.value}" on <${el.tagName}>`);
      // eslint-disable-next-line no-control-regex -- browsers skip these before reading a scheme
      const value = a.value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, "").toLowerCase();
      const isUrl = URL_ATTRIBUTES.includes(a.name);
      if (isUrl && /^(javascript|data|vbscript):/.test(value)) found.push(`${a.name}="${a.value}"`);
      if (isUrl && value.startsWith("//")) found.push(`protocol-relative ${a.name}="${a.value}"`);
      if (
        (a.name === "srcset" || a.name === "imagesrcset") &&
        /(javascript|data|vbscript):/.test(value)
      ) {
        found.push(`${a.name}="${a.value}"`);
      }
    }
  }
  for (const style of styles) {
    const css = textOf(style);
    if (/<\/style|<script|<!--/i.test(css)) found.push("markup inside <style>");
    if (/expression\s*\(/i.test(css)) found.push("expression( in CSS");
    if (/url\(\s*['"]?\s*(javascript|data|vbscript):/i.test(css)) found.push("script URL in CSS");
    if (/@import/i.test(css)) found.push("@import in CSS");
    // Braces must balance: a value that closed its rule early would leave them uneven.
    let depth = 0;
    for (const c of css.replace(/"(?:[^"\\]|\\.)*"/g, '""')) {
      if (c === "{") depth++;
      if (c === "}") depth--;
      if (depth < 0) break;
    }
    if (depth !== 0) found.push(`unbalanced braces in CSS (${depth})`);
  }
  return found;
}

const PATHS = [
  "/",
  "/products/ethiopia-kochere",
  "/collections/single-origins",
  "/cart",
  "/missing",
] as const;

function render(doc: SiteDoc, data: StorefrontData, mode: SiteRenderInput["mode"] = "live") {
  const problems: RenderProblem[] = [];
  const site: SiteRenderInput = {
    doc,
    siteSlug: "brew",
    baseUrl: "https://shop.example",
    versionId: "v1",
    mode,
  };
  const pages = PATHS.map((path) => ({
    path,
    ...renderPage(site, path, data, { onProblem: (p) => problems.push(p) }),
  }));
  return { pages, problems };
}

describe("hostile content", () => {
  it("has a checker that really spots unsafe markup", () => {
    const bad =
      "<!doctype html><html><head><style>a{}</style><style>b{x:expression(1)}</style></head><body>" +
      '<script>alert(1)</script><img src="x" onerror="alert(1)"><a href=" javascript:alert(1)">x</a>' +
      '<img srcset="data:image/svg+xml,x 1x"><form action="//evil.example"></form><p style="color:red">x</p>' +
      '<script type="application/ld+json">{"a":"<b>"}</script></body></html>';
    const found = unsafeParts(bad);
    for (const part of [
      "2 <style>",
      "expression(",
      "<script",
      "onerror=",
      'href=" javascript',
      "srcset=",
      "protocol-relative",
      "style=",
      "JSON-LD",
    ]) {
      expect(
        found.some((f) => f.includes(part)),
        part,
      ).toBe(true);
    }
  });

  it("finds text, link and image props to attack in the registry", () => {
    const kinds = new Set(
      definitions.flatMap((def) =>
        Object.values(def.fields as Record<string, FieldDefinition>).map((f) => f.kind),
      ),
    );
    for (const kind of ["text", "link", "image", "richtext", "list"]) expect(kinds).toContain(kind);
    expect(definitions.length).toBeGreaterThan(20);
  });

  const cases = Array.from(
    { length: Math.max(HOSTILE_TEXT.length, HOSTILE_URLS.length) },
    (_, i) => ({
      text: HOSTILE_TEXT[i % HOSTILE_TEXT.length]!,
      url: HOSTILE_URLS[i % HOSTILE_URLS.length]!,
    }),
  );

  it.each(cases)("text $text with url $url renders safely in every block", ({ text, url }) => {
    const { pages, problems } = render(hostileSite(text, url, false), hostileData(text, url));
    for (const page of pages) {
      expect(page.status, page.path).toBe(page.path === "/missing" ? 404 : 200);
      expect(unsafeParts(page.html), page.path).toEqual([]);
    }
    // The hostile values were valid props, so every block really rendered with them.
    expect(problems.filter((p) => p.type !== "page")).toEqual([]);
    // ...and they reached the page (as text), so this test can fail.
    const home = pages[0]!.html;
    // eslint-disable-next-line no-control-regex -- NUL never reaches the page
    const visible = text.replace(/\u0000/g, "").slice(0, 10);
    expect(
      home.includes(visible) ||
        home.includes(
          visible
            .replace(/&/g, "&amp;")
            .replace(/</g, "&lt;")
            .replace(/>/g, "&gt;")
            .replace(/"/g, "&quot;")
            .replace(/'/g, "&#x27;"),
        ),
    ).toBe(true);
  });

  it("refuses hostile values in style props and still renders the rest of the page", () => {
    const { pages, problems } = render(hostileSite("Hello", "/about", true), {
      products: demoProducts,
      collections: demoCollections,
    });
    for (const page of pages) expect(unsafeParts(page.html), page.path).toEqual([]);
    expect(pages[0]!.status).toBe(200);
    expect(problems.length).toBeGreaterThan(0);
  });

  it("keeps a hostile theme (schema bypassed) inside its declarations", () => {
    const theme = {
      ...defaultTheme,
      colors: {
        ...defaultTheme.colors,
        primary: "#fff;}</style><script>alert(1)</script>",
        background: "expression(alert(1))",
        text: "url(javascript:alert(1))",
      },
      fonts: {
        heading: '"</style><script>alert(1)</script>',
        body: "Inter; background:url(javascript:alert(1))",
        headingWeight: "700;}",
      },
      radius: "4px;}</style>",
      spacing: Number.NEGATIVE_INFINITY,
      buttonStyle: "</style>",
      buttonShape: "expression(1)",
    };
    const { pages } = render(
      hostileSite("Shop", "/", false, theme),
      { products: demoProducts, collections: demoCollections },
      "preview",
    );
    for (const page of pages) {
      expect(unsafeParts(page.html), page.path).toEqual([]);
      expect(page.html).toContain(`content="${defaultTheme.colors.primary}"`); // theme-color fell back too
    }
  });

  it("round-trips hostile names through JSON-LD without breaking out", () => {
    const text = "</script><script>alert(1)</script>\u2028&<!--";
    const { pages } = render(hostileSite(text, "/", false), hostileData(text, "/media/x.svg"));
    const product = pages[1]!;
    const ld = allElements(product.html)
      .filter((el) => el.tagName === "script" && attr(el, "type") === "application/ld+json")
      .map((el) => JSON.parse(textOf(el)) as Record<string, unknown>);
    const productLd = ld.find((x) => x["@type"] === "Product")!;
    expect(productLd.name).toBe(text);
    expect((productLd.brand as { name: string }).name).toBe(text);
    const home = allElements(pages[0]!.html)
      .filter((el) => el.tagName === "script" && attr(el, "type") === "application/ld+json")
      .map((el) => JSON.parse(textOf(el)) as Record<string, unknown>);
    expect(home.find((x) => x["@type"] === "Organization")!.name).toBe(text);
  });
});

describe("broken documents", () => {
  it("skips unknown block types and invalid props, reports them, and renders the rest", () => {
    const problems: RenderProblem[] = [];
    const doc: SiteDoc = {
      ...demoSiteDoc,
      pages: [
        {
          id: "page-home",
          slug: "",
          title: "Home",
          blocks: [
            null as unknown as Block,
            { id: "h1", type: "heading", props: { text: "Still here", level: 1 } },
            { id: "mystery", type: "carousel-3000", props: {} },
            { id: "bad", type: "heading", props: { level: 9, text: 42 } },
            {
              id: "bad-children",
              type: "section",
              props: {},
              children: [{ id: "col", type: "column", props: {} }],
            },
            null as unknown as Block,
            { id: "tail", type: "rich-text", props: {} },
          ],
        },
      ],
    };
    const site: SiteRenderInput = {
      doc,
      siteSlug: "brew",
      baseUrl: "https://shop.example",
      versionId: "v1",
      mode: "live",
    };
    const page = renderPage(
      site,
      "/",
      { products: [], collections: [] },
      { onProblem: (p) => problems.push(p) },
    );
    expect(page.status).toBe(200);
    expect(page.html).toContain("Still here");
    expect(page.html).toContain('data-block-id="tail"');
    expect(problems.map((p) => p.blockId)).toEqual(
      expect.arrayContaining(["mystery", "bad", "col"]),
    );
    expect(problems.every((p) => p.path === "/")).toBe(true);
  });

  it("answers 500 with a plain page instead of throwing when the document is unusable", () => {
    const problems: RenderProblem[] = [];
    const site = {
      doc: { pages: "nope" } as unknown as SiteDoc,
      siteSlug: "x",
      baseUrl: "https://shop.example",
      versionId: "v",
      mode: "live" as const,
    };
    const page = renderPage(
      site,
      "/",
      { products: [], collections: [] },
      { onProblem: (p) => problems.push(p) },
    );
    expect(page.status).toBe(500);
    expect(page.html).toContain("<h1>Something went wrong</h1>");
    expect(problems).toHaveLength(1);
  });
});
