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

/**
 * What a provider still needs, as a code the merchant app words in its language (`needCodes` on
 * the Payments page); "other" is a name we do not know.
 */
export type RequirementCode =
  | "bankAccount"
  | "termsOfService"
  | "website"
  | "businessCategory"
  | "productDescription"
  | "businessProfile"
  | "businessType"
  | "ownerIdDocument"
  | "ownerBirthDate"
  | "ownerAddress"
  | "ownerIdNumber"
  | "ownerSsnLast4"
  | "ownerPhone"
  | "ownerEmail"
  | "ownerName"
  | "owner"
  | "companyTaxId"
  | "companyAddress"
  | "companyDocument"
  | "company"
  | "representativeIdDocument"
  | "representative"
  | "owners"
  | "directors"
  | "executives"
  | "people"
  | "person"
  | "statementDescriptor"
  | "other";

/** Stripe's requirement names, most specific first, and what each is. */
const REQUIREMENTS: [prefix: string, code: RequirementCode][] = [
  ["external_account", "bankAccount"],
  ["tos_acceptance", "termsOfService"],
  ["business_profile.url", "website"],
  ["business_profile.mcc", "businessCategory"],
  ["business_profile.product_description", "productDescription"],
  ["business_profile", "businessProfile"],
  ["business_type", "businessType"],
  ["individual.verification", "ownerIdDocument"],
  ["individual.dob", "ownerBirthDate"],
  ["individual.address", "ownerAddress"],
  ["individual.id_number", "ownerIdNumber"],
  ["individual.ssn_last_4", "ownerSsnLast4"],
  ["individual.phone", "ownerPhone"],
  ["individual.email", "ownerEmail"],
  ["individual.first_name", "ownerName"],
  ["individual.last_name", "ownerName"],
  ["individual", "owner"],
  ["company.tax_id", "companyTaxId"],
  ["company.address", "companyAddress"],
  ["company.verification", "companyDocument"],
  ["company", "company"],
  ["representative.verification", "representativeIdDocument"],
  ["representative", "representative"],
  ["owners", "owners"],
  ["directors", "directors"],
  ["executives", "executives"],
  ["relationship", "people"],
  ["settings.payments.statement_descriptor", "statementDescriptor"],
];

/** Each requirement in English, for the API's readers other than the app. */
const REQUIREMENT_WORDS: Record<Exclude<RequirementCode, "other">, string> = {
  bankAccount: "a bank account for payouts",
  termsOfService: "acceptance of Stripe's terms of service",
  website: "the store's website",
  businessCategory: "what kind of business the store is",
  productDescription: "a description of what the store sells",
  businessProfile: "the store's business profile",
  businessType: "the type of business (individual or company)",
  ownerIdDocument: "an identity document",
  ownerBirthDate: "the owner's date of birth",
  ownerAddress: "the owner's home address",
  ownerIdNumber: "the owner's ID number",
  ownerSsnLast4: "the last 4 digits of the owner's social security number",
  ownerPhone: "the owner's phone number",
  ownerEmail: "the owner's email address",
  ownerName: "the owner's name",
  owner: "details about the owner",
  companyTaxId: "the company's tax ID",
  companyAddress: "the company's address",
  companyDocument: "a company verification document",
  company: "details about the company",
  representativeIdDocument: "an identity document of the company's representative",
  representative: "details about the company's representative",
  owners: "details about the company's owners",
  directors: "details about the company's directors",
  executives: "details about the company's executives",
  people: "details about the people behind the company",
  person: "details about a person of the company",
  statementDescriptor: "a statement descriptor",
};

/** What a requirement name is; "person_1A2b.dob.day" (a company's person) is that person's details. */
function requirementCode(name: string): RequirementCode {
  const found = REQUIREMENTS.find(([prefix]) => name === prefix || name.startsWith(`${prefix}.`));
  if (found) return found[1];
  return name.startsWith("person_") ? "person" : "other";
}

/** What the provider still needs, as codes, each once (Stripe asks for a date of birth as three fields). */
export function requirementCodes(names: readonly string[]): RequirementCode[] {
  return [...new Set(names.map(requirementCode))];
}

/**
 * What the provider still needs, in the merchant's words (English), each thing once. Unknown
 * names are shown as Stripe spells them.
 */
export function requirementsInWords(names: readonly string[]): string[] {
  const words = names.map((name) => {
    const code = requirementCode(name);
    return code === "other" ? name.replaceAll("_", " ") : REQUIREMENT_WORDS[code];
  });
  return [...new Set(words)];
}

/** Why an account cannot take charges, as a code the merchant app words. */
export type AccountProblemCode =
  | "pastDue"
  | "underReview"
  | "rejected"
  | "listed"
  | "platformPaused"
  | "restricted"
  | "onboardingUnfinished";

/** Each problem in English, for the API's readers other than the app. */
export const ACCOUNT_PROBLEM_WORDS: Record<AccountProblemCode, string> = {
  pastDue: "Stripe needs more information before this account can take payments.",
  underReview:
    "Stripe is checking the information given; this usually takes a few minutes to a few days.",
  rejected: "Stripe has rejected this account. Contact Stripe support to learn why.",
  listed: "Stripe is reviewing this account against sanctions lists.",
  platformPaused: "Payments to this account are paused by the platform.",
  restricted: "Stripe has restricted this account. Open the Stripe dashboard to see why.",
  onboardingUnfinished: "Onboarding with Stripe is not finished.",
};

/** Why Stripe disabled charges (`requirements.disabled_reason`), as a code. */
export function disabledReasonCode(reason: string | null): AccountProblemCode | null {
  if (!reason) return null;
  if (reason.startsWith("requirements.past_due")) return "pastDue";
  if (reason.startsWith("requirements.pending_verification") || reason === "under_review")
    return "underReview";
  if (reason.startsWith("rejected")) return "rejected";
  if (reason === "listed") return "listed";
  if (reason === "platform_paused") return "platformPaused";
  return "restricted";
}
