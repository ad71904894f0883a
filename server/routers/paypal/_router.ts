import { router, siteProcedure } from "../../trpc.ts";
import {
  connectPayPalHandler,
  disconnectPayPalHandler,
  payPalConnectionHandler,
} from "./paypal.handler.ts";
import { ZConnectPayPalInput } from "./paypal.schema.ts";

/** The store's PayPal connection (its merchant id); shoppers pay through /api/checkout. */
export const paypalRouter = router({
  connection: siteProcedure("paypal.connection").query(payPalConnectionHandler),
  connect: siteProcedure("paypal.connect")
    .input(ZConnectPayPalInput)
    .mutation(connectPayPalHandler),
  disconnect: siteProcedure("paypal.disconnect").mutation(disconnectPayPalHandler),
});
