import { describe, expect, it } from "vitest";
import type { SitePlan } from "../server/ai/site/plan.ts";
import { checkFacts, inventedClaims, percentile } from "./ai-fidelity/measure.ts";

/** The fields the measures read, in a plan small enough to see whole. */
function plan(overrides: Partial<Record<keyof SitePlan, unknown>> = {}): SitePlan {
  return {
    language: "fr",
    locale: "fr-FR",
    currency: "EUR",
    business: {
      name: "Boulangerie Martin",
      tagline: "Le pain de Lyon, cuit chaque matin",
      description: "Une boulangerie de quartier à Lyon, farine bio.",
      industry: "bakery",
      place: "Lyon",
      tone: "warm",
      sells: "products",
    },
    style: { colors: { primary: "#112233" } },
    testimonials: null,
    stats: null,
    products: [
      { title: "Pain de campagne", price: 420, description: "Un pain au levain." },
      { title: "Brioche au beurre", price: 650, description: "Une brioche dorée." },
    ],
    notes: [],
    ...overrides,
  } as unknown as SitePlan;
}

describe("AI fidelity measures", () => {
  it("counts a fact as reached only when the store carries it: offerings by title without case or accents, at the stated price", () => {
    const checks = checkFacts(
      {
        name: "boulangerie martin",
        place: "Lyon",
        currency: "EUR",
        language: "fr",
        trade: "bakery",
        sells: "services",
        offerings: [
          { name: "PAIN DE CAMPAGNE", price: 420 },
          { name: "Brioche au beurre", price: 600 },
          { name: "Baguette tradition" },
        ],
        highlights: ["Farine bio", "depuis 1987"],
      },
      plan(),
    );
    expect(checks.filter((c) => !c.reached).map((c) => c.fact)).toEqual([
      "sells services",
      "offering Brioche au beurre at 600",
      "offering Baguette tradition",
      "highlight depuis 1987",
    ]);
    expect(checks).toHaveLength(11);
  });

  it("finds ratings, verified buyers, day counts, awards and blocks the brief never gave", () => {
    const invented = plan({
      announcement: "Note 4,9/5 ★ par nos clients, boulangerie primée",
      faq: { items: ["Remboursé sous 30 jours, expédié en 2 jours, 100 % satisfaits."] },
      hero: { heading: "Acheteur vérifié : le meilleur pain" },
      testimonials: { items: [{ quote: "Super" }] },
    });
    const kinds = inventedClaims(invented, "Boulangerie à Lyon.", {}).map((c) => c.kind);
    expect(kinds.sort()).toEqual(
      [
        "rating",
        "rating",
        "award or certification",
        "day count",
        "day count",
        "percentage",
        "verified buyer",
        "testimonials",
      ].sort(),
    );
  });

  it("does not count what the brief says itself", () => {
    const said = plan({
      announcement: "Commandes prêtes en 48 heures, farine certifiée bio",
      testimonials: { items: [{ quote: "Le meilleur pain de Lyon" }] },
    });
    const brief =
      "Boulangerie à Lyon, commandes en 48 heures, farine certifiée bio. « Le meilleur pain de Lyon »";
    expect(inventedClaims(said, brief, { quotes: true })).toEqual([]);
  });

  it("takes percentiles by nearest rank", () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(30);
    expect(percentile([10, 20, 30, 40], 95)).toBe(40);
    expect(percentile([], 50)).toBeNaN();
  });
});
