import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";

/**
 * Fetching a competitor's page without becoming a proxy into our own network (SSRF):
 * - http and https only, on the usual web ports;
 * - the address is checked AFTER DNS resolution, inside the socket's own lookup, so the address
 *   checked is the address connected to (no second lookup an attacker's DNS could answer
 *   differently); IP literals are checked before connecting;
 * - private, loopback, link-local, CGNAT, multicast, documentation and cloud-metadata ranges are
 *   refused, also when carried inside IPv6 (mapped, NAT64, 6to4); IPv4-compatible and
 *   IPv4-translated IPv6 are refused outright;
 * - redirects are followed by hand, at most 5, and every hop goes through the same checks;
 * - 10 s for the whole fetch, 2 MB of body at most (the rest is not read), HTML only;
 * - robots.txt is read first and obeyed for our user agent.
 */

export const PEGASUS_USER_AGENT =
  "PegasusBot/1.0 (+https://pegasus.dev/bot; store builder competitor preview)";
const ROBOTS_AGENT = "pegasusbot";

export class FetchRefusedError extends Error {
  override name = "FetchRefusedError";
  constructor(
    message: string,
    readonly reason:
      | "scheme"
      | "address"
      | "port"
      | "robots"
      | "redirects"
      | "type"
      | "status"
      | "timeout"
      | "network",
  ) {
    super(message);
  }
}

export type AddressPolicy = {
  isAllowedAddress(address: string, family: 4 | 6): boolean;
  isAllowedPort(port: number): boolean;
};

type LookupFn = (
  hostname: string,
  options: { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

export type SafeFetchOptions = {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** DNS resolution; tests give a fake resolver (no real DNS). */
  lookup?: LookupFn;
  /** Which addresses and ports may be reached. Default: public internet, ports 80/443/8080/8443. */
  policy?: AddressPolicy;
  /** Skip robots.txt (only for fetching robots.txt itself). */
  ignoreRobots?: boolean;
  signal?: AbortSignal;
};

export type FetchedPage = {
  url: string;
  status: number;
  contentType: string;
  body: string;
  /** True when the body was cut at maxBytes. */
  truncated: boolean;
};

const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  BLOCKED.addSubnet(net, prefix, "ipv4");
}
// `::` and `::1` are in `::/96`, refused with the other embeddings of IPv4 (embeddedIpv4).
for (const [net, prefix] of [
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["100::", 64],
  ["2001::", 23],
] as const) {
  BLOCKED.addSubnet(net, prefix, "ipv6");
}

/** Hosts that name cloud metadata services, refused whatever they resolve to. */
const BLOCKED_HOSTNAMES = new Set([
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "instance-data",
  "localhost",
]);

export function isPublicAddress(
  address: string,
  family: 4 | 6 = isIP(address) === 6 ? 6 : 4,
): boolean {
  if (family === 4) return isIP(address) === 4 && !BLOCKED.check(address, "ipv4");
  const bytes = ipv6Bytes(address);
  if (!bytes) return false;
  const embedded = embeddedIpv4(bytes);
  if (embedded === "refuse") return false;
  if (embedded !== null) return isPublicAddress(embedded, 4);
  return !BLOCKED.check(address.replace(/%.*$/, ""), "ipv6");
}

/**
 * The IPv4 address an IPv6 address carries, where some stack, relay or translator would deliver
 * it to that IPv4 address; so it is judged as that address:
 * - `::ffff:0:0/96` IPv4-mapped, `64:ff9b::/96` NAT64 (RFC 6052): the last 32 bits;
 * - `2002::/16` 6to4 (RFC 3056): bits 16 to 47.
 * "refuse" for ranges no public server is reached by, whatever they embed: `::/96`
 * IPv4-compatible (deprecated; `::` and `::1` are in it), `::ffff:0:0:0/96` IPv4-translated
 * (SIIT, RFC 2765), `64:ff9b:1::/48` local-use NAT64 (RFC 8215). Null when none applies.
 */
function embeddedIpv4(b: Uint8Array): string | "refuse" | null {
  const zeros = (from: number, to: number) => b.subarray(from, to).every((x) => x === 0);
  const quad = (i: number) => `${b[i]}.${b[i + 1]}.${b[i + 2]}.${b[i + 3]}`;
  const word = (i: number) => (b[i]! << 8) | b[i + 1]!;
  if (zeros(0, 12)) return "refuse";
  if (zeros(0, 10) && word(10) === 0xffff) return quad(12);
  if (zeros(0, 8) && word(8) === 0xffff && word(10) === 0) return "refuse";
  if (word(0) === 0x64 && word(2) === 0xff9b) {
    if (zeros(4, 12)) return quad(12);
    if (word(4) === 1) return "refuse";
  }
  if (word(0) === 0x2002) return quad(2);
  return null;
}

/** The 16 bytes of an IPv6 address in any textual form (`::`, a dotted IPv4 tail, a zone). */
function ipv6Bytes(address: string): Uint8Array | null {
  const text = address.replace(/%.*$/, "").toLowerCase();
  if (isIP(text) !== 6) return null;
  const words: number[] = [];
  const halves = text.split("::");
  const parse = (part: string) => {
    if (part === "") return [];
    return part.split(":").flatMap((group) => {
      if (group.includes(".")) {
        const [a, b, c, d] = group.split(".").map(Number) as [number, number, number, number];
        return [(a << 8) | b, (c << 8) | d];
      }
      return [parseInt(group, 16)];
    });
  };
  const head = parse(halves[0]!);
  const tail = halves.length > 1 ? parse(halves[1]!) : [];
  words.push(...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail);
  const bytes = new Uint8Array(16);
  words.forEach((w, i) => {
    bytes[i * 2] = w >> 8;
    bytes[i * 2 + 1] = w & 0xff;
  });
  return bytes;
}

export const PUBLIC_INTERNET: AddressPolicy = {
  isAllowedAddress: (address, family) => isPublicAddress(address, family),
  isAllowedPort: (port) => port === 80 || port === 443 || port === 8080 || port === 8443,
};

/** Fetches a web page under every rule above. Throws FetchRefusedError with a reason. */
export async function safeFetch(
  rawUrl: string,
  options: SafeFetchOptions = {},
): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  const started = Date.now();
  const remaining = () => Math.max(1, timeoutMs - (Date.now() - started));
  let url = checkUrl(rawUrl, options.policy ?? PUBLIC_INTERNET);
  if (!options.ignoreRobots) {
    const allowed = await robotsAllow(url, { ...options, timeoutMs: remaining(), signal });
    if (!allowed) {
      throw new FetchRefusedError(
        `${url.origin}/robots.txt asks robots like ours not to read this page.`,
        "robots",
      );
    }
  }
  const maxRedirects = options.maxRedirects ?? 5;
  for (let hop = 0; ; hop++) {
    const response = await requestOnce(url, { ...options, signal, timeoutMs: remaining() });
    if (response.status >= 300 && response.status < 400 && response.location) {
      if (hop >= maxRedirects)
        throw new FetchRefusedError("The page redirects too many times.", "redirects");
      let next: URL;
      try {
        next = new URL(response.location, url);
      } catch {
        throw new FetchRefusedError(
          "The page redirects to an address that is not valid.",
          "redirects",
        );
      }
      url = checkUrl(next.toString(), options.policy ?? PUBLIC_INTERNET);
      continue;
    }
    return {
      url: url.toString(),
      status: response.status,
      contentType: response.contentType,
      body: response.body,
      truncated: response.truncated,
    };
  }
}

function checkUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchRefusedError(`"${raw.slice(0, 100)}" is not a web address.`, "scheme");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefusedError("Only http and https addresses can be read.", "scheme");
  }
  if (url.username || url.password)
    throw new FetchRefusedError("Addresses with a user name or password are not read.", "scheme");
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  if (!policy.isAllowedPort(port))
    throw new FetchRefusedError(`Port ${port} is not a web port we read.`, "port");
  const host = hostOf(url);
  if (
    BLOCKED_HOSTNAMES.has(host.toLowerCase()) ||
    host.toLowerCase().endsWith(".localhost") ||
    host.toLowerCase().endsWith(".internal")
  ) {
    throw new FetchRefusedError("This address points inside a private network.", "address");
  }
  const family = isIP(host);
  if (family !== 0 && !policy.isAllowedAddress(host, family as 4 | 6)) {
    throw new FetchRefusedError("This address points inside a private network.", "address");
  }
  return url;
}

/** The hostname without IPv6 brackets. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "");
}

type RawResponse = {
  status: number;
  location: string | null;
  contentType: string;
  body: string;
  truncated: boolean;
};

function requestOnce(
  url: URL,
  options: SafeFetchOptions & { signal: AbortSignal; timeoutMs: number },
  accept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  expect: "html" | "text" = "html",
): Promise<RawResponse> {
  const policy = options.policy ?? PUBLIC_INTERNET;
  const resolve = options.lookup ?? (dnsLookup as unknown as LookupFn);
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  // The socket's own lookup: every address the name resolves to must be allowed, and the socket
  // connects to one of exactly those.
  const guardedLookup = (
    hostname: string,
    _opts: unknown,
    callback: (
      error: NodeJS.ErrnoException | null,
      address: string | LookupAddress[],
      family?: number,
    ) => void,
  ) => {
    resolve(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (!addresses.length)
        return callback(new FetchRefusedError("The name does not resolve.", "network"), []);
      const bad = addresses.find(
        (a) => !policy.isAllowedAddress(a.address, a.family === 6 ? 6 : 4),
      );
      if (bad)
        return callback(
          new FetchRefusedError("This address points inside a private network.", "address"),
          [],
        );
      const wantsAll =
        typeof _opts === "object" && _opts !== null && (_opts as { all?: boolean }).all;
      if (wantsAll) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<RawResponse>((resolvePromise, reject) => {
    if (options.signal.aborted) return reject(timeoutError());
    const request = client.request(
      url,
      {
        method: "GET",
        headers: { "user-agent": PEGASUS_USER_AGENT, accept, "accept-encoding": "identity" },
        lookup: guardedLookup as never,
        timeout: options.timeoutMs,
        signal: options.signal,
        // No keep-alive pool: a pooled socket could skip the lookup check on the next request.
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location =
          typeof response.headers.location === "string" ? response.headers.location : null;
        const contentType = String(response.headers["content-type"] ?? "").toLowerCase();
        if (status >= 300 && status < 400) {
          response.resume();
          return resolvePromise({ status, location, contentType, body: "", truncated: false });
        }
        if (
          expect === "html" &&
          status >= 200 &&
          status < 300 &&
          !/text\/html|application\/xhtml\+xml/.test(contentType)
        ) {
          response.destroy();
          return reject(new FetchRefusedError("The address is not a web page (HTML).", "type"));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        response.on("data", (chunk: Buffer) => {
          if (truncated) return;
          const room = maxBytes - size;
          if (chunk.length > room) {
            chunks.push(chunk.subarray(0, room));
            size = maxBytes;
            truncated = true;
            response.destroy();
            finish();
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          resolvePromise({
            status,
            location,
            contentType,
            body: decode(Buffer.concat(chunks), contentType),
            truncated,
          });
        };
        response.on("end", finish);
        response.on("error", (error) =>
          truncated ? finish() : reject(networkError(error, options.signal)),
        );
      },
    );
    request.on("timeout", () => request.destroy(timeoutError()));
    request.on("error", (error) => reject(networkError(error, options.signal)));
    request.end();
  });
}

function decode(bytes: Buffer, contentType: string): string {
  const charset = /charset=([\w-]+)/.exec(contentType)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset && charset !== "utf8" ? charset : "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function timeoutError(): FetchRefusedError {
  return new FetchRefusedError("The page took longer than 10 seconds to answer.", "timeout");
}

function networkError(error: unknown, signal: AbortSignal): Error {
  if (error instanceof FetchRefusedError) return error;
  if (signal.aborted) return timeoutError();
  return new FetchRefusedError(
    `The page could not be reached (${error instanceof Error ? error.message : "network error"}).`,
    "network",
  );
}

// ---------------------------------------------------------------------------------------------
// robots.txt

async function robotsAllow(
  url: URL,
  options: SafeFetchOptions & { timeoutMs: number; signal: AbortSignal },
): Promise<boolean> {
  const robotsUrl = new URL("/robots.txt", url);
  let response: RawResponse;
  try {
    response = await requestOnce(
      robotsUrl,
      { ...options, maxBytes: 512 * 1024 },
      "text/plain,*/*;q=0.5",
      "text",
    );
  } catch (error) {
    if (
      error instanceof FetchRefusedError &&
      (error.reason === "address" || error.reason === "timeout")
    )
      throw error;
    // robots.txt unreachable: the site may be down; do not read pages we were not allowed to check.
    return false;
  }
  if (response.status >= 300 && response.status < 400) return true; // redirected robots: treat as none
  if (response.status >= 400 && response.status < 500) return true; // no robots.txt: everything allowed
  if (response.status >= 500) return false;
  return robotsAllows(response.body, ROBOTS_AGENT, `${url.pathname}${url.search}`);
}

/** Whether robots.txt `text` lets `agent` read `path` (longest matching rule wins; Allow wins ties). */
export function robotsAllows(text: string, agent: string, path: string): boolean {
  type Group = { agents: string[]; rules: { allow: boolean; pattern: string }[] };
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, "").trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (key === "user-agent") {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else if (key === "allow" || key === "disallow") {
      lastWasAgent = false;
      if (!current) continue;
      if (key === "disallow" && value === "") continue;
      current.rules.push({ allow: key === "allow", pattern: value });
    } else {
      lastWasAgent = false;
    }
  }
  const name = agent.toLowerCase();
  const mine = groups.filter((g) => g.agents.some((a) => a !== "*" && name.includes(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes("*"));
  let best: { allow: boolean; length: number } | null = null;
  for (const rule of chosen.flatMap((g) => g.rules)) {
    if (!robotsPatternMatches(rule.pattern, path)) continue;
    const length = rule.pattern.length;
    if (!best || length > best.length || (length === best.length && rule.allow))
      best = { allow: rule.allow, length };
  }
  return best ? best.allow : true;
}

function robotsPatternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const regex = body
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${regex}${anchored ? "$" : ""}`).test(path);
}
