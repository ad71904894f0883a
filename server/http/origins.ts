/**
 * Which address a link or redirect may name. The Host header is the client's to write, so it is
 * never copied into a link as it came (host-header injection: a link that points at someone
 * else's server). A request's own host is used only when it is one this app answers as itself:
 * PUBLIC_URL's host or, when PUBLIC_URL is a loopback address (a merchant's own machine), another
 * loopback name for the same port (`127.0.0.1` for `localhost`). Storefronts also answer on the
 * custom domains registered to their site; they check that themselves, by site.
 *
 * Mailed links always use PUBLIC_URL: a mail outlives the request and is read elsewhere.
 */

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
/** A host name or bracketed IPv6 address with an optional port, and nothing else. */
const HOST_HEADER = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The request's host as a URL on PUBLIC_URL's scheme, or null when it is not a plain host. */
function parseHost(host: string | undefined, protocol: string): URL | null {
  if (!host || !HOST_HEADER.test(host)) return null;
  try {
    return new URL(`${protocol}//${host}`);
  } catch {
    return null;
  }
}

/** Whether a Host header names this app itself (PUBLIC_URL's host or a loopback alias of it). */
export function isAppHost(publicUrl: string, host: string | undefined): boolean {
  const own = new URL(publicUrl);
  const url = parseHost(host, own.protocol);
  if (!url) return false;
  if (url.host === own.host) return true;
  return LOOPBACK.has(own.hostname) && LOOPBACK.has(url.hostname) && url.port === own.port;
}

/**
 * The origin for links shown to the person making this request: the app's address they used
 * when it is one this app answers as itself, PUBLIC_URL's otherwise. The scheme is always
 * PUBLIC_URL's (behind a TLS-terminating proxy the request itself arrives as plain HTTP).
 */
export function visitorOrigin(publicUrl: string, host: string | undefined): string {
  const own = new URL(publicUrl);
  if (!isAppHost(publicUrl, host)) return own.origin;
  return parseHost(host, own.protocol)!.origin;
}
