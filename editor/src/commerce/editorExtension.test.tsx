import { screen } from "@testing-library/react";
import { useContext } from "react";
import { describe, expect, it } from "vitest";
import { StorefrontDataContext } from "../editor/extensions.ts";
import { renderEditor } from "../editor/test/editorHarness.tsx";
import { editorCatalog } from "./catalogFixtures.ts";
import { CommerceEditorProvider, pickRecords } from "./editorExtension.tsx";

function CanvasProducts() {
  const data = useContext(StorefrontDataContext);
  return (
    <>
      <p>{data.products ? data.products.map((p) => p.title).join(", ") : "Hints only"}</p>
      <p>Prices in {data.currency ?? "the document's currency"}</p>
    </>
  );
}

describe("the commerce editor extension", () => {
  it("gives the canvas the products the storefront shows (not drafts)", async () => {
    const { server } = await renderEditor(
      <CommerceEditorProvider>
        <CanvasProducts />
      </CommerceEditorProvider>,
      { handlers: { "products.catalog": () => editorCatalog({ currency: "EUR" }) } },
    );
    expect(screen.getByText("Hints only")).toBeTruthy();
    expect(await screen.findByText("Stoneware Mug, Linen Apron, Pour-over Kettle")).toBeTruthy();
    // The store's currency, which the storefront prints prices in, over the document's setting.
    expect(screen.getByText("Prices in EUR")).toBeTruthy();
    expect(server.inputsOf("products.catalog")).toEqual([
      { siteId: "22222222-2222-4222-8222-222222222222" },
    ]);
  });

  it("answers null when no editor is open to show the picker", async () => {
    expect(
      await pickRecords({
        kind: "product",
        multiple: false,
        max: 1,
        current: [],
      }),
    ).toBeNull();
  });
});
