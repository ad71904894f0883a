import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ANA, site } from "../test/fixtures.ts";
import { renderWithApi } from "../test/render.tsx";

const loggedIn = { "auth.me": () => ({ user: ANA }) };

describe("the dashboard", () => {
  it("tells a new merchant what to do first", async () => {
    renderWithApi({
      routes: "app",
      url: "/",
      handlers: {
        ...loggedIn,
        "sites.list": () => ({ sites: [] }),
        "sites.listDeleted": () => ({ sites: [] }),
      },
    });
    expect(await screen.findByRole("heading", { name: "Create your first store" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create a site" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Recently deleted" })).toBeNull();
  });

  it("lists the sites as cards and restores a recently deleted one", async () => {
    const live = site({
      id: "33333333-3333-4333-8333-333333333333",
      name: "Green Leaf",
      slug: "green-leaf",
    });
    let deleted = [site({ deletedAt: new Date(Date.now() - 3_600_000).toISOString() })];
    let sites = [live];
    const { user, server } = renderWithApi({
      routes: "app",
      url: "/",
      handlers: {
        ...loggedIn,
        "sites.list": () => ({ sites }),
        "sites.listDeleted": () => ({ sites: deleted }),
        "sites.restore": ({ siteId }) => {
          const restored = site({ id: siteId });
          sites = [...sites, restored];
          deleted = [];
          return { site: restored };
        },
      },
    });

    const grid = await screen.findByRole("region", { name: "Sites" });
    expect(
      within(grid)
        .getAllByRole("article")
        .map((card) => card.querySelector("h2")?.textContent),
    ).toEqual(["Green Leaf"]);
    expect(screen.getByText(/You have 1 site\./)).toBeTruthy();

    const bin = screen.getByRole("region", { name: "Recently deleted" });
    expect(within(bin).getByText(/Deleted 1 hour ago/)).toBeTruthy();
    await user.click(within(bin).getByRole("button", { name: "Restore Blue Bottle" }));

    await waitFor(() =>
      expect(screen.queryByRole("region", { name: "Recently deleted" })).toBeNull(),
    );
    expect(within(grid).getByRole("article", { name: "Blue Bottle" })).toBeTruthy();
    expect(server.inputsOf("sites.restore")).toEqual([{ siteId: site().id }]);
  });
});
