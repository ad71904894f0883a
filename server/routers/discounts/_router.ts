import { router, siteProcedure } from "../../trpc.ts";
import {
  createDiscountHandler,
  deleteDiscountHandler,
  listDiscountsHandler,
  updateDiscountHandler,
} from "./discounts.handler.ts";
import {
  ZCreateDiscountInput,
  ZDiscountIdInput,
  ZUpdateDiscountInput,
} from "./discounts.schema.ts";

export const discountsRouter = router({
  list: siteProcedure("discounts.list").query(listDiscountsHandler),
  create: siteProcedure("discounts.create")
    .input(ZCreateDiscountInput)
    .mutation(createDiscountHandler),
  update: siteProcedure("discounts.update")
    .input(ZUpdateDiscountInput)
    .mutation(updateDiscountHandler),
  delete: siteProcedure("discounts.delete").input(ZDiscountIdInput).mutation(deleteDiscountHandler),
});
