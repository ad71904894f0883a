import { router, siteProcedure } from "../../trpc.ts";
import {
  cancelOrderHandler,
  fulfilOrderHandler,
  getOrderHandler,
  listOrdersHandler,
  refundOrderHandler,
  refundQuoteHandler,
} from "./orders.handler.ts";
import {
  ZCancelOrderInput,
  ZFulfilOrderInput,
  ZListOrdersInput,
  ZOrderIdInput,
  ZRefundOrderInput,
  ZRefundQuoteInput,
} from "./orders.schema.ts";

// Orders carry shoppers' names and addresses: viewers (reviewers, guests) do not see them.
// Money moves (cancel, refund) need an admin.
export const ordersRouter = router({
  list: siteProcedure("orders.list").input(ZListOrdersInput).query(listOrdersHandler),
  get: siteProcedure("orders.get").input(ZOrderIdInput).query(getOrderHandler),
  fulfil: siteProcedure("orders.fulfil").input(ZFulfilOrderInput).mutation(fulfilOrderHandler),
  cancel: siteProcedure("orders.cancel").input(ZCancelOrderInput).mutation(cancelOrderHandler),
  refund: siteProcedure("orders.refund").input(ZRefundOrderInput).mutation(refundOrderHandler),
  refundQuote: siteProcedure("orders.refundQuote")
    .input(ZRefundQuoteInput)
    .query(refundQuoteHandler),
});
