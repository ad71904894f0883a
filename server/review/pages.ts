/**
 * The pages a preview link shows when it cannot show the site. They are constants (no site name,
 * no token, no dates): an expired, revoked or made-up link gets byte-for-byte the same answer, and
 * the password page is the same for every protected link, so none of them tells anything about
 * the site behind the link.
 */

const STYLE =
  "body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;max-width:30rem;margin:15vh auto;padding:0 1.5rem;color:#1c1917;background:#fafaf9}" +
  "h1{font-size:1.5rem;line-height:1.25;margin:0 0 .75rem}p{margin:0 0 1rem;color:#44403c}" +
  "form{display:grid;gap:.75rem;margin-top:1.5rem}label{font-weight:600;font-size:.875rem}" +
  "input{font:inherit;padding:.625rem .75rem;border:1px solid #a8a29e;border-radius:8px;background:#fff}" +
  "input:focus{outline:2px solid #4f46e5;outline-offset:1px}" +
  "button{font:inherit;font-weight:600;padding:.625rem 1rem;border:0;border-radius:8px;background:#1c1917;color:#fff;cursor:pointer}" +
  ".error{color:#b91c1c;font-weight:600}";

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="robots" content="noindex,nofollow"><title>${title}</title>` +
    `<style>${STYLE}</style></head><body><main>${body}</main></body></html>`
  );
}

/** Expired, revoked, made-up, malformed, deleted site, deleted version: all the same. */
export const LINK_NOT_FOUND_PAGE = page(
  "Preview not available",
  `<h1>This preview is not available</h1>` +
    `<p>The link may have expired or been turned off, or it was copied incompletely.</p>` +
    `<p>Ask the person who shared it for a new link.</p>`,
);

export const TOO_MANY_ATTEMPTS_PAGE = page(
  "Too many attempts",
  `<h1>Too many attempts</h1><p>Please wait a few minutes, then try again.</p>`,
);

/**
 * The password form. It posts to the address it is shown at (`action` left empty), so the page
 * carries no token either.
 */
export function passwordPage(wrongPassword: boolean): string {
  return page(
    "Password required",
    `<h1>This preview is protected</h1>` +
      `<p>Enter the password you were given with the link.</p>` +
      (wrongPassword
        ? `<p class="error" role="alert" id="password-error">That password is not right. Check it and try again.</p>`
        : "") +
      `<form method="post" action=""><label for="password">Password</label>` +
      `<input id="password" name="password" type="password" autocomplete="current-password" required autofocus` +
      (wrongPassword ? ` aria-invalid="true" aria-describedby="password-error"` : "") +
      `><button type="submit">View the preview</button></form>`,
  );
}

/** The error pages' own policy: no scripts at all, inline style only, forms back to us. */
export const ERROR_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
