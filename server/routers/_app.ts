import { router } from "../trpc.ts";
import { aiRouter } from "./ai/_router.ts";
import { authRouter } from "./auth/_router.ts";
import { collabRouter } from "./collab/_router.ts";
import { commentsRouter } from "./comments/_router.ts";
import { mediaRouter } from "./media/_router.ts";
import { membersRouter } from "./members/_router.ts";
import { previewRouter } from "./preview/_router.ts";
import { transferRouter } from "./transfer/_router.ts";
import { sitesRouter } from "./sites/_router.ts";
import { versionsRouter } from "./versions/_router.ts";
import { checkoutRouter } from "./checkout/_router.ts";
import { collectionsRouter } from "./collections/_router.ts";
import { discountsRouter } from "./discounts/_router.ts";
import { ordersRouter } from "./orders/_router.ts";
import { paypalRouter } from "./paypal/_router.ts";
import { productsRouter } from "./products/_router.ts";
import { shippingRouter } from "./shipping/_router.ts";
import { paymentsRouter } from "./payments/_router.ts";
import { taxesRouter } from "./taxes/_router.ts";

export const appRouter = router({
  auth: authRouter,
  ai: aiRouter,
  sites: sitesRouter,
  members: membersRouter,
  media: mediaRouter,
  preview: previewRouter,
  comments: commentsRouter,
  transfer: transferRouter,
  collab: collabRouter,
  versions: versionsRouter,
  products: productsRouter,
  collections: collectionsRouter,
  orders: ordersRouter,
  checkout: checkoutRouter,
  discounts: discountsRouter,
  taxes: taxesRouter,
  shipping: shippingRouter,
  payments: paymentsRouter,
  paypal: paypalRouter,
});

export type AppRouter = typeof appRouter;
