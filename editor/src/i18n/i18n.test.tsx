import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FakeApiError } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";
import { setLanguage } from "./catalogue.ts";
import { pickLanguage } from "./languages.ts";

describe("the app's language", () => {
  it("follows the account, else the browser's first language the app speaks, else English", () => {
    expect(pickLanguage("fr", ["en-US"])).toBe("fr");
    expect(pickLanguage(null, ["de-DE", "fr-CA", "en"])).toBe("fr");
    expect(pickLanguage(undefined, ["de-DE"])).toBe("en");
    expect(pickLanguage("klingon", ["en-GB"])).toBe("en");
    expect(pickLanguage(null, ["en-XA"])).toBe("en-XA");
  });

  afterEach(() => setLanguage("en"));

  it("draws a screen from its area's catalogue, loaded with the route", async () => {
    await setLanguage("fr");
    renderWithApi({
      routes: "app",
      url: "/login",
      handlers: {
        "auth.me": () => Promise.reject(new FakeApiError("UNAUTHORIZED", "Log in to continue.")),
      },
    });
    expect(await screen.findByRole("button", { name: "Se connecter" })).toBeTruthy();
    expect(screen.getByLabelText("Mot de passe")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Créer un compte" }).getAttribute("href")).toBe(
      "/signup",
    );
  });
});

describe("the pseudo-locale", () => {
  afterEach(() => setLanguage("en"));

  it("draws the screen accented and longer, with no English left", async () => {
    await setLanguage("en-XA");
    renderWithApi({
      routes: "app",
      url: "/login",
      handlers: {
        "auth.me": () => Promise.reject(new FakeApiError("UNAUTHORIZED", "Log in to continue.")),
      },
    });
    const submit = await screen.findByRole("button", { name: "[Ŀǿǿɠ īƞ]" });
    expect(submit).toBeTruthy();
    // Every word drawn is pseudo-English: none of the code's plain English is left.
    const text = document.body.textContent ?? "";
    expect(text).not.toMatch(/\b(Log|Password|Email|Create|account|Forgot)\b/);
  });
});
