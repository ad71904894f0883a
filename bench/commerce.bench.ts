/**
 * Commerce benchmark (issue: commerce): the cart API's latency at 50 connections (p99), and paid
 * checkouts per second with 50 shoppers at once, all buying the same variant (the row every
 * checkout locks), on PostgreSQL when DATABASE_URL is set and on PGlite.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { loadavg } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { measure, type LoadResult } from "./load.ts";

const SERVER = fileURLToPath(new URL("./servers/commerce.ts", import.meta.url));

type Servers = { pegasus: string; bare: string; slug: string; variants: string[] };

async function startServers(kind: "pglite" | "postgres") {
  const child = spawn(process.execPath, ["--import", "tsx", SERVER, kind], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await once(lines, "line")) as [string];
  return { ...(JSON.parse(line) as Servers), child };
}

/** Like load.ts's measure, for a POST with a body. */
async function measurePost(
  name: string,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<LoadResult> {
  const base = { url, connections: 50, method: "POST" as const, headers, body };
  await autocannon({ ...base, duration: 1 });
  const result = await autocannon({ ...base, duration: 5 });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A shopper's cookie jar over fetch. */
class Shopper {
  private cookie = "";
  constructor(
    private readonly base: string,
    private readonly slug: string,
  ) {}

  get cookieHeader(): string {
    return this.cookie;
  }

  async post(path: string, fields: Record<string, string>) {
    const response = await fetch(`${this.base}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: new URLSearchParams({ site: this.slug, ...fields }),
    });
    const set = response.headers.get("set-cookie");
    if (set) this.cookie = set.split(";")[0]!;
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async checkout(variantId: string): Promise<boolean> {
    const added = await this.post("/api/cart/add", { variantId, quantity: "1" });
    if (added.status !== 200) return false;
    const started = await this.post("/api/checkout", {});
    const token = started.body.token as string | undefined;
    if (!token) return false;
    const info = await this.post(`/api/checkout/${token}/information`, {
      email: "bench@example.com",
      "address.name": "Bench Shopper",
      "address.line1": "1 Market St",
      "address.city": "San Francisco",
      "address.region": "CA",
      "address.postalCode": "94105",
      "address.country": "US",
    });
    if (info.status !== 200) return false;
    const paid = await this.post(`/api/checkout/${token}/pay`, {
      "card.number": "4242424242424242",
      "card.expiry": "12/40",
      "card.cvc": "123",
    });
    return paid.status === 200;
  }
}

/** 50 shoppers, each checking out again and again for `seconds`: paid orders per second. */
async function checkoutsPerSecond(servers: Servers, shoppers = 50, seconds = 10) {
  const until = Date.now() + seconds * 1000;
  let paid = 0;
  let failed = 0;
  const started = Date.now();
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: shoppers }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        const ok = await new Shopper(servers.pegasus, servers.slug).checkout(servers.variants[0]!);
        latencies.push(performance.now() - t0);
        if (ok) paid++;
        else failed++;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { perSecond: paid / elapsed, paid, failed, p50: p(0.5), p99: p(0.99) };
}

export async function commerceBenchmark(): Promise<string> {
  // The machines are shared: the load around the run says how far its numbers can be trusted.
  const loadAtStart = loadAverage();
  const kinds: ("pglite" | "postgres")[] = process.env.DATABASE_URL
    ? ["postgres", "pglite"]
    : ["pglite"];
  const cartRows: string[] = [];
  const checkoutRows: string[] = [];
  for (const kind of kinds) {
    const servers = await startServers(kind);
    try {
      // A cart with three lines and an estimate, as a shopper's drawer reads it.
      const shopper = new Shopper(servers.pegasus, servers.slug);
      for (const variantId of servers.variants)
        await shopper.post("/api/cart/add", { variantId, quantity: "2" });
      await shopper.post("/api/cart/estimate", {
        country: "US",
        region: "CA",
        postalCode: "94105",
      });
      const cookie = shopper.cookieHeader;
      const view = await fetch(`${servers.pegasus}/api/cart?site=${servers.slug}`, {
        headers: { cookie },
      });
      const lineId = ((await view.json()) as { cart: { lines: { id: string }[] } }).cart.lines[0]!
        .id;
      const results: LoadResult[] = [
        await measure("bare Fastify route", `${servers.bare}/bare`),
        await measure(
          "GET /api/cart (3 lines, shipping, tax)",
          `${servers.pegasus}/api/cart?site=${servers.slug}`,
          {
            headers: { cookie },
          },
        ),
        await measurePost(
          "POST /api/cart/update",
          `${servers.pegasus}/api/cart/update`,
          {
            cookie,
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
          },
          new URLSearchParams({ site: servers.slug, lineId, quantity: "2" }).toString(),
        ),
      ];
      const bare = results[0]!.requestsPerSecond;
      for (const r of results) {
        if (r.errors || r.non2xx)
          throw new Error(`${r.name} on ${kind}: ${r.errors} errors, ${r.non2xx} non-2xx answers`);
        cartRows.push(
          `| ${kind} | ${r.name} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${(r.requestsPerSecond / bare).toFixed(2)} |`,
        );
      }
      const checkouts = await checkoutsPerSecond(servers);
      checkoutRows.push(
        `| ${kind} | 50 | ${checkouts.perSecond.toFixed(1)} | ${checkouts.paid} | ${checkouts.failed} | ${checkouts.p50} | ${checkouts.p99} |`,
      );
    } finally {
      servers.child.kill("SIGTERM");
      await once(servers.child, "exit");
    }
  }
  return [
    "Cart API at 50 connections:",
    "",
    "| database | route | requests/s | p50 ms | p99 ms | vs bare route |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
    ...cartRows,
    "",
    "Paid checkouts (add, start, address, pay with the test card; 4 requests each) with shoppers all buying one variant:",
    "",
    "| database | shoppers | paid checkouts/s | paid | failed | p50 ms | p99 ms |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...checkoutRows,
    "",
    `Load average (1, 5, 15 min) at the start: ${loadAtStart}; at the end: ${loadAverage()}.`,
  ].join("\n");
}

const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(", ");
