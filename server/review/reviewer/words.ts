import { translator } from "../../../domain/storefront-i18n/index.ts";

/**
 * The reviewer script's words, in the store's language, from the storefront catalogue
 * (`storefront.review.ui.*`). The server puts them in the page's settings so the script carries
 * no catalogue: placeholders stay as `{number}`, `{excerpt}`, `{status}` and the script fills them.
 */
const KEYS = [
  "reload",
  "draftChanged",
  "comments",
  "showComments",
  "closeComments",
  "close",
  "pickHint",
  "pin",
  "pinResolved",
  "thread",
  "resolved",
  "team",
  "name",
  "email",
  "comment",
  "pick",
  "cancel",
  "fillIn",
  "sendFailed",
  "serverError",
  "empty",
  "here",
  "elsewhere",
  "resolvedThread",
  "reply",
  "post",
  "newComment",
] as const;

/** Words the overlay shares with the preview's own pages. */
const SHARED = {
  tooMany: "storefront.review.tooMany.body",
  gone: "storefront.review.notFound.heading",
} as const;

export type ReviewerWords = Record<(typeof KEYS)[number] | keyof typeof SHARED, string>;

/** What the overlay reads from the page's `pegasus-preview` meta. */
export type ReviewerSettings = {
  api: string;
  revision: string;
  live: boolean;
  allowComments: boolean;
  /** The store's language, and the overlay's words in it. */
  lang: string;
  words: ReviewerWords;
};

const PLACEHOLDERS = { number: "{number}", excerpt: "{excerpt}", status: "{status}" };
const byLocale = new Map<string, ReviewerWords>();

export function reviewerWords(locale: string): ReviewerWords {
  let words = byLocale.get(locale);
  if (!words) {
    const say = translator(locale);
    words = Object.fromEntries([
      ...KEYS.map((key) => [key, say(`storefront.review.ui.${key}`, PLACEHOLDERS)]),
      ...Object.entries(SHARED).map(([key, id]) => [key, say(id)]),
    ]) as ReviewerWords;
    if (byLocale.size > 100) byLocale.clear();
    byLocale.set(locale, words);
  }
  return words;
}
