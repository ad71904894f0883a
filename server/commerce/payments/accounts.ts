/**
 * A store's own account at a payment provider (Stripe Connect today): what the provider says of
 * it, and the calls that make and onboard one. The database side (the `PaymentAccount` row,
 * whether a store may take payments) is server/commerce/payment-accounts.ts.
 */

export type AccountStatus = {
  /** The provider's id ("acct_..."). */
  accountId: string;
  /** The owner has given what onboarding asked for. */
  detailsSubmitted: boolean;
  /** The account can take payments. */
  chargesEnabled: boolean;
  /** The account can be paid out to its bank. */
  payoutsEnabled: boolean;
  requirements: {
    /** What the provider needs now, as it names it ("external_account", "individual.dob.day"). */
    currentlyDue: string[];
    /** Needed and overdue: the account is or will be restricted until given. */
    pastDue: string[];
    /** Why the account cannot take charges, as the provider names it ("requirements.past_due"). */
    disabledReason: string | null;
  };
};

/** A provider with accounts for the stores (Stripe Connect); the platform's key makes them. */
export interface ConnectProvider {
  createAccount(input: {
    siteId: string;
    email: string;
    idempotencyKey: string;
  }): Promise<AccountStatus>;
  /** A one-time onboarding address; `refreshUrl` is opened when it has expired. */
  onboardingLink(
    accountId: string,
    urls: { returnUrl: string; refreshUrl: string },
  ): Promise<string>;
  accountStatus(accountId: string): Promise<AccountStatus>;
}

/** Stripe's requirement names, most specific first, as the merchant would say them. */
const REQUIREMENT_WORDS: [prefix: string, words: string][] = [
  ["external_account", "a bank account for payouts"],
  ["tos_acceptance", "acceptance of Stripe's terms of service"],
  ["business_profile.url", "the store's website"],
  ["business_profile.mcc", "what kind of business the store is"],
  ["business_profile.product_description", "a description of what the store sells"],
  ["business_profile", "the store's business profile"],
  ["business_type", "the type of business (individual or company)"],
  ["individual.verification", "an identity document"],
  ["individual.dob", "the owner's date of birth"],
  ["individual.address", "the owner's home address"],
  ["individual.id_number", "the owner's ID number"],
  ["individual.ssn_last_4", "the last 4 digits of the owner's social security number"],
  ["individual.phone", "the owner's phone number"],
  ["individual.email", "the owner's email address"],
  ["individual.first_name", "the owner's name"],
  ["individual.last_name", "the owner's name"],
  ["individual", "details about the owner"],
  ["company.tax_id", "the company's tax ID"],
  ["company.address", "the company's address"],
  ["company.verification", "a company verification document"],
  ["company", "details about the company"],
  ["representative", "details about the company's representative"],
  ["owners", "details about the company's owners"],
  ["directors", "details about the company's directors"],
  ["executives", "details about the company's executives"],
  ["relationship", "details about the people behind the company"],
  ["settings.payments.statement_descriptor", "a statement descriptor"],
];

/**
 * What the provider still needs, in the merchant's words, each thing once (Stripe asks for a
 * date of birth as three fields). Unknown names are shown as Stripe spells them.
 */
export function requirementsInWords(names: readonly string[]): string[] {
  const words = names.map((name) => {
    const found = REQUIREMENT_WORDS.find(
      ([prefix]) => name === prefix || name.startsWith(`${prefix}.`),
    );
    // "person_1A2b.dob.day" (a company's person) reads as that person's details.
    return (
      found?.[1] ??
      (name.startsWith("person_")
        ? "details about a person of the company"
        : name.replaceAll("_", " "))
    );
  });
  return [...new Set(words)];
}

/** Why Stripe disabled charges (`requirements.disabled_reason`), in the merchant's words. */
export function disabledReasonInWords(reason: string | null): string | null {
  if (!reason) return null;
  if (reason.startsWith("requirements.past_due"))
    return "Stripe needs more information before this account can take payments.";
  if (reason.startsWith("requirements.pending_verification") || reason === "under_review")
    return "Stripe is checking the information given; this usually takes a few minutes to a few days.";
  if (reason.startsWith("rejected"))
    return "Stripe has rejected this account. Contact Stripe support to learn why.";
  if (reason === "listed") return "Stripe is reviewing this account against sanctions lists.";
  if (reason === "platform_paused") return "Payments to this account are paused by the platform.";
  return "Stripe has restricted this account. Open the Stripe dashboard to see why.";
}
