import { createIntl } from "react-intl";
import { describe, expect, it } from "vitest";
import { editorCatalog, IDS } from "./catalogFixtures.ts";
import { catalogRecords } from "./editorCatalog.ts";

const intl = createIntl({ locale: "en", messages: {} });

describe("catalogRecords", () => {
  it("lists the storefront's products first, then drafts, then archived ones, with badges", () => {
    const records = catalogRecords(editorCatalog(), "product", intl);
    expect(records.map((r) => [r.title, r.detail, r.badge])).toEqual([
      ["Stoneware Mug", "$18.00 – $24.00", undefined],
      ["Linen Apron", "$48.00", undefined],
      ["Pour-over Kettle", "$65.00", undefined],
      ["Winter Blend", "$16.00", "Draft"],
      ["Old Tote", "$9.00", "Archived"],
    ]);
    expect(records[0]!.image).toEqual({
      src: `https://images.example.com/${IDS.mug}.jpg`,
      alt: "Stoneware Mug",
    });
  });

  it("prints prices in the shop's currency, with its own decimals", () => {
    const catalog = editorCatalog({ currency: "JPY", exponent: 0 });
    expect(catalogRecords(catalog, "product", intl)[1]!.detail).toBe("¥4,800");
  });

  it("counts the products a collection shows", () => {
    expect(
      catalogRecords(editorCatalog(), "collection", intl).map((r) => [r.title, r.detail]),
    ).toEqual([
      ["Kitchen", "2 products"],
      ["Gifts", "1 product"],
    ]);
  });
});
