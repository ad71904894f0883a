import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { block, findBlock, renderEditor, siteDoc } from "../test/editorHarness.tsx";
import { PropsPanel } from "./PropsPanel.tsx";

describe("product and collection fields without a picker", () => {
  it("take ids typed in, comma-separated for lists", async () => {
    const doc = siteDoc([
      {
        id: "home",
        slug: "",
        title: "Home",
        blocks: [block("list", "collection-list")],
      },
    ]);
    const { user, doc: read } = await renderEditor(<PropsPanel />, {
      doc,
      selected: "list",
      // An embedding of the editor with no catalog extension: no picker to open.
      extensions: [],
    });
    expect(screen.queryByRole("button", { name: /Choose/ })).toBeNull();
    const input = screen.getByLabelText("Collections");
    await user.type(input, "c1, c2 ,, c3{Enter}");
    const props = findBlock(read().pages[0]!.blocks, "list")!.props;
    expect(props.collectionIds).toEqual(["c1", "c2", "c3"]);
  });
});
