import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { demoCollections, demoProducts, demoSiteDoc } from "../demo-store/index.ts";
import { pointDocAtCatalog, seedDemoCatalog } from "./commerce/demo-catalog.ts";
import { audit } from "./audit.ts";
import { hashPassword } from "./auth/passwords.ts";
import type { AppDeps } from "./deps.ts";

export const DEMO_EMAIL = "demo@pegasus.localhost";
export const DEMO_SITE_SLUG = "northbound";

export type DemoLogin = {
  email: string;
  password: string;
  storefrontUrl: string;
  editorUrl: string;
};

/**
 * Creates the demo account with the Northbound Coffee Roasters store, published, so a newcomer
 * sees a real store at once. Runs on an empty embedded database, or when asked (`--demo`);
 * never when an account already exists. The password is random and written to DATA_DIR.
 */
export async function seedDemo(
  deps: AppDeps,
  options: { force: boolean },
): Promise<DemoLogin | null> {
  const embedded = deps.db.kind === "pglite";
  if (!embedded && !options.force) return null;
  if ((await deps.db.prisma.user.count()) > 0 && !options.force) return null;
  if (await deps.db.prisma.user.findUnique({ where: { email: DEMO_EMAIL } })) return null;

  const password = `demo-${randomBytes(9).toString("base64url")}`;
  const user = await deps.db.prisma.user.create({
    data: { email: DEMO_EMAIL, name: "Demo Merchant", passwordHash: await hashPassword(password) },
  });
  const slugTaken = await deps.db.prisma.site.findUnique({ where: { slug: DEMO_SITE_SLUG } });
  const site = await deps.db.prisma.site.create({
    data: {
      name: demoSiteDoc.settings.name,
      slug: slugTaken ? `${DEMO_SITE_SLUG}-${randomBytes(3).toString("hex")}` : DEMO_SITE_SLUG,
      members: { create: { userId: user.id, role: "owner" } },
    },
  });
  // The demo pages name the fixture's product ids; the catalog gets real ones.
  const catalogIds = await seedDemoCatalog(deps, site.id, {
    products: demoProducts,
    collections: demoCollections,
    currency: demoSiteDoc.settings.currency,
  });
  await deps.siteDocuments.initialise(site.id, {
    name: site.name,
    doc: pointDocAtCatalog(demoSiteDoc, catalogIds),
  });
  await deps.siteDocuments.publish(site.id, user.id);
  await audit(deps, { action: "demo.seeded", actorId: user.id, siteId: site.id });

  const login: DemoLogin = {
    email: DEMO_EMAIL,
    password,
    storefrontUrl: `${deps.config.publicUrl}/s/${site.slug}/`,
    editorUrl: `${deps.config.publicUrl}/login`,
  };
  await writeFile(
    path.join(deps.config.dataDir, "demo-login.txt"),
    `Demo login\n  email:    ${login.email}\n  password: ${login.password}\nStorefront: ${login.storefrontUrl}\n`,
    { mode: 0o600 },
  );
  return login;
}
