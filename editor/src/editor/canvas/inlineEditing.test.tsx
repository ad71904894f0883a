import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { getBlockDefinition, parseBlockProps } from "../../../../blocks/registry.ts";
import { createRenderContext, RenderContext } from "../../../../blocks/render/context.ts";
import { translator } from "../../../../domain/storefront-i18n/index.ts";
import type { BlockSnapshot } from "../state/docStore.ts";
import { findEditable, firstEditable, patchAt, valueAt } from "./inlineEditing.ts";

afterEach(cleanup);

/** Draws a block with its own component, as the canvas does, and returns its element. */
function draw(
  type: string,
  props: Record<string, unknown>,
): { snapshot: BlockSnapshot; element: HTMLElement } {
  const parsed = parseBlockProps(type, props);
  if (!parsed.ok) throw new Error(parsed.error);
  const Component = getBlockDefinition(type)!.component;
  const ctx = createRenderContext({
    mode: "editor",
    site: { name: "Shop", currency: "USD", locale: "en" },
    t: translator("en"),
  });
  const { container } = render(
    <RenderContext value={ctx}>
      <Component id="b1" props={parsed.props} />
    </RenderContext>,
  );
  return {
    snapshot: { id: "b1", type, props, parsed },
    element: container.querySelector<HTMLElement>('[data-block-id="b1"]')!,
  };
}

describe("finding what a click edits in place", () => {
  it("finds a heading's text prop from the element clicked", () => {
    const { snapshot, element } = draw("hero", { heading: "Fresh bread", eyebrow: "New" });
    const target = [...element.querySelectorAll("h1, h2")].find(
      (node) => node.textContent === "Fresh bread",
    )!;
    const editable = findEditable(snapshot, element, target);
    expect(editable).toMatchObject({
      kind: "text",
      path: ["heading"],
      maxLength: 160,
      multiline: false,
    });
    expect(editable!.element).toBe(target);
  });

  it("finds the label of one item of a list (a button)", () => {
    const { snapshot, element } = draw("hero", {});
    const label = [...element.querySelectorAll("a, span")].find(
      (node) => node.textContent === "Our story",
    )!;
    const editable = findEditable(snapshot, element, label);
    expect(editable).toMatchObject({ kind: "text", path: ["buttons", 1, "label"] });
  });

  it("opens rich text on the block's prose", () => {
    const { snapshot, element } = draw("rich-text", {});
    const paragraph = element.querySelector("p")!;
    const editable = findEditable(snapshot, element, paragraph);
    expect(editable).toMatchObject({ kind: "richtext", path: ["content"] });
    expect(editable!.element.classList.contains("pg-ui-prose")).toBe(true);
  });

  it("finds nothing where there is no text of the block (an empty spot)", () => {
    const { snapshot, element } = draw("spacer", {});
    expect(findEditable(snapshot, element, element)).toBeNull();
  });

  it("picks the first text of a block for Enter", () => {
    const { snapshot, element } = draw("heading", { text: "Our story", eyebrow: "" });
    expect(firstEditable(snapshot, element)).toMatchObject({ path: ["text"] });
  });
});

describe("prop paths", () => {
  it("reads and writes a value inside a list without touching the rest", () => {
    const props = {
      buttons: [
        { label: "A", href: "/" },
        { label: "B", href: "/b" },
      ],
      heading: "H",
    };
    expect(valueAt(props, ["buttons", 1, "label"])).toBe("B");
    const patch = patchAt(props, ["buttons", 1, "label"], "Bee");
    expect(patch).toEqual({
      buttons: [
        { label: "A", href: "/" },
        { label: "Bee", href: "/b" },
      ],
    });
    expect(props.buttons[1]!.label).toBe("B");
    expect(patchAt(props, ["heading"], "New")).toEqual({ heading: "New" });
  });
});
