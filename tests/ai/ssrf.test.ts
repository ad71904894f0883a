import http, { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  FetchRefusedError,
  isPublicAddress,
  PEGASUS_USER_AGENT,
  robotsAllows,
  safeFetch,
  type AddressPolicy,
} from "../../server/ai/competitors/fetch.ts";
import { readCompetitors } from "../../server/ai/generate.ts";

/**
 * The competitor fetcher must never reach private, loopback, link-local or metadata addresses:
 * not directly, not through DNS, not through a redirect. No request in this file leaves loopback:
 * refused addresses are refused before any connection (checked by spying on http.request), and
 * the only server is on 127.0.0.1.
 */
let server: Server;
let port: number;
const requests: string[] = [];
const routes: Record<string, (res: http.ServerResponse) => void> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.url} ${req.headers["user-agent"]}`);
    const route = routes[req.url ?? ""];
    if (route) route(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  requests.length = 0;
  for (const key of Object.keys(routes)) delete routes[key];
  vi.restoreAllMocks();
});

/** For reaching the test server only: 127.0.0.1 on its port is "public", nothing else is. */
const TEST_SERVER_ONLY: AddressPolicy = {
  isAllowedAddress: (address) => address === "127.0.0.1",
  isAllowedPort: (p) => p === port,
};

/** A resolver that never touches real DNS. */
function fakeDns(table: Record<string, { address: string; family: 4 | 6 }[]>) {
  return (
    hostname: string,
    _o: { all: true },
    callback: (e: NodeJS.ErrnoException | null, a: { address: string; family: number }[]) => void,
  ) => {
    const found = table[hostname];
    if (found) callback(null, found);
    else callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), []);
  };
}

async function refused(url: string, options: Parameters<typeof safeFetch>[1] = {}) {
  const error = await safeFetch(url, { lookup: fakeDns({}), ...options }).catch((e: unknown) => e);
  expect(error, url).toBeInstanceOf(FetchRefusedError);
  return error as FetchRefusedError;
}

describe("SSRF: refused before any connection", () => {
  it.each([
    "http://127.0.0.1/",
    "http://127.0.0.1:80/admin",
    "http://10.0.0.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/",
    // IPv4-compatible (::/96) and IPv4-translated (::ffff:0:0:0/96): refused whatever they carry.
    "http://[::127.0.0.1]/",
    "http://[::7f00:1]/",
    "http://[::808:808]/",
    "http://[::ffff:0:127.0.0.1]/",
    "http://[::ffff:0:a9fe:a9fe]/",
    "http://[0:0:0:0:ffff:0:808:808]/",
    // NAT64 and 6to4 carrying a private address, and local-use NAT64.
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://[64:ff9b::10.0.0.1]/",
    "http://[64:ff9b:1::808:808]/",
    "http://[2002:7f00:1::]/",
    "http://[2002:a9fe:a9fe::1]/",
    "http://[fd00:ec2::254]/",
    "http://0.0.0.0/",
    "http://192.168.1.1/",
    "http://172.16.0.1/",
    "http://100.64.0.1/",
    "http://localhost/",
    "http://metadata.google.internal/computeMetadata/v1/",
  ])("%s", async (url) => {
    const spy = vi.spyOn(http, "request");
    const error = await refused(url);
    expect(error.reason).toBe("address");
    expect(spy).not.toHaveBeenCalled();
  });

  it("refuses other schemes and ports", async () => {
    expect((await refused("file:///etc/passwd")).reason).toBe("scheme");
    expect((await refused("ftp://example.com/")).reason).toBe("scheme");
    expect((await refused("gopher://example.com/")).reason).toBe("scheme");
    expect((await refused("http://example.com:22/")).reason).toBe("port");
    expect((await refused("http://user:pw@example.com/")).reason).toBe("scheme");
  });

  it("refuses a hostname that resolves to loopback (checked after DNS, in the socket's own lookup)", async () => {
    const lookup = fakeDns({ "shop.attacker.test": [{ address: "127.0.0.1", family: 4 }] });
    const error = await safeFetch(`http://shop.attacker.test:${port}/`, {
      lookup,
      policy: { isAllowedAddress: (a, f) => isPublicAddress(a, f), isAllowedPort: () => true },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect((error as FetchRefusedError).reason).toBe("address");
    expect(requests).toEqual([]);
  });

  it("judges IPv4 carried in IPv6 by the IPv4 address, in any spelling", () => {
    for (const address of [
      "2606:4700:4700::1111",
      "::ffff:8.8.8.8",
      "::ffff:808:808",
      "64:ff9b::8.8.8.8",
      "2002:808:808::1",
    ]) {
      expect(isPublicAddress(address, 6), address).toBe(true);
    }
    for (const address of [
      "::",
      "::1",
      "::0.0.0.1",
      "::8.8.8.8",
      "::ffff:0:8.8.8.8",
      "0:0:0:0:ffff:0:7f00:1",
      "::FFFF:127.0.0.1",
      "::ffff:7f00:1%eth0",
      "64:ff9b::7f00:1",
      "64:ff9b:1:0:0:0:808:808",
      "2002:c0a8:101::",
      "fe80::1%lo0",
      "not-an-address",
    ]) {
      expect(isPublicAddress(address, 6), address).toBe(false);
    }
  });

  it("refuses a hostname that resolves to an IPv4-translated address", async () => {
    const lookup = fakeDns({
      "aaaa.attacker.test": [{ address: "::ffff:0:a9fe:a9fe", family: 6 }],
    });
    const error = await safeFetch("http://aaaa.attacker.test/", { lookup }).catch(
      (e: unknown) => e,
    );
    expect((error as FetchRefusedError).reason).toBe("address");
  });

  it("refuses a hostname with any private address among its answers", async () => {
    const lookup = fakeDns({
      "mixed.test": [
        { address: "93.184.216.34", family: 4 },
        { address: "10.0.0.1", family: 4 },
      ],
    });
    const spyConnect = vi.spyOn(http, "request");
    const error = await safeFetch("http://mixed.test/", { lookup }).catch((e: unknown) => e);
    expect((error as FetchRefusedError).reason).toBe("address");
    // The request was created (DNS happens inside it) but never connected anywhere.
    expect(spyConnect).toHaveBeenCalled();
  });
});

describe("SSRF: redirects", () => {
  it.each([
    "http://10.0.0.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/",
    "http://localhost/",
  ])("refuses a redirect to %s", async (target) => {
    routes["/robots.txt"] = (res) => res.writeHead(404).end();
    routes["/go"] = (res) => res.writeHead(302, { location: target }).end();
    const error = await safeFetch(`http://127.0.0.1:${port}/go`, {
      policy: TEST_SERVER_ONLY,
      lookup: fakeDns({}),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(["address", "port"]).toContain((error as FetchRefusedError).reason);
    expect(requests.map((r) => r.split(" ")[0])).toEqual(["/robots.txt", "/go"]);
  });

  it("refuses a redirect to a name that resolves to a private address", async () => {
    routes["/robots.txt"] = (res) => res.writeHead(404).end();
    routes["/go"] = (res) =>
      res.writeHead(301, { location: `http://internal.test:${port}/secret` }).end();
    const error = await safeFetch(`http://127.0.0.1:${port}/go`, {
      policy: TEST_SERVER_ONLY,
      lookup: fakeDns({ "internal.test": [{ address: "10.1.2.3", family: 4 }] }),
    }).catch((e: unknown) => e);
    expect((error as FetchRefusedError).reason).toBe("address");
    expect(requests.map((r) => r.split(" ")[0])).toEqual(["/robots.txt", "/go"]);
  });

  it("stops after five redirects", async () => {
    routes["/robots.txt"] = (res) => res.writeHead(404).end();
    routes["/loop"] = (res) => res.writeHead(302, { location: "/loop" }).end();
    const error = await safeFetch(`http://127.0.0.1:${port}/loop`, {
      policy: TEST_SERVER_ONLY,
    }).catch((e: unknown) => e);
    expect((error as FetchRefusedError).reason).toBe("redirects");
    expect(requests.filter((r) => r.startsWith("/loop"))).toHaveLength(6);
  });
});

describe("reading a competitor's page", () => {
  const PAGE = `<!doctype html><html><head><title>Harbour Coffee &amp; Co</title>
    <meta name="description" content="Fresh coffee from the harbour.">
    <style>body{color:#1d3557;font-family:"Playfair Display", serif} .btn{background:#e63946} a{color:#1d3557}</style>
    <link href="https://fonts.googleapis.com/css2?family=Work+Sans:wght@400" rel="stylesheet"></head>
    <body><nav><a href="/">Home</a><a href="/shop">Shop</a><a href="/about">About us</a></nav>
    <h1>Coffee from the harbour</h1><h2>Our beans</h2><script>var x = "<h2>not a heading</h2>";</script>
    <p>House blend $14.50</p><p>Espresso €12,00</p><p>Grinder £89</p></body></html>`;

  it("obeys robots.txt for Pegasus's user agent", async () => {
    routes["/robots.txt"] = (res) =>
      res
        .writeHead(200, { "content-type": "text/plain" })
        .end("User-agent: PegasusBot\nDisallow: /\n\nUser-agent: *\nAllow: /");
    routes["/"] = (res) => res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    const error = await safeFetch(`http://127.0.0.1:${port}/`, { policy: TEST_SERVER_ONLY }).catch(
      (e: unknown) => e,
    );
    expect((error as FetchRefusedError).reason).toBe("robots");
    expect(requests).toEqual([`/robots.txt ${PEGASUS_USER_AGENT}`]);
  });

  it("extracts title, description, headings, colours, fonts, navigation and prices", async () => {
    routes["/robots.txt"] = (res) =>
      res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private");
    routes["/"] = (res) =>
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    const { reports, failures } = await readCompetitors([`http://127.0.0.1:${port}/`], {
      policy: TEST_SERVER_ONLY,
    });
    expect(failures).toEqual([]);
    expect(reports[0]).toMatchObject({
      title: "Harbour Coffee & Co",
      description: "Fresh coffee from the harbour.",
      headings: ["Coffee from the harbour", "Our beans"],
      colors: ["#1d3557", "#e63946"],
      fonts: ["Playfair Display", "Work Sans"],
      nav: ["Home", "Shop", "About us"],
    });
    expect(reports[0]!.prices).toEqual(
      expect.arrayContaining([
        { amount: 14.5, currency: "USD" },
        { amount: 12, currency: "EUR" },
        { amount: 89, currency: "GBP" },
      ]),
    );
  });

  it("reads at most 2 MB", async () => {
    routes["/robots.txt"] = (res) => res.writeHead(404).end();
    routes["/big"] = (res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = "<p>" + "x".repeat(64 * 1024) + "</p>";
      let sent = 0;
      const pump = () => {
        while (sent < 5 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once("drain", pump);
        }
        res.end();
      };
      pump();
    };
    const page = await safeFetch(`http://127.0.0.1:${port}/big`, { policy: TEST_SERVER_ONLY });
    expect(page.truncated).toBe(true);
    expect(Buffer.byteLength(page.body)).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it("gives up on a page that does not answer within the time limit", async () => {
    routes["/robots.txt"] = (res) => res.writeHead(404).end();
    routes["/slow"] = () => {};
    const started = Date.now();
    const error = await safeFetch(`http://127.0.0.1:${port}/slow`, {
      policy: TEST_SERVER_ONLY,
      timeoutMs: 400,
    }).catch((e: unknown) => e);
    expect((error as FetchRefusedError).reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("only reads web pages", async () => {
    routes["/robots.txt"] = (res) => res.writeHead(404).end();
    routes["/file.zip"] = (res) =>
      res.writeHead(200, { "content-type": "application/zip" }).end("PK");
    const error = await safeFetch(`http://127.0.0.1:${port}/file.zip`, {
      policy: TEST_SERVER_ONLY,
    }).catch((e: unknown) => e);
    expect((error as FetchRefusedError).reason).toBe("type");
  });
});

describe("robots.txt rules", () => {
  it("uses the most specific group and the longest rule", () => {
    const robots =
      "User-agent: *\nDisallow: /\n\nUser-agent: pegasusbot\nDisallow: /checkout\nAllow: /checkout/help\n";
    expect(robotsAllows(robots, "pegasusbot", "/")).toBe(true);
    expect(robotsAllows(robots, "pegasusbot", "/checkout/pay")).toBe(false);
    expect(robotsAllows(robots, "pegasusbot", "/checkout/help")).toBe(true);
    expect(robotsAllows(robots, "otherbot", "/")).toBe(false);
    expect(robotsAllows("User-agent: *\nDisallow: /*.pdf$", "pegasusbot", "/menu.pdf")).toBe(false);
    expect(robotsAllows("", "pegasusbot", "/anything")).toBe(true);
  });
});
