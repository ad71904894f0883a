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
  list: siteProcedure("editor").query(listDiscountsHandler),
  create: siteProcedure("admin").input(ZCreateDiscountInput).mutation(createDiscountHandler),
  update: siteProcedure("admin").input(ZUpdateDiscountInput).mutation(updateDiscountHandler),
  delete: siteProcedure("admin").input(ZDiscountIdInput).mutation(deleteDiscountHandler),
});
