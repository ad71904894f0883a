import { screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { ProductListField } from "../../../../blocks/fields/types.ts";
import { editorCatalog, IDS } from "../../commerce/catalogFixtures.ts";
import { CommerceEditorProvider } from "../../commerce/editorExtension.tsx";
import { block, findBlock, renderEditor, siteDoc } from "../test/editorHarness.tsx";
import { FieldControl } from "./FieldControl.tsx";
import { PropsPanel } from "./PropsPanel.tsx";

/** A home page with the commerce blocks whose fields choose products and collections. */
function shopDoc(featured: Record<string, unknown> = {}) {
  return siteDoc([
    {
      id: "home",
      slug: "",
      title: "Home",
      blocks: [
        block("fp", "featured-product", featured),
        block("grid", "product-grid", { source: "products" }),
      ],
    },
  ]);
}

async function renderPanel(selected: string, featured: Record<string, unknown> = {}) {
  const test = await renderEditor(
    <CommerceEditorProvider>
      <PropsPanel />
    </CommerceEditorProvider>,
    {
      doc: shopDoc(featured),
      selected,
      handlers: { "products.catalog": () => editorCatalog() },
    },
  );
  const props = () => findBlock(test.doc().pages[0]!.blocks, selected)!.props;
  return { ...test, props };
}

const chosen = (name: string) => screen.getByRole("list", { name });
const titles = (name: string) =>
  within(chosen(name))
    .getAllByRole("listitem")
    .map((item) => item.querySelector(".list-item__title")?.textContent);

describe("product and collection fields with the catalog's picker", () => {
  it("chooses a product by name, shows it, and clears it back to 'picks one for you'", async () => {
    const { user, props } = await renderPanel("fp");
    expect(screen.getByText("Empty picks one for you.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Choose product" }));
    const dialog = await screen.findByRole("dialog", { name: "Choose product" });
    await user.click(within(dialog).getByRole("option", { name: /Linen Apron/ }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(props().productId).toBe(IDS.apron);
    expect(titles("Chosen products")).toEqual(["Linen Apron"]);

    // A draft can be chosen too; the field says shoppers do not see it.
    await user.click(screen.getByRole("button", { name: "Change product" }));
    await user.click(await screen.findByRole("option", { name: /Winter Blend/ }));
    expect(props().productId).toBe(IDS.blend);
    expect(within(chosen("Chosen products")).getByText("Draft")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(props().productId).toBe("");
    expect(screen.getByRole("button", { name: "Choose product" })).toBeTruthy();
  });

  it("keeps the product when the picker is cancelled", async () => {
    const { user, props } = await renderPanel("fp", { productId: IDS.mug });
    await user.click(await screen.findByRole("button", { name: "Change product" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(props().productId).toBe(IDS.mug);
    expect(titles("Chosen products")).toEqual(["Stoneware Mug"]);
  });

  it("shows a product that no longer exists as missing, with a way to remove it", async () => {
    const { user, props } = await renderPanel("fp", { productId: "gone-0000" });
    expect(await screen.findByText("Missing product")).toBeTruthy();
    expect(screen.getByText(/Deleted from your store/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Remove Missing product" }));
    expect(props().productId).toBe("");
  });

  it("chooses several products in order and reorders them", async () => {
    const { user, props } = await renderPanel("grid");
    await user.click(screen.getByRole("button", { name: "Choose products" }));
    const dialog = await screen.findByRole("dialog", { name: "Choose products" });
    await user.click(within(dialog).getByRole("option", { name: /Pour-over Kettle/ }));
    await user.click(within(dialog).getByRole("option", { name: /Stoneware Mug/ }));
    await user.click(within(dialog).getByRole("button", { name: "Done" }));
    expect(props().productIds).toEqual([IDS.kettle, IDS.mug]);
    expect(titles("Chosen products")).toEqual(["Pour-over Kettle", "Stoneware Mug"]);
    expect(screen.getByText("2 of 24")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Move Stoneware Mug up" }));
    expect(props().productIds).toEqual([IDS.mug, IDS.kettle]);
    await user.click(screen.getByRole("button", { name: "Remove Stoneware Mug" }));
    expect(props().productIds).toEqual([IDS.kettle]);
  });

  it("never holds more than the field's most", async () => {
    const field: ProductListField = { kind: "products", label: "Picks", max: 2 };
    function Field() {
      const [value, setValue] = useState<unknown>([IDS.tote]);
      return (
        <>
          <FieldControl
            field={field}
            value={value}
            onChange={setValue}
            context={{ blockId: "b", prop: "picks" }}
          />
          <output aria-label="Value">{JSON.stringify(value)}</output>
        </>
      );
    }
    const { user } = await renderEditor(
      <CommerceEditorProvider>
        <Field />
      </CommerceEditorProvider>,
      { handlers: { "products.catalog": () => editorCatalog() } },
    );
    expect(await screen.findByText("Old Tote")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Choose products" }));
    const dialog = await screen.findByRole("dialog", { name: "Choose products" });
    await user.click(within(dialog).getByRole("option", { name: /Linen Apron/ }));
    await user.click(within(dialog).getByRole("option", { name: /Stoneware Mug/ }));
    expect(
      within(dialog)
        .getByRole("option", { name: /Stoneware Mug/ })
        .getAttribute("aria-selected"),
    ).toBe("false");
    await user.click(within(dialog).getByRole("button", { name: "Done" }));
    expect(JSON.parse(screen.getByLabelText("Value").textContent!)).toEqual([IDS.tote, IDS.apron]);
    expect(screen.getByText("2 of 2")).toBeTruthy();
  });
});
