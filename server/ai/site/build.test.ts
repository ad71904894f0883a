import { describe, expect, it } from "vitest";
import type { Block, SiteDoc } from "../../../blocks/doc/schema.ts";
import { formatMinor } from "../../../domain/money.ts";
import { offlineSitePlan } from "../offline/site-plan.ts";
import { ZSiteBrief } from "../tasks.ts";
import { buildSite } from "./build.ts";
import { ZSitePlan, type PlanProduct, type SitePlan } from "./plan.ts";

/** A valid plan from the offline writer, turned into the store a test needs. */
function planWith(change: (plan: SitePlan) => void): SitePlan {
  const brief = ZSiteBrief.parse({
    name: "Atelier Lune",
    description: "Violin repairs, set-ups and lessons in Lyon.",
  });
  const plan = structuredClone(offlineSitePlan({ brief, competitors: [] }, 1));
  change(plan);
  return ZSitePlan.parse(plan);
}

const item = (over: Partial<PlanProduct>): PlanProduct => ({
  kind: "service",
  sample: false,
  title: "Réglage de violon",
  description: "Chevalet, âme et cordes réglés à l'atelier. Rendu sous une semaine.",
  imageAlt: "Un violon sur l'établi",
  price: 4000,
  priceFrom: true,
  compareAtPrice: null,
  options: [],
  ...over,
});

function allBlocks(doc: SiteDoc): Block[] {
  const out: Block[] = [];
  const walk = (blocks: Block[]) =>
    blocks.forEach((b) => {
      out.push(b);
      if (b.children) walk(b.children);
    });
  doc.pages.forEach((p) => walk(p.blocks));
  return out;
}

const hrefs = (doc: SiteDoc) =>
  [...JSON.stringify(doc).matchAll(/"(?:href|linkHref|ctaHref|buttonHref)":"([^"]*)"/g)].map(
    (m) => m[1],
  );

function frenchServices(plan: SitePlan) {
  plan.language = "fr";
  plan.locale = "fr-FR";
  plan.currency = "EUR";
  plan.business.sells = "services";
  plan.services = {
    heading: "Nos prestations",
    intro: "Réglages, réparations et cours, à l'atelier de la Croix-Rousse.",
    buttonLabel: "Prendre rendez-vous",
  };
  plan.products = [
    item({}),
    item({ title: "Cours de violon", price: 3500, priceFrom: false }),
    item({ title: "Restauration", price: null, priceFrom: false, sample: true }),
  ];
  plan.homeSections = [...new Set([...plan.homeSections, "products" as const])];
}

describe("buildSite: services mode", () => {
  it("builds a services-only store with a services page, 'from' prices and a call to book, and no cart or shop", () => {
    const built = buildSite(planWith(frenchServices));
    const { doc } = built;
    expect(doc.pages.map((p) => p.slug)).toEqual(["", "services", "about", "contact", "faq"]);
    expect(built.products).toEqual([]);
    expect(built.sampleServices).toBe(1);
    expect(hrefs(doc)).not.toContain("/shop");
    expect(doc.nav.map((n) => n.href)).toEqual(["/services", "/about", "/faq", "/contact"]);
    expect(doc.nav[0]!.label).toBe("Prestations");
    const blocks = allBlocks(doc);
    expect(blocks.some((b) => ["product-grid", "featured-product", "cart"].includes(b.type))).toBe(
      false,
    );
    for (const header of blocks.filter((b) => b.type === "header")) {
      expect(header.props).toMatchObject({
        showCart: false,
        ctaLabel: "Prendre rendez-vous",
        ctaHref: "/contact",
      });
    }
    const footer = blocks.find((b) => b.type === "footer")!;
    expect(JSON.stringify(footer.props)).not.toMatch(/shipping|returns|livraison|retours/i);

    const services = doc.pages.find((p) => p.slug === "services")!;
    const cards = allBlocks({ ...doc, pages: [services] })
      .filter((b) => b.type === "pricing-table")
      .flatMap((b) => b.props.plans as { name: string; price: string; buttonHref: string }[]);
    expect(cards.map((c) => [c.name, c.price])).toEqual([
      ["Réglage de violon", `à partir de ${formatMinor(4000, "EUR", "fr-FR")}`],
      ["Cours de violon", formatMinor(3500, "EUR", "fr-FR")],
      ["Restauration", "Sur demande"],
    ]);
    expect(cards.every((c) => c.buttonHref === "/contact")).toBe(true);
    // Its heading has no "the collection" eyebrow: that names goods, not services.
    const heading = allBlocks({ ...doc, pages: [services] }).find((b) => b.type === "heading")!;
    expect(heading.props).toMatchObject({ level: 1, eyebrow: "" });
    // The services page ends on the call to book, through the contact page.
    const cta = services.blocks.find((b) => b.type === "cta-banner")!;
    expect(cta.props.buttons).toEqual([
      expect.objectContaining({ label: "Prendre rendez-vous", href: "/contact" }),
    ]);
  });

  it("puts the services next to the shop when the business sells both, and only products go to the catalogue", () => {
    const built = buildSite(
      planWith((plan) => {
        frenchServices(plan);
        plan.business.sells = "both";
        plan.products.push(
          item({ kind: "product", title: "Colophane", price: 900, priceFrom: false }),
          item({ kind: "product", title: "Cordes sur mesure", price: null, sample: true }),
        );
      }),
    );
    expect(built.doc.pages.map((p) => p.slug)).toEqual(
      expect.arrayContaining(["shop", "product", "collection", "services"]),
    );
    expect(built.doc.nav.map((n) => n.href).slice(0, 2)).toEqual(["/shop", "/services"]);
    expect(built.products.map((p) => [p.title, p.status, p.sample])).toEqual([
      ["Colophane", "active", false],
      ["Cordes sur mesure", "draft", true],
    ]);
  });
});

/** The plan as a shop's: products with a cart, no services page. */
function asShop(plan: SitePlan): void {
  plan.business.sells = "products";
  plan.services = null;
  plan.products = plan.products.map((p) => ({ ...p, kind: "product", price: p.price ?? 1500 }));
  if (!plan.homeSections.includes("products")) plan.homeSections.push("products");
}

describe("buildSite: the builder's own words", () => {
  it("writes its labels in the plan's language", () => {
    const { doc, englishLabels } = buildSite(
      planWith((plan) => {
        asShop(plan);
        plan.language = "fr";
        plan.locale = "fr-FR";
      }),
    );
    expect(englishLabels).toBe(false);
    const text = JSON.stringify([doc.pages.map((p) => [p.title, p.blocks]), doc.nav]);
    const builderWords = [
      "Add to cart",
      "All products",
      "New products are on their way",
      "New pieces",
      "You might also like",
      "Sold out",
      "Your name",
      "Send message",
      "Email address",
      "Unsubscribe",
      "All rights reserved",
    ];
    for (const english of builderWords) expect(text).not.toContain(english);
    expect(text).toContain("Ajouter au panier");
    expect(doc.nav.map((n) => n.label)).toEqual(["Boutique", "Notre histoire", "FAQ", "Contact"]);
  });

  it("falls back to English words for a language it has none for, and says so", () => {
    const built = buildSite(
      planWith((plan) => {
        asShop(plan);
        plan.language = "nl";
      }),
    );
    expect(built.englishLabels).toBe(true);
    expect(built.doc.nav[0]!.label).toBe("Shop");
  });
});

describe("buildSite: pictures", () => {
  it("draws each product's own kind of item, not one motif for the whole store", () => {
    const brief = ZSiteBrief.parse({
      description:
        "Le Fournil, boulangerie à Lyon : pain de campagne 4,50 €, croissant 1,20 €, tarte aux pommes 18 €.",
    });
    const built = buildSite(offlineSitePlan({ brief, competitors: [] }, 1));
    const item = (title: string) =>
      built.products
        .find((p) => p.title === title)!
        .images[0]!.src.split("/")
        .pop()!
        .split("-")[0];
    expect([item("Pain de campagne"), item("Croissant"), item("Tarte aux pommes")]).toEqual([
      "bakery.loaf",
      "bakery.croissant",
      "bakery.tart",
    ]);
  });
});
