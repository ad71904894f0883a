import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeApiError } from "../test/fakeServer.ts";
import { ANA } from "../test/fixtures.ts";
import { renderWithApi } from "../test/render.tsx";
import { currentLanguage, setLanguage } from "./catalogue.ts";
import { browserAppLanguage } from "./languages.ts";

afterEach(async () => {
  vi.unstubAllGlobals();
  await setLanguage("en");
});

describe("the account's language", () => {
  it("is spoken once the session names it", async () => {
    renderWithApi({
      routes: "app",
      url: "/account",
      handlers: { "auth.me": () => ({ user: { ...ANA, locale: "fr" as const } }) },
    });
    expect(await screen.findByRole("heading", { name: "Paramètres du compte" })).toBeTruthy();
    expect(currentLanguage()).toBe("fr");
    expect(screen.getByText("Membre depuis")).toBeTruthy();
    expect(screen.getByText("10 janv. 2026")).toBeTruthy();
  });

  it("is chosen in the account settings, stored on the account and applied at once", async () => {
    let locale: "en" | "fr" | null = null;
    const { user, server } = renderWithApi({
      routes: "app",
      url: "/account",
      handlers: {
        "auth.me": () => ({ user: { ...ANA, locale } }),
        "auth.setLocale": (input: { locale: "en" | "fr" | null }) => {
          locale = input.locale;
          return { user: { ...ANA, locale } };
        },
      },
    });
    const select = await screen.findByRole("combobox", { name: "Language of the app" });
    await user.selectOptions(select, "fr");
    expect(await screen.findByRole("heading", { name: "Paramètres du compte" })).toBeTruthy();
    expect(server.inputsOf("auth.setLocale")).toEqual([{ locale: "fr" }]);
    expect(
      (screen.getByRole("combobox", { name: "Langue de l’application" }) as HTMLSelectElement)
        .value,
    ).toBe("fr");

    await user.selectOptions(screen.getByRole("combobox", { name: "Langue de l’application" }), "");
    await waitFor(() => expect(server.inputsOf("auth.setLocale")).toHaveLength(2));
    expect(server.inputsOf("auth.setLocale")[1]).toEqual({ locale: null });
    // jsdom's browser speaks English.
    expect(await screen.findByRole("heading", { name: "Account settings" })).toBeTruthy();
  });

  it("starts as the browser's at sign-up, when the app speaks it", () => {
    expect(browserAppLanguage(["fr-FR", "en"])).toBe("fr");
    expect(browserAppLanguage(["en-GB"])).toBe("en");
    expect(browserAppLanguage(["de-DE"])).toBe(null);
    expect(browserAppLanguage(["en-XA"])).toBe(null);
  });
});

describe("a French browser", () => {
  it("signs up in French, and the account keeps French", async () => {
    vi.stubGlobal("navigator", { ...navigator, languages: ["fr-FR", "fr"] });
    await setLanguage("fr");
    const { user, server } = renderWithApi({
      routes: "app",
      url: "/signup",
      handlers: {
        "auth.me": () => Promise.reject(new FakeApiError("UNAUTHORIZED", "Log in to continue.")),
        "auth.register": () => ({ user: { ...ANA, locale: "fr" as const } }),
        "sites.list": () => ({ sites: [] }),
        "sites.listDeleted": () => ({ sites: [] }),
      },
    });
    expect(await screen.findByRole("heading", { name: "Créez votre compte" })).toBeTruthy();
    await user.type(screen.getByLabelText("Votre nom"), "Léa Martin");
    await user.type(screen.getByLabelText("E-mail"), "lea@example.fr");
    await user.type(screen.getByLabelText("Mot de passe"), "teal-kettle-morning-77");
    await user.click(screen.getByRole("button", { name: "Créer le compte" }));
    await waitFor(() => expect(server.inputsOf("auth.register")).toHaveLength(1));
    expect(server.inputsOf("auth.register")[0]).toMatchObject({ locale: "fr" });
    expect(await screen.findByRole("button", { name: "Menu du compte de Ana Lima" })).toBeTruthy();
  });
});
