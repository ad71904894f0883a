import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { STRIPE_API_VERSION } from "./stripe.ts";

/**
 * A local HTTP server answering the Stripe endpoints StripePayments uses (Checkout Sessions:
 * create, retrieve, expire; coupons, payment intents, refunds; Connect: accounts, account links,
 * balance, balance transactions, payouts, application fees, the Stripe-Account header), so the
 * adapter runs its real SDK calls in tests.
 * Sessions expire when asked or at their `expires_at`, and an expired one cannot be paid.
 * Like Stripe, it replays the first answer for a repeated Idempotency-Key and refuses the key
 * with different parameters. It also builds webhook events and signs them with the Stripe
 * library's own test helper.
 */
export type RecordedRequest = {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  /** The Stripe-Account header: a call made as a connected account. */
  stripeAccount: string | undefined;
  /** The Stripe-Version header the call was made with. */
  apiVersion: string | undefined;
  params: Record<string, string>;
};

/** A connected account (Connect) and how far its onboarding has come. */
export type FakeAccount = {
  id: string;
  object: "account";
  email: string | null;
  metadata: Record<string, string>;
  details_submitted: boolean;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  requirements: {
    currently_due: string[];
    eventually_due: string[];
    past_due: string[];
    disabled_reason: string | null;
  };
  created: number;
};

type FakePayout = {
  id: string;
  object: "payout";
  amount: number;
  currency: string;
  status: string;
  arrival_date: number;
  /** When the payout was made; a test may leave it out (two days before it arrives). */
  created?: number;
};

type FakeBalanceTransaction = {
  id: string;
  object: "balance_transaction";
  type: string;
  description: string | null;
  amount: number;
  fee: number;
  fee_details: { type: string; amount: number; currency: string; description: string }[];
  net: number;
  currency: string;
  status: "available" | "pending";
  created: number;
};

type FakeApplicationFee = {
  id: string;
  object: "application_fee";
  account: string;
  amount: number;
  amount_refunded: number;
  currency: string;
  created: number;
};

/** What onboarding asks a new account for (Stripe's own names). */
const ONBOARDING_REQUIREMENTS = [
  "business_type",
  "external_account",
  "individual.dob.day",
  "individual.dob.month",
  "individual.dob.year",
  "tos_acceptance.date",
];

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
  locale: string | null;
  /** What the session was asked for, Stripe's parameter names flattened (for assertions). */
  line_items: { name: string; unit_amount: number; quantity: number }[];
  discount_amount: number;
  payment_intent_data: Record<string, string>;
};

type FakeRefund = {
  id: string;
  object: "refund";
  amount: number;
  currency: string;
  payment_intent: string;
  status: "succeeded" | "pending";
  metadata: Record<string, string>;
  reverse_transfer: boolean;
  refund_application_fee: boolean;
};

export class FakeStripe {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, FakeSession>();
  readonly refunds: FakeRefund[] = [];
  readonly accounts = new Map<string, FakeAccount>();
  readonly coupons = new Map<string, { id: string; amount_off: number; currency: string }>();
  readonly applicationFees: FakeApplicationFee[] = [];
  /** Each connected account's payouts and balance, as a test sets them. */
  readonly payouts = new Map<string, FakePayout[]>();
  readonly balances = new Map<string, { available: number; pending: number; currency: string }>();
  /**
   * Each connected account's balance transactions, newest last: a destination payment adds one
   * (the amount, our application fee in its fee details); a test may add payouts or refunds.
   */
  readonly balanceTransactions = new Map<string, FakeBalanceTransaction[]>();
  private readonly idempotent = new Map<
    string,
    { params: string; status: number; body: unknown }
  >();
  private server: Server | null = null;
  /** What new refunds answer: "pending" as Stripe does for methods that refund later (SEPA). */
  refundStatus: "succeeded" | "pending" = "succeeded";
  /** When set, the next requests fail with this HTTP status (to test retries and errors). */
  failNext: { status: number; count: number } | null = null;
  /** Where the fake listens once started; onboarding links point at its own pages. */
  baseUrl = "https://connect.stripe.test";
  /**
   * Where Checkout pages are said to be. A browser test sets Stripe's real address and answers
   * it with Playwright's routing (the storefront's policy lets forms go there only).
   */
  checkoutBase = "https://checkout.stripe.test";
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
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.baseUrl;
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
    if (session.status !== "complete") {
      session.status = "complete";
      session.payment_status = "paid";
      session.payment_intent ??= `pi_${randomBytes(12).toString("hex")}`;
      const destination = session.payment_intent_data["transfer_data[destination]"];
      const fee = Number(session.payment_intent_data.application_fee_amount ?? 0);
      if (destination) {
        const transactions = this.balanceTransactions.get(destination) ?? [];
        transactions.push({
          id: `txn_${randomBytes(12).toString("hex")}`,
          object: "balance_transaction",
          type: "payment",
          description: null,
          amount: session.amount_total,
          fee,
          fee_details: fee
            ? [
                {
                  type: "application_fee",
                  amount: fee,
                  currency: session.currency,
                  description: "Application fee",
                },
              ]
            : [],
          net: session.amount_total - fee,
          currency: session.currency,
          status: "pending",
          created: Math.floor(this.now() / 1000),
        });
        this.balanceTransactions.set(destination, transactions);
      }
      if (destination && fee > 0)
        this.applicationFees.push({
          id: `fee_${randomBytes(12).toString("hex")}`,
          object: "application_fee",
          account: destination,
          amount: fee,
          amount_refunded: 0,
          currency: session.currency,
          created: Math.floor(this.now() / 1000),
        });
    }
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

  /** Onboarding as the owner finishing it on Stripe's pages: everything given, all enabled. */
  completeOnboarding(accountId: string): FakeAccount {
    const account = this.account(accountId);
    account.details_submitted = true;
    account.charges_enabled = true;
    account.payouts_enabled = true;
    account.requirements = {
      currently_due: [],
      eventually_due: [],
      past_due: [],
      disabled_reason: null,
    };
    return account;
  }

  /** Stripe wants more: charges stop until `needs` is given (e.g. after a verification failed). */
  restrict(accountId: string, needs: string[]): FakeAccount {
    const account = this.account(accountId);
    account.charges_enabled = false;
    account.payouts_enabled = false;
    account.requirements = {
      currently_due: needs,
      eventually_due: needs,
      past_due: needs,
      disabled_reason: "requirements.past_due",
    };
    return account;
  }

  account(id: string): FakeAccount {
    const account = this.accounts.get(id);
    if (!account) throw new Error(`fake Stripe: no account ${id}`);
    return account;
  }

  /**
   * A webhook event as Stripe sends it: `{ id, object: "event", type, data: { object } }`; an
   * event of a connected account also names it (`account`), as Connect endpoints receive them.
   */
  event(
    type: string,
    object: unknown,
    id = `evt_${randomBytes(12).toString("hex")}`,
    options: { account?: string } = {},
  ) {
    return {
      id,
      object: "event",
      ...(options.account ? { account: options.account } : {}),
      api_version: STRIPE_API_VERSION,
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

  /** `account.updated` for a connected account, with the account as the fake holds it now. */
  accountUpdated(accountId: string) {
    const account = this.account(accountId);
    return this.event("account.updated", structuredClone(account), undefined, {
      account: accountId,
    });
  }

  /** A delayed payment method (SEPA, ACH) failed after the session completed. */
  asyncPaymentFailed(sessionId: string, options: { account?: string } = {}) {
    const session = this.session(sessionId);
    session.payment_status = "unpaid";
    return this.event(
      "checkout.session.async_payment_failed",
      structuredClone(session),
      undefined,
      options,
    );
  }

  /** A dispute opened (`charge.dispute.created`) or decided (`charge.dispute.closed`). */
  dispute(
    type: "charge.dispute.created" | "charge.dispute.closed",
    paymentIntent: string,
    amount: number,
    currency: string,
    options: {
      account?: string;
      status?: string;
      reason?: string;
      evidenceDueBy?: number;
      id?: string;
    } = {},
  ) {
    return this.event(
      type,
      {
        id: options.id ?? `dp_${randomBytes(12).toString("hex")}`,
        object: "dispute",
        amount,
        currency: currency.toLowerCase(),
        charge: `ch_${randomBytes(12).toString("hex")}`,
        payment_intent: paymentIntent,
        reason: options.reason ?? "fraudulent",
        status: options.status ?? (type === "charge.dispute.created" ? "needs_response" : "lost"),
        evidence_details: {
          due_by: options.evidenceDueBy ?? Math.floor(this.now() / 1000) + 7 * 86_400,
          has_evidence: false,
          past_due: false,
          submission_count: 0,
        },
        created: Math.floor(this.now() / 1000),
      },
      undefined,
      { account: options.account },
    );
  }

  /** `charge.refund.updated`: a refund still pending, or one that failed (money not returned). */
  refundUpdated(
    refundId: string,
    status: "pending" | "failed" | "succeeded" | "canceled",
    options: { account?: string; failureReason?: string } = {},
  ) {
    const refund = this.refunds.find((r) => r.id === refundId);
    if (!refund) throw new Error(`fake Stripe: no refund ${refundId}`);
    return this.event(
      "charge.refund.updated",
      {
        ...refund,
        status,
        ...(status === "failed"
          ? { failure_reason: options.failureReason ?? "expired_or_canceled_card" }
          : {}),
      },
      undefined,
      { account: options.account },
    );
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
      stripeAccount: header(req, "stripe-account"),
      apiVersion: header(req, "stripe-version"),
      params,
    });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "request-id": `req_${randomBytes(6).toString("hex")}`,
      });
      res.end(JSON.stringify(payload));
    };
    // Stripe's hosted onboarding, for a browser (no API key): one button that finishes it.
    const onboarding = /^\/test\/onboarding\/(acct_[a-z0-9]+)(\/done)?$/.exec(url.pathname);
    if (onboarding) return this.onboardingPage(onboarding[1]!, Boolean(onboarding[2]), url, res);
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
      const [status, answer] = this.route(req.method, url.pathname, params, req);
      this.idempotent.set(key, { params: fingerprint, status, body: answer });
      return send(status, answer);
    }
    const [status, answer] = this.route(req.method ?? "GET", url.pathname, params, req);
    return send(status, answer);
  }

  /** The page an account link opens; "done" finishes onboarding and goes back to return_url. */
  private onboardingPage(id: string, done: boolean, url: URL, res: ServerResponse) {
    const account = this.accounts.get(id);
    const returnUrl = url.searchParams.get("return_url") ?? "";
    if (!account || !/^https?:\/\//.test(returnUrl)) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("This onboarding link is not valid.");
    }
    if (done) {
      this.completeOnboarding(id);
      res.writeHead(303, { location: returnUrl });
      return res.end();
    }
    const finish = `/test/onboarding/${id}/done?return_url=${encodeURIComponent(returnUrl)}`;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    return res.end(
      `<!doctype html><title>Stripe (fake) onboarding</title><h1>Set up payments for ${id}</h1>` +
        `<p><a href="${finish}">Agree and submit</a></p>`,
    );
  }

  private route(
    method: string,
    path: string,
    params: Record<string, string>,
    req: IncomingMessage,
  ): [number, unknown] {
    const missing = (message: string): [number, unknown] => [
      404,
      { error: { type: "invalid_request_error", message } },
    ];
    const invalid = (message: string): [number, unknown] => [
      400,
      { error: { type: "invalid_request_error", message } },
    ];
    const connect = connectRoute(this, method, path, params, header(req, "stripe-account"));
    if (connect) return connect;
    if (method === "POST" && path === "/v1/coupons") {
      const coupon = {
        id: `co_${randomBytes(8).toString("hex")}`,
        object: "coupon",
        amount_off: Number(params.amount_off),
        currency: params.currency ?? "usd",
        duration: params.duration,
        max_redemptions: Number(params.max_redemptions ?? 0) || null,
        name: params.name ?? null,
      };
      this.coupons.set(coupon.id, coupon);
      return [200, coupon];
    }
    if (method === "POST" && path === "/v1/checkout/sessions") {
      const id = `cs_test_${randomBytes(16).toString("hex")}`;
      const lineItems = listOf(params, "line_items").map((item) => ({
        name: item["price_data][product_data][name"] ?? "",
        unit_amount: Number(item["price_data][unit_amount"]),
        quantity: Number(item.quantity ?? 1),
      }));
      const coupon = params["discounts[0][coupon]"]
        ? this.coupons.get(params["discounts[0][coupon]"])
        : undefined;
      if (params["discounts[0][coupon]"] && !coupon)
        return missing(`No such coupon: '${params["discounts[0][coupon]"]}'`);
      const gross = lineItems.reduce((sum, l) => sum + l.unit_amount * l.quantity, 0);
      if (coupon && coupon.amount_off > gross)
        return invalid("The coupon's amount_off is greater than the session's amount.");
      const intentData = prefixed(params, "payment_intent_data");
      const destination = intentData["transfer_data[destination]"];
      if (destination && !this.accounts.get(destination)?.charges_enabled)
        return invalid(
          `The destination account ${destination} cannot take charges (card_payments not active).`,
        );
      const session: FakeSession = {
        id,
        object: "checkout.session",
        status: "open",
        payment_status: "unpaid",
        amount_total: gross - (coupon?.amount_off ?? 0),
        currency: params["line_items[0][price_data][currency]"] ?? "usd",
        client_reference_id: params.client_reference_id ?? null,
        customer_email: params.customer_email ?? null,
        metadata: metadataOf(params, "metadata"),
        payment_intent: null,
        success_url: (params.success_url ?? "").replace("{CHECKOUT_SESSION_ID}", id),
        cancel_url: params.cancel_url ?? "",
        url: `${this.checkoutBase}/c/pay/${id}`,
        expires_at: Number(params.expires_at ?? 0),
        created: Math.floor(Date.now() / 1000),
        locale: params.locale ?? null,
        line_items: lineItems,
        discount_amount: coupon?.amount_off ?? 0,
        payment_intent_data: intentData,
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
    const intentMatch = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (method === "GET" && intentMatch) {
      const paid = [...this.sessions.values()].find((s) => s.payment_intent === intentMatch[1]);
      if (!paid) return missing(`No such payment_intent: '${intentMatch[1]}'`);
      const data = paid.payment_intent_data;
      const destination = data["transfer_data[destination]"];
      return [
        200,
        {
          id: intentMatch[1],
          object: "payment_intent",
          amount: paid.amount_total,
          currency: paid.currency,
          status: "succeeded",
          on_behalf_of: data.on_behalf_of ?? null,
          application_fee_amount: Number(data.application_fee_amount ?? 0) || null,
          transfer_data: destination ? { destination } : null,
          statement_descriptor_suffix: data.statement_descriptor_suffix ?? null,
          metadata: paid.metadata,
        },
      ];
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
        status: this.refundStatus,
        metadata: metadataOf(params, "metadata"),
        reverse_transfer: params.reverse_transfer === "true",
        refund_application_fee: params.refund_application_fee === "true",
      };
      if (refund.reverse_transfer && !paid.payment_intent_data["transfer_data[destination]"])
        return invalid("reverse_transfer can only be used on a charge with a transfer.");
      if (refund.refund_application_fee) {
        const fee = this.applicationFees.find(
          (f) => f.account === paid.payment_intent_data["transfer_data[destination]"],
        );
        if (fee)
          fee.amount_refunded += Math.round(
            (Number(paid.payment_intent_data.application_fee_amount ?? 0) * amount) /
              paid.amount_total,
          );
      }
      this.refunds.push(refund);
      return [200, refund];
    }
    return missing(`Unrecognized request URL (${method}: ${path}).`);
  }
}

/**
 * Connect: accounts (create, retrieve), account links, and what a connected account sees of its
 * money when called with its Stripe-Account header (balance, payouts); the platform's
 * application fees. Null for any other request.
 */
function connectRoute(
  fake: FakeStripe,
  method: string,
  path: string,
  params: Record<string, string>,
  stripeAccount: string | undefined,
): [number, unknown] | null {
  const now = Math.floor(fake.now() / 1000);
  const missing = (message: string): [number, unknown] => [
    404,
    { error: { type: "invalid_request_error", message } },
  ];
  if (method === "POST" && path === "/v1/accounts") {
    const account: FakeAccount = {
      id: `acct_${randomBytes(8).toString("hex")}`,
      object: "account",
      email: params.email ?? null,
      metadata: metadataOf(params, "metadata"),
      details_submitted: false,
      charges_enabled: false,
      payouts_enabled: false,
      requirements: {
        currently_due: [...ONBOARDING_REQUIREMENTS],
        eventually_due: [...ONBOARDING_REQUIREMENTS],
        past_due: [],
        disabled_reason: "requirements.past_due",
      },
      created: now,
    };
    fake.accounts.set(account.id, account);
    return [200, account];
  }
  const accountMatch = /^\/v1\/accounts\/([^/]+)$/.exec(path);
  if (method === "GET" && accountMatch) {
    const account = fake.accounts.get(accountMatch[1]!);
    return account ? [200, account] : missing(`No such account: '${accountMatch[1]}'`);
  }
  if (method === "POST" && path === "/v1/account_links") {
    const account = params.account ?? "";
    if (!fake.accounts.has(account)) return missing(`No such account: '${account}'`);
    return [
      200,
      {
        object: "account_link",
        created: now,
        expires_at: now + 300,
        url: `${fake.baseUrl}/test/onboarding/${account}?link=${randomBytes(8).toString("hex")}&return_url=${encodeURIComponent(params.return_url ?? "")}&refresh_url=${encodeURIComponent(params.refresh_url ?? "")}`,
      },
    ];
  }
  if (method === "GET" && path === "/v1/balance") {
    if (!stripeAccount) return [200, { object: "balance", available: [], pending: [] }];
    const balance = fake.balances.get(stripeAccount) ?? {
      available: 0,
      pending: 0,
      currency: "usd",
    };
    return [
      200,
      {
        object: "balance",
        livemode: false,
        available: [{ amount: balance.available, currency: balance.currency }],
        pending: [{ amount: balance.pending, currency: balance.currency }],
      },
    ];
  }
  if (method === "GET" && path === "/v1/payouts") {
    const data = (stripeAccount ? (fake.payouts.get(stripeAccount) ?? []) : []).map((p) => ({
      created: p.arrival_date - 2 * 86_400,
      ...p,
    }));
    return [200, { object: "list", url: path, has_more: false, data }];
  }
  if (method === "GET" && path === "/v1/balance_transactions") {
    const data = stripeAccount
      ? [...(fake.balanceTransactions.get(stripeAccount) ?? [])].reverse()
      : [];
    return [200, { object: "list", url: path, has_more: false, data }];
  }
  if (method === "GET" && path === "/v1/application_fees") {
    const data = [...fake.applicationFees].reverse();
    return [200, { object: "list", url: path, has_more: false, data }];
  }
  return null;
}

/** `prefix[...]` parameters with the prefix taken off: `payment_intent_data[on_behalf_of]` -> `on_behalf_of`. */
function prefixed(params: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params))
    if (key.startsWith(`${prefix}[`)) {
      const rest = key.slice(prefix.length + 1);
      // "transfer_data][destination]" -> "transfer_data[destination]"
      out[rest.replace(/\]$/, "").replace("][", "[") + (rest.includes("][") ? "]" : "")] = value;
    }
  return out;
}

/** The items of a list parameter (`line_items[0][quantity]`...), keyed by what follows the index. */
function listOf(params: Record<string, string>, name: string): Record<string, string>[] {
  const items: Record<string, string>[] = [];
  for (const [key, value] of Object.entries(params)) {
    const match = new RegExp(`^${name}\\[(\\d+)\\]\\[(.+)\\]$`).exec(key);
    if (match) (items[Number(match[1])] ??= {})[match[2]!] = value;
  }
  return items.filter(Boolean);
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
