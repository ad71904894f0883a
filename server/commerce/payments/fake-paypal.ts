import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local HTTP server answering the PayPal endpoints PayPalPayments uses, so the adapter runs
 * the real SDK in tests: the OAuth2 token, Orders v2 (create, get, patch of `custom_id`,
 * capture), refunds of captures, and webhook signature verification. It also serves the approve
 * page (a plain form: approve sends the shopper back to the order's return URL, cancel to its
 * cancel URL) and sends webhook events to our endpoint. Like PayPal, a repeated PayPal-Request-Id
 * is answered with the first answer; amounts are checked against the currency's decimals and
 * the breakdown, and refunds never exceed the capture. The reporting APIs (balances, transaction
 * search) answer for the merchant an auth assertion names, from the captures and refunds made here.
 */
export type FakePayPalRequest = {
  method: string;
  path: string;
  requestId: string | undefined;
  authAssertion: string | undefined;
  body: unknown;
};

type Money = { currency_code: string; value: string };

type FakeCapture = {
  id: string;
  status: "COMPLETED" | "PENDING" | "DECLINED" | "PARTIALLY_REFUNDED" | "REFUNDED";
  amount: Money;
  custom_id?: string;
  final_capture: boolean;
  create_time: string;
  links: { href: string; rel: string; method: string }[];
  supplementary_data: { related_ids: { order_id: string } };
};

type FakeRefund = {
  id: string;
  status: "COMPLETED" | "PENDING" | "FAILED";
  amount: Money;
  capture_id: string;
  note_to_payer?: string;
};

export type FakePayPalOrder = {
  id: string;
  intent: string;
  status: "PAYER_ACTION_REQUIRED" | "APPROVED" | "COMPLETED" | "VOIDED";
  create_time: string;
  purchase_units: {
    reference_id: string;
    custom_id?: string;
    description?: string;
    amount: Money & { breakdown?: Record<string, Money> };
    payee?: { merchant_id?: string };
    items?: { name: string; quantity: string; unit_amount: Money; sku?: string }[];
    payments?: { captures: FakeCapture[] };
  }[];
  payment_source: { paypal: Record<string, unknown> };
  payer?: { payer_id: string; email_address: string };
  links: { href: string; rel: string; method: string }[];
  /** Not PayPal's: where the approve page sends the shopper. */
  returnUrl: string;
  cancelUrl: string;
};

/** Currencies PayPal takes, and those it takes in whole units only. */
const DECIMALS: Record<string, number> = {
  AUD: 2,
  BRL: 2,
  CAD: 2,
  CHF: 2,
  CNY: 2,
  CZK: 2,
  DKK: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  HUF: 0,
  ILS: 2,
  JPY: 0,
  MXN: 2,
  MYR: 2,
  NOK: 2,
  NZD: 2,
  PHP: 2,
  PLN: 2,
  SEK: 2,
  SGD: 2,
  THB: 2,
  TWD: 0,
  USD: 2,
};

export class FakePayPal {
  readonly requests: FakePayPalRequest[] = [];
  readonly orders = new Map<string, FakePayPalOrder>();
  readonly refunds: FakeRefund[] = [];
  /** Webhook deliveries made by `deliver`, with our endpoint's answer. */
  readonly deliveries: { event: FakeWebhookEvent; status: number }[] = [];
  private readonly replies = new Map<string, { status: number; body: unknown }>();
  private readonly tokens = new Set<string>();
  private server: Server | null = null;
  private base = "";
  /** Withdrawals to the bank per merchant id ("" the platform's own account), as a test sets them. */
  readonly withdrawals = new Map<
    string,
    { id: string; amount: number; currency: string; status: "S" | "P" | "D"; time: string }[]
  >();
  /** Merchants that have not granted the platform the reporting permissions (403 there). */
  readonly reportingRefused = new Set<string>();
  /** When set, the next API requests fail with this HTTP status (outages, retries). */
  failNext: { status: number; count: number } | null = null;
  /** How the next captures end: COMPLETED, or PENDING (held for review), or DECLINED. */
  captureOutcome: "COMPLETED" | "PENDING" | "DECLINED" = "COMPLETED";
  /** How new refunds come out: PENDING ones wait for `settleRefund` (an eCheck capture's refund). */
  refundOutcome: "COMPLETED" | "PENDING" = "COMPLETED";
  /**
   * Where approve links point. Hosted pages are https at PayPal; tests that drive the page
   * itself set this to the fake's own address (`start()`'s answer).
   */
  approveBase = "https://www.sandbox.paypal.test";

  constructor(
    readonly clientId = `fake-client-${randomBytes(6).toString("hex")}`,
    readonly clientSecret = `fake-secret-${randomBytes(12).toString("hex")}`,
    readonly webhookId = `WH-${randomBytes(8).toString("hex").toUpperCase()}`,
    /** Signs our deliveries; PayPal signs with a certificate, the verify API is what we call. */
    private readonly signingKey = randomBytes(32),
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ name: "INTERNAL_SERVER_ERROR", message: String(error) }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  order(id: string): FakePayPalOrder {
    const order = this.orders.get(id);
    if (!order) throw new Error(`fake PayPal: no order ${id}`);
    return order;
  }

  /** The shopper approved the order on PayPal's page (no money moves until we capture). */
  approve(id: string): FakePayPalOrder {
    const order = this.order(id);
    if (order.status !== "PAYER_ACTION_REQUIRED")
      throw new Error(`fake PayPal: order ${id} is ${order.status}, not awaiting approval`);
    order.status = "APPROVED";
    order.payer = { payer_id: "SHOPPER0000001", email_address: "shopper@example.com" };
    return order;
  }

  /** The order's capture, once captured. */
  capture(orderId: string): FakeCapture | undefined {
    return this.order(orderId).purchase_units[0]!.payments?.captures[0];
  }

  /** Where the approve page of an order is served by this fake (for a browser or a test). */
  approvePageUrl(id: string): string {
    return `${this.base}/checkoutnow?token=${id}`;
  }

  /** A webhook event as PayPal sends it: `{ id, event_type, resource_type, resource, ... }`. */
  event(eventType: string, resource: unknown, id = `WH-${randomUUID()}`): FakeWebhookEvent {
    return {
      id,
      event_version: "1.0",
      create_time: new Date().toISOString(),
      resource_type: eventType.startsWith("CHECKOUT.") ? "checkout-order" : "capture",
      event_type: eventType,
      summary: eventType,
      resource: structuredClone(resource) as Record<string, unknown>,
      links: [],
    };
  }

  /**
   * PAYMENT.CAPTURE.REFUNDED / REVERSED for a refund made here, as PayPal words it (also
   * PAYMENT.REFUND.FAILED for a pending one that failed: the resource is the refund either way).
   */
  refundEvent(refund: FakeRefund, type = "PAYMENT.CAPTURE.REFUNDED"): FakeWebhookEvent {
    const capture = this.findCapture(refund.capture_id)!;
    const currency = refund.amount.currency_code;
    return this.event(type, {
      id: refund.id,
      status: refund.status,
      amount: refund.amount,
      seller_payable_breakdown: {
        total_refunded_amount: {
          currency_code: currency,
          value: toValue(this.refundedOf(capture.id), currency),
        },
      },
      links: [
        { href: `${this.base}/v2/payments/refunds/${refund.id}`, rel: "self", method: "GET" },
        { href: `${this.base}/v2/payments/captures/${capture.id}`, rel: "up", method: "GET" },
      ],
    });
  }

  /** The headers PayPal sends with a delivery; `sign` makes them for a body. */
  sign(body: string, transmissionId = randomUUID()): Record<string, string> {
    const time = new Date().toISOString();
    return {
      "paypal-auth-algo": "SHA256withRSA",
      "paypal-cert-url": `${this.approveBase}/v1/notifications/certs/CERT-fake`,
      "paypal-transmission-id": transmissionId,
      "paypal-transmission-time": time,
      "paypal-transmission-sig": this.signature(transmissionId, time, this.webhookId, body),
    };
  }

  /** Sends an event to our endpoint, signed, as PayPal's delivery would. */
  async deliver(url: string, event: FakeWebhookEvent): Promise<number> {
    const body = JSON.stringify(event);
    const answer = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...this.sign(body) },
      body,
    });
    this.deliveries.push({ event, status: answer.status });
    return answer.status;
  }

  private signature(id: string, time: string, webhookId: string, body: string): string {
    return createHmac("sha256", this.signingKey)
      .update(`${id}|${time}|${webhookId}|${body}`)
      .digest("base64");
  }

  private findCapture(id: string): FakeCapture | undefined {
    for (const order of this.orders.values())
      for (const capture of order.purchase_units[0]!.payments?.captures ?? [])
        if (capture.id === id) return capture;
    return undefined;
  }

  /** A pending refund's end: COMPLETED sends the money, FAILED gives the capture it back. */
  settleRefund(id: string, status: "COMPLETED" | "FAILED"): FakeRefund {
    const refund = this.refunds.find((r) => r.id === id && r.status === "PENDING");
    if (!refund) throw new Error(`no pending refund ${id}`);
    refund.status = status;
    const capture = this.findCapture(refund.capture_id)!;
    const left =
      toMinor(capture.amount.value, capture.amount.currency_code) - this.refundedOf(capture.id);
    capture.status =
      left === 0
        ? "REFUNDED"
        : this.refundedOf(capture.id) > 0
          ? "PARTIALLY_REFUNDED"
          : "COMPLETED";
    return refund;
  }

  private refundedOf(captureId: string): number {
    return this.refunds
      .filter((r) => r.capture_id === captureId && r.status !== "FAILED")
      .reduce((s, r) => s + toMinor(r.amount.value, r.amount.currency_code), 0);
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://fake");
    const raw = await readBody(req);
    const method = req.method ?? "GET";
    if (url.pathname.startsWith("/checkoutnow")) return this.approvePage(method, url, raw, res);
    let body: unknown = null;
    if (raw && !header(req, "content-type")?.includes("x-www-form-urlencoded")) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = null;
      }
    }
    const requestId = header(req, "paypal-request-id");
    this.requests.push({
      method,
      path: url.pathname,
      requestId,
      authAssertion: header(req, "paypal-auth-assertion"),
      body,
    });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "paypal-debug-id": randomBytes(6).toString("hex"),
      });
      res.end(payload === undefined ? "" : JSON.stringify(payload));
    };
    if (method === "POST" && url.pathname === "/v1/oauth2/token") {
      const basic = Buffer.from(`${this.clientId}:${this.clientSecret}`).toString("base64");
      if (header(req, "authorization") !== `Basic ${basic}`)
        return send(401, {
          error: "invalid_client",
          error_description: "Client Authentication failed",
        });
      const token = `A21AA${randomBytes(24).toString("hex")}`;
      this.tokens.add(token);
      return send(200, {
        scope: "https://uri.paypal.com/services/payments/payment",
        access_token: token,
        token_type: "Bearer",
        app_id: "APP-FAKE",
        expires_in: 32400,
        nonce: randomUUID(),
      });
    }
    const bearer = header(req, "authorization")?.replace(/^Bearer /, "");
    if (!bearer || !this.tokens.has(bearer))
      return send(401, {
        name: "AUTHENTICATION_FAILURE",
        message:
          "Authentication failed due to invalid authentication credentials or a missing Authorization header.",
      });
    if (this.failNext && this.failNext.count > 0) {
      this.failNext.count--;
      return send(this.failNext.status, { name: "INTERNAL_SERVICE_ERROR", message: "Fake outage" });
    }
    if (method === "GET" && url.pathname.startsWith("/v1/reporting/")) {
      const [status, answer] = this.reporting(url, header(req, "paypal-auth-assertion"));
      return send(status, answer);
    }
    if (method === "POST" && requestId) {
      const key = `${url.pathname}|${requestId}`;
      const seen = this.replies.get(key);
      if (seen) return send(seen.status, seen.body);
      const [status, answer] = this.route(method, url.pathname, body);
      if (status < 500) this.replies.set(key, { status, body: answer });
      return send(status, answer);
    }
    const [status, answer] = this.route(method, url.pathname, body);
    return send(status, answer);
  }

  private route(method: string, path: string, body: unknown): [number, unknown] {
    const input = (body ?? {}) as Record<string, unknown>;
    if (method === "POST" && path === "/v2/checkout/orders") return this.createOrder(input);
    const orderMatch = /^\/v2\/checkout\/orders\/([^/]+)(\/capture)?$/.exec(path);
    if (orderMatch) {
      const order = this.orders.get(orderMatch[1]!);
      if (!order)
        return unprocessable(
          404,
          "RESOURCE_NOT_FOUND",
          "INVALID_RESOURCE_ID",
          "Specified resource ID does not exist.",
        );
      if (method === "GET" && !orderMatch[2]) return [200, this.view(order)];
      if (method === "PATCH" && !orderMatch[2]) return this.patchOrder(order, body);
      if (method === "POST" && orderMatch[2]) return this.captureOrder(order);
    }
    const captureMatch = /^\/v2\/payments\/captures\/([^/]+)(\/refund)?$/.exec(path);
    if (captureMatch) {
      const capture = this.findCapture(captureMatch[1]!);
      if (!capture)
        return unprocessable(
          404,
          "RESOURCE_NOT_FOUND",
          "INVALID_RESOURCE_ID",
          "Specified resource ID does not exist.",
        );
      if (method === "GET" && !captureMatch[2]) return [200, capture];
      if (method === "POST" && captureMatch[2]) return this.refundCapture(capture, input);
    }
    if (method === "POST" && path === "/v1/notifications/verify-webhook-signature") {
      const fields = input as Record<string, string | undefined>;
      const event = JSON.stringify(input.webhook_event);
      const genuine =
        fields.webhook_id === this.webhookId &&
        !!fields.transmission_id &&
        !!fields.transmission_time &&
        fields.transmission_sig ===
          this.signature(fields.transmission_id, fields.transmission_time, this.webhookId, event);
      return [200, { verification_status: genuine ? "SUCCESS" : "FAILURE" }];
    }
    return unprocessable(
      404,
      "RESOURCE_NOT_FOUND",
      "INVALID_RESOURCE_ID",
      `No route ${method} ${path}.`,
    );
  }

  private createOrder(input: Record<string, unknown>): [number, unknown] {
    const units = input.purchase_units as FakePayPalOrder["purchase_units"] | undefined;
    const unit = units?.[0];
    if (input.intent !== "CAPTURE" && input.intent !== "AUTHORIZE")
      return unprocessable(
        400,
        "INVALID_REQUEST",
        "MISSING_REQUIRED_PARAMETER",
        "intent is required.",
      );
    if (!unit?.amount)
      return unprocessable(
        400,
        "INVALID_REQUEST",
        "MISSING_REQUIRED_PARAMETER",
        "amount is required.",
      );
    const problem = amountProblem(unit);
    if (problem) return unprocessable(422, "UNPROCESSABLE_ENTITY", problem[0], problem[1]);
    const merchant = unit.payee?.merchant_id;
    if (merchant !== undefined && !/^[A-Z0-9]{13}$/.test(merchant))
      return unprocessable(
        422,
        "UNPROCESSABLE_ENTITY",
        "PAYEE_ACCOUNT_INVALID",
        "Payee account specified is invalid.",
      );
    const paypal = ((input.payment_source as Record<string, unknown> | undefined)?.paypal ??
      {}) as Record<string, unknown>;
    const context = (paypal.experience_context ?? {}) as Record<string, string>;
    const id = randomBytes(9).toString("hex").toUpperCase().slice(0, 17);
    const order: FakePayPalOrder = {
      id,
      intent: String(input.intent),
      status: "PAYER_ACTION_REQUIRED",
      create_time: new Date().toISOString(),
      purchase_units: [{ ...unit, reference_id: unit.reference_id ?? "default" }],
      payment_source: { paypal },
      links: [
        { href: `${this.base}/v2/checkout/orders/${id}`, rel: "self", method: "GET" },
        { href: `${this.approveBase}/checkoutnow?token=${id}`, rel: "payer-action", method: "GET" },
      ],
      returnUrl: context.return_url ?? "",
      cancelUrl: context.cancel_url ?? "",
    };
    this.orders.set(id, order);
    return [200, this.view(order)];
  }

  private patchOrder(order: FakePayPalOrder, body: unknown): [number, unknown] {
    if (order.status === "COMPLETED")
      return unprocessable(
        422,
        "UNPROCESSABLE_ENTITY",
        "ORDER_ALREADY_COMPLETED",
        "The order cannot be patched after it is completed.",
      );
    for (const op of (body ?? []) as { op: string; path: string; value: unknown }[]) {
      if (op.op === "replace" && op.path === "/purchase_units/@reference_id=='default'/custom_id")
        order.purchase_units[0]!.custom_id = String(op.value);
      else
        return unprocessable(
          422,
          "UNPROCESSABLE_ENTITY",
          "PATCH_PATH_NOT_SUPPORTED",
          `Cannot patch ${op.path}.`,
        );
    }
    return [204, undefined];
  }

  private captureOrder(order: FakePayPalOrder): [number, unknown] {
    if (order.status === "COMPLETED")
      return unprocessable(
        422,
        "UNPROCESSABLE_ENTITY",
        "ORDER_ALREADY_CAPTURED",
        "Order already captured.If 'intent=CAPTURE' only one capture per order is allowed.",
      );
    if (order.status !== "APPROVED")
      return unprocessable(
        422,
        "UNPROCESSABLE_ENTITY",
        "ORDER_NOT_APPROVED",
        "Payer has not yet approved the Order for payment.",
      );
    const unit = order.purchase_units[0]!;
    const capture: FakeCapture = {
      id: randomBytes(9).toString("hex").toUpperCase().slice(0, 17),
      status: this.captureOutcome,
      amount: { currency_code: unit.amount.currency_code, value: unit.amount.value },
      custom_id: unit.custom_id,
      final_capture: true,
      create_time: new Date().toISOString(),
      links: [],
      supplementary_data: { related_ids: { order_id: order.id } },
    };
    capture.links = [
      { href: `${this.base}/v2/payments/captures/${capture.id}`, rel: "self", method: "GET" },
      { href: `${this.base}/v2/checkout/orders/${order.id}`, rel: "up", method: "GET" },
    ];
    unit.payments = { captures: [capture] };
    order.status = "COMPLETED";
    return [201, this.view(order)];
  }

  private refundCapture(capture: FakeCapture, input: Record<string, unknown>): [number, unknown] {
    const currency = capture.amount.currency_code;
    const captured = toMinor(capture.amount.value, currency);
    const already = this.refundedOf(capture.id);
    const asked = input.amount as Money | undefined;
    if (asked && asked.currency_code !== currency)
      return unprocessable(
        422,
        "UNPROCESSABLE_ENTITY",
        "REFUND_CURRENCY_MISMATCH",
        "Refund currency must match the captured currency.",
      );
    if (capture.status !== "COMPLETED" && capture.status !== "PARTIALLY_REFUNDED")
      return unprocessable(
        422,
        "UNPROCESSABLE_ENTITY",
        "CAPTURE_FULLY_REFUNDED",
        "The capture has already been fully refunded.",
      );
    const amount = asked ? toMinor(asked.value, currency) : captured - already;
    if (amount <= 0 || already + amount > captured)
      return unprocessable(
        422,
        "UNPROCESSABLE_ENTITY",
        "REFUND_AMOUNT_EXCEEDED",
        "The refund amount must be less than or equal to the capture amount that has not yet been refunded.",
      );
    const refund: FakeRefund = {
      id: randomBytes(9).toString("hex").toUpperCase().slice(0, 17),
      status: this.refundOutcome,
      amount: { currency_code: currency, value: toValue(amount, currency) },
      capture_id: capture.id,
      ...(typeof input.note_to_payer === "string" ? { note_to_payer: input.note_to_payer } : {}),
    };
    this.refunds.push(refund);
    capture.status = already + amount === captured ? "REFUNDED" : "PARTIALLY_REFUNDED";
    return [201, { id: refund.id, status: refund.status, amount: refund.amount }];
  }

  /**
   * PayPal's reporting APIs (balances, transaction search) for the merchant an auth assertion
   * names (none: the platform's own account): its captures (event code T0006, PayPal's fee
   * 3.49% + 0.49), their refunds (T1107) and the withdrawals a test set (T0400).
   */
  private reporting(url: URL, assertion: string | undefined): [number, unknown] {
    let merchant = "";
    if (assertion) {
      try {
        const claims = JSON.parse(
          Buffer.from(assertion.split(".")[1] ?? "", "base64url").toString("utf8"),
        ) as { payer_id?: string };
        merchant = claims.payer_id ?? "";
      } catch {
        return unprocessable(400, "INVALID_REQUEST", "INVALID_AUTH_ASSERTION", "Bad assertion.");
      }
    }
    if (this.reportingRefused.has(merchant))
      return [
        403,
        {
          name: "NOT_AUTHORIZED",
          message: "Authorization failed due to insufficient permissions.",
          debug_id: randomBytes(6).toString("hex"),
        },
      ];
    const rows = this.reportRows(merchant);
    if (url.pathname === "/v1/reporting/balances") {
      const totals = new Map<string, number>();
      for (const row of rows)
        if (row.status === "S")
          totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.amount - row.fee);
      return [
        200,
        {
          balances: [...totals].map(([currency, total]) => ({
            currency,
            primary: currency === [...totals.keys()][0],
            total_balance: { currency_code: currency, value: toValue(total, currency) },
            available_balance: { currency_code: currency, value: toValue(total, currency) },
            withheld_balance: { currency_code: currency, value: toValue(0, currency) },
          })),
          account_id: merchant || "PLATFORM00001",
          as_of_time: new Date().toISOString(),
          last_refresh_time: new Date().toISOString(),
        },
      ];
    }
    if (url.pathname === "/v1/reporting/transactions") {
      const start = Date.parse(url.searchParams.get("start_date") ?? "");
      const end = Date.parse(url.searchParams.get("end_date") ?? "");
      if (Number.isNaN(start) || Number.isNaN(end) || end - start > 31 * 86_400_000)
        return unprocessable(
          400,
          "INVALID_REQUEST",
          "INVALID_DATE_RANGE",
          "start_date and end_date are required, at most 31 days apart.",
        );
      const inRange = rows.filter((r) => Date.parse(r.time) >= start && Date.parse(r.time) <= end);
      const signed = (minor: number, currency: string) =>
        `${minor < 0 ? "-" : ""}${toValue(Math.abs(minor), currency)}`;
      return [
        200,
        {
          transaction_details: inRange.map((r) => ({
            transaction_info: {
              paypal_account_id: merchant || "PLATFORM00001",
              transaction_id: r.id,
              transaction_event_code: r.code,
              transaction_initiation_date: r.time,
              transaction_updated_date: r.time,
              transaction_amount: {
                currency_code: r.currency,
                value: signed(r.amount, r.currency),
              },
              ...(r.fee
                ? { fee_amount: { currency_code: r.currency, value: signed(-r.fee, r.currency) } }
                : {}),
              transaction_status: r.status,
            },
          })),
          account_number: merchant || "PLATFORM00001",
          start_date: url.searchParams.get("start_date"),
          end_date: url.searchParams.get("end_date"),
          last_refreshed_datetime: new Date().toISOString(),
          page: 1,
          total_items: inRange.length,
          total_pages: 1,
          links: [],
        },
      ];
    }
    return unprocessable(404, "RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID", "No such report.");
  }

  /** A merchant's money movements as the reporting APIs list them (fee: PayPal's, positive). */
  private reportRows(merchant: string) {
    const rows: {
      id: string;
      code: string;
      time: string;
      amount: number;
      fee: number;
      currency: string;
      status: string;
    }[] = [];
    for (const order of this.orders.values()) {
      const unit = order.purchase_units[0]!;
      if ((unit.payee?.merchant_id ?? "") !== merchant) continue;
      for (const capture of unit.payments?.captures ?? []) {
        if (capture.status === "DECLINED") continue;
        const currency = capture.amount.currency_code;
        const amount = toMinor(capture.amount.value, currency);
        rows.push({
          id: capture.id,
          code: "T0006",
          time: capture.create_time,
          amount,
          fee: Math.round(amount * 0.0349) + (DECIMALS[currency] === 0 ? 0 : 49),
          currency,
          status: capture.status === "PENDING" ? "P" : "S",
        });
        for (const refund of this.refunds.filter((r) => r.capture_id === capture.id))
          rows.push({
            id: refund.id,
            code: "T1107",
            time: capture.create_time,
            amount: -toMinor(refund.amount.value, currency),
            fee: 0,
            currency,
            status: "S",
          });
      }
    }
    for (const w of this.withdrawals.get(merchant) ?? [])
      rows.push({
        id: w.id,
        code: "T0400",
        time: w.time,
        amount: -w.amount,
        fee: 0,
        currency: w.currency,
        status: w.status,
      });
    return rows;
  }

  /** The approve page: a form that approves (or cancels) and sends the shopper back. */
  private approvePage(method: string, url: URL, raw: string, res: ServerResponse) {
    const form = new URLSearchParams(raw);
    const id = url.searchParams.get("token") ?? form.get("token") ?? "";
    const order = this.orders.get(id);
    const html = (status: number, content: string) => {
      res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>PayPal (fake)</title></head><body style="font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">${content}</body></html>`,
      );
    };
    if (!order) return html(404, "<h1>This PayPal order does not exist.</h1>");
    const unit = order.purchase_units[0]!;
    if (method === "POST") {
      if (form.get("action") === "cancel") {
        res.writeHead(303, { location: withQuery(order.cancelUrl, { token: id }) });
        return res.end();
      }
      if (order.status === "PAYER_ACTION_REQUIRED") this.approve(id);
      res.writeHead(303, {
        location: withQuery(order.returnUrl, { token: id, PayerID: order.payer?.payer_id ?? "" }),
      });
      return res.end();
    }
    const amount = `${unit.amount.value} ${unit.amount.currency_code}`;
    return html(
      200,
      `<h1>Pay with PayPal</h1><p>${escapeHtml(unit.description ?? "")}</p><p>Total: <strong>${escapeHtml(amount)}</strong></p>` +
        `<form method="post" action="/checkoutnow"><input type="hidden" name="token" value="${escapeHtml(id)}">` +
        `<button type="submit" name="action" value="approve">Pay Now</button> ` +
        `<button type="submit" name="action" value="cancel">Cancel and return to the store</button></form>`,
    );
  }

  private view(order: FakePayPalOrder) {
    const { returnUrl, cancelUrl, ...visible } = order;
    void returnUrl;
    void cancelUrl;
    return structuredClone(visible);
  }
}

export type FakeWebhookEvent = {
  id: string;
  event_version: string;
  create_time: string;
  resource_type: string;
  event_type: string;
  summary: string;
  resource: Record<string, unknown>;
  links: unknown[];
};

/** Whether an amount can be written in its currency at PayPal, and its breakdown adds up. */
function amountProblem(unit: FakePayPalOrder["purchase_units"][number]): [string, string] | null {
  const { currency_code: currency, value, breakdown } = unit.amount;
  const decimals = DECIMALS[currency];
  if (decimals === undefined)
    return ["CURRENCY_NOT_SUPPORTED", `Currency code ${currency} is not currently supported.`];
  const shape = decimals === 0 ? /^\d+$/ : /^\d+(\.\d{1,2})?$/;
  if (!shape.test(value)) return ["DECIMAL_PRECISION", `${currency} does not support ${value}.`];
  if (!breakdown) return null;
  const m = (money?: Money) => (money ? toMinor(money.value, currency) : 0);
  const sum =
    m(breakdown.item_total) +
    m(breakdown.shipping) +
    m(breakdown.tax_total) -
    m(breakdown.discount);
  if (sum !== toMinor(value, currency))
    return ["AMOUNT_MISMATCH", "Should equal item_total + tax_total + shipping - discount."];
  const items = (unit.items ?? []).reduce(
    (s, i) => s + toMinor(i.unit_amount.value, currency) * Number(i.quantity),
    0,
  );
  if (unit.items && items !== m(breakdown.item_total))
    return [
      "ITEM_TOTAL_MISMATCH",
      "Should equal sum of (unit_amount * quantity) across all items.",
    ];
  return null;
}

function toMinor(value: string, currency: string): number {
  const decimals = DECIMALS[currency] ?? 2;
  const [whole, fraction = ""] = value.split(".");
  return (
    Number(whole) * 10 ** decimals +
    Number(fraction.padEnd(decimals, "0").slice(0, decimals) || "0")
  );
}

function toValue(minor: number, currency: string): string {
  const decimals = DECIMALS[currency] ?? 2;
  if (decimals === 0) return String(minor);
  const digits = String(minor).padStart(decimals + 1, "0");
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

function unprocessable(
  status: number,
  name: string,
  issue: string,
  description: string,
): [number, unknown] {
  return [
    status,
    {
      name,
      message: description,
      debug_id: randomBytes(6).toString("hex"),
      details: [{ issue, description }],
    },
  ];
}

function withQuery(target: string, params: Record<string, string>): string {
  const url = new URL(target);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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
