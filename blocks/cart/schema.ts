import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZHref } from "../shared/props.ts";

export const ZCartProps = z.object({
  heading: z.string().max(120).default("Your cart"),
  emptyText: z
    .string()
    .max(200)
    .default("Your cart is empty. A good excuse to have a look around."),
  continueLabel: z.string().max(40).default("Continue shopping"),
  continueHref: ZHref.default("/shop"),
  checkoutLabel: z.string().max(40).default("Check out"),
  note: z.string().max(200).default("Shipping and taxes are calculated at checkout."),
});
export type CartProps = z.infer<typeof ZCartProps>;

export const CART_VERSION = 1;
export const cartMigrations: PropsMigration[] = [];
