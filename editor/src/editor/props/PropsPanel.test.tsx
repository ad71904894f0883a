import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { sampleFingerprint } from "../../../../blocks/pricing-table/sample.ts";
import { block, findBlock, renderEditor, siteDoc } from "../test/editorHarness.tsx";
import { PropsPanel } from "./PropsPanel.tsx";

const valueOf = (element: HTMLElement) => (element as HTMLInputElement).value;

const heroProps = (doc: ReturnType<Awaited<ReturnType<typeof renderEditor>>["doc"]>) =>
  findBlock(doc.pages[0]!.blocks, "hero")!.props;

describe("the props panel", () => {
  it("asks for a selection when nothing is selected", async () => {
    await renderEditor(<PropsPanel />);
    expect(screen.getByRole("heading", { name: "Nothing selected" })).toBeTruthy();
  });

  it("shows one input per field of the selected block, with the block's values", async () => {
    await renderEditor(<PropsPanel />, { selected: "hero" });
    expect(screen.getByRole("heading", { name: "Hero" })).toBeTruthy();
    expect(valueOf(screen.getByLabelText("Heading"))).toBe(String("Slow coffee"));
    expect(valueOf(screen.getByLabelText("Subheading"))).toBe(
      String(
        "Hand-thrown mugs, stonewashed linen and small-batch coffee from our Portland workshop.",
      ),
    );
    expect(valueOf(screen.getByLabelText("Heading level"))).toBe(String("1"));
    expect(screen.getByRole("radiogroup", { name: "Height" })).toBeTruthy();
    expect(screen.getByRole("group", { name: /Buttons/ })).toBeTruthy();
    expect(screen.getByText("Image address")).toBeTruthy();
  });

  it("writes each keystroke to the shared document", async () => {
    const { user, doc } = await renderEditor(<PropsPanel />, { selected: "hero" });
    const input = screen.getByLabelText("Heading");
    await user.clear(input);
    await user.type(input, "Fresh bread");
    expect(heroProps(doc()).heading).toBe("Fresh bread");
    expect(valueOf(input)).toBe(String("Fresh bread"));
  });

  it("changes a select, a segmented choice and a number", async () => {
    const { user, doc } = await renderEditor(<PropsPanel />, { selected: "hero" });
    await user.selectOptions(screen.getByLabelText("Heading level"), "2");
    await user.click(screen.getByRole("radio", { name: "Tall" }));
    const overlay = screen.getByRole("spinbutton", { name: "Image darkening" });
    await user.clear(overlay);
    await user.type(overlay, "60");
    const props = heroProps(doc());
    expect(props.headingLevel).toBe(2);
    expect(props.height).toBe("tall");
    expect(props.overlay).toBe(60);
  });

  it("never stores a number outside its range", async () => {
    const { user, doc } = await renderEditor(<PropsPanel />, { selected: "hero" });
    const overlay = screen.getByRole("spinbutton", { name: "Image darkening" });
    await user.clear(overlay);
    await user.type(overlay, "500");
    await user.tab();
    // 5 and 50 were numbers in range as they were typed; 500 never reached the document.
    expect(heroProps(doc()).overlay).toBe(50);
    expect(valueOf(overlay)).toBe("50");
  });

  it("picks a theme colour, and warns when a custom colour makes text hard to read", async () => {
    const { user, doc } = await renderEditor(<PropsPanel />, { selected: "hero" });
    const background = screen.getByRole("radiogroup", { name: "Background" });
    await user.click(within(background).getByRole("radio", { name: "Primary" }));
    expect(heroProps(doc()).background).toBe("primary");
    expect(screen.queryByText(/hard to read/)).toBeNull();

    const hex = screen.getByLabelText("Background: custom colour code");
    await user.clear(hex);
    await user.type(hex, "#777777");
    expect(heroProps(doc()).background).toBe("#777777");
    expect(screen.getByText(/Text on this colour is hard to read \(contrast 4\.\d:1/)).toBeTruthy();
  });

  it("adds, reorders and removes items of a list", async () => {
    const { user, doc } = await renderEditor(<PropsPanel />, { selected: "hero" });
    const buttons = () => heroProps(doc()).buttons as Array<{ label: string }>;
    expect(buttons().map((button) => button.label)).toEqual(["Shop the collection", "Our story"]);

    await user.click(screen.getByRole("button", { name: "Move Our story up" }));
    expect(buttons().map((button) => button.label)).toEqual(["Our story", "Shop the collection"]);

    await user.click(screen.getByRole("button", { name: "Remove Our story" }));
    expect(buttons().map((button) => button.label)).toEqual(["Shop the collection"]);

    await user.click(screen.getByRole("button", { name: "Add button" }));
    expect(buttons()).toHaveLength(2);
    // The new item opens, ready to type in.
    const label = screen.getByLabelText("Label");
    await user.clear(label);
    await user.type(label, "Visit us");
    expect(buttons()[1]!.label).toBe("Visit us");
    // At most two buttons: Add is off.
    expect((screen.getByRole("button", { name: "Add button" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it("badges the service cards the AI wrote as examples until the merchant rewrites them", async () => {
    const written = { name: "Revision", price: "ab CHF 350", description: "Zerlegen, reinigen." };
    const card = { ...written, sampleOf: sampleFingerprint(written) };
    const doc = siteDoc([
      {
        id: "services",
        slug: "services",
        title: "Services",
        blocks: [
          block("plans", "pricing-table", {
            plans: [card, { ...card, name: "Armband", sampleOf: "" }],
          }),
        ],
      },
    ]);
    const { user } = await renderEditor(<PropsPanel />, { doc, selected: "plans" });
    const revision = screen.getByRole("button", { name: /^Revision/ });
    expect(within(revision).getByText("Sample")).toBeTruthy();
    expect(
      within(screen.getByRole("button", { name: /^Armband/ })).queryByText("Sample"),
    ).toBeNull();

    // Opened, the card says what to do; rewriting its price makes it the merchant's own.
    await user.click(revision);
    expect(screen.getByText(/Written by the AI as an example/)).toBeTruthy();
    await user.type(screen.getByLabelText("Price"), "0");
    expect(
      within(screen.getByRole("button", { name: /^Revision/ })).queryByText("Sample"),
    ).toBeNull();
    expect(screen.queryByText(/Written by the AI as an example/)).toBeNull();
  });

  it("links to a page of the site, or any address", async () => {
    const { user, doc } = await renderEditor(<PropsPanel />, { selected: "hero" });
    await user.click(screen.getByRole("button", { name: "Shop the collection" }));
    await user.selectOptions(screen.getByLabelText("Link: page"), "/about");
    const hrefOf = () => (heroProps(doc()).buttons as Array<{ href: string }>)[0]!.href;
    expect(hrefOf()).toBe("/about");
    const address = screen.getByLabelText("Link: address");
    await user.clear(address);
    await user.type(address, "javascript:alert(1)");
    expect(screen.getByRole("alert").textContent).toMatch("This address can’t be used");
  });

  it("takes an image by its address, with a description", async () => {
    const { user, doc } = await renderEditor(<PropsPanel />, { selected: "hero" });
    await user.type(screen.getByLabelText("Image address"), "https://images.example.com/mug.jpg");
    await user.type(screen.getByLabelText("Description"), "A blue mug");
    expect(heroProps(doc()).image).toMatchObject({
      src: "https://images.example.com/mug.jpg",
      alt: "A blue mug",
      decorative: false,
    });
    await user.click(screen.getByRole("switch", { name: /Decorative only/ }));
    expect(heroProps(doc()).image).toMatchObject({ decorative: true });
    expect(screen.queryByLabelText("Description")).toBeNull();
  });

  it("sets a value per screen size", async () => {
    const { user, doc } = await renderEditor(<PropsPanel />, { selected: "hero" });
    const alignment = screen.getByRole("group", { name: "Text alignment" });
    await user.click(
      within(alignment).getByRole("switch", { name: "Different on each screen size" }),
    );
    const mobile = within(alignment).getByRole("radiogroup", { name: "Mobile" });
    await user.click(within(mobile).getByRole("radio", { name: "Centre" }));
    expect(heroProps(doc()).align).toEqual({ desktop: "start", tablet: "start", mobile: "center" });
    await user.click(
      within(alignment).getByRole("switch", { name: "Different on each screen size" }),
    );
    expect(heroProps(doc()).align).toBe("start");
  });

  it("turns a toggle on and off", async () => {
    const doc = siteDoc([
      {
        id: "home",
        slug: "",
        title: "Home",
        blocks: [block("form", "contact-form", { showPhone: false })],
      },
    ]);
    const test = await renderEditor(<PropsPanel />, { doc, selected: "form" });
    const phone = screen.getByRole("switch", {
      name: "Ask for a phone number",
    }) as HTMLInputElement;
    await test.user.click(phone);
    expect(findBlock(test.doc().pages[0]!.blocks, "form")!.props.showPhone).toBe(true);
    expect(phone.checked).toBe(true);
    await test.user.click(phone);
    expect(findBlock(test.doc().pages[0]!.blocks, "form")!.props.showPhone).toBe(false);
  });

  it("shows only values and no way to change them to a viewer", async () => {
    await renderEditor(<PropsPanel />, { selected: "hero", role: "viewer" });
    expect(
      (screen.getByLabelText("Heading") as HTMLInputElement).disabled ||
        !!screen.getByLabelText("Heading").closest("fieldset:disabled"),
    ).toBe(true);
    expect(screen.queryByRole("button", { name: "Delete" })).toBeNull();
  });

  it("makes a click and the typing after it two undo steps, however fast they come", async () => {
    const { user, doc, session } = await renderEditor(<PropsPanel />, { selected: "hero" });
    const background = screen.getByRole("radiogroup", { name: "Background" });
    await user.click(within(background).getByRole("radio", { name: "Accent" }));
    await user.type(screen.getByLabelText("Heading"), " shop");
    expect(heroProps(doc())).toMatchObject({ background: "accent", heading: "Slow coffee shop" });
    session.undo.undo();
    expect(heroProps(doc())).toMatchObject({ background: "accent", heading: "Slow coffee" });
    session.undo.undo();
    expect(heroProps(doc()).background).toBe("surface");
  });

  it("follows edits made elsewhere (a collaborator, undo)", async () => {
    const { session, user } = await renderEditor(<PropsPanel />, { selected: "hero" });
    await user.type(screen.getByLabelText("Heading"), "!");
    expect(valueOf(screen.getByLabelText("Heading"))).toBe(String("Slow coffee!"));
    session.undo.undo();
    expect(await screen.findByDisplayValue("Slow coffee")).toBeTruthy();
  });
});
