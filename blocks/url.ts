/**
 * URL checks for everything a merchant, an import or the AI can put in a link or an image.
 * Allowed: http(s), mailto, tel and relative URLs. Anything that could run script (javascript:,
 * vbscript:, data:) or hide a scheme behind whitespace, control characters, entities or
 * backslashes is refused outright rather than "cleaned", so what renders is what was typed.
 */

const MAX_URL_LENGTH = 2048;

// C0/C1 controls, every Unicode space, zero-width characters and the BOM: browsers strip or
// ignore several of these while parsing a scheme, which is how "java\tscript:" gets through.
const INVISIBLE_OR_SPACE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/;

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

export function safeUrl(raw: string): string | null {
  if (typeof raw !== "string") return null;
  const url = raw.trim();
  if (url === "" || url.length > MAX_URL_LENGTH) return null;
  if (INVISIBLE_OR_SPACE.test(url) || url.includes("\\")) return null;
  // Quotes and angle brackets have no business in a URL a merchant types; refusing them keeps
  // the value inert even where someone forgets to escape an attribute.
  if (/[<>"`]/.test(url)) return null;

  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return safeRelative(url);

  switch (scheme) {
    case "http":
    case "https":
      return isWebUrl(url) ? url : null;
    case "mailto":
      return /^mailto:[^<>"'`]+@[^<>"'`]+$/i.test(url) ? url : null;
    case "tel":
      return /^tel:\+?[0-9][0-9().-]{2,31}$/i.test(url) ? url : null;
    default:
      return null;
  }
}

/**
 * Image sources: absolute http(s) or a site-relative path ("/media/..."). No data:, no blob:, no
 * mailto/tel, and no "page-relative" paths, which would resolve differently on every page.
 */
export function safeImageUrl(raw: string): string | null {
  const url = safeUrl(raw);
  if (url === null) return null;
  if (/^https?:/i.test(url)) return url;
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  return null;
}

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}

function safeRelative(url: string): string | null {
  // "//host" is another site under the page's scheme; ask for https:// explicitly instead.
  if (url.startsWith("//")) return null;
  // The first segment is where a browser looks for a scheme; refuse entity- or
  // percent-encoded colons and non-ASCII look-alikes there ("javascript&colon;", "javascript%3A").
  const firstSegment = url.split(/[/?#]/, 1)[0] ?? "";
  if (!/^[A-Za-z0-9._~!$*+,;=@-]*$/.test(firstSegment)) return null;
  return url;
}

/** True when `href` is a site-relative path ("/about"), which the renderer maps to a page URL. */
export function isSitePath(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//");
}
