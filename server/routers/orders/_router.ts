import { router, siteProcedure } from "../../trpc.ts";
import {
  cancelOrderHandler,
  fulfilOrderHandler,
  getOrderHandler,
  listOrdersHandler,
  refundOrderHandler,
} from "./orders.handler.ts";
import {
  ZCancelOrderInput,
  ZFulfilOrderInput,
  ZListOrdersInput,
  ZOrderIdInput,
  ZRefundOrderInput,
} from "./orders.schema.ts";

// Orders carry shoppers' names and addresses: viewers (reviewers, guests) do not see them.
// Money moves (cancel, refund) need an admin.
export const ordersRouter = router({
  list: siteProcedure("editor").input(ZListOrdersInput).query(listOrdersHandler),
  get: siteProcedure("editor").input(ZOrderIdInput).query(getOrderHandler),
  fulfil: siteProcedure("editor").input(ZFulfilOrderInput).mutation(fulfilOrderHandler),
  cancel: siteProcedure("admin").input(ZCancelOrderInput).mutation(cancelOrderHandler),
  refund: siteProcedure("admin").input(ZRefundOrderInput).mutation(refundOrderHandler),
});
