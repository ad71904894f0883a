import { writeFileSync } from "node:fs";
import type { Block, Page, SiteDoc } from "../../blocks/doc/schema.ts";
import { NEVER_ON_PAGE } from "../../blocks/containment.ts";
import { blockTypes, getBlockDefinition } from "../../blocks/registry.ts";
import { demoCollections, demoProducts, demoSiteDoc } from "../../demo-store/index.ts";
import { renderPage } from "../../renderer/index.ts";

/**
 * The block pages of the geometry harness (visual-geometry.e2e.ts), rendered by the storefront's
 * renderer: every block type that may sit on a page, alone, with its defaults, with extreme
 * content (long unbroken words, lists four times as long) and with its optional text emptied.
 * Run through tsx (the renderer imports JSON, which Playwright's loader cannot); writes
 * `{ types, variants, pages: { "<variant>-<type>": html } }` to the file named by its argument.
 */

const LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrente";
const LONG_TEXT = `${LONG_WORD} and a sentence long enough to wrap onto several lines at a phone's width, ${LONG_WORD}`;
/** Keys never given text: they hold addresses, names of things or choices, not copy. */
const NOT_COPY = /href|url|src|image|icon|video|handle|anchor|alt|id$|level|style|variant|email/i;

let blockId = 0;
const block = (type: string, props: Record<string, unknown>, children?: Block[]): Block => ({
  id: `g-${type}-${++blockId}`,
  type,
  props,
  ...(children ? { children } : {}),
});

function defaultsOf(type: string): Record<string, unknown> {
  return structuredClone(getBlockDefinition(type)!.defaultProps) as Record<string, unknown>;
}

/** Apply `change` to a copy of `props` and keep it only if the block's schema still accepts it. */
function tryChange(
  type: string,
  props: Record<string, unknown>,
  change: (copy: Record<string, unknown>) => void,
): Record<string, unknown> {
  const copy = structuredClone(props);
  change(copy);
  return getBlockDefinition(type)!.schema.safeParse(copy).success ? copy : props;
}

function longCopy(value: unknown): unknown {
  if (typeof value === "string") return value === "" ? value : LONG_TEXT.slice(0, 180);
  if (Array.isArray(value)) return value.map(longCopy);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, NOT_COPY.test(k) ? v : longCopy(v)]),
    );
  }
  return value;
}

/** Long words in every copy field, and lists four times as long, where the schema allows. */
function extremeProps(type: string): Record<string, unknown> {
  let props = defaultsOf(type);
  for (const [key, value] of Object.entries(props)) {
    if (NOT_COPY.test(key)) continue;
    if (typeof value === "string" && value !== "") {
      props = tryChange(type, props, (p) => (p[key] = LONG_TEXT));
      props = tryChange(type, props, (p) => (p[key] = LONG_TEXT.slice(0, 60)));
    }
    if (Array.isArray(value) && value.length > 0) {
      for (const count of [4, 2]) {
        const before = props;
        props = tryChange(type, props, (p) => {
          const items = longCopy(value) as unknown[];
          p[key] = Array.from({ length: count }, () => structuredClone(items)).flat();
        });
        if (props !== before) break;
      }
    }
  }
  return props;
}

/** Every optional string field emptied, where the schema allows. */
function emptyProps(type: string): Record<string, unknown> {
  let props = defaultsOf(type);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === "string") props = tryChange(type, props, (p) => (p[key] = ""));
  }
  return props;
}

/** Container blocks get representative children; others stand alone. */
function withChildren(type: string, props: Record<string, unknown>, copy: "plain" | "long"): Block {
  const text = (p: Record<string, unknown>) =>
    (copy === "long" ? longCopy(p) : p) as Record<string, unknown>;
  const heading = () => block("heading", text(defaultsOf("heading")));
  const prose = () => block("rich-text", text(defaultsOf("rich-text")));
  if (type === "section") return block(type, props, [heading(), prose()]);
  if (type === "grid") return block(type, props, [prose(), prose(), prose()]);
  if (type === "columns") {
    const column = () => block("column", defaultsOf("column"), [heading(), prose()]);
    return block(type, props, [column(), column()]);
  }
  return block(type, props);
}

const pageTypes = blockTypes.filter((type) => !NEVER_ON_PAGE.includes(type));
const variants = {
  default: (type: string) => withChildren(type, defaultsOf(type), "plain"),
  extreme: (type: string) => withChildren(type, extremeProps(type), "long"),
  empty: (type: string) => withChildren(type, emptyProps(type), "plain"),
} as const;
type Variant = keyof typeof variants;

const home = demoSiteDoc.pages[0]!;
const pages: Page[] = [];
for (const variant of Object.keys(variants) as Variant[]) {
  for (const type of pageTypes) {
    pages.push({
      ...home,
      id: `g-page-${variant}-${type}`,
      slug: `${variant}-${type}`,
      title: `${type} (${variant})`,
      blocks: [variants[variant](type)],
    });
  }
}
const doc: SiteDoc = { ...demoSiteDoc, pages: [home, ...pages] };
const site = {
  doc,
  siteSlug: "northbound",
  baseUrl: "https://shop.example",
  versionId: "geometry",
  mode: "live" as const,
};

const out: Record<string, string> = {};
for (const page of pages) {
  out[page.slug] = renderPage(site, `/${page.slug}`, {
    products: demoProducts,
    collections: demoCollections,
  }).html;
}
writeFileSync(
  process.argv[2]!,
  JSON.stringify({ types: pageTypes, variants: Object.keys(variants), pages: out }),
);
