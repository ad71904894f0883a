import { z } from "zod";
import type { AppDeps } from "../deps.ts";
import type { Prisma, PrismaClient } from "../db/client.ts";
import { DomainError, notFound, said } from "../errors.ts";
import { ZCountryCode } from "./address.ts";
import { commitChange, type MerchantActor } from "./transactions.ts";
import { shippingPrice, type PricingShippingRate, type PricingTaxRate } from "./pricing.ts";

type Client = Pick<PrismaClient, "shippingZone" | "taxRate">;

export type ShippingOption = { id: string; name: string; price: number; rate: PricingShippingRate };

/** A site's zones and tax rates, as loaded once (the cart's estimates read them from the cache). */
export type ShippingZones = { countries: string[]; rates: PricingShippingRate[] }[];
export type TaxRates = {
  country: string;
  region: string;
  name: string;
  ratePpm: number;
  appliesToShipping: boolean;
}[];

/** Shops that set up no zones ship everywhere for free, so a new store can take orders at once. */
export const FREE_SHIPPING_RATE: PricingShippingRate = {
  id: "free",
  name: "Free shipping",
  kind: "flat",
  price: 0,
  minWeightGrams: null,
  maxWeightGrams: null,
  freeOverAmount: null,
};

/** A stored rate, as pricing and the merchant's zone list read it. */
function rateOf(r: Prisma.ShippingRateGetPayload<object>): PricingShippingRate {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    price: r.price,
    minWeightGrams: r.minWeightGrams,
    maxWeightGrams: r.maxWeightGrams,
    freeOverAmount: r.freeOverAmount,
  };
}

export async function loadShippingZones(client: Client, siteId: string): Promise<ShippingZones> {
  const zones = await client.shippingZone.findMany({
    where: { siteId },
    include: { rates: { orderBy: [{ price: "asc" }, { name: "asc" }] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return zones.map((z) => ({ countries: z.countries, rates: z.rates.map(rateOf) }));
}

export async function loadTaxRates(client: Client, siteId: string): Promise<TaxRates> {
  return client.taxRate.findMany({
    where: { siteId },
    select: { country: true, region: true, name: true, ratePpm: true, appliesToShipping: true },
    orderBy: [{ country: "asc" }, { region: "asc" }],
  });
}

/**
 * The rates a shopper can choose for a country, cheapest first: those of the zone that names the
 * country, else of the rest-of-the-world zone ("*"). `null` when the shop does not ship there.
 */
export function optionsFor(
  zones: ShippingZones,
  country: string,
  weightGrams: number,
  discountedSubtotal: number,
): ShippingOption[] | null {
  if (zones.length === 0)
    return [
      {
        id: FREE_SHIPPING_RATE.id,
        name: FREE_SHIPPING_RATE.name,
        price: 0,
        rate: FREE_SHIPPING_RATE,
      },
    ];
  const zone =
    zones.find((z) => z.countries.includes(country)) ??
    zones.find((z) => z.countries.includes("*"));
  if (!zone) return null;
  const options: ShippingOption[] = [];
  for (const rate of zone.rates) {
    const price = shippingPrice(rate, weightGrams, discountedSubtotal);
    if (price !== null) options.push({ id: rate.id, name: rate.name, price, rate });
  }
  options.sort((a, b) => a.price - b.price || a.name.localeCompare(b.name));
  return options.length > 0 ? options : null;
}

/** The tax rate for a destination: the region's own rate, else the country's ("" region). */
export function taxRateIn(rates: TaxRates, country: string, region: string): PricingTaxRate | null {
  const rate =
    (region ? rates.find((r) => r.country === country && r.region === region) : undefined) ??
    rates.find((r) => r.country === country && r.region === "");
  return rate
    ? { name: rate.name, ratePpm: rate.ratePpm, appliesToShipping: rate.appliesToShipping }
    : null;
}

/** optionsFor, from the database (checkout charges from fresh rows, never from a cache). */
export async function shippingOptions(
  client: Client,
  siteId: string,
  country: string,
  weightGrams: number,
  discountedSubtotal: number,
): Promise<ShippingOption[] | null> {
  return optionsFor(
    await loadShippingZones(client, siteId),
    country,
    weightGrams,
    discountedSubtotal,
  );
}

/** taxRateIn, from the database. */
export async function taxRateFor(
  client: Client,
  siteId: string,
  country: string,
  region: string,
): Promise<PricingTaxRate | null> {
  const rates = await client.taxRate.findMany({
    where: { siteId, country, region: { in: region ? [region, ""] : [""] } },
  });
  return taxRateIn(rates, country, region);
}

const minor = z.number().int().min(0).max(2_000_000_000);

export const ZShippingRateInput = z
  .object({
    id: z.string().uuid().optional(),
    name: z.string().trim().min(1, "Name the rate, e.g. Standard.").max(100),
    kind: z.enum(["flat", "weight", "free_over"]),
    price: minor,
    minWeightGrams: z.number().int().min(0).max(10_000_000).nullable().default(null),
    maxWeightGrams: z.number().int().min(1).max(10_000_000).nullable().default(null),
    freeOverAmount: minor.nullable().default(null),
  })
  .superRefine((rate, issues) => {
    if (rate.kind === "weight" && rate.minWeightGrams === null && rate.maxWeightGrams === null)
      issues.addIssue({
        code: "custom",
        path: ["maxWeightGrams"],
        message: "Give the weight range this rate is for.",
      });
    if (
      rate.minWeightGrams !== null &&
      rate.maxWeightGrams !== null &&
      rate.maxWeightGrams <= rate.minWeightGrams
    )
      issues.addIssue({
        code: "custom",
        path: ["maxWeightGrams"],
        message: "The upper weight must be above the lower one.",
      });
    if (rate.kind === "free_over" && rate.freeOverAmount === null)
      issues.addIssue({
        code: "custom",
        path: ["freeOverAmount"],
        message: "Give the amount above which shipping is free.",
      });
  });

export const ZShippingZoneInput = z.object({
  name: z.string().trim().min(1, "Name the zone, e.g. Domestic.").max(100),
  countries: z
    .array(z.union([z.literal("*"), ZCountryCode]))
    .min(1, "Choose at least one country (or * for the rest of the world).")
    .max(250),
  rates: z.array(ZShippingRateInput).min(1, "Add at least one rate.").max(50),
});
export type ShippingZoneInput = z.infer<typeof ZShippingZoneInput>;

type Deps = Pick<AppDeps, "db" | "commerce">;
type Tx = Prisma.TransactionClient;

/** The merchant's zones with their rates, cheapest rate first. */
export async function listZones(deps: Deps, siteId: string) {
  const zones = await deps.db.prisma.shippingZone.findMany({
    where: { siteId },
    include: { rates: { orderBy: [{ price: "asc" }, { name: "asc" }] } },
    orderBy: { createdAt: "asc" },
  });
  return zones.map((z) => ({
    id: z.id,
    name: z.name,
    countries: z.countries,
    rates: z.rates.map(rateOf),
  }));
}

/** A country is in one zone only, so a destination always has one set of rates. */
async function refuseOverlap(tx: Tx, siteId: string, zone: ShippingZoneInput, exceptId?: string) {
  const others = await tx.shippingZone.findMany({
    where: { siteId, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  for (const other of others) {
    const shared = zone.countries.filter((c) => other.countries.includes(c));
    if (shared.length > 0)
      throw new DomainError(
        "CONFLICT",
        said(
          "app.error.countriesInOtherZone",
          `${shared.join(", ")} ${shared.length === 1 ? "is" : "are"} already in the zone ${other.name}.`,
          { countries: shared.join(", "), count: shared.length, zone: other.name },
        ),
        {
          "zone.countries": [
            said("app.error.countryInOneZone", "A country can be in one zone only."),
          ],
        },
      );
  }
}

/** Rates keep their ids when edited; those left out of the zone are removed. */
async function saveRates(tx: Tx, zoneId: string, zone: ShippingZoneInput) {
  await tx.shippingRate.deleteMany({
    where: {
      zoneId,
      id: { notIn: zone.rates.map((r) => r.id).filter((id): id is string => !!id) },
    },
  });
  for (const { id, ...rate } of zone.rates) {
    const existing = id ? await tx.shippingRate.findFirst({ where: { id, zoneId } }) : null;
    if (existing) await tx.shippingRate.update({ where: { id: existing.id }, data: rate });
    else await tx.shippingRate.create({ data: { ...rate, zoneId } });
  }
}

export async function createZone(
  deps: Deps,
  siteId: string,
  input: ShippingZoneInput,
  actor: MerchantActor,
): Promise<string> {
  return commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    await refuseOverlap(tx, siteId, input);
    const zone = await tx.shippingZone.create({
      data: { siteId, name: input.name, countries: input.countries },
    });
    await saveRates(tx, zone.id, input);
    return { value: zone.id, record: { action: "shipping.zone_created", target: zone.id } };
  });
}

export async function updateZone(
  deps: Deps,
  siteId: string,
  zoneId: string,
  input: ShippingZoneInput,
  actor: MerchantActor,
): Promise<void> {
  await commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    const zone = await tx.shippingZone.findFirst({ where: { id: zoneId, siteId } });
    if (!zone) throw notFound(said("app.error.noSuchShippingZone", "No such shipping zone."));
    await refuseOverlap(tx, siteId, input, zone.id);
    await tx.shippingZone.update({
      where: { id: zone.id },
      data: { name: input.name, countries: input.countries },
    });
    await saveRates(tx, zone.id, input);
    return { value: null, record: { action: "shipping.zone_updated", target: zone.id } };
  });
}

export async function deleteZone(
  deps: Deps,
  siteId: string,
  zoneId: string,
  actor: MerchantActor,
): Promise<void> {
  await commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    const { count } = await tx.shippingZone.deleteMany({ where: { id: zoneId, siteId } });
    if (count === 0) throw notFound(said("app.error.noSuchShippingZone", "No such shipping zone."));
    return { value: null, record: { action: "shipping.zone_deleted", target: zoneId } };
  });
}
