import { z } from "zod";
import type { PropsMigration } from "../definition.ts";

export const ZFaqItem = z.object({
  question: z.string().max(200).default("How long does shipping take?"),
  /** Plain text; blank lines start new paragraphs. */
  answer: z.string().max(2000).default("Orders leave our workshop within two working days."),
});
export type FaqItem = z.infer<typeof ZFaqItem>;

export const ZFaqProps = z.object({
  heading: z.string().max(120).default("Questions, answered"),
  items: z
    .array(ZFaqItem)
    .max(40)
    .default([
      {
        question: "How long does shipping take?",
        answer:
          "Orders leave our workshop within two working days. Delivery in the US usually takes 3–5 days after that.",
      },
      {
        question: "Can I return something?",
        answer:
          "Yes. Send unused items back within 30 days and we will refund you in full, including shipping.",
      },
      {
        question: "How do I care for linen?",
        answer: "Wash cool with similar colours and hang to dry. Linen softens with every wash.",
      },
    ]),
  openFirst: z.boolean().default(false),
});
export type FaqProps = z.infer<typeof ZFaqProps>;

export const FAQ_VERSION = 1;
export const faqMigrations: PropsMigration[] = [];
