import { screen, within } from "@testing-library/react";
import { createIntl } from "react-intl";
import { describe, expect, it, vi } from "vitest";
import type { PickRecordsRequest, RecordSummary } from "../editor/extensions.ts";
import { renderWithApi } from "../test/render.tsx";
import { editorCatalog, IDS } from "./catalogFixtures.ts";
import { catalogRecords } from "./editorCatalog.ts";
import { RecordPickerDialog } from "./RecordPickerDialog.tsx";

const intl = createIntl({ locale: "en", messages: {} });
const PRODUCTS = catalogRecords(editorCatalog(), "product", intl);
const single: PickRecordsRequest = {
  kind: "product",
  multiple: false,
  max: 1,
  current: [],
};

function open(
  request: PickRecordsRequest = single,
  records: readonly RecordSummary[] | null = PRODUCTS,
) {
  const onClose = vi.fn();
  const rendered = renderWithApi({
    ui: (
      <RecordPickerDialog
        request={request}
        records={records}
        loadError={null}
        onRetry={() => {}}
        addHref="/sites/s1/store/products/new"
        onClose={onClose}
      />
    ),
  });
  return { ...rendered, onClose };
}

const optionTitles = () =>
  screen
    .getAllByRole("option")
    .map((option) => option.querySelector(".record-picker__title")?.textContent);

describe("the product and collection picker", () => {
  it("lists products with their price and a badge for those shoppers do not see", () => {
    open();
    expect(screen.getByRole("dialog", { name: "Choose product" })).toBeTruthy();
    expect(optionTitles()).toEqual([
      "Stoneware Mug",
      "Linen Apron",
      "Pour-over Kettle",
      "Winter Blend",
      "Old Tote",
    ]);
    const mug = screen.getByRole("option", { name: /Stoneware Mug/ });
    expect(mug.textContent).toContain("$18.00 – $24.00");
    expect(screen.getByRole("option", { name: /Winter Blend/ }).textContent).toContain("Draft");
  });

  it("filters by the words typed in the search box", async () => {
    const { user } = open();
    const search = screen.getByRole("combobox", { name: "Search products" });
    expect(document.activeElement).toBe(search);
    await user.type(search, "kettle pour");
    expect(optionTitles()).toEqual(["Pour-over Kettle"]);
    await user.clear(search);
    await user.type(search, "teapot");
    expect(screen.queryAllByRole("option")).toEqual([]);
    expect(screen.getByText("No products match “teapot”.")).toBeTruthy();
  });

  it("moves with the arrow keys and takes the highlighted product with Enter", async () => {
    const { user, onClose } = open();
    const search = screen.getByRole("combobox", { name: "Search products" });
    const active = () =>
      document.getElementById(search.getAttribute("aria-activedescendant") ?? "")?.textContent;
    expect(active()).toContain("Stoneware Mug");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(active()).toContain("Pour-over Kettle");
    await user.keyboard("{ArrowUp}");
    expect(active()).toContain("Linen Apron");
    await user.keyboard("{Enter}");
    expect(onClose).toHaveBeenCalledWith([IDS.apron]);
  });

  it("clears the search with Escape, then closes without a choice", async () => {
    const { user, onClose } = open();
    const search = screen.getByRole("combobox", { name: "Search products" });
    await user.type(search, "mug");
    await user.keyboard("{Escape}");
    expect((search as HTMLInputElement).value).toBe("");
    expect(onClose).not.toHaveBeenCalled();
    await user.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalledWith(null);
  });

  it("chooses several in order, up to the field's most", async () => {
    const { user, onClose } = open({
      ...single,
      multiple: true,
      max: 2,
      current: [IDS.kettle],
    });
    expect(
      screen.getByRole("listbox", { name: "Products" }).getAttribute("aria-multiselectable"),
    ).toBe("true");
    const option = (name: RegExp) => screen.getByRole("option", { name });
    expect(option(/Pour-over Kettle/).getAttribute("aria-selected")).toBe("true");
    await user.click(option(/Stoneware Mug/));
    expect(screen.getByRole("status").textContent).toBe("2 of 2 chosen, the most there can be");
    // Full: another product cannot be added until one is removed.
    expect(option(/Linen Apron/).getAttribute("aria-disabled")).toBe("true");
    await user.click(option(/Linen Apron/));
    expect(option(/Linen Apron/).getAttribute("aria-selected")).toBe("false");
    // The search box keeps the focus: the keyboard adds and removes too.
    expect(document.activeElement).toBe(screen.getByRole("combobox"));
    await user.keyboard("{ArrowUp}{Enter}");
    expect(option(/Stoneware Mug/).getAttribute("aria-selected")).toBe("false");
    await user.keyboard("{ArrowDown}{Enter}");
    await user.click(screen.getByRole("button", { name: "Done" }));
    expect(onClose).toHaveBeenCalledWith([IDS.kettle, IDS.apron]);
  });

  it("shows collections with their product counts", () => {
    open({ ...single, kind: "collection" }, catalogRecords(editorCatalog(), "collection", intl));
    const list = screen.getByRole("listbox", { name: "Collections" });
    expect(within(list).getByRole("option", { name: /Kitchen/ }).textContent).toContain(
      "2 products",
    );
  });

  it("says how to add products when the shop has none", () => {
    open(single, []);
    expect(screen.getByRole("heading", { name: "No products yet" })).toBeTruthy();
    const add = screen.getByRole("link", { name: "Add a product" });
    expect(add.getAttribute("href")).toBe("/sites/s1/store/products/new");
    expect(add.getAttribute("target")).toBe("_blank");
    expect(screen.queryByRole("combobox")).toBeNull();
  });
});
