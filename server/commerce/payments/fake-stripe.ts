import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

/**
 * A local HTTP server answering the Stripe endpoints StripePayments uses (Checkout Sessions:
 * create, retrieve, expire; refunds: create), so the adapter runs its real SDK calls in tests.
 * Sessions expire when asked or at their `expires_at`, and an expired one cannot be paid.
 * Like Stripe, it replays the first answer for a repeated Idempotency-Key and refuses the key
 * with different parameters. It also builds webhook events and signs them with the Stripe
 * library's own test helper.
 */
export type RecordedRequest = {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  params: Record<string, string>;
};

type FakeSession = {
  id: string;
  object: "checkout.session";
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  customer_email: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  success_url: string;
  cancel_url: string;
  url: string;
  expires_at: number;
  created: number;
};

type FakeRefund = {
  id: string;
  object: "refund";
  amount: number;
  currency: string;
  payment_intent: string;
  status: "succeeded";
  metadata: Record<string, string>;
};

export class FakeStripe {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, FakeSession>();
  readonly refunds: FakeRefund[] = [];
  private readonly idempotent = new Map<
    string,
    { params: string; status: number; body: unknown }
  >();
  private server: Server | null = null;
  /** When set, the next requests fail with this HTTP status (to test retries and errors). */
  failNext: { status: number; count: number } | null = null;
  /** Stripe's clock, for sessions that expire on their own. */
  now: () => number = () => Date.now();

  constructor(readonly webhookSecret = `whsec_${randomBytes(16).toString("hex")}`) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { type: "api_error", message: String(error) } }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /** The shopper paid on Stripe's page. Like Stripe, an expired session cannot be paid. */
  completeSession(id: string): FakeSession {
    const session = this.session(id);
    if (session.status === "expired")
      throw new Error(`fake Stripe: session ${id} is expired and can no longer be paid`);
    session.status = "complete";
    session.payment_status = "paid";
    session.payment_intent ??= `pi_${randomBytes(12).toString("hex")}`;
    return session;
  }

  session(id: string): FakeSession {
    const session = this.sessions.get(id);
    if (!session) throw new Error(`fake Stripe: no session ${id}`);
    return this.lapse(session);
  }

  /** The Checkout Sessions made for an order that can still be paid. */
  payableSessions(orderId: string): FakeSession[] {
    return [...this.sessions.values()].filter(
      (s) => s.client_reference_id === orderId && this.lapse(s).status === "open",
    );
  }

  /** Stripe expires an unpaid session at its `expires_at` on its own. */
  private lapse(session: FakeSession): FakeSession {
    if (session.status === "open" && session.expires_at && session.expires_at * 1000 <= this.now())
      session.status = "expired";
    return session;
  }

  /** A webhook event as Stripe sends it: `{ id, object: "event", type, data: { object } }`. */
  event(type: string, object: unknown, id = `evt_${randomBytes(12).toString("hex")}`) {
    return {
      id,
      object: "event",
      api_version: "2025-01-01",
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object },
    };
  }

  /** A charge.refunded event for a payment intent with `amountRefunded` refunded in total. */
  chargeRefunded(
    paymentIntent: string,
    amount: number,
    amountRefunded: number,
    currency: string,
    metadata: Record<string, string> = {},
  ) {
    return this.event("charge.refunded", {
      metadata,
      id: `ch_${randomBytes(12).toString("hex")}`,
      object: "charge",
      amount,
      amount_refunded: amountRefunded,
      currency: currency.toLowerCase(),
      payment_intent: paymentIntent,
      refunded: amountRefunded >= amount,
    });
  }

  /** Signs a payload exactly as Stripe would, with the library's own test helper. */
  sign(payload: string, options: { timestamp?: number; secret?: string } = {}): string {
    return Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: options.secret ?? this.webhookSecret,
      timestamp: options.timestamp,
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://fake");
    const body = await readBody(req);
    const params = Object.fromEntries(new URLSearchParams(body));
    const key = header(req, "idempotency-key");
    this.requests.push({
      method: req.method ?? "GET",
      path: url.pathname,
      idempotencyKey: key,
      params,
    });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "request-id": `req_${randomBytes(6).toString("hex")}`,
      });
      res.end(JSON.stringify(payload));
    };
    if (header(req, "authorization")?.startsWith("Bearer sk_") !== true)
      return send(401, {
        error: { type: "invalid_request_error", message: "Invalid API Key provided" },
      });
    if (this.failNext && this.failNext.count > 0) {
      this.failNext.count--;
      return send(this.failNext.status, { error: { type: "api_error", message: "Fake outage" } });
    }
    if (req.method === "POST" && key) {
      const seen = this.idempotent.get(key);
      const fingerprint = JSON.stringify([url.pathname, params]);
      if (seen) {
        if (seen.params !== fingerprint)
          return send(400, {
            error: {
              type: "idempotency_error",
              message:
                "Keys for idempotent requests can only be used with the same parameters they were first used with.",
            },
          });
        res.setHeader("idempotent-replayed", "true");
        return send(seen.status, seen.body);
      }
      const [status, answer] = this.route(req.method, url.pathname, params);
      this.idempotent.set(key, { params: fingerprint, status, body: answer });
      return send(status, answer);
    }
    const [status, answer] = this.route(req.method ?? "GET", url.pathname, params);
    return send(status, answer);
  }

  private route(method: string, path: string, params: Record<string, string>): [number, unknown] {
    const missing = (message: string): [number, unknown] => [
      404,
      { error: { type: "invalid_request_error", message } },
    ];
    if (method === "POST" && path === "/v1/checkout/sessions") {
      const id = `cs_test_${randomBytes(16).toString("hex")}`;
      const session: FakeSession = {
        id,
        object: "checkout.session",
        status: "open",
        payment_status: "unpaid",
        amount_total:
          Number(params["line_items[0][price_data][unit_amount]"]) *
          Number(params["line_items[0][quantity]"] ?? 1),
        currency: params["line_items[0][price_data][currency]"] ?? "usd",
        client_reference_id: params.client_reference_id ?? null,
        customer_email: params.customer_email ?? null,
        metadata: metadataOf(params, "metadata"),
        payment_intent: null,
        success_url: (params.success_url ?? "").replace("{CHECKOUT_SESSION_ID}", id),
        cancel_url: params.cancel_url ?? "",
        url: `https://checkout.stripe.test/c/pay/${id}`,
        expires_at: Number(params.expires_at ?? 0),
        created: Math.floor(Date.now() / 1000),
      };
      this.sessions.set(id, session);
      return [200, session];
    }
    const sessionMatch = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(path);
    if (sessionMatch) {
      const found = this.sessions.get(sessionMatch[1]!);
      if (!found) return missing(`No such checkout.session: '${sessionMatch[1]}'`);
      const session = this.lapse(found);
      if (method === "GET" && !sessionMatch[2]) return [200, session];
      if (method === "POST" && sessionMatch[2]) {
        if (session.status !== "open")
          return [
            400,
            {
              error: {
                type: "invalid_request_error",
                message: `This Checkout Session is ${session.status}.`,
              },
            },
          ];
        session.status = "expired";
        return [200, session];
      }
    }
    if (method === "POST" && path === "/v1/refunds") {
      const intent = params.payment_intent ?? "";
      const paid = [...this.sessions.values()].find((s) => s.payment_intent === intent);
      if (!paid) return missing(`No such payment_intent: '${intent}'`);
      const already = this.refunds
        .filter((r) => r.payment_intent === intent)
        .reduce((a, r) => a + r.amount, 0);
      const amount = Number(params.amount ?? paid.amount_total - already);
      if (already + amount > paid.amount_total)
        return [
          400,
          {
            error: {
              type: "invalid_request_error",
              message: "Refund amount is greater than unrefunded amount on charge",
            },
          },
        ];
      const refund: FakeRefund = {
        id: `re_${randomBytes(12).toString("hex")}`,
        object: "refund",
        amount,
        currency: paid.currency,
        payment_intent: intent,
        status: "succeeded",
        metadata: metadataOf(params, "metadata"),
      };
      this.refunds.push(refund);
      return [200, refund];
    }
    return missing(`Unrecognized request URL (${method}: ${path}).`);
  }
}

function metadataOf(params: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const match = new RegExp(`^${prefix}\\[([^\\]]+)\\]$`).exec(key);
    if (match) out[match[1]!] = value;
  }
  return out;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
