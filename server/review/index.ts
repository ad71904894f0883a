import type { FastifyInstance } from "fastify";
import { siteCatalog } from "../commerce/catalog.ts";
import { catalogData, withStoreCurrency } from "../commerce/checkout-http/storefront-data.ts";
import type { AppDeps } from "../deps.ts";
import { previewRoutes } from "./preview-routes.ts";

/**
 * The review domain's HTTP routes: preview links at /p/<token>/ (pages, password, the reviewer's
 * comment API) with the reviewer script at /_review/. Registered by server/app.ts with one line.
 */
export function reviewRoutes(deps: AppDeps) {
  return async function register(app: FastifyInstance) {
    await app.register(
      previewRoutes(deps, {
        storefrontData: async (siteId) => {
          const catalog = await siteCatalog(deps, siteId);
          return {
            data: catalogData(catalog),
            stamp: catalog.stamp,
            withStore: (doc) => withStoreCurrency(doc, catalog),
          };
        },
        mediaOptions: async (siteId, doc, data) => ({
          media: await deps.media.lookupFor(siteId, doc, data),
        }),
      }),
    );
  };
}
