import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RouterOutputs } from "../api/types.ts";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import { ANA, site } from "../test/fixtures.ts";
import { renderWithApi } from "../test/render.tsx";

/**
 * The store's settings screens (discounts, shipping, taxes) in French: words from the catalogue,
 * money and percentages by Intl in French, dates on the store's clock, countries by their name.
 */
const SITE = site({ id: "55555555-5555-4555-8555-555555555555", name: "Fern & Clay" });

const settings: RouterOutputs["checkout"]["settings"] = {
  currency: "EUR",
  exponent: 2,
  taxesIncluded: true,
  currencies: ["EUR", "USD"],
  language: "fr" as const,
  languages: ["en", "fr", "de", "es", "pt", "it"] as const,
  timeZone: "Europe/Paris",
  timeZones: ["UTC", "Europe/Paris"],
  currencyLocked: false,
  payments: { provider: "test", testMode: true },
};

type Discount = RouterOutputs["discounts"]["list"]["discounts"][number];
const discount = (over: Partial<Discount>): Discount => ({
  id: "66666666-6666-4666-8666-666666666666",
  code: "NOEL10",
  kind: "percentage",
  value: 1000,
  minSubtotal: 0,
  usageLimit: 100,
  perCustomerLimit: null,
  usedCount: 3,
  startsAt: null,
  endsAt: "2026-12-24T23:00:00.000Z",
  active: true,
  scope: "all",
  productIds: [],
  collectionIds: [],
  ...over,
});

type Zone = RouterOutputs["shipping"]["listZones"]["zones"][number];
const zone: Zone = {
  id: "77777777-7777-4777-8777-777777777777",
  name: "Europe",
  countries: ["FR", "DE", "*"],
  rates: [
    {
      id: "88888888-8888-4888-8888-888888888888",
      name: "Colissimo",
      kind: "free_over",
      price: 590,
      minWeightGrams: null,
      maxWeightGrams: null,
      freeOverAmount: 5000,
    },
    {
      id: "99999999-9999-4999-8999-999999999999",
      name: "Lourd",
      kind: "weight",
      price: 1250,
      minWeightGrams: 2000,
      maxWeightGrams: 10000,
      freeOverAmount: null,
    },
  ],
};

type Rate = RouterOutputs["taxes"]["list"]["rates"][number];
const rate: Rate = {
  id: "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
  country: "DE",
  region: "",
  name: "MwSt",
  ratePpm: 190_000,
  appliesToShipping: true,
};

function render(url: string, handlers: Record<string, (input: unknown) => unknown>) {
  return renderWithApi({
    routes: "app",
    url: `/sites/${SITE.id}/store/${url}`,
    handlers: {
      "auth.me": () => ({ user: ANA }),
      "sites.get": () => ({ site: SITE }),
      "checkout.settings": () => settings,
      ...handlers,
    },
  });
}

describe("the store's settings in French", () => {
  beforeEach(async () => {
    await loadArea("commerce");
    await setLanguage("fr");
  });
  afterEach(() => setLanguage("en"));

  it("lists discount codes with French amounts and the end on the store's clock, and words the form", async () => {
    const { user } = render("discounts", {
      "discounts.list": () => ({
        discounts: [
          discount({}),
          discount({
            id: "67666666-6666-4666-8666-666666666666",
            code: "MOINS5",
            kind: "fixed_amount",
            value: 500,
            usageLimit: null,
            endsAt: null,
            active: false,
          }),
        ],
      }),
    });
    expect(await screen.findByRole("heading", { name: "Réductions" })).toBeTruthy();
    expect(await screen.findByRole("columnheader", { name: "Réduction" })).toBeTruthy();
    const noel = screen.getByRole("row", { name: /NOEL10/ });
    expect(within(noel).getByText(/^10\s% de réduction$/)).toBeTruthy();
    expect(within(noel).getByText("3 sur 100")).toBeTruthy();
    // 23:00 UTC is midnight in Paris: the store's clock, not the browser's.
    expect(within(noel).getByText(/25 déc\. 2026.*00:00/)).toBeTruthy();
    const moins = screen.getByRole("row", { name: /MOINS5/ });
    expect(within(moins).getByText(/^5,00\s€ de réduction$/)).toBeTruthy();
    expect(within(moins).getByText("Désactivé")).toBeTruthy();
    expect(within(moins).getByText("Jamais")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Modifier NOEL10" }));
    const dialog = await screen.findByRole("dialog", { name: "Modifier NOEL10" });
    expect(within(dialog).getByLabelText("Pourcentage")).toHaveProperty("value", "10");
    expect(within(dialog).getByLabelText("Fin")).toHaveProperty("value", "2026-12-25T00:00");
    expect(within(dialog).getByRole("option", { name: "La livraison gratuite" })).toBeTruthy();
    expect(within(dialog).getByLabelText("S’applique à")).toBeTruthy();
    expect(
      within(dialog).getByText(
        /^Dates et heures à l’heure de la boutique\s: Paris – heure d’Europe centrale \(UTC\+[12]\)\.$/,
      ),
    ).toBeTruthy();
    await user.clear(within(dialog).getByLabelText("Pourcentage"));
    await user.type(within(dialog).getByLabelText("Pourcentage"), "140");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer" }));
    expect(
      await within(dialog).findByText("Saisissez un pourcentage entre 0 et 100."),
    ).toBeTruthy();
  });

  it("says there are no codes yet in French", async () => {
    render("discounts", { "discounts.list": () => ({ discounts: [] }) });
    expect(await screen.findByText("Aucun code de réduction pour l’instant")).toBeTruthy();
  });

  it("shows shipping zones with country names and rates in French, and words the zone form", async () => {
    const { user } = render("shipping", { "shipping.listZones": () => ({ zones: [zone] }) });
    expect(await screen.findByRole("heading", { name: "Expédition" })).toBeTruthy();
    expect(await screen.findByText("France, Allemagne et Reste du monde")).toBeTruthy();
    const rates = screen.getByRole("list", { name: "Tarifs de Europe" });
    expect(rates.textContent).toMatch(/5,90\s€, gratuite dès 50,00\s€/);
    expect(rates.textContent).toMatch(/12,50\s€ de 2\s000\sg à 10\s000\sg/);

    await user.click(screen.getByRole("button", { name: "Modifier Europe" }));
    const dialog = await screen.findByRole("dialog", { name: "Modifier Europe" });
    expect(within(dialog).getByText("Tarif 1")).toBeTruthy();
    expect(within(dialog).getAllByLabelText("Nom affiché au paiement")).toHaveLength(2);
    expect(within(dialog).getByLabelText("À partir de (g)")).toHaveProperty("value", "2000");
    expect(
      within(dialog).getByText(/France \(FR\), Allemagne \(DE\) et Reste du monde/),
    ).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Supprimer la zone" })).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Ajouter un tarif" }));
    expect(within(dialog).getByText("Tarif 3")).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer" }));
    expect(await within(dialog).findByText("Saisissez un prix pour chaque tarif.")).toBeTruthy();
  });

  it("words the taxes and currency settings, with the rate's country by name and a French percentage", async () => {
    const { user } = render("taxes", { "taxes.list": () => ({ rates: [rate] }) });
    expect(await screen.findByRole("heading", { name: "Taxes et devise" })).toBeTruthy();
    expect(screen.getByText("Les paiements sont en mode test")).toBeTruthy();
    expect(screen.getByRole("option", { name: "Prix TTC (taxes incluses)" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "euro (EUR)" })).toBeTruthy();
    // Time zones in words, the IANA id staying the value.
    const zones = screen.getByLabelText("Fuseau horaire");
    const paris = within(zones).getByRole("option", {
      name: /^Paris – heure d’Europe centrale \(UTC\+[12]\)$/,
    });
    expect(paris).toHaveProperty("value", "Europe/Paris");
    expect(zones).toHaveProperty("value", "Europe/Paris");
    expect(
      within(zones).getByRole("option", { name: "Temps universel coordonné (UTC)" }),
    ).toHaveProperty("value", "UTC");
    const table = screen.getByRole("table", { name: "Taux de taxe" });
    const row = within(table).getByRole("row", { name: /MwSt/ });
    expect(within(row).getByText("Allemagne")).toBeTruthy();
    expect(within(row).getByText(/^19\s%$/)).toBeTruthy();
    expect(within(row).getByText("Taxée")).toBeTruthy();
    expect(within(row).getByRole("button", { name: "Supprimer MwSt (Allemagne)" })).toBeTruthy();
    await user.type(screen.getByLabelText("Code pays"), "be");
    expect(await screen.findByText("Belgique")).toBeTruthy();
    await user.type(screen.getByLabelText("Taux (%)"), "vingt");
    await user.click(screen.getByRole("button", { name: "Ajouter un taux" }));
    expect(
      await screen.findByText("Saisissez le taux en pourcentage, par exemple 8,875."),
    ).toBeTruthy();
  });
});
