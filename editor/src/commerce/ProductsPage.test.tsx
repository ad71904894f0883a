import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import type { RouterOutputs } from "../api/types.ts";
import { ANA, site } from "../test/fixtures.ts";
import { renderWithApi } from "../test/render.tsx";

const SITE = site({ id: "11111111-1111-4111-8111-111111111111", name: "Fournil de Lyon" });

type Product = RouterOutputs["products"]["list"]["products"][number];

function product(id: string, title: string, sample: boolean): Product {
  return {
    id,
    handle: title.toLowerCase().replace(/\W+/g, "-"),
    title,
    descriptionHtml: "",
    status: "active",
    sample,
    vendor: "",
    tags: [],
    images: [],
    options: [],
    seoTitle: null,
    seoDescription: null,
    createdAt: "2026-12-07T10:00:00.000Z",
    updatedAt: "2026-12-07T10:00:00.000Z",
    variants: [
      {
        id: `${id.slice(0, -1)}9`,
        title: "Default",
        options: [],
        price: 450,
        compareAtPrice: null,
        sku: null,
        barcode: null,
        weightGrams: 0,
        stock: 10,
        reserved: 0,
        trackStock: true,
        allowBackorder: false,
      },
    ],
  };
}

const settings: RouterOutputs["checkout"]["settings"] = {
  currency: "EUR",
  exponent: 2,
  taxesIncluded: true,
  currencies: ["EUR"],
  language: "fr" as const,
  languages: ["en", "fr", "de", "es", "pt", "it"] as const,
  timeZone: "Europe/Paris",
  timeZones: ["Europe/Paris"],
  currencyLocked: false,
  payments: { provider: "test", testMode: true },
};

/** A product sold in two sizes. */
function sized(): Product {
  const base = product("22222222-2222-4222-8222-222222222223", "Tablier en lin", false);
  const variant = base.variants[0]!;
  return {
    ...base,
    vendor: "Atelier Lin",
    options: [{ name: "Taille", values: ["S", "M"] }],
    variants: [
      { ...variant, id: "22222222-2222-4222-8222-222222222231", title: "S", options: ["S"] },
      {
        ...variant,
        id: "22222222-2222-4222-8222-222222222232",
        title: "M",
        options: ["M"],
        price: 1250,
      },
    ],
  };
}

describe("the catalogue in French", () => {
  afterEach(() => setLanguage("en"));

  it("words the products list, its filters and a product's row, with prices in euros as the French write them", async () => {
    await loadArea("commerce");
    await setLanguage("fr");
    renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/products`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => settings,
        "products.list": () => ({
          products: [
            sized(),
            product("22222222-2222-4222-8222-222222222222", "Brioche du dimanche", true),
          ],
          total: 2,
          nextCursor: null,
          currency: "EUR",
        }),
      },
    });
    const row = (await screen.findByRole("link", { name: "Tablier en lin" })).closest("tr")!;
    expect(screen.getByRole("heading", { name: "Produits", level: 1 })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Ajouter un produit" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Importer un CSV" })).toBeTruthy();
    expect(screen.getByLabelText("Statut")).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: "Prix" })).toBeTruthy();
    expect(within(row).getByText("2 variantes · Atelier Lin")).toBeTruthy();
    expect(within(row).getByText("Actif")).toBeTruthy();
    expect(row.textContent).toMatch(/4,50\s€ – 12,50\s€/);
    const sample = screen.getByRole("link", { name: "Brioche du dimanche" }).closest("tr")!;
    expect(within(sample).getByText("Exemple")).toBeTruthy();
    expect(within(sample).getByText("1 variante")).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Sélectionner Tablier en lin" })).toBeTruthy();
  });

  it("words the product editor, its options and every input of the variants table", async () => {
    await loadArea("commerce");
    await setLanguage("fr");
    const apron = sized();
    const { user } = renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/products/${apron.id}`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => settings,
        "products.get": () => ({ product: apron }),
      },
    });
    expect(await screen.findByRole("heading", { name: "Tablier en lin", level: 1 })).toBeTruthy();
    expect(screen.getAllByRole("link", { name: "Produits" })).toHaveLength(2);
    expect(screen.getByLabelText("Nom de l’option 1")).toHaveProperty("value", "Taille");
    expect(screen.getByLabelText("Valeurs (séparées par des virgules)")).toHaveProperty(
      "value",
      "S, M",
    );
    expect(screen.getByRole("columnheader", { name: "Prix barré" })).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: "Précommandes" })).toBeTruthy();
    expect(screen.getByLabelText("Prix de M")).toHaveProperty("value", "12.50");
    expect(screen.getByLabelText("Stock de S")).toBeTruthy();
    expect(screen.getByLabelText("Suivre le stock de S")).toBeTruthy();
    expect(screen.getByLabelText("Autoriser les précommandes de M")).toBeTruthy();
    expect(screen.getByLabelText("Titre SEO")).toBeTruthy();
    expect(screen.getByRole("option", { name: "Actif (en vente)" })).toBeTruthy();

    // What the screen checks before sending is worded in French too.
    await user.clear(screen.getByLabelText("Prix de S"));
    await user.click(screen.getByRole("button", { name: "Enregistrer le produit" }));
    expect(await screen.findByText("Saisissez un prix pour S.")).toBeTruthy();
  });

  it("words the collections list and the collection dialog's rules", async () => {
    await loadArea("commerce");
    await setLanguage("fr");
    const { user } = renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/collections`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => settings,
        "products.list": () => ({
          products: [sized()],
          total: 1,
          nextCursor: null,
          currency: "EUR",
        }),
        "collections.list": () => ({
          collections: [
            {
              id: "33333333-3333-4333-8333-333333333331",
              handle: "cuisine",
              title: "Cuisine",
              description: "",
              image: null,
              automatic: true,
              rules: [{ field: "price", relation: "greater_than", value: 1000 }],
              matchAll: true,
              productIds: [apronId],
              updatedAt: "2026-12-07T10:00:00.000Z",
            },
          ],
        }),
      },
    });
    const row = (await screen.findByText("Cuisine")).closest("tr")!;
    expect(screen.getByRole("heading", { name: "Collections", level: 1 })).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: "Type" })).toBeTruthy();
    expect(within(row).getByText("Automatique")).toBeTruthy();
    await user.click(within(row).getByRole("button", { name: "Modifier «\u202fCuisine\u202f»" }));
    const dialog = await screen.findByRole("dialog", { name: "Modifier «\u202fCuisine\u202f»" });
    expect(within(dialog).getByLabelText("Correspondance")).toBeTruthy();
    expect(within(dialog).getByRole("option", { name: "est supérieur à" })).toBeTruthy();
    expect(within(dialog).getByLabelText("Valeur")).toHaveProperty("value", "10.00");
    expect(within(dialog).getByRole("button", { name: "Ajouter une condition" })).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Enregistrer" })).toBeTruthy();
  });
});

const apronId = "22222222-2222-4222-8222-222222222223";

describe("the products list", () => {
  it("marks the products a generated store added as samples, and only those", async () => {
    renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/products`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => ({
          currency: "EUR",
          exponent: 2,
          taxesIncluded: true,
          currencies: ["EUR"],
          language: "en" as const,
          languages: ["en", "fr", "de", "es", "pt", "it"] as const,
          timeZone: "UTC",
          timeZones: ["UTC"],
          currencyLocked: false,
          payments: { provider: "test", testMode: true },
        }),
        "products.list": () => ({
          products: [
            product("22222222-2222-4222-8222-222222222221", "Pain de campagne", false),
            product("22222222-2222-4222-8222-222222222222", "Brioche du dimanche", true),
          ],
          total: 2,
          nextCursor: null,
          currency: "EUR",
        }),
      },
    });
    const named = (await screen.findByRole("link", { name: "Pain de campagne" })).closest("tr")!;
    const sample = screen.getByRole("link", { name: "Brioche du dimanche" }).closest("tr")!;
    expect(within(sample).getByText("Sample")).toBeTruthy();
    expect(within(named).queryByText("Sample")).toBeNull();
  });
});
