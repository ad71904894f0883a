import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { site } from "../test/fixtures.ts";
import { FakeApiError } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";
import { SiteCard } from "./SiteCard.tsx";

describe("SiteCard", () => {
  it("links to the editor and to the live storefront in a new tab", () => {
    renderWithApi({ ui: <SiteCard site={site()} /> });
    const card = screen.getByRole("article", { name: "Blue Bottle" });
    expect(
      within(card)
        .getByRole("link", { name: "Open Blue Bottle in the editor" })
        .getAttribute("href"),
    ).toBe("/sites/22222222-2222-4222-8222-222222222222/editor");
    const live = within(card).getByRole("link", { name: /View Blue Bottle live/ });
    expect(live.getAttribute("href")).toBe("/s/blue-bottle/");
    expect(live.getAttribute("target")).toBe("_blank");
    expect(within(card).getByText("/s/blue-bottle/")).toBeTruthy();
    expect(within(card).getByText("Edited 5 minutes ago")).toBeTruthy();
  });

  it("offers an owner settings, rename and delete", async () => {
    const { user } = renderWithApi({ ui: <SiteCard site={site({ role: "owner" })} /> });
    await user.click(screen.getByRole("button", { name: "More actions for Blue Bottle" }));
    const items = within(screen.getByRole("menu"))
      .getAllByRole("menuitem")
      .map((item) => item.textContent);
    expect(items).toEqual(["Settings", "Rename", "Delete"]);
  });

  it("offers an editor only the settings, where they can see the team", async () => {
    const { user } = renderWithApi({ ui: <SiteCard site={site({ role: "editor" })} /> });
    await user.click(screen.getByRole("button", { name: "More actions for Blue Bottle" }));
    const items = within(screen.getByRole("menu"))
      .getAllByRole("menuitem")
      .map((item) => item.textContent);
    expect(items).toEqual(["Settings"]);
  });

  it("lets an admin rename but not delete", async () => {
    const { user } = renderWithApi({ ui: <SiteCard site={site({ role: "admin" })} /> });
    await user.click(screen.getByRole("button", { name: "More actions for Blue Bottle" }));
    expect(screen.getByRole("menuitem", { name: "Rename" })).toBeTruthy();
    expect(screen.queryByRole("menuitem", { name: "Delete" })).toBeNull();
  });

  it("renames through a dialog prefilled with the current name", async () => {
    const { user, server } = renderWithApi({
      ui: <SiteCard site={site()} />,
      handlers: {
        "sites.rename": ({ siteId, name }) => ({ site: site({ id: siteId, name }) }),
      },
    });
    await user.click(screen.getByRole("button", { name: "More actions for Blue Bottle" }));
    await user.click(screen.getByRole("menuitem", { name: "Rename" }));

    const dialog = screen.getByRole("dialog", { name: "Rename site" });
    const input = within(dialog).getByLabelText("Site name");
    expect((input as HTMLInputElement).value).toBe("Blue Bottle");
    await user.clear(input);
    await user.type(input, "Blue Bottle Roasters");
    await user.click(within(dialog).getByRole("button", { name: "Save name" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(server.inputsOf("sites.rename")).toEqual([
      { siteId: "22222222-2222-4222-8222-222222222222", name: "Blue Bottle Roasters" },
    ]);
    expect(await screen.findByText("Site renamed")).toBeTruthy();
  });

  it("deletes only after confirmation, and offers an undo that restores the site", async () => {
    const { user, server } = renderWithApi({
      ui: <SiteCard site={site()} />,
      handlers: {
        "sites.delete": ({ siteId }) => ({
          site: site({ id: siteId, deletedAt: new Date().toISOString() }),
        }),
        "sites.restore": ({ siteId }) => ({ site: site({ id: siteId }) }),
      },
    });
    await user.click(screen.getByRole("button", { name: "More actions for Blue Bottle" }));
    await user.click(screen.getByRole("menuitem", { name: "Delete" }));

    const dialog = screen.getByRole("dialog", { name: "Delete “Blue Bottle”?" });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(server.inputsOf("sites.delete")).toEqual([]);

    await user.click(screen.getByRole("button", { name: "More actions for Blue Bottle" }));
    await user.click(screen.getByRole("menuitem", { name: "Delete" }));
    await user.click(
      within(screen.getByRole("dialog")).getByRole("button", { name: "Delete site" }),
    );
    expect(await screen.findByText("“Blue Bottle” was deleted")).toBeTruthy();
    expect(server.inputsOf("sites.delete")).toEqual([
      { siteId: "22222222-2222-4222-8222-222222222222" },
    ]);

    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByText("“Blue Bottle” is back")).toBeTruthy();
    expect(server.inputsOf("sites.restore")).toEqual([
      { siteId: "22222222-2222-4222-8222-222222222222" },
    ]);
  });

  it("keeps the delete dialog open with the server's reason when it refuses", async () => {
    const { user } = renderWithApi({
      ui: <SiteCard site={site()} />,
      handlers: {
        "sites.delete": () => {
          throw new FakeApiError(
            "FORBIDDEN",
            "This needs the owner role or higher; you are an admin.",
          );
        },
      },
    });
    await user.click(screen.getByRole("button", { name: "More actions for Blue Bottle" }));
    await user.click(screen.getByRole("menuitem", { name: "Delete" }));
    await user.click(
      within(screen.getByRole("dialog")).getByRole("button", { name: "Delete site" }),
    );
    expect(
      await within(screen.getByRole("dialog")).findByText(/needs the owner role/),
    ).toBeTruthy();
  });
});
