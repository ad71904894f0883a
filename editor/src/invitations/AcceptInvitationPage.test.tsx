import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ANA } from "../test/fixtures.ts";
import { FakeApiError } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";

const TOKEN = "invitation-token-0123456789";
const URL = `/invitations/accept?token=${TOKEN}`;

describe("accepting an invitation", () => {
  it("asks a visitor to sign up or log in, and brings them back to the invitation", async () => {
    renderWithApi({
      routes: "app",
      url: URL,
      handlers: {
        "auth.me": () => Promise.reject(new FakeApiError("UNAUTHORIZED", "Log in to continue.")),
      },
    });
    const back = encodeURIComponent(URL);
    expect(
      (await screen.findByRole("link", { name: "Create an account" })).getAttribute("href"),
    ).toBe(`/signup?next=${back}`);
    expect(screen.getByRole("link", { name: "Log in" }).getAttribute("href")).toBe(
      `/login?next=${back}`,
    );
  });

  it("joins on a deliberate click and opens the site", async () => {
    const siteId = "22222222-2222-4222-8222-222222222222";
    const { user, router, server } = renderWithApi({
      routes: "app",
      url: URL,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "members.acceptInvitation": () => ({ siteId }),
        "sites.get": () => ({
          site: {
            id: siteId,
            name: "Blue Bottle",
            slug: "blue-bottle",
            customDomain: null,
            role: "editor" as const,
            createdAt: "2026-05-01T09:00:00.000Z",
            updatedAt: "2026-05-01T09:00:00.000Z",
            deletedAt: null,
          },
        }),
      },
    });
    expect(await screen.findByText(ANA.email)).toBeTruthy();
    // Opening the link alone accepts nothing: mail scanners open links too.
    expect(server.inputsOf("members.acceptInvitation")).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Accept invitation" }));
    expect(await screen.findByRole("heading", { name: "Blue Bottle", level: 1 })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/sites/${siteId}/editor`);
    expect(server.inputsOf("members.acceptInvitation")).toEqual([{ token: TOKEN }]);
  });

  it("explains an invitation for another address and offers to switch accounts", async () => {
    const { user } = renderWithApi({
      routes: "app",
      url: URL,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "members.acceptInvitation": () => {
          throw new FakeApiError(
            "FORBIDDEN",
            "This invitation was sent to bo@example.com. Log in with that address to accept it.",
          );
        },
      },
    });
    await user.click(await screen.findByRole("button", { name: "Accept invitation" }));
    expect(await screen.findByText(/was sent to bo@example.com/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Log out and switch account" })).toBeTruthy();
  });
});
