import type { PrismaClient } from "../db/client.ts";
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

export async function loadShippingZones(client: Client, siteId: string): Promise<ShippingZones> {
  const zones = await client.shippingZone.findMany({
    where: { siteId },
    include: { rates: { orderBy: [{ price: "asc" }, { name: "asc" }] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return zones.map((z) => ({
    countries: z.countries,
    rates: z.rates.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      price: r.price,
      minWeightGrams: r.minWeightGrams,
      maxWeightGrams: r.maxWeightGrams,
      freeOverAmount: r.freeOverAmount,
    })),
  }));
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
