import { useCallback } from "react";
import { createIntl, createIntlCache, defineMessages, useIntl, type IntlShape } from "react-intl";
import { catalogueNow } from "../i18n/catalogue.ts";
import type { ApiProblem } from "./errors.ts";

/**
 * The server's refusals the app words itself (decision 0016): the server sends a stable id
 * (`messageCode`) and parameters beside its English sentence; these are their English, the same
 * words the server sends, so the catalogues translate them like any other message. An id the app
 * does not know is shown in the server's English.
 */
export const serverMessages = defineMessages({
  loginToContinue: { id: "app.error.loginToContinue", defaultMessage: "Log in to continue." },
  noSuchSite: { id: "app.error.noSuchSite", defaultMessage: "No such site." },
  wrongCredentials: {
    id: "app.error.wrongCredentials",
    defaultMessage: "Email or password is incorrect.",
  },
  tooManyAttempts: {
    id: "app.error.tooManyAttempts",
    defaultMessage:
      "Too many failed attempts. Try again in {seconds, plural, one {# second} other {# seconds}}.",
  },
  wrongCurrentPassword: {
    id: "app.error.wrongCurrentPassword",
    defaultMessage: "Your current password is incorrect.",
  },
  wrongPassword: { id: "app.error.wrongPassword", defaultMessage: "Your password is incorrect." },
  resetLinkInvalid: {
    id: "app.error.resetLinkInvalid",
    defaultMessage: "This reset link is invalid or has expired. Ask for a new one.",
  },
  resetLinkUsed: {
    id: "app.error.resetLinkUsed",
    defaultMessage: "This reset link was already used.",
  },
  addressTaken: {
    id: "app.error.addressTaken",
    defaultMessage: "The address “{slug}” is taken. Choose another.",
  },
  aiNothingToChange: {
    id: "app.error.aiNothingToChange",
    defaultMessage: "The AI had nothing to change here. Try a different instruction.",
  },
  aiThemeUnusable: {
    id: "app.error.aiThemeUnusable",
    defaultMessage: "The AI suggested a theme Pegasus cannot use, so nothing was changed.",
  },
  alreadyMember: {
    id: "app.error.alreadyMember",
    defaultMessage: "{email} is already a member of this site.",
  },
  blockGone: {
    id: "app.error.blockGone",
    defaultMessage: "That block is not on the site any more.",
  },
  blockNotOnPage: {
    id: "app.error.blockNotOnPage",
    defaultMessage: "That block is not on this page any more.",
  },
  chooseItemToShip: {
    id: "app.error.chooseItemToShip",
    defaultMessage: "Choose at least one item to ship.",
  },
  chooseTranslationLanguage: {
    id: "app.error.chooseTranslationLanguage",
    defaultMessage: "Choose the language to translate into.",
  },
  collectionAddressTaken: {
    id: "app.error.collectionAddressTaken",
    defaultMessage: "Another collection already uses the address “{handle}”.",
  },
  collectionAddressTakenField: {
    id: "app.error.collectionAddressTakenField",
    defaultMessage: "Another collection already uses this address.",
  },
  commentNoSuchBlock: {
    id: "app.error.commentNoSuchBlock",
    defaultMessage: "There is no such block on this site. Pick a block on the page to comment on.",
  },
  currencyLocked: {
    id: "app.error.currencyLocked",
    defaultMessage: "The currency cannot change once the shop has orders.",
  },
  discountCodeExists: {
    id: "app.error.discountCodeExists",
    defaultMessage: "The code {code} already exists.",
  },
  discountCodeExistsField: {
    id: "app.error.discountCodeExistsField",
    defaultMessage: "This code already exists.",
  },
  domainIsPegasus: {
    id: "app.error.domainIsPegasus",
    defaultMessage: "This domain belongs to Pegasus itself.",
  },
  domainTaken: {
    id: "app.error.domainTaken",
    defaultMessage: "Another site already uses this domain.",
  },
  draftNotSavable: {
    id: "app.error.draftNotSavable",
    defaultMessage: "The draft cannot be saved as a version: {reason}",
  },
  draftUnreadable: {
    id: "app.error.draftUnreadable",
    defaultMessage: "The draft cannot be read: {reason}",
  },
  generationRunning: {
    id: "app.error.generationRunning",
    defaultMessage: "A store is already being generated for this site. Wait for it to finish.",
  },
  invitationForOther: {
    id: "app.error.invitationForOther",
    defaultMessage: "This invitation was sent to {email}. Log in with that address to accept it.",
  },
  invitationInvalid: {
    id: "app.error.invitationInvalid",
    defaultMessage: "This invitation is invalid or has expired. Ask for a new one.",
  },
  itemNotInOrder: {
    id: "app.error.itemNotInOrder",
    defaultMessage: "That item is not in this order.",
  },
  lastOwner: {
    id: "app.error.lastOwner",
    defaultMessage: "Make someone else an owner of {sites} before deleting your account.",
  },
  mentionTeamOnly: {
    id: "app.error.mentionTeamOnly",
    defaultMessage: "You can only mention people on this site's team.",
  },
  noDocument: { id: "app.error.noDocument", defaultMessage: "This site has no document yet." },
  noPicturesToDescribe: {
    id: "app.error.noPicturesToDescribe",
    defaultMessage: "There are no pictures here that need a description.",
  },
  noSuchCollection: { id: "app.error.noSuchCollection", defaultMessage: "No such collection." },
  noSuchComment: { id: "app.error.noSuchComment", defaultMessage: "There is no such comment." },
  noSuchDiscount: { id: "app.error.noSuchDiscount", defaultMessage: "No such discount." },
  noSuchImage: {
    id: "app.error.noSuchImage",
    defaultMessage: "No such image in this site's library.",
  },
  noSuchInvitation: {
    id: "app.error.noSuchInvitation",
    defaultMessage: "No such open invitation.",
  },
  noSuchJob: {
    id: "app.error.noSuchJob",
    defaultMessage: "No such job (jobs are kept for an hour).",
  },
  noSuchOrder: { id: "app.error.noSuchOrder", defaultMessage: "No such order." },
  noSuchPreviewLink: {
    id: "app.error.noSuchPreviewLink",
    defaultMessage: "There is no such preview link.",
  },
  noSuchProduct: { id: "app.error.noSuchProduct", defaultMessage: "No such product." },
  noSuchProductHere: {
    id: "app.error.noSuchProductHere",
    defaultMessage: "No such product on this site.",
  },
  noSuchSavedVersion: {
    id: "app.error.noSuchSavedVersion",
    defaultMessage: "There is no such saved version.",
  },
  noSuchShippingZone: {
    id: "app.error.noSuchShippingZone",
    defaultMessage: "No such shipping zone.",
  },
  noSuchSuggestions: {
    id: "app.error.noSuchSuggestions",
    defaultMessage: "Some of these suggestions do not exist (or belong to another site).",
  },
  noSuchTaxRate: { id: "app.error.noSuchTaxRate", defaultMessage: "No such tax rate." },
  noSuchThread: {
    id: "app.error.noSuchThread",
    defaultMessage: "There is no such comment thread.",
  },
  noSuchVersion: { id: "app.error.noSuchVersion", defaultMessage: "No such version of this site." },
  noTextToRewrite: {
    id: "app.error.noTextToRewrite",
    defaultMessage: "This block has no text to rewrite yet.",
  },
  notAMember: {
    id: "app.error.notAMember",
    defaultMessage: "This person is not a member of the site.",
  },
  nothingToRefund: {
    id: "app.error.nothingToRefund",
    defaultMessage: "There is nothing left to refund on this order.",
  },
  onlyAdminsManageMembers: {
    id: "app.error.onlyAdminsManageMembers",
    defaultMessage: "Only owners and admins manage members.",
  },
  onlyOwnerChangesOwner: {
    id: "app.error.onlyOwnerChangesOwner",
    defaultMessage: "Only an owner can change another owner.",
  },
  onlyOwnerMakesOwner: {
    id: "app.error.onlyOwnerMakesOwner",
    defaultMessage: "Only an owner can make someone an owner.",
  },
  orderAwaitingPayment: {
    id: "app.error.orderAwaitingPayment",
    defaultMessage: "This order is awaiting payment: it is not an order yet.",
  },
  pageGone: { id: "app.error.pageGone", defaultMessage: "That page is not on the site any more." },
  payPalMerchantTaken: {
    id: "app.error.payPalMerchantTaken",
    defaultMessage: "This PayPal merchant id is connected to another store.",
  },
  productAddressTaken: {
    id: "app.error.productAddressTaken",
    defaultMessage: "Another product already uses the address “{handle}”.",
  },
  productAddressTakenField: {
    id: "app.error.productAddressTakenField",
    defaultMessage: "Another product already uses this address.",
  },
  productsGone: {
    id: "app.error.productsGone",
    defaultMessage: "Some of these products no longer exist; reload and try again.",
  },
  providerRefundFailed: {
    id: "app.error.providerRefundFailed",
    defaultMessage: "The payment provider did not refund: {reason}. Nothing was changed.",
  },
  refundInProgress: {
    id: "app.error.refundInProgress",
    defaultMessage: "A refund of this order is in progress; try again in a moment.",
  },
  refundNotAutomatic: {
    id: "app.error.refundNotAutomatic",
    defaultMessage: "This order's payment cannot be refunded automatically.",
  },
  roleTooLow: {
    id: "app.error.roleTooLow",
    defaultMessage:
      "This needs the {needed, select, viewer {viewer} editor {editor} admin {admin} other {owner}} role or higher; you are {role, select, viewer {a viewer} editor {an editor} admin {an admin} other {an owner}}.",
  },
  shippingRefunded: {
    id: "app.error.shippingRefunded",
    defaultMessage: "The shipping of this order has been refunded already.",
  },
  siteDeletedLongAgo: {
    id: "app.error.siteDeletedLongAgo",
    defaultMessage: "This site was deleted more than 30 days ago.",
  },
  someProductsMissing: {
    id: "app.error.someProductsMissing",
    defaultMessage: "Some of these products do not exist.",
  },
  statementDescriptor: {
    id: "app.error.statementDescriptor",
    defaultMessage: "Use 1 to 22 Latin letters, digits or spaces, with at least one letter.",
  },
  stockBelowZero: {
    id: "app.error.stockBelowZero",
    defaultMessage: "Stock cannot go below zero unless backorders are allowed.",
  },
  stripeNotConfigured: {
    id: "app.error.stripeNotConfigured",
    defaultMessage:
      "Stripe is not set up on this server: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET first.",
  },
  taxRateExists: {
    id: "app.error.taxRateExists",
    defaultMessage: "There is already a rate for this country and region.",
  },
  variantGone: {
    id: "app.error.variantGone",
    defaultMessage: "A variant of this form no longer exists; reload and try again.",
  },
  versionNotRestorable: {
    id: "app.error.versionNotRestorable",
    defaultMessage: "This version cannot be restored: {reason}",
  },
  orderStateRefused: {
    id: "app.error.orderStateRefused",
    defaultMessage:
      "This order is {status, select, pending {awaiting payment} cancelled {cancelled} other {{payment, select, pending {awaiting payment} processing {payment processing} authorized {authorized} paid {paid} partially_refunded {partially refunded} refunded {refunded} disputed {disputed} failed {payment failed} other {not paid}} and {fulfilment, select, unfulfilled {unfulfilled} partially_fulfilled {partially fulfilled} fulfilled {fulfilled} other {cancelled}}}}: it cannot be {action, select, refunded {refunded} fulfilled {fulfilled} fulfilled_again {fulfilled again} other {cancelled}}.",
  },
  nothingLeftToShip: {
    id: "app.error.nothingLeftToShip",
    defaultMessage: "{item} has nothing left to ship.",
  },
  onlyLeftToShip: {
    id: "app.error.onlyLeftToShip",
    defaultMessage:
      "Only {count, plural, one {# of {item} is} other {# of {item} are}} left to ship.",
  },
  allUnitsRefunded: {
    id: "app.error.allUnitsRefunded",
    defaultMessage: "Every unit of {item} has been refunded already.",
  },
  atMostRefundable: {
    id: "app.error.atMostRefundable",
    defaultMessage: "At most {count, number} of {item} can be refunded.",
  },
  countriesInOtherZone: {
    id: "app.error.countriesInOtherZone",
    defaultMessage: "{countries} {count, plural, one {is} other {are}} already in the zone {zone}.",
  },
  countryInOneZone: {
    id: "app.error.countryInOneZone",
    defaultMessage: "A country can be in one zone only.",
  },
  discountTargetsMissing: {
    id: "app.error.discountTargetsMissing",
    defaultMessage:
      "{count, plural, one {One of the chosen {kind, select, products {products} other {collections}} is} other {{count, number} of the chosen {kind, select, products {products} other {collections}} are}} not in this shop. Choose the {kind, select, products {products} other {collections}} again.",
  },
  commentCannotRead: {
    id: "app.error.commentCannotRead",
    defaultMessage: "You cannot see comments here.",
  },
  commentCannotCreate: {
    id: "app.error.commentCannotCreate",
    defaultMessage: "You cannot comment here.",
  },
  commentCannotReply: {
    id: "app.error.commentCannotReply",
    defaultMessage: "You cannot reply here.",
  },
  commentEditOwnOnly: {
    id: "app.error.commentEditOwnOnly",
    defaultMessage: "You can only edit your own comments.",
  },
  commentEditAnyRole: {
    id: "app.error.commentEditAnyRole",
    defaultMessage: "Only owners and admins can edit other people's comments.",
  },
  commentResolveRole: {
    id: "app.error.commentResolveRole",
    defaultMessage: "Only editors, admins and owners can resolve or reopen a thread.",
  },
  commentDeleteRole: {
    id: "app.error.commentDeleteRole",
    defaultMessage: "Only owners and admins can delete comments.",
  },
  commentThreadResolved: {
    id: "app.error.commentThreadResolved",
    defaultMessage: "This thread was resolved. Ask the team to reopen it.",
  },
  suggestionTargetDeleted: {
    id: "app.error.suggestionTargetDeleted",
    defaultMessage: "“{label}” was deleted since the suggestion was made.",
  },
  suggestionPageDeleted: {
    id: "app.error.suggestionPageDeleted",
    defaultMessage: "The page of “{label}” was deleted since the suggestion was made.",
  },
  suggestionSectionRemoved: {
    id: "app.error.suggestionSectionRemoved",
    defaultMessage: "“{label}”: that section was already removed.",
  },
  suggestionThemeInvalid: {
    id: "app.error.suggestionThemeInvalid",
    defaultMessage: "The suggested theme is not valid, so it was not applied.",
  },
  suggestionAlreadyDecided: {
    id: "app.error.suggestionAlreadyDecided",
    defaultMessage:
      "“{label}” was already {status, select, accepted {accepted} rejected {rejected} undone {undone} other {pending}}.",
  },
  passwordTooShort: {
    id: "app.error.passwordTooShort",
    defaultMessage: "Use at least {minimum, plural, one {# character} other {# characters}}.",
  },
  passwordTooLong: {
    id: "app.error.passwordTooLong",
    defaultMessage: "Use at most {maximum, plural, one {# character} other {# characters}}.",
  },
  passwordCommon: {
    id: "app.error.passwordCommon",
    defaultMessage:
      "This password is one of the most common ones and easy to guess. Choose another.",
  },
  passwordIsEmail: {
    id: "app.error.passwordIsEmail",
    defaultMessage: "Your password cannot be your email address.",
  },
  aiOff: { id: "app.error.aiOff", defaultMessage: "AI actions are turned off for this site." },
  aiCreditsUsed: {
    id: "app.error.aiCreditsUsed",
    defaultMessage:
      "This site has used {used, number} of its {limit, number} AI credits this month; this action needs {cost, number}. Credits renew on {renews, date, ::dMMMM}.",
  },
  aiTooMany: {
    id: "app.error.aiTooMany",
    defaultMessage:
      "Too many AI requests in a minute. Try again in {seconds, plural, one {# second} other {# seconds}}.",
  },
  aiTooManySite: {
    id: "app.error.aiTooManySite",
    defaultMessage:
      "Too many AI requests for this site in a minute. Try again in {seconds, plural, one {# second} other {# seconds}}.",
  },
});

/**
 * Input checks (zod issues) by field: the server sends each field's issue as an id and parameters
 * (`data.fieldCodes`) beside zod's English, so a form shows it in the merchant's language.
 */
export const fieldMessages = defineMessages({
  required: { id: "app.field.required", defaultMessage: "This field is required." },
  invalid: { id: "app.field.invalid", defaultMessage: "This value is not valid." },
  tooShort: {
    id: "app.field.tooShort",
    defaultMessage: "Use at least {minimum, plural, one {# character} other {# characters}}.",
  },
  tooLong: {
    id: "app.field.tooLong",
    defaultMessage: "Use at most {maximum, plural, one {# character} other {# characters}}.",
  },
  tooSmall: { id: "app.field.tooSmall", defaultMessage: "Enter {minimum, number} or more." },
  tooBig: { id: "app.field.tooBig", defaultMessage: "Enter {maximum, number} or less." },
  tooFew: { id: "app.field.tooFew", defaultMessage: "Choose at least {minimum, number}." },
  tooMany: { id: "app.field.tooMany", defaultMessage: "Choose at most {maximum, number}." },
  email: {
    id: "app.field.email",
    defaultMessage: "Enter an email address such as name@example.com.",
  },
  url: { id: "app.field.url", defaultMessage: "Enter a web address such as https://example.com." },
});

const known = new Set<string>(
  [...Object.values(serverMessages), ...Object.values(fieldMessages)].map((message) => message.id),
);

/** Every id the app words, for the check that the server says nothing the app cannot word. */
export const SERVER_MESSAGE_IDS: ReadonlySet<string> = known;

type Params = Record<string, string | number>;

function wordWith(
  intl: Pick<IntlShape, "messages" | "formatMessage">,
  id: string,
  params?: Params,
) {
  if (!known.has(id) || !(id in intl.messages)) return null;
  // A descriptor made here, not written: the extractor collects only written messages.
  const descriptor = { id };
  return intl.formatMessage(descriptor, params);
}

const cache = createIntlCache();
let outside: { state: object; intl: IntlShape } | null = null;

/**
 * A server sentence in the catalogue's current language, outside React (`toProblem`): null when
 * the app does not know the id or the language lacks it, so the caller keeps the server's English.
 */
export function wordServerSentence(id: string, params?: Params): string | null {
  const state = catalogueNow();
  if (outside?.state !== state) {
    const intl = createIntl(
      { locale: state.language, messages: state.messages, onError: () => {} },
      cache,
    );
    outside = { state, intl };
  }
  return wordWith(outside.intl, id, params);
}

/**
 * Words a problem in the app's language: from the catalogue when the server named a sentence the
 * app knows and the language has it, else the server's own English.
 */
export function useProblemWords(): (problem: ApiProblem) => string {
  const intl = useIntl();
  return useCallback(
    (problem) =>
      (problem.messageCode && wordWith(intl, problem.messageCode, problem.params)) ||
      problem.message,
    [intl],
  );
}
