import { z } from "zod";
import type { AppDeps } from "../deps.ts";
import { Prisma } from "../db/client.ts";
import { conflict, said } from "../errors.ts";
import { paymentAccountOf } from "./payment-accounts.ts";
import { PAYPAL_CURRENCIES, PAYPAL_MERCHANT_ID } from "./payments/paypal.ts";
import { storeSettings } from "./store.ts";
import { commitChange, type MerchantActor } from "./transactions.ts";

type Deps = Pick<AppDeps, "db" | "commerce" | "siteDocuments">;

/**
 * A store's PayPal connection: the merchant id its PayPal payments are paid to (the payee of
 * every order we create for it), kept in `PaymentAccount` with provider "paypal". PayPal's
 * partner referral flow (onboarding a seller from our app) needs PayPal's partner approval and
 * cannot run here: the merchant enters the id (an install with partner onboarding would pass
 * the `merchantIdInPayPal` of the referral's return the same way), through `connectPayPal`.
 */
export const ZPayPalMerchantId = z
  .string({ error: "Enter your PayPal merchant id." })
  .trim()
  .toUpperCase()
  .regex(
    PAYPAL_MERCHANT_ID,
    "A PayPal merchant id is 13 letters and digits, such as 7E7MGXCWTTKK2 (PayPal: Account settings → Business information).",
  );

export type PayPalConnection = {
  /** The platform has PayPal configured (PAYPAL_CLIENT_ID...): without it nothing is offered. */
  available: boolean;
  merchantId: string | null;
  /** The store's currency is one PayPal takes. */
  currencySupported: boolean;
  currency: string;
  /** Checkout offers PayPal now. */
  offered: boolean;
  connectedAt: string | null;
};

export async function payPalConnection(deps: Deps, siteId: string): Promise<PayPalConnection> {
  const [account, settings] = await Promise.all([
    paymentAccountOf(deps, siteId, "paypal"),
    storeSettings(deps, siteId),
  ]);
  const available = deps.commerce.paypal !== null;
  const currencySupported = PAYPAL_CURRENCIES.has(settings.currency);
  return {
    available,
    merchantId: account?.accountId ?? null,
    currencySupported,
    currency: settings.currency,
    offered: available && currencySupported && !!account?.chargesEnabled,
    connectedAt: account?.createdAt.toISOString() ?? null,
  };
}

/** Connects (or changes) the store's PayPal merchant id; checkout offers PayPal from now on. */
export async function connectPayPal(
  deps: Deps,
  siteId: string,
  merchantId: string,
  actor: MerchantActor,
): Promise<PayPalConnection> {
  try {
    await commitChange(deps, siteId, actor, { catalog: false }, async (tx) => {
      const before = await tx.paymentAccount.findUnique({
        where: { siteId_provider: { siteId, provider: "paypal" } },
      });
      await tx.paymentAccount.upsert({
        where: { siteId_provider: { siteId, provider: "paypal" } },
        create: {
          siteId,
          provider: "paypal",
          accountId: merchantId,
          detailsSubmitted: true,
          chargesEnabled: true,
          payoutsEnabled: true,
        },
        update: { accountId: merchantId, chargesEnabled: true },
      });
      return {
        value: undefined,
        record: {
          action: "payments.paypal_connected",
          target: siteId,
          data: { merchantId, previous: before?.accountId ?? null },
        },
      };
    });
  } catch (error) {
    // (provider, accountId) is unique: one PayPal account takes one store's money.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw conflict(
        said(
          "app.error.payPalMerchantTaken",
          "This PayPal merchant id is connected to another store.",
        ),
        "merchantId",
      );
    throw error;
  }
  return payPalConnection(deps, siteId);
}

/**
 * Disconnects PayPal: checkout stops offering it at once. Orders already paid with PayPal keep
 * their payment; refunding them is then made as the platform (PayPal refuses unless the merchant
 * granted it), so the editor warns before this.
 */
export async function disconnectPayPal(
  deps: Deps,
  siteId: string,
  actor: MerchantActor,
): Promise<PayPalConnection> {
  await commitChange(deps, siteId, actor, { catalog: false }, async (tx) => {
    const removed = await tx.paymentAccount.deleteMany({ where: { siteId, provider: "paypal" } });
    return {
      value: undefined,
      record: {
        action: "payments.paypal_disconnected",
        target: siteId,
        data: { removed: removed.count },
      },
    };
  });
  return payPalConnection(deps, siteId);
}
