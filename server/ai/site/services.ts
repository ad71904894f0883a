import { sampleFingerprint } from "../../../blocks/pricing-table/sample.ts";
import type { PricingPlan } from "../../../blocks/pricing-table/schema.ts";
import { formatMinor } from "../../../domain/money.ts";
import { clampText } from "./clamp.ts";
import type { StoreLabels } from "./labels.ts";
import type { PlanProduct, SitePlan } from "./plan.ts";

/**
 * Services mode: what a store books or quotes rather than ships. Service items are not cart
 * products; they are the cards of pricing-table blocks on the services page (see
 * docs/decisions/0007-services-as-pricing-cards.md), each with its "from" price in the store's
 * currency and locale and a button to the contact page. A card for a service the brief did not
 * name is marked as a sample (blocks/pricing-table/sample.ts), which publishing warns about.
 */

/** A pricing table shows at most this many cards; longer lists take several tables. */
export const SERVICES_PER_TABLE = 4;

/** Which plan items the catalogue sells and which the services page lists. */
export function splitOfferings(plan: SitePlan): { goods: PlanProduct[]; services: PlanProduct[] } {
  if (plan.business.sells === "services") return { goods: [], services: plan.products };
  return {
    goods: plan.products.filter((p) => p.kind === "product"),
    services: plan.products.filter((p) => p.kind === "service"),
  };
}

/** The words the services page is written in: the plan's, or the shop's when it has none. */
export function servicesWords(
  plan: SitePlan,
  labels: StoreLabels,
): NonNullable<SitePlan["services"]> {
  return (
    plan.services ?? {
      heading: plan.shop.heading,
      intro: plan.shop.intro,
      buttonLabel: labels.stillQuestion.button,
    }
  );
}

/** A service's price as the card shows it: "à partir de 40,00 €", "120,00 €", "Sur demande". */
export function servicePrice(item: PlanProduct, plan: SitePlan, labels: StoreLabels): string {
  if (item.price === null) return labels.priceOnRequest;
  const amount = formatMinor(item.price, plan.currency, plan.locale);
  const varies = item.options.some((o) => o.values.some((v) => v.priceDelta > 0));
  const shown = item.priceFrom || varies ? labels.priceFrom.replace("{price}", amount) : amount;
  // The card's price holds 24 characters; the amount alone always fits.
  return shown.length <= 24 ? shown : amount.slice(0, 24);
}

/** The service items as pricing cards, booked or asked about through the contact page. */
export function serviceCards(
  items: PlanProduct[],
  plan: SitePlan,
  labels: StoreLabels,
): PricingPlan[] {
  const words = servicesWords(plan, labels);
  return items.map((item) => {
    const card = {
      name: clampText(item.title, 60),
      price: servicePrice(item, plan, labels),
      description: clampText(item.description.replace(/\s*\n\s*/g, " "), 240),
    };
    return {
      ...card,
      period: "",
      features: item.options
        .map((o) => `${o.name}: ${o.values.map((v) => v.label).join(", ")}`)
        .join("\n")
        .slice(0, 1200),
      buttonLabel: words.buttonLabel,
      buttonHref: "/contact",
      highlighted: false,
      badge: "",
      // A service the brief did not name is a sample until the merchant rewrites it.
      sampleOf: item.sample ? sampleFingerprint(card) : "",
    };
  });
}
