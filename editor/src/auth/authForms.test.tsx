import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ANA } from "../test/fixtures.ts";
import { FakeApiError } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";

const loggedOut = {
  "auth.me": () => Promise.reject(new FakeApiError("UNAUTHORIZED", "Log in to continue.")),
};

describe("sign up", () => {
  it("shows the server's field errors next to the right inputs", async () => {
    const { user, server } = renderWithApi({
      routes: "app",
      url: "/signup",
      handlers: {
        ...loggedOut,
        "auth.register": () => {
          throw new FakeApiError(
            "BAD_REQUEST",
            "name: Enter your name.; password: Use at least 10 characters.",
            {
              fieldErrors: {
                name: ["Enter your name."],
                password: ["Use at least 10 characters."],
              },
              formErrors: [],
            },
          );
        },
      },
    });

    await user.type(await screen.findByLabelText("Email"), "ana@example.com");
    await user.type(screen.getByLabelText("Password"), "short");
    await user.click(screen.getByRole("button", { name: "Create account" }));

    const password = screen.getByLabelText("Password");
    await waitFor(() => expect(password.getAttribute("aria-invalid")).toBe("true"));
    expect(accessibleDescription(password)).toContain("Use at least 10 characters.");
    const name = screen.getByLabelText("Your name");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(accessibleDescription(name)).toContain("Enter your name.");
    // Fields without an error stay clean, and the summary sentence is not repeated above the button.
    expect(screen.getByLabelText("Email").getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByText(/name: Enter your name/)).toBeNull();
    // The first invalid input gets focus, so a keyboard user lands on the problem.
    expect(document.activeElement).toBe(name);

    expect(server.calls.find((call) => call.path === "auth.register")).toMatchObject({
      method: "POST",
      contentType: "application/json",
      input: { name: "", email: "ana@example.com", password: "short" },
    });
  });

  it("puts “account exists” on the email field and clears it once the email is edited", async () => {
    const { user } = renderWithApi({
      routes: "app",
      url: "/signup",
      handlers: {
        ...loggedOut,
        "auth.register": () => {
          throw new FakeApiError(
            "CONFLICT",
            "An account with this email already exists. Log in instead.",
          );
        },
      },
    });
    await user.type(await screen.findByLabelText("Your name"), "Ana");
    await user.type(screen.getByLabelText("Email"), "ana@example.com");
    await user.type(screen.getByLabelText("Password"), "a long enough passphrase");
    await user.click(screen.getByRole("button", { name: "Create account" }));

    const email = screen.getByLabelText("Email");
    await waitFor(() => expect(accessibleDescription(email)).toContain("already exists"));
    await user.type(email, "m");
    expect(email.getAttribute("aria-invalid")).toBeNull();
  });
});

describe("log in", () => {
  it("shows a wrong password at the form level, then logs in and follows `next`", async () => {
    let attempts = 0;
    const { user, router } = renderWithApi({
      routes: "app",
      url: "/login?next=%2Faccount",
      handlers: {
        ...loggedOut,
        "auth.login": () => {
          attempts += 1;
          if (attempts === 1)
            throw new FakeApiError("UNAUTHORIZED", "Email or password is incorrect.");
          return { user: ANA };
        },
      },
    });

    await user.type(await screen.findByLabelText("Email"), ANA.email);
    await user.type(screen.getByLabelText("Password"), "wrong password");
    await user.click(screen.getByRole("button", { name: "Log in" }));
    expect(await screen.findByText("Email or password is incorrect.")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Log in" }));
    expect(await screen.findByRole("heading", { name: "Account settings" })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/account");
  });

  it("sends a visitor without a session from a private page to the login page", async () => {
    const { router } = renderWithApi({
      routes: "app",
      url: "/sites/abc/settings",
      handlers: loggedOut,
    });
    expect(await screen.findByRole("heading", { name: "Log in to Pegasus" })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/login");
    expect(router.state.location.search).toBe("?next=%2Fsites%2Fabc%2Fsettings");
  });
});

describe("password reset", () => {
  it("checks that both passwords match before asking the server", async () => {
    const { user, server } = renderWithApi({
      routes: "app",
      url: "/reset-password?token=abcdefghijklmnopqrstuvwxyz",
      handlers: loggedOut,
    });
    await user.type(await screen.findByLabelText("New password"), "correct horse battery");
    await user.type(screen.getByLabelText("Repeat the new password"), "correct horse battery!");
    await user.click(screen.getByRole("button", { name: "Save new password" }));
    expect(accessibleDescription(screen.getByLabelText("Repeat the new password"))).toContain(
      "do not match",
    );
    expect(server.inputsOf("auth.completePasswordReset")).toEqual([]);
  });

  it("shows an expired link at the form level and offers a new one", async () => {
    const { user, server } = renderWithApi({
      routes: "app",
      url: "/reset-password?token=abcdefghijklmnopqrstuvwxyz",
      handlers: {
        ...loggedOut,
        "auth.completePasswordReset": () => {
          throw new FakeApiError(
            "BAD_REQUEST",
            "This reset link is invalid or has expired. Ask for a new one.",
          );
        },
      },
    });
    await user.type(await screen.findByLabelText("New password"), "correct horse battery");
    await user.type(screen.getByLabelText("Repeat the new password"), "correct horse battery");
    await user.click(screen.getByRole("button", { name: "Save new password" }));

    expect(await screen.findByText(/invalid or has expired/)).toBeTruthy();
    expect(screen.getByLabelText("New password").getAttribute("aria-invalid")).toBeNull();
    expect(screen.getByRole("link", { name: "Ask for a new one" })).toBeTruthy();
    expect(server.inputsOf("auth.completePasswordReset")).toEqual([
      { token: "abcdefghijklmnopqrstuvwxyz", newPassword: "correct horse battery" },
    ]);
  });

  it("confirms a reset request without saying whether the account exists", async () => {
    const { user } = renderWithApi({
      routes: "app",
      url: "/forgot-password",
      handlers: { ...loggedOut, "auth.requestPasswordReset": () => ({ ok: true as const }) },
    });
    await user.type(await screen.findByLabelText("Email"), "someone@example.com");
    await user.click(screen.getByRole("button", { name: "Send reset link" }));
    const heading = await screen.findByRole("heading", { name: "Check your inbox" });
    expect(
      within(heading.parentElement as HTMLElement).getByText(/If an account exists/),
    ).toBeTruthy();
  });
});

function accessibleDescription(element: HTMLElement): string {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

describe("log out and session end", () => {
  it("logs out from the account menu and lands on the login page, without a `next`", async () => {
    const { user, router, server } = renderWithApi({
      routes: "app",
      url: "/account",
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "auth.logout": () => ({ ok: true as const }),
      },
    });
    await user.click(await screen.findByRole("button", { name: "Account menu for Ana Lima" }));
    await user.click(screen.getByRole("menuitem", { name: "Log out" }));

    expect(await screen.findByText("You are logged out.")).toBeTruthy();
    expect(router.state.location.pathname).toBe("/login");
    expect(router.state.location.search).toBe("");
    expect(server.inputsOf("auth.logout")).toHaveLength(1);
  });

  it("sends a merchant whose session expired to the login page, and back afterwards", async () => {
    let sessionAlive = true;
    const { router } = renderWithApi({
      routes: "app",
      url: "/",
      handlers: {
        "auth.me": () => {
          if (!sessionAlive) throw new FakeApiError("UNAUTHORIZED", "Log in to continue.");
          return { user: ANA };
        },
        "sites.list": () => {
          sessionAlive = false;
          throw new FakeApiError("UNAUTHORIZED", "Log in to continue.");
        },
        "sites.listDeleted": () => ({ sites: [] }),
      },
    });
    expect(
      await screen.findByText("Your session has ended. Log in again to continue."),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe("/login");
  });
});
