/**
 * The pages a preview link shows when it cannot show the site. They are constants (no site name,
 * no token, no dates): an expired, revoked or made-up link gets byte-for-byte the same answer, and
 * the password page is the same for every protected link, so none of them tells anything about
 * the site behind the link. They speak the reviewer's language (Accept-Language, among the
 * storefront catalogue's), which says nothing about the site either.
 */

import {
  translator,
  type MessageId,
  type StoreLanguage,
  type Translate,
} from "../../domain/storefront-i18n/index.ts";
import { escapeHtml } from "../../renderer/escape.ts";

const STYLE =
  "body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;max-width:30rem;margin:15vh auto;padding:0 1.5rem;color:#1c1917;background:#fafaf9}" +
  "h1{font-size:1.5rem;line-height:1.25;margin:0 0 .75rem}p{margin:0 0 1rem;color:#44403c}" +
  "form{display:grid;gap:.75rem;margin-top:1.5rem}label{font-weight:600;font-size:.875rem}" +
  "input{font:inherit;padding:.625rem .75rem;border:1px solid #a8a29e;border-radius:8px;background:#fff}" +
  "input:focus{outline:2px solid #4f46e5;outline-offset:1px}" +
  "button{font:inherit;font-weight:600;padding:.625rem 1rem;border:0;border-radius:8px;background:#1c1917;color:#fff;cursor:pointer}" +
  ".error{color:#b91c1c;font-weight:600}";

function page(language: StoreLanguage, title: string, body: string): string {
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="robots" content="noindex,nofollow"><title>${escapeHtml(title)}</title>` +
    `<style>${STYLE}</style></head><body><main>${body}</main></body></html>`
  );
}

/** One page per catalogue language, built on first use: still the same bytes for every link. */
function perLanguage(build: (say: Translate, language: StoreLanguage) => string) {
  const built = new Map<StoreLanguage, string>();
  return (language: StoreLanguage): string => {
    let html = built.get(language);
    if (html === undefined) {
      html = build(translator(language), language);
      built.set(language, html);
    }
    return html;
  };
}

const text = (tag: string, say: Translate, id: MessageId, attributes = "") =>
  `<${tag}${attributes}>${escapeHtml(say(id))}</${tag}>`;

/** Expired, revoked, made-up, malformed, deleted site, deleted version: all the same. */
export const linkNotFoundPage = perLanguage((say, language) =>
  page(
    language,
    say("storefront.review.notFound.title"),
    text("h1", say, "storefront.review.notFound.heading") +
      text("p", say, "storefront.review.notFound.body") +
      text("p", say, "storefront.review.notFound.ask"),
  ),
);

export const tooManyAttemptsPage = perLanguage((say, language) =>
  page(
    language,
    say("storefront.review.tooMany.title"),
    text("h1", say, "storefront.review.tooMany.title") +
      text("p", say, "storefront.review.tooMany.body"),
  ),
);

const passwordPages = [false, true].map((wrongPassword) =>
  perLanguage((say, language) =>
    page(
      language,
      say("storefront.review.password.title"),
      text("h1", say, "storefront.review.password.heading") +
        text("p", say, "storefront.review.password.body") +
        (wrongPassword
          ? text(
              "p",
              say,
              "storefront.review.password.wrong",
              ` class="error" role="alert" id="password-error"`,
            )
          : "") +
        `<form method="post" action="">` +
        text("label", say, "storefront.review.password.label", ` for="password"`) +
        `<input id="password" name="password" type="password" autocomplete="current-password" required autofocus` +
        (wrongPassword ? ` aria-invalid="true" aria-describedby="password-error"` : "") +
        `>` +
        text("button", say, "storefront.review.password.submit", ` type="submit"`) +
        `</form>`,
    ),
  ),
);

/**
 * The password form. It posts to the address it is shown at (`action` left empty), so the page
 * carries no token either.
 */
export function passwordPage(language: StoreLanguage, wrongPassword: boolean): string {
  return passwordPages[wrongPassword ? 1 : 0]!(language);
}

/** The error pages' own policy: no scripts at all, inline style only, forms back to us. */
export const ERROR_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
