import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import type { RouterOutputs } from "../api/types.ts";
import { ANA, site } from "../test/fixtures.ts";
import { renderWithApi } from "../test/render.tsx";

const SITE = site({ id: "33333333-3333-4333-8333-333333333333", name: "Fern & Clay" });

const settings: RouterOutputs["checkout"]["settings"] = {
  currency: "EUR",
  exponent: 2,
  taxesIncluded: true,
  currencies: ["EUR"],
  language: "fr" as const,
  languages: ["en", "fr", "de", "es", "pt", "it"] as const,
  timeZone: "Europe/Paris",
  timeZones: ["UTC", "Europe/Paris"],
  currencyLocked: false,
  payments: { provider: "stripe", testMode: false },
};

/** A Stripe account still being set up: the server's English beside the codes the app words. */
const blocked: RouterOutputs["payments"]["overview"] = {
  provider: "stripe",
  connectAvailable: true,
  connectRequired: true,
  account: {
    accountId: "acct_123",
    detailsSubmitted: true,
    chargesEnabled: false,
    payoutsEnabled: false,
    needs: ["an identity document", "a bank account for payouts", "political exposure"],
    needCodes: ["ownerIdDocument", "bankAccount", "representativeIdDocument", "other"],
    problem: "Stripe needs more information before this account can take payments.",
    problemCode: "pastDue",
    updatedAt: "2026-12-07T10:00:00.000Z",
  },
  canTakePayments: false,
  blockedBecause: "Stripe has not enabled payments for the store's account yet.",
  blockedCode: "notEnabled",
  statementDescriptor: null,
  fee: { percent: 0, fixed: 0 },
};

function render() {
  return renderWithApi({
    routes: "app",
    url: `/sites/${SITE.id}/store/payments`,
    handlers: {
      "auth.me": () => ({ user: ANA }),
      "sites.get": () => ({ site: SITE }),
      "checkout.settings": () => settings,
      "payments.overview": () => blocked,
      "paypal.connection": () => ({
        available: false,
        merchantId: null,
        currencySupported: true,
        currency: "EUR",
        offered: false,
        connectedAt: null,
      }),
    },
  });
}

describe("the Payments page words the server's codes", () => {
  it("in English, from the codes", async () => {
    render();
    expect(
      await screen.findByText(
        "Stripe has not enabled payments for the store's account yet. Checkout tells shoppers the store cannot take payments yet.",
      ),
    ).toBeTruthy();
    const needs = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(needs).toEqual(
      expect.arrayContaining([
        "Account holder's identity document",
        "Bank account for payouts",
        "Representative's identity document",
        "Other information Stripe asks for",
      ]),
    );
  });

  describe("in French", () => {
    beforeEach(async () => {
      await loadArea("commerce");
      await setLanguage("fr");
    });
    afterEach(() => setLanguage("en"));

    it("says why shoppers cannot pay, Stripe's problem and what it still needs, in French", async () => {
      render();
      expect(await screen.findByText("Les clients ne peuvent pas encore payer")).toBeTruthy();
      expect(
        screen.getByText(
          /^Stripe n’a pas encore activé les paiements sur le compte de la boutique\. Au paiement/,
        ),
      ).toBeTruthy();
      expect(
        screen.getByText(
          "Stripe a besoin d’informations supplémentaires avant que ce compte puisse encaisser des paiements.",
        ),
      ).toBeTruthy();
      expect(screen.getByText(/^Stripe a encore besoin de\s:$/)).toBeTruthy();
      for (const need of [
        "Pièce d’identité du titulaire du compte",
        "Compte bancaire pour les versements",
        "Pièce d’identité du représentant",
        "Autres informations demandées par Stripe",
      ])
        expect(screen.getByText(need)).toBeTruthy();
      expect(screen.queryByText(/identity document|bank account/)).toBeNull();
    });
  });
});
