import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { SiteDoc } from "../blocks/doc/schema.ts";
import { sampleCart } from "../blocks/render/testing.ts";
import { demoCollections, demoProducts, demoSiteDoc } from "../demo-store/index.ts";
import { fontFilePath } from "./fonts.ts";
import { islandsScript, islandsScriptPath } from "./islands/bundle.ts";
import { renderPage } from "./render-page.tsx";
import {
  allElements,
  attr,
  descendants,
  skippedHeadingLevels,
  textOf,
  type Element,
} from "./testing/html.ts";
import type { RenderProblem, SiteRenderInput, StorefrontData } from "./types.ts";

const live: SiteRenderInput = {
  doc: demoSiteDoc,
  siteSlug: "northbound",
  baseUrl: "https://shop.example/s/northbound",
  versionId: "northbound:v1",
  mode: "live",
};
const data: StorefrontData = { products: demoProducts, collections: demoCollections };

function render(path: string, site: SiteRenderInput = live, storeData: StorefrontData = data) {
  const problems: RenderProblem[] = [];
  const page = renderPage(site, path, storeData, { onProblem: (p) => problems.push(p) });
  const elements = allElements(page.html);
  const find = (predicate: (el: Element) => boolean) => elements.filter(predicate);
  const jsonLd = find(
    (el) => el.tagName === "script" && attr(el, "type") === "application/ld+json",
  ).map((el) => JSON.parse(textOf(el)) as Record<string, unknown>);
  const meta = (key: string) =>
    find(
      (el) => el.tagName === "meta" && (attr(el, "name") === key || attr(el, "property") === key),
    ).map((el) => attr(el, "content"))[0];
  const css = textOf(find((el) => el.tagName === "style")[0]!);
  return { ...page, problems, elements, find, jsonLd, meta, css };
}

const DEMO_PAGES = [
  "/",
  "/about",
  "/contact",
  "/faq",
  "/shop",
  "/products/ethiopia-kochere",
  "/products/hand-burr-grinder",
  "/collections/single-origins",
  "/collections/brewing-gear",
] as const;

describe("demo store pages", () => {
  it.each(DEMO_PAGES)("%s renders a complete, accessible document", (path) => {
    const page = render(path);
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.html.startsWith("<!doctype html>")).toBe(true);
    // Every demo page is valid as stored: nothing skipped, nothing patched.
    expect(page.problems).toEqual([]);

    const html = page.find((el) => el.tagName === "html")[0]!;
    expect(attr(html, "lang")).toBe("en-US");
    expect(page.meta("viewport")).toBe("width=device-width, initial-scale=1");
    expect(page.meta("theme-color")).toBe("#3b2418");

    expect(page.find((el) => el.tagName === "h1")).toHaveLength(1);
    expect(skippedHeadingLevels(page.html)).toEqual([]);

    // Landmarks and the skip link, which must be the first thing a keyboard reaches.
    expect(page.find((el) => el.tagName === "main" && attr(el, "id") === "main")).toHaveLength(1);
    expect(page.find((el) => el.tagName === "header").length).toBeGreaterThan(0);
    expect(page.find((el) => el.tagName === "footer").length).toBeGreaterThan(0);
    const firstLink = page.find((el) => el.tagName === "a")[0]!;
    expect(attr(firstLink, "href")).toBe("#main");

    for (const img of page.find((el) => el.tagName === "img")) {
      expect(attr(img, "alt"), JSON.stringify(img.attrs)).toBeDefined();
      expect(Number(attr(img, "width"))).toBeGreaterThan(0);
      expect(Number(attr(img, "height"))).toBeGreaterThan(0);
    }
    // Ids must be unique or labels and aria references point at the wrong thing.
    const ids = page.elements.map((el) => attr(el, "id")).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);

    // One inline stylesheet, nothing external.
    expect(page.find((el) => el.tagName === "style")).toHaveLength(1);
    expect(page.find((el) => el.tagName === "link" && attr(el, "rel") === "stylesheet")).toEqual(
      [],
    );

    expect(page.find((el) => el.tagName === "title")).toHaveLength(1);
    expect(page.meta("description")?.length).toBeGreaterThan(20);
    expect(page.meta("og:title")).toBeTruthy();
    expect(page.meta("twitter:card")).toBeTruthy();
    const canonical = page.find((el) => el.tagName === "link" && attr(el, "rel") === "canonical");
    expect(attr(canonical[0]!, "href")).toBe(
      `https://shop.example/s/northbound${path === "/" ? "/" : path}`,
    );
    expect(page.meta("robots")).toBeUndefined();
  });

  it("the home page has about forty blocks and says who the shop is", () => {
    const count = (blocks: { children?: unknown[] }[]): number =>
      blocks.reduce((n, b) => n + 1 + count((b.children ?? []) as { children?: unknown[] }[]), 0);
    const home = demoSiteDoc.pages.find((p) => p.slug === "")!;
    expect(count(home.blocks)).toBeGreaterThanOrEqual(38);
    const page = render("/");
    const types = page.jsonLd.map((x) => x["@type"]);
    expect(types).toEqual(expect.arrayContaining(["Organization", "WebSite"]));
    expect(types).not.toContain("BreadcrumbList");
    const org = page.jsonLd.find((x) => x["@type"] === "Organization")!;
    expect(org.url).toBe("https://shop.example/s/northbound/");
    expect(org.logo).toBe("https://shop.example/media/demo-store/logo.svg");
    expect(page.find((el) => el.tagName === "title").map(textOf)).toEqual([
      "Northbound Coffee Roasters | Fresh small-batch coffee from Duluth",
    ]);
    // No SEO image set: link previews use the first image on the page (the hero).
    expect(page.meta("og:image")).toBe("https://shop.example/media/demo-store/hero-pour.svg");
    expect(page.meta("twitter:card")).toBe("summary_large_image");
  });

  it("prints CSS only for the block types on the page, plus theme, fonts and per-block rules", () => {
    const home = render("/");
    expect(home.css).toContain("--pg-color-primary:#3b2418");
    expect(home.css).toContain(".pg-hero");
    expect(home.css).toContain('[data-block-id="hero-1"]');
    expect(home.css).not.toContain(".pg-cart{");
    expect(home.css).not.toContain(".pg-product-detail");
    const product = render("/products/ethiopia-kochere");
    expect(product.css).toContain(".pg-product-detail");
    expect(product.css).not.toContain(".pg-hero{");
  });

  it("keeps content blocks put straight on the page in the page's column", () => {
    // The demo home puts features, stats, a gallery and an FAQ on the page, not in sections.
    const page = render("/");
    const main = page.find((el) => el.tagName === "main")[0]!;
    expect(attr(main, "class")).toBe("pg-ui-page");
    const onPage = page.find(
      (el) => el.tagName === "section" && attr(el, "class") === "pg-features",
    );
    expect(onPage.length).toBeGreaterThan(0);
    expect(page.css).toMatch(/\.pg-ui-page>\[data-block-id\]:not\([^)]*\)\{width:min\(/);
  });

  it("self-hosts fonts with swap and preloads the faces it uses", () => {
    const page = render("/");
    expect(page.css).toMatch(
      /@font-face\{font-family:"DM Sans";[^}]*font-display:swap;src:url\("\/_pegasus\/fonts\/dm-sans-latin-400-normal\.woff2"\)/,
    );
    expect(page.css).toContain("dm-serif-display-latin-400-normal.woff2");
    const preloads = page.find(
      (el) => el.tagName === "link" && attr(el, "rel") === "preload" && attr(el, "as") === "font",
    );
    expect(preloads.map((el) => attr(el, "href")).sort()).toEqual([
      "/_pegasus/fonts/dm-sans-latin-400-normal.woff2",
      "/_pegasus/fonts/dm-serif-display-latin-400-normal.woff2",
    ]);
    for (const link of preloads) {
      expect(attr(link, "type")).toBe("font/woff2");
      expect(link.attrs.some((a) => a.name === "crossorigin")).toBe(true);
      expect(fontFilePath(attr(link, "href")!.split("/").pop()!)).not.toBeNull();
    }
    expect(page.html).not.toMatch(/fonts\.googleapis|https?:\/\/[^"]*\.woff2/);
  });

  it("loads the first large image eagerly with high priority and the rest lazily", () => {
    const page = render("/");
    const images = page.find((el) => el.tagName === "img");
    const eager = images.filter((img) => attr(img, "loading") === "eager");
    expect(eager).toHaveLength(1);
    expect(attr(eager[0]!, "src")).toContain("hero-pour.svg");
    expect(attr(eager[0]!, "fetchpriority")).toBe("high");
    expect(images.filter((img) => attr(img, "loading") === "lazy").length).toBe(images.length - 1);
    expect(images.filter((img) => attr(img, "srcset")).length).toBeGreaterThan(5);
    expect(images.every((img) => attr(img, "sizes"))).toBe(true);
    // The hero is preloaded from <head>, where the browser finds it first.
    const head = page.find((el) => el.tagName === "head")[0]!;
    const preload = descendants(head).filter(
      (el) => el.tagName === "link" && attr(el, "as") === "image",
    );
    expect(preload).toHaveLength(1);
    expect(attr(preload[0]!, "imagesrcset")).toContain("hero-pour.svg");
    expect(page.find((el) => el.tagName === "link" && attr(el, "as") === "image")).toHaveLength(1);
  });

  it("includes the islands script once, hashed, when the page has interactive parts", () => {
    const page = render("/");
    const scripts = page.find((el) => el.tagName === "script" && attr(el, "type") === "module");
    expect(scripts).toHaveLength(1);
    expect(attr(scripts[0]!, "src")).toBe(`/_pegasus/islands.${islandsScript().hash}.js`);
    expect(
      page.find(
        (el) => el.tagName === "dialog" && el.attrs.some((a) => a.name === "data-cart-drawer"),
      ),
    ).toHaveLength(1);
  });

  it("leaves the script out of pages with nothing to enhance", () => {
    const doc: SiteDoc = {
      ...demoSiteDoc,
      pages: [
        {
          id: "p",
          slug: "",
          title: "Plain",
          blocks: [{ id: "h", type: "heading", props: { text: "Just words", level: 1 } }],
        },
      ],
      nav: [],
    };
    const page = render("/", { ...live, doc });
    expect(page.html).not.toContain('<script type="module"');
    expect(page.html).not.toContain("data-cart-drawer");
    // No header block on the site: the renderer still gives shoppers a header and footer.
    expect(page.find((el) => el.tagName === "header")).toHaveLength(1);
    expect(page.find((el) => el.tagName === "footer")).toHaveLength(1);
  });

  it("is the same page every time (no state leaks between renders)", () => {
    const first = render("/").html;
    render("/products/ethiopia-kochere");
    expect(render("/").html).toBe(first);
  });
});

describe("product pages", () => {
  it("describe the product, its offers and its place in the site", () => {
    const page = render("/products/ethiopia-kochere");
    expect(page.find((el) => el.tagName === "h1").map(textOf)).toEqual(["Ethiopia Kochere"]);
    expect(page.html).toContain("$18.50");
    const product = page.jsonLd.find((x) => x["@type"] === "Product")!;
    expect(product.name).toBe("Ethiopia Kochere");
    expect(product.url).toBe("https://shop.example/s/northbound/products/ethiopia-kochere");
    expect(product.image).toEqual(["https://shop.example/media/demo-store/ethiopia-kochere.svg"]);
    const offers = product.offers as Record<string, unknown>[];
    expect(offers).toHaveLength(6);
    expect(offers[0]).toMatchObject({
      "@type": "Offer",
      price: "18.50",
      priceCurrency: "USD",
      availability: "https://schema.org/InStock",
    });
    expect(offers.map((o) => o.price)).toContain("62.00");
    const crumbs = page.jsonLd.find((x) => x["@type"] === "BreadcrumbList")!;
    expect((crumbs.itemListElement as { name: string }[]).map((c) => c.name)).toEqual([
      "Northbound Coffee Roasters",
      "Ethiopia Kochere",
    ]);
    expect(page.meta("og:type")).toBe("product");
    expect(page.meta("product:price:amount")).toBe("18.50");
    expect(page.meta("product:price:currency")).toBe("USD");
    expect(page.meta("og:image")).toBe(
      "https://shop.example/media/demo-store/ethiopia-kochere.svg",
    );
    expect(
      page.find((el) => el.tagName === "form" && attr(el, "data-island") === "add-to-cart"),
    ).toHaveLength(1);
  });

  it("mark sold-out products as out of stock", () => {
    const page = render("/products/hand-burr-grinder");
    const product = page.jsonLd.find((x) => x["@type"] === "Product")!;
    expect(product.offers).toMatchObject({
      availability: "https://schema.org/OutOfStock",
      price: "89.00",
    });
  });

  it("fall back to a built-in layout when the site has no product template", () => {
    const doc = { ...demoSiteDoc, pages: demoSiteDoc.pages.filter((p) => p.slug !== "product") };
    const page = render("/products/gooseneck-kettle", { ...live, doc });
    expect(page.status).toBe(200);
    expect(page.find((el) => el.tagName === "h1").map(textOf)).toEqual([
      "Gooseneck Pour-Over Kettle",
    ]);
    // The header and footer come from the home page.
    expect(page.html).toContain('data-block-id="header-1"');
    expect(page.problems).toEqual([]);
  });

  it("is a 404 for a product that does not exist", () => {
    expect(render("/products/no-such-coffee").status).toBe(404);
    expect(render("/product").status).toBe(404); // templates have no address of their own
  });
});

describe("collection pages", () => {
  it("name the collection in a visible h1 and list its products", () => {
    const page = render("/collections/single-origins");
    expect(page.find((el) => el.tagName === "h1").map(textOf)).toEqual(["Single origins"]);
    expect(page.html).toContain("Kenya Nyeri Gachatha AA");
    expect(page.html).not.toContain("Gooseneck Pour-Over Kettle");
    const list = page.jsonLd.find((x) => x["@type"] === "CollectionPage")!;
    expect((list.mainEntity as { itemListElement: unknown[] }).itemListElement).toHaveLength(6);
  });

  it("fall back to a built-in layout without a template", () => {
    const doc = { ...demoSiteDoc, pages: demoSiteDoc.pages.filter((p) => p.slug !== "collection") };
    const page = render("/collections/brewing-gear", { ...live, doc });
    expect(page.find((el) => el.tagName === "h1").map(textOf)).toEqual(["Brewing gear"]);
    expect(page.html).toContain("Hand Burr Grinder");
    expect(page.problems).toEqual([]);
  });
});

describe("the cart page", () => {
  it("shows the shopper's cart and is never cached publicly or indexed", () => {
    const page = render("/cart", live, { ...data, cart: sampleCart });
    expect(page.status).toBe(200);
    expect(page.html).toContain("Linen Work Apron");
    expect(page.headers["cache-control"]).toMatch(/^private/);
    expect(page.meta("robots")).toBe("noindex, nofollow");
    expect(page.find((el) => el.tagName === "h1")).toHaveLength(1);
  });
});

describe("not found", () => {
  it("is a themed 404 page with the site's header, footer and a way home", () => {
    const page = render("/no-such-page");
    expect(page.status).toBe(404);
    expect(page.find((el) => el.tagName === "h1").map(textOf)).toEqual(["Page not found"]);
    expect(page.html).toContain('data-block-id="header-1"');
    expect(page.html).toContain('data-block-id="footer-1"');
    expect(
      page.find((el) => el.tagName === "a" && attr(el, "href") === "/s/northbound/").length,
    ).toBeGreaterThan(0);
    expect(page.meta("robots")).toBe("noindex, nofollow");
    expect(page.css).toContain("--pg-color-primary:#3b2418");
  });

  it.each(["/a/b/c", "/%E0%A4%A", "/products/", "/collections/nope"])("%s is a 404", (path) => {
    expect(render(path).status).toBe(404);
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("lists every public page, product and collection, and nothing private", () => {
    const doc: SiteDoc = {
      ...demoSiteDoc,
      pages: [
        ...demoSiteDoc.pages,
        { id: "page-secret", slug: "secret", title: "Secret", seo: { noindex: true }, blocks: [] },
      ],
    };
    const page = renderPage({ ...live, doc }, "/sitemap.xml", data);
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("application/xml; charset=utf-8");
    const locs = [...page.html.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const base = "https://shop.example/s/northbound/";
    expect(locs).toEqual(
      expect.arrayContaining([base, `${base}about`, `${base}contact`, `${base}faq`, `${base}shop`]),
    );
    for (const p of demoProducts) expect(locs).toContain(`${base}products/${p.handle}`);
    for (const c of demoCollections) expect(locs).toContain(`${base}collections/${c.handle}`);
    expect(locs).not.toContain(`${base}secret`);
    expect(locs).not.toContain(`${base}product`);
    expect(locs).not.toContain(`${base}collection`);
    expect(locs).toHaveLength(5 + demoProducts.length + demoCollections.length);
    expect(page.html.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it("lets crawlers in on live sites and keeps them out of previews", () => {
    const robots = renderPage(live, "/robots.txt", data);
    expect(robots.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(robots.html).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://shop.example/s/northbound/sitemap.xml\n",
    );
    expect(renderPage({ ...live, mode: "preview" }, "/robots.txt", data).html).toBe(
      "User-agent: *\nDisallow: /\n",
    );
  });
});

describe("preview mode", () => {
  const preview: SiteRenderInput = {
    ...live,
    mode: "preview",
    baseUrl: "https://app.example/p/tok123",
  };

  it("shows a preview banner, is never indexed or cached, and takes no money", () => {
    const page = render("/products/ethiopia-kochere", preview, { ...data, cart: sampleCart });
    expect(page.html).toContain("Preview — this is not the live shop.");
    expect(page.meta("robots")).toBe("noindex, nofollow");
    expect(page.headers["x-robots-tag"]).toBe("noindex, nofollow");
    expect(page.headers["cache-control"]).toBe("private, no-store");
    // The drawer offers no checkout in previews.
    const drawer = page.find((el) => el.tagName === "dialog")[0]!;
    expect(textOf(drawer)).toContain("Checkout is turned off in previews.");
    expect(descendants(drawer).filter((el) => el.tagName === "form")).toEqual([]);
    const links = page.find(
      (el) => el.tagName === "a" && (attr(el, "href") ?? "").startsWith("/p/tok123/"),
    );
    expect(links.length).toBeGreaterThan(5);
  });

  it("disables every checkout button on the cart page", () => {
    const page = render("/cart", preview, { ...data, cart: sampleCart });
    const checkoutForms = page.find(
      (el) => el.tagName === "form" && attr(el, "action")?.endsWith("/api/checkout") === true,
    );
    expect(checkoutForms.length).toBeGreaterThan(0);
    for (const form of checkoutForms) {
      const buttons = descendants(form).filter((el) => el.tagName === "button");
      expect(buttons.length).toBeGreaterThan(0);
      for (const button of buttons)
        expect(button.attrs.some((a) => a.name === "disabled")).toBe(true);
    }
    expect(page.html).toContain("checkout is turned off");
  });
});

describe("size budget", () => {
  it("keeps the demo home page under 50 KB gzipped (HTML with inline CSS) and islands under 10 KB", () => {
    const page = render("/");
    const htmlGzip = gzipSync(page.html).length;
    const jsGzip = gzipSync(islandsScript().js).length;
    expect(htmlGzip).toBeLessThanOrEqual(50 * 1024);
    expect(jsGzip).toBeLessThanOrEqual(10 * 1024);
    expect(islandsScriptPath()).toMatch(/^\/_pegasus\/islands\.[0-9a-f]{12}\.js$/);
  });
});
