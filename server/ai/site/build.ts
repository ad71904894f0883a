import {
  CURRENT_SCHEMA_VERSION,
  ZSiteDoc,
  type Block,
  type NavItem,
  type Page,
  type SiteDoc,
} from "../../../blocks/doc/schema.ts";
import { getBlockDefinition, parseBlockProps } from "../../../blocks/registry.ts";
import { richTextFromPlainText } from "../../../blocks/richtext/plainText.ts";
import {
  checkThemeContrast,
  ensureReadableTheme,
  readableTextOn,
  type ContrastCorrection,
  type Theme,
} from "../../../blocks/theme/index.ts";
import { artUrl } from "./art.ts";
import type { SitePlan } from "./plan.ts";
import { handleFor, sampleProduct, type SampleProduct } from "./products.ts";
import type { HomeSection } from "./vocabulary.ts";

/**
 * Lays a store plan out as a site document: six pages (home, shop, the product and collection
 * templates, about, contact, FAQ), navigation, SEO, theme and sample products with their
 * illustrations. Block ids are derived from the page and a counter, so the same plan always
 * builds the same document. Throws `SiteBuildError` when the result would not validate, which a
 * valid plan never causes.
 */
export type BuiltSite = {
  doc: SiteDoc;
  products: SampleProduct[];
  /** Colours the contrast check had to change, for the generation report. */
  corrections: ContrastCorrection[];
};

export class SiteBuildError extends Error {
  override name = "SiteBuildError";
}

export function themeFromPlan(style: SitePlan["style"]): {
  theme: Theme;
  corrections: ContrastCorrection[];
} {
  const c = style.colors;
  const theme: Theme = {
    colors: {
      primary: c.primary,
      onPrimary: readableTextOn(c.primary),
      secondary: c.secondary,
      onSecondary: readableTextOn(c.secondary),
      accent: c.accent,
      onAccent: readableTextOn(c.accent),
      background: c.background,
      surface: c.surface,
      text: c.text,
      muted: c.muted,
    },
    fonts: { heading: style.headingFont, body: style.bodyFont, headingWeight: style.headingWeight },
    radius: style.radius,
    spacing: 8,
    buttonStyle: style.buttonStyle,
    buttonShape: style.buttonShape,
  };
  return ensureReadableTheme(theme);
}

export function buildSite(plan: SitePlan): BuiltSite {
  const { theme, corrections } = themeFromPlan(plan.style);
  const ids = new IdMaker();
  const art = artMaker(plan, theme);

  const taken = new Set<string>();
  const products = plan.products.map((product, i) =>
    sampleProduct(
      product,
      handleFor(product.title, taken),
      { src: art("product", i + 1, 1000, 1250), alt: product.imageAlt, width: 1000, height: 1250 },
      i,
    ),
  );

  const announcement = (): Block =>
    block(ids.next("announcement"), "announcement-bar", {
      text: plan.announcement,
      linkLabel: "",
      linkHref: "/shop",
      background: "primary",
    });
  const header = (): Block =>
    block(ids.next("header"), "header", {
      sticky: true,
      showCart: true,
      ctaLabel: "",
      background: "background",
    });
  const footer = (): Block =>
    block(ids.next("footer"), "footer", {
      tagline: plan.footer.tagline,
      linkGroups: [
        {
          title: "Shop",
          links: [
            { label: "All products", href: "/shop" },
            { label: "Questions", href: "/faq" },
          ],
        },
        {
          title: plan.business.name.length <= 60 ? plan.business.name : "About",
          links: [
            { label: "Our story", href: "/about" },
            { label: "Contact", href: "/contact" },
          ],
        },
      ],
      showSocial: true,
      copyright: "© {year} {site}. All rights reserved.",
      background: "surface",
    });
  const sectionHeading = (
    text: string,
    level: 1 | 2,
    eyebrow = "",
    align: "start" | "center" = "start",
  ) =>
    block(ids.next("heading"), "heading", {
      text,
      eyebrow,
      level,
      size: level === 1 ? { mobile: "3xl", desktop: "4xl" } : { mobile: "2xl", desktop: "3xl" },
      align,
    });
  const paragraphs = (text: string | string[], width: "narrow" | "normal" = "normal") =>
    block(ids.next("text"), "rich-text", {
      content: richTextFromPlainText(Array.isArray(text) ? text.join("\n\n") : text),
      align: "start",
      width,
    });

  const heroLayout = (["image-right", "image-left", "centered"] as const)[
    plan.business.name.length % 3
  ];

  const homeSection: Record<HomeSection, () => Block> = {
    highlights: () =>
      block(ids.next("features"), "features", {
        heading: plan.highlights.heading,
        intro: "",
        items: plan.highlights.items,
        columns: {
          mobile: 1,
          tablet: plan.highlights.items.length === 4 ? 2 : 3,
          desktop: plan.highlights.items.length,
        },
        align: "center",
      }),
    products: () =>
      block(ids.next("section"), "section", { background: "none", width: "normal" }, [
        sectionHeading(plan.collection.heading, 2, plan.collection.eyebrow),
        paragraphs(plan.collection.text, "narrow"),
        block(ids.next("products"), "product-grid", {
          heading: "",
          source: "collection",
          collectionId: "",
          // Full rows only: 8 in fours, else 6 in threes (the shop page lists them all).
          limit: plan.products.length >= 8 ? 8 : 6,
          columns: { mobile: 2, desktop: plan.products.length >= 8 ? 4 : 3 },
          imageAspect: "4/5",
          emptyText: "New products are on their way. Check back soon.",
        }),
        block(ids.next("button"), "button", {
          label: plan.hero.primaryButton,
          href: "/shop",
          variant: "outline",
          align: "center",
        }),
      ]),
    story: () =>
      block(ids.next("section"), "section", { background: "none", width: "wide" }, [
        block(
          ids.next("columns"),
          "columns",
          { columns: { mobile: 1, tablet: 2 }, verticalAlign: "center" },
          [
            block(ids.next("column"), "column", {}, [
              block(ids.next("image"), "image", {
                image: {
                  src: art("story", 2, 1200, 900),
                  alt: plan.story.imageAlt,
                  decorative: false,
                  width: 1200,
                  height: 900,
                },
                caption: plan.story.caption,
                aspectRatio: "4/3",
                width: "full",
                rounded: true,
              }),
            ]),
            block(ids.next("column"), "column", {}, [
              sectionHeading(plan.story.heading, 2, plan.story.eyebrow),
              paragraphs(plan.story.paragraphs),
              block(ids.next("button"), "button", {
                label: plan.story.buttonLabel,
                href: "/about",
                variant: "primary",
              }),
            ]),
          ],
        ),
      ]),
    featured: () =>
      block(ids.next("featured"), "featured-product", {
        productId: "",
        eyebrow: plan.featured.eyebrow,
        layout: "image-left",
        showDescription: true,
        buttonLabel: "Add to cart",
        detailsLabel: plan.featured.detailsLabel,
        background: "surface",
      }),
    stats: () =>
      block(ids.next("stats"), "stats", {
        heading: plan.stats.heading,
        items: plan.stats.items,
        columns: { mobile: 1, tablet: plan.stats.items.length },
      }),
    testimonials: () =>
      block(ids.next("testimonials"), "testimonials", {
        heading: plan.testimonials.heading,
        items: plan.testimonials.items.map((t) => ({
          ...t,
          rating: 5,
          avatar: { src: "", alt: "", decorative: true },
        })),
        columns: { mobile: 1, tablet: 2, desktop: Math.min(3, plan.testimonials.items.length) },
      }),
    gallery: () =>
      block(ids.next("gallery"), "gallery", {
        heading: plan.gallery.heading,
        items: plan.gallery.items.map((item, i) => ({
          image: {
            src: art("gallery", 10 + i, 900, 900),
            alt: item.alt,
            decorative: false,
            width: 900,
            height: 900,
          },
          caption: item.caption,
        })),
        columns: { mobile: 2, desktop: Math.min(4, plan.gallery.items.length) },
        aspectRatio: "1/1",
      }),
    faq: () =>
      block(ids.next("faq"), "faq", {
        heading: plan.faq.groups[0]!.heading,
        items: plan.faq.groups[0]!.items.slice(0, 4),
        openFirst: false,
      }),
    newsletter: () =>
      block(ids.next("newsletter"), "newsletter", {
        heading: plan.newsletter.heading,
        text: plan.newsletter.text,
        buttonLabel: plan.newsletter.buttonLabel,
        successMessage: plan.newsletter.successMessage,
        background: "surface",
        layout: "inline",
      }),
    closing: () =>
      block(ids.next("cta"), "cta-banner", {
        heading: plan.closing.heading,
        text: plan.closing.text,
        buttons: [{ label: plan.closing.buttonLabel, href: "/shop", variant: "inverse" }],
        background: "primary",
        align: "center",
      }),
  };

  const home: Page = {
    id: "page-home",
    slug: "",
    title: "Home",
    seo: plan.seo.home,
    blocks: [
      announcement(),
      header(),
      block(ids.next("hero"), "hero", {
        eyebrow: plan.hero.eyebrow,
        heading: plan.hero.heading,
        subheading: plan.hero.subheading,
        headingLevel: 1,
        buttons: [
          { label: plan.hero.primaryButton, href: "/shop", variant: "primary" },
          { label: plan.hero.secondaryButton, href: "/about", variant: "outline" },
        ],
        image: {
          src: art("hero", 1, 1200, 900),
          alt: plan.hero.imageAlt,
          decorative: false,
          width: 1200,
          height: 900,
        },
        layout: heroLayout,
        align: heroLayout === "centered" ? "center" : "start",
        background: "surface",
        height: "medium",
      }),
      ...plan.homeSections.map((section) => homeSection[section]()),
      footer(),
    ],
  };

  const shop: Page = {
    id: "page-shop",
    slug: "shop",
    title: "Shop",
    seo: plan.seo.shop,
    blocks: [
      announcement(),
      header(),
      block(ids.next("section"), "section", { background: "none", width: "normal" }, [
        sectionHeading(plan.shop.heading, 1, plan.collection.eyebrow),
        paragraphs(plan.shop.intro, "narrow"),
        block(ids.next("products"), "product-grid", {
          heading: "",
          source: "collection",
          collectionId: "",
          limit: 24,
          columns: { mobile: 2, tablet: 3, desktop: 4 },
          imageAspect: "4/5",
          emptyText: "New products are on their way. Check back soon.",
        }),
      ]),
      block(ids.next("features"), "features", {
        heading: plan.highlights.heading,
        intro: "",
        items: plan.productPage.points,
        columns: { mobile: 1, tablet: 3 },
        align: "center",
      }),
      footer(),
    ],
  };

  const product: Page = {
    id: "page-product",
    slug: "product",
    title: "Product",
    blocks: [
      announcement(),
      header(),
      block(ids.next("product"), "product-detail", {
        productId: "",
        headingLevel: 1,
        note: plan.productPage.note,
        buttonLabel: "Add to cart",
      }),
      block(ids.next("features"), "features", {
        heading: plan.highlights.heading,
        intro: "",
        items: plan.productPage.points,
        columns: { mobile: 1, tablet: 3 },
        align: "center",
      }),
      block(ids.next("section"), "section", { background: "none" }, [
        sectionHeading("You might also like", 2),
        block(ids.next("products"), "product-grid", {
          heading: "",
          source: "collection",
          collectionId: "",
          limit: 4,
          columns: { mobile: 2, desktop: 4 },
        }),
      ]),
      footer(),
    ],
  };

  const collection: Page = {
    id: "page-collection",
    slug: "collection",
    title: "Collection",
    blocks: [
      announcement(),
      header(),
      block(ids.next("section"), "section", { background: "none" }, [
        block(ids.next("products"), "product-grid", {
          heading: "",
          source: "collection",
          collectionId: "",
          limit: 24,
          columns: { mobile: 2, tablet: 3, desktop: 4 },
        }),
      ]),
      footer(),
    ],
  };

  const about: Page = {
    id: "page-about",
    slug: "about",
    title: "About",
    seo: plan.seo.about,
    blocks: [
      header(),
      block(ids.next("hero"), "hero", {
        eyebrow: plan.about.eyebrow,
        heading: plan.about.heading,
        subheading: plan.about.subheading,
        headingLevel: 1,
        buttons: [{ label: plan.hero.primaryButton, href: "/shop", variant: "primary" }],
        image: {
          src: art("story", 3, 1200, 900),
          alt: plan.story.imageAlt,
          decorative: false,
          width: 1200,
          height: 900,
        },
        layout: heroLayout === "image-right" ? "image-left" : "image-right",
        align: "start",
        background: "surface",
        height: "auto",
      }),
      block(ids.next("section"), "section", { background: "none", width: "narrow" }, [
        sectionHeading(plan.story.heading, 2),
        paragraphs(plan.about.paragraphs, "narrow"),
      ]),
      block(ids.next("features"), "features", {
        heading: plan.about.values.heading,
        intro: "",
        items: plan.about.values.items,
        columns: { mobile: 1, tablet: 3 },
        align: "center",
      }),
      block(ids.next("stats"), "stats", {
        heading: plan.stats.heading,
        items: plan.stats.items,
        columns: { mobile: 1, tablet: plan.stats.items.length },
      }),
      block(ids.next("cta"), "cta-banner", {
        heading: plan.about.closing.heading,
        text: plan.about.closing.text,
        buttons: [{ label: plan.about.closing.buttonLabel, href: "/shop", variant: "inverse" }],
        background: "primary",
        align: "center",
      }),
      footer(),
    ],
  };

  const contact: Page = {
    id: "page-contact",
    slug: "contact",
    title: "Contact",
    seo: plan.seo.contact,
    blocks: [
      header(),
      block(ids.next("section"), "section", { background: "none" }, [
        sectionHeading(plan.contact.heading, 1, "Contact"),
        paragraphs(plan.contact.intro, "narrow"),
        block(ids.next("columns"), "columns", { columns: { mobile: 1, tablet: 2 } }, [
          block(ids.next("column"), "column", {}, [
            block(ids.next("form"), "contact-form", {
              heading: plan.contact.formHeading,
              text: plan.contact.formText,
              showPhone: false,
              successMessage: plan.contact.successMessage,
            }),
          ]),
          block(ids.next("column"), "column", { padding: "md", background: "surface" }, [
            sectionHeading(plan.contact.asideHeading, 2),
            paragraphs(plan.contact.asideText),
            block(ids.next("button"), "button", {
              label: "Read the FAQ",
              href: "/faq",
              variant: "outline",
            }),
          ]),
        ]),
      ]),
      footer(),
    ],
  };

  const faq: Page = {
    id: "page-faq",
    slug: "faq",
    title: "FAQ",
    seo: plan.seo.faq,
    blocks: [
      header(),
      block(ids.next("section"), "section", { background: "none", width: "narrow" }, [
        sectionHeading(plan.faq.heading, 1),
        paragraphs(plan.faq.intro, "narrow"),
      ]),
      ...plan.faq.groups.map((group) =>
        block(ids.next("faq"), "faq", {
          heading: group.heading,
          items: group.items,
          openFirst: false,
        }),
      ),
      block(ids.next("cta"), "cta-banner", {
        heading: "Still have a question?",
        text: "Write to us and a real person will reply, usually on the same day.",
        buttons: [{ label: "Contact us", href: "/contact", variant: "inverse" }],
        background: "primary",
        align: "center",
      }),
      footer(),
    ],
  };

  const nav: NavItem[] = [
    { id: "nav-shop", label: "Shop", href: "/shop" },
    { id: "nav-about", label: "Our story", href: "/about" },
    { id: "nav-faq", label: "FAQ", href: "/faq" },
    { id: "nav-contact", label: "Contact", href: "/contact" },
  ];

  const doc: SiteDoc = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    theme,
    pages: [home, shop, product, collection, about, contact, faq],
    nav,
    settings: {
      name: plan.business.name,
      locale: plan.locale,
      currency: plan.currency,
      description: plan.business.description,
      social: [],
    },
  };

  const parsed = ZSiteDoc.safeParse(doc);
  if (!parsed.success) {
    throw new SiteBuildError(`The generated site is not a valid document: ${parsed.error.message}`);
  }
  const problems = checkThemeContrast(parsed.data.theme);
  if (problems.length > 0) {
    throw new SiteBuildError(
      `The generated theme is hard to read: ${problems.map((p) => p.message).join("; ")}`,
    );
  }
  return { doc: parsed.data, products, corrections };
}

/** Every block's props are parsed by its schema (defaults filled), so the document is canonical. */
function block(
  id: string,
  type: string,
  props: Record<string, unknown>,
  children?: Block[],
): Block {
  const definition = getBlockDefinition(type);
  if (!definition) throw new SiteBuildError(`unknown block type ${type}`);
  const parsed = parseBlockProps(type, props);
  if (!parsed.ok) throw new SiteBuildError(`${type} ${id}: ${parsed.error}`);
  return children ? { id, type, props: parsed.props, children } : { id, type, props: parsed.props };
}

class IdMaker {
  private readonly counts = new Map<string, number>();
  next(kind: string): string {
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    return `${kind}-${n}`;
  }
}

/** Illustration URLs in the theme's colours, alternating grounds so a grid does not look flat. */
function artMaker(plan: SitePlan, theme: Theme) {
  const c = theme.colors;
  const grounds = [
    [c.surface, c.primary, c.accent],
    [c.secondary, c.primary, c.accent],
    [c.surface, c.accent, c.primary],
    [c.background, c.primary, c.secondary],
  ] as const;
  return (
    purpose: "hero" | "story" | "product" | "gallery",
    n: number,
    width: number,
    height: number,
  ) => {
    const [background, shape, detail] =
      grounds[(n + (purpose === "product" ? 1 : 0)) % grounds.length]!;
    return artUrl({
      motif: plan.business.industry,
      background,
      shape,
      detail,
      variant: n,
      width,
      height,
    });
  };
}
