import { z } from "zod";
import { ZDiscountInput } from "../../commerce/discounts.ts";

const ZDiscountId = z.string().uuid("That is not a discount id.");
export const ZDiscountIdInput = z.object({ discountId: ZDiscountId });
export const ZCreateDiscountInput = z.object({ discount: ZDiscountInput });
export const ZUpdateDiscountInput = z.object({ discountId: ZDiscountId, discount: ZDiscountInput });
