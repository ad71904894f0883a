import type { FieldMap, ItemFlag } from "../fields/types.ts";
import { factsField, linkField, textField } from "../shared/fields.ts";
import { isSampleCard } from "./sample.ts";
import { ZPricingPlan, type PricingTableProps } from "./schema.ts";

const SAMPLE: ItemFlag = {
  label: "Sample",
  help: "Written by the AI as an example: rewrite its name, price or description, or remove it. Publishing warns until you do.",
};

export const pricingTableFields: FieldMap<PricingTableProps> = {
  heading: textField("Heading", 120),
  intro: { kind: "textarea", label: "Intro", maxLength: 400 },
  plans: {
    kind: "list",
    label: "Plans",
    itemLabel: "Plan",
    titleField: "name",
    min: 0,
    max: 4,
    itemFields: {
      name: textField("Plan name", 60),
      price: factsField("Price", 24, "As shoppers should read it, e.g. $32"),
      period: textField("Billing period", 30),
      description: { kind: "textarea", label: "Description", maxLength: 240 },
      features: {
        kind: "textarea",
        label: "What's included (one per line)",
        maxLength: 1200,
        rows: 5,
      },
      buttonLabel: textField("Button label", 40),
      buttonHref: linkField("Button link"),
      highlighted: { kind: "toggle", label: "Highlight this plan" },
      badge: textField("Badge", 30),
    },
    defaultItem: ZPricingPlan.parse({}),
    itemFlag: (item) => {
      const card = ZPricingPlan.safeParse(item);
      return card.success && isSampleCard(card.data) ? SAMPLE : null;
    },
    itemFlags: [SAMPLE],
  },
};
