import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import type { RouterOutputs } from "../api/types.ts";
import { ANA, site } from "../test/fixtures.ts";
import { FakeApiError } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";

const SITE = site({ id: "22222222-2222-4222-8222-222222222222", name: "Fern & Clay" });
type View = RouterOutputs["payments"]["payouts"];

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
  payments: { provider: "stripe", testMode: false },
};

const stripeReady: View = {
  state: "ready",
  summary: {
    available: [{ amount: 12_000, currency: "EUR" }],
    pending: [{ amount: 4_870, currency: "EUR" }],
    payouts: [
      {
        id: "po_1",
        amount: 9_000,
        currency: "EUR",
        status: "in_transit",
        arrivalDate: "2026-12-18T00:00:00.000Z",
        createdAt: "2026-12-16T00:00:00.000Z",
      },
    ],
    fees: [{ id: "fee_1", amount: 130, currency: "EUR", createdAt: "2026-12-15T10:00:00.000Z" }],
    transactions: [
      {
        id: "txn_1",
        kind: "payment",
        description: "Payment",
        descriptionCode: "payment",
        amount: 5_000,
        providerFee: 0,
        platformFee: 130,
        net: 4_870,
        currency: "EUR",
        status: "pending",
        createdAt: "2026-12-15T10:00:00.000Z",
      },
    ],
  },
};

function render(handlers: Record<string, (input: unknown) => unknown>) {
  return renderWithApi({
    routes: "app",
    url: `/sites/${SITE.id}/store/payouts`,
    handlers: {
      "auth.me": () => ({ user: ANA }),
      "sites.get": () => ({ site: SITE }),
      "checkout.settings": () => settings,
      ...handlers,
    },
  });
}

describe("the Payments & payouts page", () => {
  it("shows Stripe's balance, payouts and each payment's fees, and PayPal's trouble in its own card", async () => {
    render({
      "payments.payouts": () => stripeReady,
      "payments.paypalPayouts": () => ({
        state: "unavailable",
        code: "unreachable",
        provider: "PayPal",
        message: "PayPal could not be reached just now.",
      }),
    });
    const stripe = await screen.findByRole("region", { name: "Stripe" });
    expect(await within(stripe).findByText("€120.00")).toBeTruthy();
    expect(within(stripe).getAllByText("€48.70").length).toBe(2); // pending, and the net
    const payouts = within(stripe).getByRole("list", { name: "Recent payouts" });
    expect(payouts.textContent).toContain("€90.00");
    expect(payouts.textContent).toContain("In transit");
    const activity = within(stripe).getByRole("table", { name: "Recent activity" });
    expect(activity.textContent).toContain("€50.00");
    expect(activity.textContent).toContain("€0.00 + platform €1.30");
    expect(activity.textContent).toContain("€48.70");
    const paypal = screen.getByRole("region", { name: "PayPal" });
    expect(
      await within(paypal).findByText(
        "PayPal could not be reached just now, so its balance and payouts cannot be shown. Payments are not affected. Try again in a few minutes.",
      ),
    ).toBeTruthy();
  });

  it("says plainly that the test gateway moves no money, with the test payments' totals", async () => {
    render({
      "payments.payouts": () => ({
        state: "test",
        charges: [{ currency: "EUR", count: 2, amount: 4_000, refunded: 500 }],
      }),
      "payments.paypalPayouts": () => ({
        state: "absent",
        code: "paypalNotSetUp",
        message: "PayPal is not set up on this server.",
      }),
    });
    expect(await screen.findByText("Test payments only")).toBeTruthy();
    expect(screen.getByText("2 test payments")).toBeTruthy();
    expect(screen.getByText("€40.00 (€5.00 refunded)")).toBeTruthy();
    expect(await screen.findByText("PayPal is not set up on this server.")).toBeTruthy();
  });

  it("shows a failed load with a retry in its card, and the other card still works", async () => {
    let calls = 0;
    const { user } = render({
      "payments.payouts": () => {
        if (calls++ === 0) throw new FakeApiError("INTERNAL_SERVER_ERROR", "Server trouble.");
        return stripeReady;
      },
      "payments.paypalPayouts": () => ({
        state: "absent",
        code: "paypalNotConnected",
        message: "Connect your PayPal account to see its balance and transactions here.",
      }),
    });
    const stripe = await screen.findByRole("region", { name: "Stripe" });
    expect(await within(stripe).findByText("This could not be loaded")).toBeTruthy();
    expect(
      await screen.findByText(
        "Connect your PayPal account to see its balance and transactions here.",
      ),
    ).toBeTruthy();
    await user.click(within(stripe).getByRole("button", { name: "Try again" }));
    expect(await within(stripe).findByText("€120.00")).toBeTruthy();
  });
});

describe("the Payments & payouts page in French", () => {
  afterEach(() => setLanguage("en"));

  it("words balances, payouts and activity in French, with French money and dates", async () => {
    await loadArea("commerce");
    await setLanguage("fr");
    render({
      "payments.payouts": () => stripeReady,
      "payments.paypalPayouts": () => ({
        state: "test",
        charges: [{ currency: "EUR", count: 2, amount: 4_000, refunded: 500 }],
      }),
    });
    expect(await screen.findByRole("heading", { name: "Paiements et versements" })).toBeTruthy();
    const stripe = await screen.findByRole("region", { name: "Stripe" });
    expect(await within(stripe).findByText("Disponible")).toBeTruthy();
    expect(within(stripe).getByText(/^120,00\s€$/)).toBeTruthy();
    const payouts = within(stripe).getByRole("list", { name: "Versements récents" });
    expect(payouts.textContent).toMatch(/90,00\s€/);
    expect(payouts.textContent).toContain("En transit");
    expect(payouts.textContent).toContain("arrive le 18 déc. 2026");
    const activity = within(stripe).getByRole("table", { name: "Activité récente" });
    expect(within(activity).getByRole("columnheader", { name: "Opération" })).toBeTruthy();
    expect(activity.textContent).toMatch(/0,00\s€ \+ plateforme 1,30\s€/);
    expect(within(stripe).getByRole("list", { name: "Commissions de la plateforme" })).toBeTruthy();
    const paypal = screen.getByRole("region", { name: "PayPal" });
    expect(await within(paypal).findByText("Paiements de test uniquement")).toBeTruthy();
    expect(within(paypal).getByText("2 paiements de test")).toBeTruthy();
    expect(within(paypal).getByText(/^40,00\s€ \(5,00\s€ remboursés\)$/)).toBeTruthy();
  });

  it("words what each transaction is and why a provider shows nothing, from the server's codes", async () => {
    await loadArea("commerce");
    await setLanguage("fr");
    const transaction = stripeReady.summary.transactions[0]!;
    render({
      "payments.payouts": () => ({
        ...stripeReady,
        summary: {
          ...stripeReady.summary,
          transactions: [
            transaction,
            {
              ...transaction,
              id: "txn_2",
              kind: "payout",
              description: "Payout to your bank",
              descriptionCode: "payout",
              status: "available",
            },
          ],
        },
      }),
      "payments.paypalPayouts": () => ({
        state: "unavailable",
        code: "unreachable",
        provider: "PayPal",
        message:
          "PayPal could not be reached just now, so its balance and payouts cannot be shown.",
      }),
    });
    const stripe = await screen.findByRole("region", { name: "Stripe" });
    const activity = await within(stripe).findByRole("table", { name: "Activité récente" });
    expect(within(activity).getByText("Paiement")).toBeTruthy();
    expect(within(activity).getByText("Versement sur votre compte bancaire")).toBeTruthy();
    expect(activity.textContent).not.toContain("Payment");
    const paypal = screen.getByRole("region", { name: "PayPal" });
    expect(
      await within(paypal).findByText(/^PayPal est injoignable pour le moment\s: son solde/),
    ).toBeTruthy();
  });

  it("says in French that PayPal is not set up", async () => {
    await loadArea("commerce");
    await setLanguage("fr");
    render({
      "payments.payouts": () => ({ state: "absent", code: "stripeNotConnected", message: "x" }),
      "payments.paypalPayouts": () => ({
        state: "absent",
        code: "paypalNotSetUp",
        message: "PayPal is not set up on this server.",
      }),
    });
    expect(await screen.findByText("PayPal n’est pas configuré sur ce serveur.")).toBeTruthy();
    expect(
      screen.getByText(/^Les paiements vont sur le compte Stripe de la plateforme\. Connectez/),
    ).toBeTruthy();
  });
});
