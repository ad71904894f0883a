import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import type { RouterOutputs } from "../api/types.ts";
import { ANA, site } from "../test/fixtures.ts";
import { FakeApiError } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";

const SITE = site({ id: "11111111-1111-4111-8111-111111111111", name: "Fern & Clay" });
type Connection = RouterOutputs["paypal"]["connection"];

const none: Connection = {
  available: true,
  merchantId: null,
  currencySupported: true,
  currency: "EUR",
  offered: false,
  connectedAt: null,
};

const settings: RouterOutputs["checkout"]["settings"] = {
  currency: "EUR",
  exponent: 2,
  taxesIncluded: true,
  currencies: ["EUR", "USD"],
  language: "en" as const,
  languages: ["en", "fr", "de", "es", "pt", "it"] as const,
  timeZone: "UTC",
  timeZones: ["UTC"],
  currencyLocked: false,
  payments: { provider: "test", testMode: true },
};

/** A store on the test gateway: the Payments page shows no Stripe cards, only the PayPal one. */
const overview: RouterOutputs["payments"]["overview"] = {
  provider: "test",
  connectAvailable: false,
  connectRequired: false,
  account: null,
  canTakePayments: true,
  blockedBecause: null,
  blockedCode: null,
  statementDescriptor: null,
  fee: { percent: 0, fixed: 0 },
};

describe("the store's PayPal connection on the Payments page", () => {
  it("connects a merchant id, shows the server's refusal next to the field, and then the status", async () => {
    let current = none;
    let tries = 0;
    const { user, server } = renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/payments`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => settings,
        "payments.overview": () => overview,
        "paypal.connection": () => current,
        "paypal.connect": (input) => {
          if (tries++ === 0)
            throw new FakeApiError(
              "BAD_REQUEST",
              "A PayPal merchant id is 13 letters and digits.",
              {
                fieldErrors: { merchantId: ["A PayPal merchant id is 13 letters and digits."] },
              },
            );
          current = {
            ...none,
            merchantId: (input as { merchantId: string }).merchantId,
            offered: true,
            connectedAt: "2026-12-07T10:00:00.000Z",
          };
          return current;
        },
      },
    });
    expect(await screen.findByRole("heading", { name: "Payments" })).toBeTruthy();
    expect(await screen.findByText("Not connected")).toBeTruthy();
    const field = screen.getByLabelText("PayPal merchant id");
    await user.type(field, "nope");
    await user.click(screen.getByRole("button", { name: "Connect PayPal" }));
    expect(await screen.findByText("A PayPal merchant id is 13 letters and digits.")).toBeTruthy();

    await user.clear(field);
    await user.type(field, "7E7MGXCWTTKK2");
    await user.click(screen.getByRole("button", { name: "Connect PayPal" }));
    expect(await screen.findByText("Offered at checkout")).toBeTruthy();
    expect(server.inputsOf("paypal.connect").at(-1)).toEqual({
      siteId: SITE.id,
      merchantId: "7E7MGXCWTTKK2",
    });
  });

  it("says why PayPal is not offered when the platform has not set it up", async () => {
    renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/payments`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => settings,
        "payments.overview": () => overview,
        "paypal.connection": () => ({
          ...none,
          available: false,
          currencySupported: false,
          currency: "KWD",
        }),
      },
    });
    expect(await screen.findByText("PayPal is not set up on this server")).toBeTruthy();
    expect(screen.getByText("PayPal does not take KWD")).toBeTruthy();
  });
});

describe("the Payments page in French", () => {
  afterEach(() => setLanguage("en"));

  it("words the Stripe account, statement and PayPal cards in French", async () => {
    await loadArea("commerce");
    await setLanguage("fr");
    const { user } = renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/payments`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => ({
          ...settings,
          payments: { provider: "stripe", testMode: false },
        }),
        "payments.overview": () => ({
          ...overview,
          provider: "stripe",
          connectAvailable: true,
          account: {
            updatedAt: "2026-12-07T10:00:00.000Z",
            accountId: "acct_123",
            detailsSubmitted: true,
            chargesEnabled: true,
            payoutsEnabled: false,
            needs: [],
            needCodes: [],
            problem: null,
            problemCode: null,
          },
          fee: { percent: 2.5, fixed: 30 },
        }),
        "paypal.connection": () => ({
          ...none,
          merchantId: "7E7MGXCWTTKK2",
          offered: true,
          connectedAt: "2026-12-07T10:00:00.000Z",
        }),
      },
    });
    expect(await screen.findByRole("heading", { name: "Paiements" })).toBeTruthy();
    expect(await screen.findByText("Les clients peuvent payer")).toBeTruthy();
    expect(screen.getByText("Compte Stripe")).toBeTruthy();
    const status = screen.getByRole("list", { name: "État du compte" });
    expect(status.textContent).toContain("Paiements activés");
    expect(status.textContent).toContain("Pas encore");
    expect(
      screen.getByText(/Commission de la plateforme\s: 2,5\s% \+ 0,30\s€ par paiement\./),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Vérifier l’état" })).toBeTruthy();
    expect(screen.getByLabelText("Libellé de relevé")).toBeTruthy();
    expect(await screen.findByText("Proposé au paiement")).toBeTruthy();
    expect(screen.getByLabelText("Identifiant marchand PayPal")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Déconnecter…" }));
    expect(await screen.findByText(/^Déconnecter PayPal\s\?$/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Garder PayPal" })).toBeTruthy();
  });
});
