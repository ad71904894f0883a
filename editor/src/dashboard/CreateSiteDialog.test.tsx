import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { site } from "../test/fixtures.ts";
import { FakeApiError } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";
import { CreateSiteDialog } from "./CreateSiteDialog.tsx";

const TAKEN = new Set(["blue-bottle"]);

function slugAvailable({ slug }: { slug: string }) {
  return TAKEN.has(slug)
    ? { available: false, reason: "This address is taken." }
    : { available: true, reason: null };
}

function renderDialog(handlers = {}) {
  return renderWithApi({
    ui: <CreateSiteDialog open onClose={() => {}} />,
    handlers: { "sites.slugAvailable": slugAvailable, ...handlers },
  });
}

describe("CreateSiteDialog", () => {
  it("suggests the address from the name and checks it once typing pauses", async () => {
    const { user, server } = renderDialog();
    const dialog = screen.getByRole("dialog", { name: "Create a site" });
    await user.type(within(dialog).getByLabelText("Site name"), "Café Olé & Co");

    const slug = within(dialog).getByLabelText("Web address") as HTMLInputElement;
    expect(slug.value).toBe("cafe-ole-and-co");
    expect(await within(dialog).findByText(/cafe-ole-and-co is available/)).toBeTruthy();
    // Debounced: the settled value is checked, not every keystroke (13 of them).
    const checks = server.inputsOf("sites.slugAvailable");
    expect(checks.at(-1)).toEqual({ slug: "cafe-ole-and-co" });
    expect(checks.length).toBeLessThan(3);
  });

  it("shows why a taken address cannot be used", async () => {
    const { user } = renderDialog();
    await user.type(screen.getByLabelText("Site name"), "Blue Bottle");
    const slug = screen.getByLabelText("Web address");
    await waitFor(() => expect(slug.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("This address is taken.")).toBeTruthy();
  });

  it("stops following the name once the address is typed by hand", async () => {
    const { user } = renderDialog();
    await user.type(screen.getByLabelText("Site name"), "Blue");
    const slug = screen.getByLabelText("Web address") as HTMLInputElement;
    await user.clear(slug);
    await user.type(slug, "My Shop");
    expect(slug.value).toBe("my-shop");
    await user.type(screen.getByLabelText("Site name"), " Bottle");
    expect(slug.value).toBe("my-shop");
  });

  it("creates the site, and puts a server conflict on the address field", async () => {
    let calls = 0;
    const { user, server } = renderDialog({
      "sites.create": ({ name, slug }: { name: string; slug: string }) => {
        calls += 1;
        if (calls === 1)
          throw new FakeApiError("CONFLICT", `The address “${slug}” is taken. Choose another.`);
        return { site: site({ name, slug }) };
      },
    });
    await user.type(screen.getByLabelText("Site name"), "Green Leaf");
    await user.click(screen.getByRole("button", { name: "Create site" }));

    const slug = screen.getByLabelText("Web address");
    await waitFor(() => expect(slug.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("The address “green-leaf” is taken. Choose another.")).toBeTruthy();
    expect(document.activeElement).toBe(slug);

    await user.type(slug, "-shop");
    await user.click(screen.getByRole("button", { name: "Create site" }));
    expect(await screen.findByText("“Green Leaf” is ready")).toBeTruthy();
    expect(server.inputsOf("sites.create")).toEqual([
      { name: "Green Leaf", slug: "green-leaf" },
      { name: "Green Leaf", slug: "green-leaf-shop" },
    ]);
  });
});
