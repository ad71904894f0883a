import type { FastifyInstance } from "fastify";
import { siteCatalog } from "../commerce/catalog.ts";
import { catalogData, withStoreCurrency } from "../commerce/storefront/storefront-data.ts";
import type { AppDeps } from "../deps.ts";
import { previewRoutes } from "./preview-routes.ts";
import { transferRoutes } from "./transfer/routes.ts";

/**
 * The review domain's HTTP routes: preview links at /p/<token>/ (pages, password, the reviewer's
 * comment API) with the reviewer script at /_review/, and site export and import at /api/sites/.
 * Registered by server/app.ts with one line.
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
    await app.register(transferRoutes(deps));
  };
}
