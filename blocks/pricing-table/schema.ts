import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZHref } from "../shared/props.ts";

export const ZPricingPlan = z.object({
  name: z.string().max(60).default("Regular"),
  /** Display text ("$32", "From €12"): this block shows prices, checkout computes them. */
  price: z.string().max(24).default("$32"),
  period: z.string().max(30).default("per month"),
  description: z.string().max(240).default("Two bags of freshly roasted beans every month."),
  /** One feature per line. */
  features: z.string().max(1200).default("Two 250 g bags\nFree shipping\nPause or skip any month"),
  buttonLabel: z.string().max(40).default("Start subscription"),
  buttonHref: ZHref.default("/subscribe"),
  highlighted: z.boolean().default(false),
  badge: z.string().max(30).default(""),
  /**
   * "" for the merchant's own card; on a card the AI added as an example, the fingerprint of its
   * words as written: it is a sample until they change (./sample.ts). Not shown to shoppers.
   */
  sampleOf: z.string().max(16).default(""),
});
export type PricingPlan = z.infer<typeof ZPricingPlan>;

export const ZPricingTableProps = z.object({
  heading: z.string().max(120).default("Coffee, delivered on your schedule"),
  intro: z
    .string()
    .max(400)
    .default(
      "Freshly roasted every Monday and shipped the same day. Change or cancel whenever you like.",
    ),
  plans: z
    .array(ZPricingPlan)
    .max(4)
    .default([
      {
        name: "Taster",
        price: "$18",
        period: "per month",
        description: "One bag to try a new origin every month.",
        features: "One 250 g bag\nTasting notes card\nPause or skip any month",
        buttonLabel: "Choose Taster",
        buttonHref: "/subscribe?plan=taster",
        highlighted: false,
        badge: "",
        sampleOf: "",
      },
      {
        name: "Regular",
        price: "$32",
        period: "per month",
        description: "Enough for a cup every morning.",
        features: "Two 250 g bags\nFree shipping\nPause or skip any month",
        buttonLabel: "Choose Regular",
        buttonHref: "/subscribe?plan=regular",
        highlighted: true,
        badge: "Most popular",
        sampleOf: "",
      },
      {
        name: "Café",
        price: "$58",
        period: "per month",
        description: "For households and small offices.",
        features: "Four 250 g bags\nFree shipping\nA free mug in your first box",
        buttonLabel: "Choose Café",
        buttonHref: "/subscribe?plan=cafe",
        highlighted: false,
        badge: "",
        sampleOf: "",
      },
    ]),
});
export type PricingTableProps = z.infer<typeof ZPricingTableProps>;

export const PRICING_TABLE_VERSION = 1;
export const pricingTableMigrations: PropsMigration[] = [];
