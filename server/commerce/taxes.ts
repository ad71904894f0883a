import { z } from "zod";
import type { AppDeps } from "../deps.ts";
import { Prisma } from "../db/client.ts";
import { DomainError, notFound, said } from "../errors.ts";
import { ZCountryCode } from "./address.ts";
import { storeSettings } from "./store.ts";
import { commitChange, type MerchantActor } from "./transactions.ts";

type Deps = Pick<AppDeps, "db" | "commerce" | "siteDocuments">;

export const ZTaxRateInput = z.object({
  country: ZCountryCode,
  /** A state or region code (CA, NSW); empty for the whole country. */
  region: z
    .string()
    .trim()
    .toUpperCase()
    .max(64)
    .regex(/^[A-Z0-9 .'-]*$/, "Use the region's letters or code, such as CA.")
    .default(""),
  name: z.string().trim().min(1, "Name the tax, e.g. VAT.").max(100).default("Tax"),
  /** Parts per million: 20% = 200000, 8.875% = 88750. */
  ratePpm: z
    .number()
    .int()
    .min(0, "A rate cannot be negative.")
    .max(1_000_000, "A rate is at most 100%."),
  appliesToShipping: z.boolean().default(false),
});
export type TaxRateInput = z.infer<typeof ZTaxRateInput>;

/** The shop's tax rates by country and region, and whether its prices include tax. */
export async function listTaxRates(deps: Deps, siteId: string) {
  const [rates, settings] = await Promise.all([
    deps.db.prisma.taxRate.findMany({
      where: { siteId },
      orderBy: [{ country: "asc" }, { region: "asc" }],
    }),
    storeSettings(deps, siteId),
  ]);
  return {
    taxesIncluded: settings.taxesIncluded,
    rates: rates.map((r) => ({
      id: r.id,
      country: r.country,
      region: r.region,
      name: r.name,
      ratePpm: r.ratePpm,
      appliesToShipping: r.appliesToShipping,
    })),
  };
}

/** Creates a rate, or changes the one named; one rate per country and region. */
export async function saveTaxRate(
  deps: Deps,
  siteId: string,
  taxRateId: string | undefined,
  input: TaxRateInput,
  actor: MerchantActor,
): Promise<string> {
  return commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    let rate;
    if (taxRateId) {
      const found = await tx.taxRate.findFirst({ where: { id: taxRateId, siteId } });
      if (!found) throw notFound(said("app.error.noSuchTaxRate", "No such tax rate."));
      rate = await tx.taxRate.update({ where: { id: found.id }, data: input });
    } else {
      rate = await tx.taxRate.create({ data: { ...input, siteId } });
    }
    return { value: rate.id, record: { action: "tax.saved", target: rate.id, data: input } };
  }).catch((error: unknown) => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new DomainError(
        "CONFLICT",
        said("app.error.taxRateExists", "There is already a rate for this country and region."),
        {
          "rate.region": [
            said("app.error.taxRateExists", "There is already a rate for this country and region."),
          ],
        },
      );
    throw error;
  });
}

export async function deleteTaxRate(
  deps: Deps,
  siteId: string,
  taxRateId: string,
  actor: MerchantActor,
): Promise<void> {
  await commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    const { count } = await tx.taxRate.deleteMany({ where: { id: taxRateId, siteId } });
    if (count === 0) throw notFound(said("app.error.noSuchTaxRate", "No such tax rate."));
    return { value: null, record: { action: "tax.deleted", target: taxRateId } };
  });
}

/** Whether the shop's prices include tax (VAT-style) or have it added at checkout. */
export async function setTaxesIncluded(
  deps: Deps,
  siteId: string,
  taxesIncluded: boolean,
  actor: MerchantActor,
): Promise<void> {
  await storeSettings(deps, siteId);
  await commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    await tx.storeSettings.update({ where: { siteId }, data: { taxesIncluded } });
    return { value: null, record: { action: "tax.settings_changed", data: { taxesIncluded } } };
  });
}
