import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { migrateSiteDoc } from "../blocks/doc/migrations.ts";
import type { SiteDoc } from "../blocks/doc/schema.ts";
import type { StorefrontCollection, StorefrontProduct } from "../blocks/render/commerce.ts";

/**
 * Northbound Coffee Roasters: a hand-made demo shop that `server/demo.ts` publishes on an empty
 * embedded database, and that renderer tests, benchmarks and the e2e suite use. Images are SVG
 * files in ./images, published under `/media/demo-store/<file>` (the server maps that path to
 * `demoImagePath`).
 */

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));
}

/** Read the way stored documents are read, so a fixture that drifts from the schema fails loudly. */
export const demoSiteDoc: SiteDoc = migrateSiteDoc(readJson("./site.json")).doc;
export const demoProducts = readJson("./products.json") as StorefrontProduct[];
export const demoCollections = readJson("./collections.json") as StorefrontCollection[];

export const demoImagesDir = fileURLToPath(new URL("./images/", import.meta.url));

/** Absolute path of a demo image by file name, or null if there is no such image. */
export function demoImagePath(file: string): string | null {
  if (!/^[a-z0-9-]+\.svg$/.test(file)) return null;
  const path = fileURLToPath(new URL(`./images/${file}`, import.meta.url));
  return existsSync(path) ? path : null;
}
