import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
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
