import { describe, expect, it } from "vitest";
import type { SiteDoc } from "../blocks/doc/schema.ts";
import { demoCollections, demoProducts, demoSiteDoc } from "../demo-store/index.ts";
import { renderPage } from "./render-page.tsx";
import { allElements, attr } from "./testing/html.ts";
import type { RenderOptions, SiteRenderInput, StorefrontData } from "./types.ts";

/** What the server's media library adds to a page: sizes and colours, link-preview cards, icons. */
const SITE = "abcdef12-2222-4333-8444-555555555555";
const MEDIA = "66666666-7777-4888-9999-aaaaaaaaaaaa";
const heroSrc = `/media/${SITE}/${MEDIA}/1920.jpg`;

function docWithUploadedHero(): SiteDoc {
  const doc = structuredClone(demoSiteDoc);
  const hero = doc.pages.find((p) => p.slug === "")!.blocks.find((b) => b.type === "hero")!;
  hero.props = {
    ...hero.props,
    image: { src: heroSrc, alt: "Pour-over at dawn", decorative: false },
  };
  return doc;
}

const data: StorefrontData = { products: demoProducts, collections: demoCollections };
const options: RenderOptions = {
  media: (src) => (src === heroSrc ? { width: 1920, height: 1080, color: "#3b2418" } : undefined),
  socialImage: (target) =>
    `https://shop.example/_pegasus/og/${target.kind}/${"slug" in target ? target.slug || "_home" : target.handle}.png`,
  icons: {
    png: "/_pegasus/icons/v1/icon-32.png",
    svg: "/_pegasus/icons/v1/icon.svg",
    appleTouch: "/_pegasus/icons/v1/apple-touch-icon.png",
  },
};

function render(path: string, doc: SiteDoc, opts: RenderOptions = options) {
  const site: SiteRenderInput = {
    doc,
    siteSlug: "northbound",
    baseUrl: "https://shop.example/s/northbound",
    versionId: "v1",
    mode: "live",
  };
  const page = renderPage(site, path, data, opts);
  const elements = allElements(page.html);
  const meta = (key: string) =>
    elements
      .filter((el) => el.tagName === "meta" && attr(el, "property") === key)
      .map((el) => attr(el, "content"))[0];
  return { ...page, elements, meta };
}

describe("uploaded images in a rendered page", () => {
  it("draws the hero as a <picture> with the library's size and colour, and preloads it as AVIF", () => {
    const page = render("/", docWithUploadedHero());
    const picture = page.elements.filter((el) => el.tagName === "picture");
    expect(picture).toHaveLength(1);
    const img = page.elements.find((el) => el.tagName === "img" && attr(el, "src") === heroSrc)!;
    expect([attr(img, "width"), attr(img, "height"), attr(img, "fetchpriority")]).toEqual([
      "1920",
      "1080",
      "high",
    ]);
    expect(attr(img, "class")).toContain("pg-ph-3b2418");
    expect(page.html).toContain(".pg-ph-3b2418{background-color:#3b2418}");
    expect(page.html).toContain(".pg-ui-theme picture{display:contents}");
    const preloads = page.elements.filter(
      (el) => el.tagName === "link" && attr(el, "as") === "image",
    );
    expect(preloads).toHaveLength(1);
    expect(attr(preloads[0]!, "type")).toBe("image/avif");
    // The preload sits in <head>, before the stylesheet.
    expect(page.html.indexOf('as="image"')).toBeLessThan(page.html.indexOf("<style>"));
    // Still no inline style anywhere: colours travel as classes.
    expect(page.elements.some((el) => el.attrs.some((a) => a.name === "style"))).toBe(false);
  });
});

describe("link previews and icons", () => {
  it("uses the generated card for pages without an SEO image of their own", () => {
    const page = render("/about", demoSiteDoc);
    expect(page.meta("og:image")).toBe("https://shop.example/_pegasus/og/page/about.png");
    expect(page.meta("og:image:width")).toBe("1200");
    expect(page.meta("og:image:height")).toBe("630");
    const home = render("/", demoSiteDoc);
    expect(home.meta("og:image")).toBe("https://shop.example/_pegasus/og/page/_home.png");
  });

  it("keeps an SEO image the merchant chose", () => {
    const doc = structuredClone(demoSiteDoc);
    doc.pages.find((p) => p.slug === "about")!.seo = { image: "https://cdn.example/about.jpg" };
    expect(render("/about", doc).meta("og:image")).toBe("https://cdn.example/about.jpg");
  });

  it("uses the product card on product pages", () => {
    const product = demoProducts[0]!;
    const page = render(`/products/${product.handle}`, demoSiteDoc);
    expect(page.meta("og:image")).toBe(
      `https://shop.example/_pegasus/og/product/${product.handle}.png`,
    );
  });

  it("ignores a card URL that is not http(s), and works without the option", () => {
    const hostile = render("/about", demoSiteDoc, {
      ...options,
      socialImage: () => "javascript:alert(1)",
    });
    expect(hostile.meta("og:image")).not.toMatch(/javascript/);
    const none = render("/about", demoSiteDoc, {});
    expect(none.meta("og:image:width")).toBeUndefined();
  });

  it("links the favicons and the touch icon, and nothing when not given", () => {
    const links = render("/", demoSiteDoc).elements.filter((el) => el.tagName === "link");
    const rels = links.map((l) => [attr(l, "rel"), attr(l, "type") ?? "", attr(l, "href")]);
    expect(rels).toEqual(
      expect.arrayContaining([
        ["icon", "image/png", "/_pegasus/icons/v1/icon-32.png"],
        ["icon", "image/svg+xml", "/_pegasus/icons/v1/icon.svg"],
        ["apple-touch-icon", "", "/_pegasus/icons/v1/apple-touch-icon.png"],
      ]),
    );
    const bare = render("/", demoSiteDoc, {}).elements.filter(
      (el) => el.tagName === "link" && /icon/.test(attr(el, "rel") ?? ""),
    );
    expect(bare).toEqual([]);
    const hostile = render("/", demoSiteDoc, {
      icons: { png: "javascript:alert(1)", appleTouch: "//evil.example/x.png" },
    });
    expect(hostile.html).not.toMatch(/javascript:|evil\.example/);
  });
});
