import {
  CURRENT_SCHEMA_VERSION,
  ZSiteDoc,
  type Block,
  type NavItem,
  type Page,
  type SiteDoc,
} from "../../../blocks/doc/schema.ts";
import { getBlockDefinition, parseBlockProps } from "../../../blocks/registry.ts";
import { richTextFromPlainText } from "../../../blocks/shared/rich-text-value/plainText.ts";
import {
  checkThemeContrast,
  ensureReadableTheme,
  readableTextOn,
  type ContrastCorrection,
  type Theme,
} from "../../../blocks/theme/index.ts";
import { OFFLINE_LANGUAGES, type OfflineLanguage } from "../brief/facts.ts";
import { artMotifFor, artUrl } from "./art.ts";
import { labelsFor } from "./labels.ts";
import type { SitePlan } from "./plan.ts";
import { handleFor, sampleProduct, type SampleProduct } from "./products.ts";
import { serviceCards, servicesWords, SERVICES_PER_TABLE, splitOfferings } from "./services.ts";
import type { HomeSection } from "../../../domain/ai-vocabulary.ts";

/**
 * Lays a store plan out as a site document: home, about, contact and FAQ; a shop (shop page, the
 * product and collection templates, cart) when it sells products; a services page ("from"
 * prices, a call to book or ask through the contact page) when it sells services. A
 * services-only store has no cart, shop or product pages. Navigation, SEO, theme, the catalogue's
 * products with their illustrations, and the builder's own words (./labels.ts) in the plan's
 * language. Block ids are derived from the page and a counter, so the same plan always builds the
 * same document. Throws `SiteBuildError` when the result would not validate, which a valid plan
 * never causes.
 */
export type BuiltSite = {
  doc: SiteDoc;
  /** The catalogue's products (services are on the services page, not in the cart). */
  products: SampleProduct[];
  /** Sample (not named in the brief) services listed on the services page. */
  sampleServices: number;
  /** The builder had no words in the plan's language and used English ones. */
  englishLabels: boolean;
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
  const { labels, fallback: englishLabels } = labelsFor(plan.language);
  const { goods, services } = splitOfferings(plan);
  const hasShop = plan.business.sells !== "services";
  const hasServices = plan.business.sells !== "products" || services.length > 0;
  const servicePage = servicesWords(plan, labels);
  /** Where the store's main buttons lead: the shop, or the services of a services-only store. */
  const mainHref = hasShop ? "/shop" : "/services";

  const taken = new Set<string>();
  const products = goods.map((product, i) =>
    sampleProduct(
      product,
      handleFor(product.title, taken),
      {
        src: art("product", i + 1, 1000, 1250, product.title),
        alt: product.imageAlt,
        width: 1000,
        height: 1250,
      },
      i,
    ),
  );

  const announcement = (): Block =>
    block(ids.next("announcement"), "announcement-bar", {
      text: plan.announcement,
      linkLabel: "",
      linkHref: mainHref,
      background: "primary",
    });
  const header = (): Block =>
    block(ids.next("header"), "header", {
      sticky: true,
      showCart: hasShop,
      ctaLabel: hasShop ? "" : servicePage.buttonLabel,
      ctaHref: "/contact",
      background: "background",
    });
  const footer = (): Block =>
    block(ids.next("footer"), "footer", {
      tagline: plan.footer.tagline,
      linkGroups: [
        {
          title: hasShop ? labels.footer.shop : labels.footer.services,
          links: [
            ...(hasShop ? [{ label: labels.footer.allProducts, href: "/shop" }] : []),
            ...(hasServices ? [{ label: labels.footer.allServices, href: "/services" }] : []),
            { label: labels.footer.questions, href: "/faq" },
          ],
        },
        {
          title: plan.business.name.length <= 60 ? plan.business.name : labels.footer.about,
          links: [
            { label: labels.footer.ourStory, href: "/about" },
            { label: labels.footer.contact, href: "/contact" },
          ],
        },
      ],
      showSocial: true,
      copyright: labels.footer.copyright,
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

  const serviceTables = (items: typeof services, heading = "", intro = ""): Block[] => {
    const cards = serviceCards(items, plan, labels);
    const tables: Block[] = [];
    for (let i = 0; i < cards.length; i += SERVICES_PER_TABLE) {
      tables.push(
        block(ids.next("pricing"), "pricing-table", {
          heading: i === 0 ? heading : "",
          intro: i === 0 ? intro : "",
          plans: cards.slice(i, i + SERVICES_PER_TABLE),
        }),
      );
    }
    return tables;
  };

  const productsSection = (): Block =>
    block(ids.next("section"), "section", { background: "none", width: "normal" }, [
      sectionHeading(plan.collection.heading, 2, plan.collection.eyebrow),
      paragraphs(plan.collection.text, "narrow"),
      block(ids.next("products"), "product-grid", {
        heading: "",
        source: "collection",
        collectionId: "",
        // Full rows only: 8 in fours, else 6 in threes (the shop page lists them all).
        limit: goods.length >= 8 ? 8 : 6,
        columns: { mobile: 2, desktop: goods.length >= 8 ? 4 : 3 },
        imageAspect: "4/5",
        emptyText: labels.emptyShop,
      }),
      block(ids.next("button"), "button", {
        label: plan.hero.primaryButton,
        href: "/shop",
        variant: "outline",
        align: "center",
      }),
    ]);

  // A services-only home shows its first services where a shop shows its products.
  const servicesPreview = (): Block | null =>
    services.length === 0
      ? null
      : block(ids.next("section"), "section", { background: "none", width: "normal" }, [
          ...serviceTables(
            services.slice(0, SERVICES_PER_TABLE),
            servicePage.heading,
            servicePage.intro,
          ),
          block(ids.next("button"), "button", {
            label: plan.hero.primaryButton,
            href: "/services",
            variant: "outline",
            align: "center",
          }),
        ]);

  const heroLayout = (["image-right", "image-left", "centered"] as const)[
    plan.business.name.length % 3
  ];

  // A section with nothing true to say (no quotes, no numbers in the brief) is left out.
  const statsBlock = (): Block | null =>
    plan.stats &&
    block(ids.next("stats"), "stats", {
      heading: plan.stats.heading,
      items: plan.stats.items,
      columns: { mobile: 1, tablet: plan.stats.items.length },
    });

  const homeSection: Record<HomeSection, () => Block | null> = {
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
    products: () => (hasShop ? productsSection() : servicesPreview()),
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
      goods.length === 0
        ? null
        : block(ids.next("featured"), "featured-product", {
            productId: "",
            eyebrow: plan.featured.eyebrow,
            layout: "image-left",
            showDescription: true,
            buttonLabel: labels.addToCart,
            detailsLabel: plan.featured.detailsLabel,
            background: "surface",
          }),
    stats: () => statsBlock(),
    testimonials: () => {
      const testimonials = plan.testimonials;
      if (!testimonials) return null;
      return block(ids.next("testimonials"), "testimonials", {
        heading: testimonials.heading,
        items: testimonials.items.map((t) => ({
          ...t,
          rating: 5,
          avatar: { src: "", alt: "", decorative: true },
        })),
        columns: { mobile: 1, tablet: 2, desktop: Math.min(3, testimonials.items.length) },
      });
    },
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
        emailLabel: labels.newsletter.email,
        privacyNote: labels.newsletter.privacy,
        background: "surface",
        layout: "inline",
      }),
    closing: () =>
      block(ids.next("cta"), "cta-banner", {
        heading: plan.closing.heading,
        text: plan.closing.text,
        buttons: [{ label: plan.closing.buttonLabel, href: mainHref, variant: "inverse" }],
        background: "primary",
        align: "center",
      }),
  };

  const home: Page = {
    id: "page-home",
    slug: "",
    title: labels.pages.home,
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
          { label: plan.hero.primaryButton, href: mainHref, variant: "primary" },
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
      ...plan.homeSections.flatMap((section) => homeSection[section]() ?? []),
      footer(),
    ],
  };

  const shop: Page = {
    id: "page-shop",
    slug: "shop",
    title: labels.pages.shop,
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
          emptyText: labels.emptyShop,
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
    title: labels.pages.product,
    blocks: [
      announcement(),
      header(),
      block(ids.next("product"), "product-detail", {
        productId: "",
        headingLevel: 1,
        note: plan.productPage.note,
        buttonLabel: labels.addToCart,
        soldOutLabel: labels.soldOut,
      }),
      block(ids.next("features"), "features", {
        heading: plan.highlights.heading,
        intro: "",
        items: plan.productPage.points,
        columns: { mobile: 1, tablet: 3 },
        align: "center",
      }),
      block(ids.next("section"), "section", { background: "none" }, [
        sectionHeading(labels.alsoLike, 2),
        block(ids.next("products"), "product-grid", {
          heading: "",
          source: "collection",
          collectionId: "",
          limit: 4,
          columns: { mobile: 2, desktop: 4 },
          emptyText: labels.emptyShop,
        }),
      ]),
      footer(),
    ],
  };

  const collection: Page = {
    id: "page-collection",
    slug: "collection",
    title: labels.pages.collection,
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
          emptyText: labels.emptyShop,
        }),
      ]),
      footer(),
    ],
  };

  const about: Page = {
    id: "page-about",
    slug: "about",
    title: labels.pages.about,
    seo: plan.seo.about,
    blocks: [
      header(),
      block(ids.next("hero"), "hero", {
        eyebrow: plan.about.eyebrow,
        heading: plan.about.heading,
        subheading: plan.about.subheading,
        headingLevel: 1,
        buttons: [{ label: plan.hero.primaryButton, href: mainHref, variant: "primary" }],
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
      ...[statsBlock()].filter((b): b is Block => b !== null),
      block(ids.next("cta"), "cta-banner", {
        heading: plan.about.closing.heading,
        text: plan.about.closing.text,
        buttons: [{ label: plan.about.closing.buttonLabel, href: mainHref, variant: "inverse" }],
        background: "primary",
        align: "center",
      }),
      footer(),
    ],
  };

  const contact: Page = {
    id: "page-contact",
    slug: "contact",
    title: labels.pages.contact,
    seo: plan.seo.contact,
    blocks: [
      header(),
      block(ids.next("section"), "section", { background: "none" }, [
        sectionHeading(plan.contact.heading, 1, labels.contactEyebrow),
        paragraphs(plan.contact.intro, "narrow"),
        block(ids.next("columns"), "columns", { columns: { mobile: 1, tablet: 2 } }, [
          block(ids.next("column"), "column", {}, [
            block(ids.next("form"), "contact-form", {
              heading: plan.contact.formHeading,
              text: plan.contact.formText,
              showPhone: false,
              successMessage: plan.contact.successMessage,
              nameLabel: labels.form.name,
              emailLabel: labels.form.email,
              phoneLabel: labels.form.phone,
              messageLabel: labels.form.message,
              buttonLabel: labels.form.send,
            }),
          ]),
          block(ids.next("column"), "column", { padding: "md", background: "surface" }, [
            sectionHeading(plan.contact.asideHeading, 2),
            paragraphs(plan.contact.asideText),
            block(ids.next("button"), "button", {
              label: labels.readFaq,
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
    title: labels.pages.faq,
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
        heading: labels.stillQuestion.heading,
        text: labels.stillQuestion.text,
        buttons: [{ label: labels.stillQuestion.button, href: "/contact", variant: "inverse" }],
        background: "primary",
        align: "center",
      }),
      footer(),
    ],
  };

  const servicesPageOf: Page = {
    id: "page-services",
    slug: "services",
    title: labels.pages.services,
    seo: plan.seo.shop,
    blocks: [
      announcement(),
      header(),
      block(ids.next("section"), "section", { background: "none", width: "normal" }, [
        // No eyebrow: the plan's ("The collection") names a range of goods, not services.
        sectionHeading(servicePage.heading, 1),
        paragraphs(servicePage.intro, "narrow"),
      ]),
      // The cards' names are h3: the table's own h2 keeps the headings in order under the h1.
      ...serviceTables(services, plan.collection.heading),
      block(ids.next("cta"), "cta-banner", {
        heading: plan.closing.heading,
        text: plan.closing.text,
        buttons: [{ label: servicePage.buttonLabel, href: "/contact", variant: "inverse" }],
        background: "primary",
        align: "center",
      }),
      footer(),
    ],
  };

  const nav: NavItem[] = [
    ...(hasShop ? [{ id: "nav-shop", label: labels.nav.shop, href: "/shop" }] : []),
    ...(hasServices ? [{ id: "nav-services", label: labels.nav.services, href: "/services" }] : []),
    { id: "nav-about", label: labels.nav.about, href: "/about" },
    { id: "nav-faq", label: labels.nav.faq, href: "/faq" },
    { id: "nav-contact", label: labels.nav.contact, href: "/contact" },
  ];

  const doc: SiteDoc = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    theme,
    pages: [
      home,
      ...(hasShop ? [shop, product, collection] : []),
      ...(hasServices ? [servicesPageOf] : []),
      about,
      contact,
      faq,
    ],
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
  return {
    doc: parsed.data,
    products,
    sampleServices: services.filter((s) => s.sample).length,
    englishLabels,
    corrections,
  };
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
    /** What the picture shows (a product's title): its kind of item picks the drawing. */
    title?: string,
  ) => {
    const [background, shape, detail] =
      grounds[(n + (purpose === "product" ? 1 : 0)) % grounds.length]!;
    const item = title
      ? artMotifFor(plan.business.industry, title, offlineLanguage(plan))
      : undefined;
    return artUrl({
      motif: plan.business.industry,
      ...(item ? { item } : {}),
      background,
      shape,
      detail,
      variant: n,
      width,
      height,
    });
  };
}

/** The plan's language when the trade catalogue has samples in it, else English's names. */
function offlineLanguage(plan: SitePlan): OfflineLanguage {
  return (OFFLINE_LANGUAGES as readonly string[]).includes(plan.language)
    ? (plan.language as OfflineLanguage)
    : "en";
}
