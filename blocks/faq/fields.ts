import type { FieldMap } from "../fields/types.ts";
import { textField } from "../shared/fields.ts";
import { ZFaqItem, type FaqProps } from "./schema.ts";

export const faqFields: FieldMap<FaqProps> = {
  heading: textField("Heading", 120),
  items: {
    kind: "list",
    label: "Questions",
    itemLabel: "Question",
    titleField: "question",
    min: 0,
    max: 40,
    itemFields: {
      question: textField("Question", 200),
      answer: { kind: "textarea", label: "Answer", maxLength: 2000, rows: 4 },
    },
    defaultItem: ZFaqItem.parse({}),
  },
  openFirst: { kind: "toggle", label: "Open the first answer" },
};
