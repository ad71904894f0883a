import type { IntlShape, MessageDescriptor } from "react-intl";
import type { RouterOutputs } from "../api/types.ts";
import { message } from "../i18n/message.ts";

/**
 * The payments data the server sends as codes beside its English (server/commerce
 * payment-accounts.ts, payouts.ts, payments/*-payouts.ts), worded in the app's language: why
 * shoppers cannot pay, Stripe's account problem and what it still needs, the payouts page's notes
 * and what each transaction is. A code the app does not know (a newer server) shows the English.
 */

type Overview = RouterOutputs["payments"]["overview"];
type Account = NonNullable<Overview["account"]>;
type View = RouterOutputs["payments"]["payouts"];
type Summary = Extract<View, { state: "ready" }>["summary"];

export const BLOCKED: Record<NonNullable<Overview["blockedCode"]>, MessageDescriptor> = {
  notConnected: message({
    id: "commerce.payments.blocked.notConnected",
    defaultMessage: "The store has not connected a Stripe account yet.",
  }),
  notEnabled: message({
    id: "commerce.payments.blocked.notEnabled",
    defaultMessage: "Stripe has not enabled payments for the store's account yet.",
  }),
  setupUnfinished: message({
    id: "commerce.payments.blocked.setupUnfinished",
    defaultMessage: "The store has not finished setting up its Stripe account.",
  }),
};

export const ACCOUNT_PROBLEMS: Record<NonNullable<Account["problemCode"]>, MessageDescriptor> = {
  pastDue: message({
    id: "commerce.payments.problem.pastDue",
    defaultMessage: "Stripe needs more information before this account can take payments.",
  }),
  underReview: message({
    id: "commerce.payments.problem.underReview",
    defaultMessage:
      "Stripe is checking the information given; this usually takes a few minutes to a few days.",
  }),
  rejected: message({
    id: "commerce.payments.problem.rejected",
    defaultMessage: "Stripe has rejected this account. Contact Stripe support to learn why.",
  }),
  listed: message({
    id: "commerce.payments.problem.listed",
    defaultMessage: "Stripe is reviewing this account against sanctions lists.",
  }),
  platformPaused: message({
    id: "commerce.payments.problem.platformPaused",
    defaultMessage: "Payments to this account are paused by the platform.",
  }),
  restricted: message({
    id: "commerce.payments.problem.restricted",
    defaultMessage: "Stripe has restricted this account. Open the Stripe dashboard to see why.",
  }),
  onboardingUnfinished: message({
    id: "commerce.payments.problem.onboardingUnfinished",
    defaultMessage: "Onboarding with Stripe is not finished.",
  }),
};

/** What Stripe still needs, as items of a list. */
export const REQUIREMENTS: Record<Account["needCodes"][number], MessageDescriptor> = {
  bankAccount: message({
    id: "commerce.payments.need.bankAccount",
    defaultMessage: "Bank account for payouts",
  }),
  termsOfService: message({
    id: "commerce.payments.need.termsOfService",
    defaultMessage: "Acceptance of Stripe's terms of service",
  }),
  website: message({ id: "commerce.payments.need.website", defaultMessage: "The store's website" }),
  businessCategory: message({
    id: "commerce.payments.need.businessCategory",
    defaultMessage: "Kind of business",
  }),
  productDescription: message({
    id: "commerce.payments.need.productDescription",
    defaultMessage: "Description of what the store sells",
  }),
  businessProfile: message({
    id: "commerce.payments.need.businessProfile",
    defaultMessage: "Business profile",
  }),
  businessType: message({
    id: "commerce.payments.need.businessType",
    defaultMessage: "Type of business (individual or company)",
  }),
  ownerIdDocument: message({
    id: "commerce.payments.need.ownerIdDocument",
    defaultMessage: "Account holder's identity document",
  }),
  ownerBirthDate: message({
    id: "commerce.payments.need.ownerBirthDate",
    defaultMessage: "Account holder's date of birth",
  }),
  ownerAddress: message({
    id: "commerce.payments.need.ownerAddress",
    defaultMessage: "Account holder's home address",
  }),
  ownerIdNumber: message({
    id: "commerce.payments.need.ownerIdNumber",
    defaultMessage: "Account holder's ID number",
  }),
  ownerSsnLast4: message({
    id: "commerce.payments.need.ownerSsnLast4",
    defaultMessage: "Last 4 digits of the account holder's social security number",
  }),
  ownerPhone: message({
    id: "commerce.payments.need.ownerPhone",
    defaultMessage: "Account holder's phone number",
  }),
  ownerEmail: message({
    id: "commerce.payments.need.ownerEmail",
    defaultMessage: "Account holder's email address",
  }),
  ownerName: message({
    id: "commerce.payments.need.ownerName",
    defaultMessage: "Account holder's name",
  }),
  owner: message({
    id: "commerce.payments.need.owner",
    defaultMessage: "Details about the account holder",
  }),
  companyTaxId: message({
    id: "commerce.payments.need.companyTaxId",
    defaultMessage: "Company tax ID",
  }),
  companyAddress: message({
    id: "commerce.payments.need.companyAddress",
    defaultMessage: "Company address",
  }),
  companyDocument: message({
    id: "commerce.payments.need.companyDocument",
    defaultMessage: "Company verification document",
  }),
  company: message({
    id: "commerce.payments.need.company",
    defaultMessage: "Details about the company",
  }),
  representativeIdDocument: message({
    id: "commerce.payments.need.representativeIdDocument",
    defaultMessage: "Representative's identity document",
  }),
  representative: message({
    id: "commerce.payments.need.representative",
    defaultMessage: "Details about the company's representative",
  }),
  owners: message({
    id: "commerce.payments.need.owners",
    defaultMessage: "Details about the company's owners",
  }),
  directors: message({
    id: "commerce.payments.need.directors",
    defaultMessage: "Details about the company's directors",
  }),
  executives: message({
    id: "commerce.payments.need.executives",
    defaultMessage: "Details about the company's executives",
  }),
  people: message({
    id: "commerce.payments.need.people",
    defaultMessage: "Details about the people behind the company",
  }),
  person: message({
    id: "commerce.payments.need.person",
    defaultMessage: "Details about a person of the company",
  }),
  statementDescriptor: message({
    id: "commerce.payments.need.statementDescriptor",
    defaultMessage: "Statement text",
  }),
  other: message({
    id: "commerce.payments.need.other",
    defaultMessage: "Other information Stripe asks for",
  }),
};

/** Why a provider's card shows no figures; `{provider}` is Stripe or PayPal. */
export const PAYOUTS_NOTES: Record<
  Extract<View, { state: "absent" | "unavailable" }>["code"],
  MessageDescriptor
> = {
  stripeNotConnected: message({
    id: "commerce.payouts.note.stripeNotConnected",
    defaultMessage:
      "Payments go to the platform's Stripe account. Connect your own Stripe account to see its balance, payouts and fees here.",
  }),
  paypalNotSetUp: message({
    id: "commerce.payouts.note.paypalNotSetUp",
    defaultMessage: "PayPal is not set up on this server.",
  }),
  paypalNotConnected: message({
    id: "commerce.payouts.note.paypalNotConnected",
    defaultMessage: "Connect your PayPal account to see its balance and transactions here.",
  }),
  stripeAccessDenied: message({
    id: "commerce.payouts.note.stripeAccessDenied",
    defaultMessage:
      "Stripe did not let us read this account's balance. Check that the account is still connected, then reload.",
  }),
  paypalAccessDenied: message({
    id: "commerce.payouts.note.paypalAccessDenied",
    defaultMessage:
      "PayPal did not let us read this account's balance and transactions. In your PayPal account, grant this platform the permissions to view your balance and search your transactions, then reload.",
  }),
  unreadable: message({
    id: "commerce.payouts.note.unreadable",
    defaultMessage:
      "{provider} sent an answer we could not read, so its balance and payouts cannot be shown. Payments are not affected; we have logged the problem.",
  }),
  unreachable: message({
    id: "commerce.payouts.note.unreachable",
    defaultMessage:
      "{provider} could not be reached just now, so its balance and payouts cannot be shown. Payments are not affected. Try again in a few minutes.",
  }),
};

/** What a movement of the account is. */
export const TRANSACTIONS: Record<
  Summary["transactions"][number]["descriptionCode"],
  MessageDescriptor
> = {
  payment: message({ id: "commerce.payouts.kind.payment", defaultMessage: "Payment" }),
  platformTransfer: message({
    id: "commerce.payouts.kind.platformTransfer",
    defaultMessage: "Payment from the platform",
  }),
  paypalPayment: message({
    id: "commerce.payouts.kind.paypalPayment",
    defaultMessage: "PayPal payment",
  }),
  refund: message({ id: "commerce.payouts.kind.refund", defaultMessage: "Refund" }),
  refundTakenBack: message({
    id: "commerce.payouts.kind.refundTakenBack",
    defaultMessage: "Refund taken back",
  }),
  payout: message({ id: "commerce.payouts.kind.payout", defaultMessage: "Payout to your bank" }),
  payoutCanceled: message({
    id: "commerce.payouts.kind.payoutCanceled",
    defaultMessage: "Payout cancelled",
  }),
  payoutFailed: message({
    id: "commerce.payouts.kind.payoutFailed",
    defaultMessage: "Payout failed",
  }),
  withdrawal: message({
    id: "commerce.payouts.kind.withdrawal",
    defaultMessage: "Withdrawal to your bank",
  }),
  dispute: message({
    id: "commerce.payouts.kind.dispute",
    defaultMessage: "Dispute or adjustment",
  }),
  disputeOrHold: message({
    id: "commerce.payouts.kind.disputeOrHold",
    defaultMessage: "Dispute, chargeback or hold",
  }),
  fee: message({ id: "commerce.payouts.kind.fee", defaultMessage: "Fee" }),
  paypalFee: message({ id: "commerce.payouts.kind.paypalFee", defaultMessage: "PayPal fee" }),
  other: message({ id: "commerce.payouts.kind.other", defaultMessage: "Other transaction" }),
};

/** A code's words from its table, or the server's English for a code the app does not know. */
export function wordOf<Code extends string>(
  intl: IntlShape,
  table: Record<Code, MessageDescriptor>,
  code: Code | null,
  english: string | null,
  values?: Record<string, string>,
): string | null {
  const descriptor = code === null ? undefined : (table[code] as MessageDescriptor | undefined);
  return descriptor ? intl.formatMessage(descriptor, values) : english;
}
