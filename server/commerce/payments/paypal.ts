import {
  ApiError,
  CheckoutPaymentIntent,
  Client,
  Environment,
  OrdersController,
  PatchOp,
  PaymentsController,
  PaypalExperienceUserAction,
  PaypalWalletContextShippingPreference,
  type Order,
  type OrdersCapture,
  type PurchaseUnitRequest,
} from "@paypal/paypal-server-sdk";
import { currencyExponent } from "../../../domain/money.ts";
import {
  PaymentProviderError,
  type PaymentLine,
  type PaymentLookup,
  type PaymentProvider,
  type PaymentRequest,
  type PaymentResult,
  type PayoutsSource,
  type PayoutsSummary,
  type RefundRequest,
} from "./port.ts";
import { paypalPayoutsSummary } from "./paypal-payouts.ts";

export type PayPalOptions = {
  clientId: string;
  clientSecret: string;
  /** The id PayPal gave our webhook endpoint: events are verified against it. */
  webhookId: string;
  /**
   * https://api-m.paypal.com (live, the default), https://api-m.sandbox.paypal.com, or a local
   * fake in tests (any other address: the SDK's requests are sent there instead).
   */
  apiBase?: string;
  now?: () => Date;
};

const LIVE_BASE = "https://api-m.paypal.com";
const SANDBOX_BASE = "https://api-m.sandbox.paypal.com";

/**
 * The currencies PayPal takes (its "currency codes" reference). HUF, JPY and TWD take no
 * decimals at PayPal even where ISO 4217 has two (HUF, TWD): an amount there must be whole.
 */
export const PAYPAL_CURRENCIES: ReadonlySet<string> = new Set([
  "AUD",
  "BRL",
  "CAD",
  "CHF",
  "CNY",
  "CZK",
  "DKK",
  "EUR",
  "GBP",
  "HKD",
  "HUF",
  "ILS",
  "JPY",
  "MXN",
  "MYR",
  "NOK",
  "NZD",
  "PHP",
  "PLN",
  "SEK",
  "SGD",
  "THB",
  "TWD",
  "USD",
]);
const WHOLE_AT_PAYPAL: ReadonlySet<string> = new Set(["HUF", "JPY", "TWD"]);

/** A PayPal merchant id (the account's "payer id"): 13 upper-case letters and digits. */
export const PAYPAL_MERCHANT_ID = /^[A-Z0-9]{13}$/;

/**
 * Our minor units as PayPal's decimal string, by the currency's ISO 4217 exponent: 1850 JPY is
 * "1850", 12345 EUR "123.45", 12345 KWD "12.345". PayPal's own table decides what it accepts:
 * currencies it does not take are refused here, and in HUF, JPY and TWD only whole amounts.
 */
export function paypalValue(amount: number, currency: string): string {
  if (!Number.isSafeInteger(amount) || amount < 0)
    throw new PaymentProviderError(`${amount} is not an amount in minor units.`);
  const exponent = currencyExponent(currency);
  const digits = String(amount).padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  if (WHOLE_AT_PAYPAL.has(currency) && /[1-9]/.test(fraction))
    throw new PaymentProviderError(
      `PayPal takes ${currency} in whole units only; ${whole}.${fraction} ${currency} cannot be charged.`,
    );
  if (WHOLE_AT_PAYPAL.has(currency) || exponent === 0) return whole;
  return `${whole}.${fraction}`;
}

/** PayPal's decimal string back to our minor units ("123.45" EUR is 12345), exactly. */
export function minorFromPaypal(value: string, currency: string): number {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new PaymentProviderError(`PayPal sent an amount we cannot read: "${value}".`);
  const exponent = currencyExponent(currency);
  const fraction = (match[2] ?? "").padEnd(exponent, "0");
  if (fraction.length > exponent && /[1-9]/.test(fraction.slice(exponent)))
    throw new PaymentProviderError(`PayPal sent ${value} ${currency}: too many decimals.`);
  return Number(match[1]) * 10 ** exponent + Number(fraction.slice(0, exponent) || "0");
}

/** Refuses a currency PayPal does not take, with a sentence a merchant can act on. */
export function checkPaypalCurrency(currency: string): void {
  if (!PAYPAL_CURRENCIES.has(currency))
    throw new PaymentProviderError(
      `PayPal does not take payments in ${currency}; the shop's currency must be one PayPal supports.`,
    );
}

/**
 * What we keep in the purchase unit's `custom_id`: our order id and until when the page may be
 * paid (epoch seconds; 0 once we withdrew it). PayPal has no way to close an order before it is
 * approved, so "closed" is ours to decide: we never capture a withdrawn or lapsed order, and
 * PayPal drops an order nobody captures.
 */
export function customId(orderId: string, payableUntil: number): string {
  return `${orderId}|${payableUntil}`;
}

export function readCustomId(value: string | undefined): {
  orderId: string | null;
  until: number | null;
} {
  if (!value) return { orderId: null, until: null };
  const [orderId, until] = value.split("|");
  return { orderId: orderId || null, until: until === undefined ? null : Number(until) };
}

/**
 * PayPal Checkout (Orders v2, intent CAPTURE): we create the order for the store's merchant
 * (payee), the shopper approves it on PayPal's page, and we capture it when they come back (the
 * return redirect asks `lookupPayment`, which captures an approved order) or when the
 * CHECKOUT.ORDER.APPROVED webhook arrives first. Every POST carries a PayPal-Request-Id derived
 * from our order or refund, so retries never create, capture or refund twice.
 */
export class PayPalPayments implements PaymentProvider, PayoutsSource {
  readonly kind = "paypal";
  readonly collectsCard = false;
  readonly client: Client;
  readonly apiBase: string;
  private readonly orders: OrdersController;
  private readonly payments: PaymentsController;
  private readonly now: () => Date;

  constructor(
    private readonly options: PayPalOptions,
    /** The store's PayPal merchant id: payee of its orders, and whose captures we refund. */
    readonly merchantId: string | null = null,
    shared?: PayPalPayments,
  ) {
    this.apiBase = (options.apiBase ?? LIVE_BASE).replace(/\/$/, "");
    this.now = options.now ?? (() => new Date());
    this.client = shared?.client ?? createClient(options, this.apiBase);
    this.orders = shared?.orders ?? new OrdersController(this.client);
    this.payments = shared?.payments ?? new PaymentsController(this.client);
  }

  /** The same platform credentials, paying into (and refunding from) one store's account. */
  forMerchant(merchantId: string): PayPalPayments {
    return new PayPalPayments(this.options, merchantId, this);
  }

  async startPayment(request: PaymentRequest): Promise<PaymentResult> {
    checkPaypalCurrency(request.currency);
    const until = Math.floor(
      (request.expiresAt?.getTime() ?? this.now().getTime() + 3 * 3600_000) / 1000,
    );
    const unit: PurchaseUnitRequest = {
      referenceId: "default",
      customId: customId(request.orderId, until),
      description: request.description.slice(0, 127),
      amount: {
        currencyCode: request.currency,
        value: paypalValue(request.amount, request.currency),
        ...itemised(request),
      },
      ...(request.lines ? { items: items(request.lines, request.currency) } : {}),
      ...(this.merchantId ? { payee: { merchantId: this.merchantId } } : {}),
    };
    if (!unit.amount.breakdown) delete unit.items;
    try {
      const { result } = await this.orders.createOrder({
        paypalRequestId: request.idempotencyKey,
        prefer: "return=representation",
        body: {
          intent: CheckoutPaymentIntent.Capture,
          purchaseUnits: [unit],
          paymentSource: {
            paypal: {
              emailAddress: request.email,
              experienceContext: {
                returnUrl: request.returnUrl,
                cancelUrl: request.cancelUrl,
                userAction: PaypalExperienceUserAction.PayNow,
                shippingPreference: PaypalWalletContextShippingPreference.NoShipping,
              },
            },
          },
        },
      });
      const approve = result.links?.find((l) => l.rel === "payer-action" || l.rel === "approve");
      if (!result.id || !approve)
        throw new PaymentProviderError("PayPal returned no page for the shopper to approve.");
      return { status: "redirect", url: approve.href, paymentRef: result.id };
    } catch (error) {
      throw providerError(error);
    }
  }

  /**
   * The state of a PayPal order, capturing it first when the shopper has approved it and it is
   * still ours to take. The capture's PayPal-Request-Id is the order's, so the return redirect
   * and the webhook capturing at once take the money once.
   */
  async lookupPayment(paymentRef: string): Promise<PaymentLookup> {
    try {
      let order = (await this.orders.getOrder({ id: paymentRef })).result;
      const { orderId, until } = readCustomId(order.purchaseUnits?.[0]?.customId);
      const lapsed = until !== null && until * 1000 <= this.now().getTime();
      if (order.status === "APPROVED" && !lapsed) order = await this.capture(paymentRef);
      return orderPayment(order, orderId, lapsed);
    } catch (error) {
      throw providerError(error);
    }
  }

  private async capture(paypalOrderId: string): Promise<Order> {
    try {
      return (
        await this.orders.captureOrder({
          id: paypalOrderId,
          paypalRequestId: `capture-${paypalOrderId}`,
          prefer: "return=representation",
        })
      ).result;
    } catch (error) {
      // Captured meanwhile by another request (not sharing our request id): read what it took.
      if (issueOf(error) === "ORDER_ALREADY_CAPTURED")
        return (await this.orders.getOrder({ id: paypalOrderId })).result;
      throw error;
    }
  }

  /** Which of our orders a capture was for (its custom_id), and the PayPal order it closed. */
  async captureOwner(
    captureId: string,
  ): Promise<{ orderId: string | null; paypalOrderId: string | null }> {
    try {
      const { result } = await this.payments.getCapturedPayment({ captureId });
      return {
        orderId: readCustomId(result.customId).orderId,
        paypalOrderId: result.supplementaryData?.relatedIds?.orderId ?? null,
      };
    } catch (error) {
      throw providerError(error);
    }
  }

  async refund(
    request: RefundRequest,
  ): Promise<{ refundId: string; status: "pending" | "succeeded" }> {
    try {
      const { result } = await this.payments.refundCapturedPayment({
        captureId: request.refundRef,
        paypalRequestId: request.idempotencyKey,
        prefer: "return=representation",
        ...(this.merchantId ? { paypalAuthAssertion: this.authAssertion() } : {}),
        body: {
          amount: {
            currencyCode: request.currency,
            value: paypalValue(request.amount, request.currency),
          },
          ...(request.reason ? { noteToPayer: request.reason.slice(0, 255) } : {}),
        },
      });
      if (!result.id || result.status === "FAILED" || result.status === "CANCELLED")
        throw new PaymentProviderError(
          `PayPal could not refund: ${result.statusDetails?.reason ?? result.status ?? "no refund made"}.`,
        );
      // PENDING: PayPal took the refund but sends the money later (an eCheck not yet cleared, a
      // balance too low); its PAYMENT.CAPTURE.REFUNDED or PAYMENT.REFUND.FAILED settles it.
      return { refundId: result.id, status: result.status === "PENDING" ? "pending" : "succeeded" };
    } catch (error) {
      throw providerError(error);
    }
  }

  /**
   * PayPal cannot void an order nobody has captured; it drops it by itself. We withdraw it on our
   * side: its `custom_id` is marked paid-until 0, so neither the return nor the webhook ever
   * captures it, and lookups say "expired". An order already captured is left alone (its money
   * is the order's, or is refunded as a second payment).
   */
  async cancelPayment(paymentRef: string, idempotencyKey: string): Promise<void> {
    void idempotencyKey; // PATCH is idempotent by nature: PayPal takes no request id for it.
    try {
      const order = (await this.orders.getOrder({ id: paymentRef })).result;
      if (order.status === "COMPLETED" || order.status === "VOIDED") return;
      const { orderId } = readCustomId(order.purchaseUnits?.[0]?.customId);
      await this.orders.patchOrder({
        id: paymentRef,
        body: [
          {
            op: PatchOp.Replace,
            path: "/purchase_units/@reference_id=='default'/custom_id",
            value: customId(orderId ?? "", 0),
          },
        ],
      });
    } catch (error) {
      // Gone at PayPal (expired long ago): nothing left to stop.
      if (error instanceof ApiError && error.statusCode === 404) return;
      throw providerError(error);
    }
  }

  /**
   * Asks PayPal whether a webhook delivery is genuine (POST
   * /v1/notifications/verify-webhook-signature with our webhook id). The event is passed on as
   * the very bytes received: PayPal checks its signature over them, and a re-serialised copy
   * could differ. Throws WebhookSignatureError unless PayPal answers SUCCESS.
   */
  async verifyWebhook(
    rawBody: Buffer | string,
    headers: Record<string, string | string[] | undefined>,
  ): Promise<PayPalWebhookEvent> {
    const header = (name: string) => {
      const value = headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const fields = {
      auth_algo: header("paypal-auth-algo"),
      cert_url: header("paypal-cert-url"),
      transmission_id: header("paypal-transmission-id"),
      transmission_sig: header("paypal-transmission-sig"),
      transmission_time: header("paypal-transmission-time"),
      webhook_id: this.options.webhookId,
    };
    const missing = Object.entries(fields).filter(([, v]) => !v);
    if (missing.length)
      throw new WebhookSignatureError(
        `The PayPal headers ${missing.map(([k]) => k).join(", ")} are missing.`,
      );
    const raw = typeof rawBody === "string" ? rawBody : rawBody.toString("utf8");
    let event: PayPalWebhookEvent;
    try {
      event = JSON.parse(raw) as PayPalWebhookEvent;
    } catch {
      throw new WebhookSignatureError("The webhook body is not JSON.");
    }
    if (typeof event?.id !== "string" || typeof event.event_type !== "string")
      throw new WebhookSignatureError("The webhook body is not a PayPal event.");
    const body = `${JSON.stringify(fields).slice(0, -1)},"webhook_event":${raw}}`;
    let answer: Response;
    try {
      const token = await this.client.clientCredentialsAuthManager.fetchToken();
      answer = await fetch(`${this.apiBase}/v1/notifications/verify-webhook-signature`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token.accessToken}`,
          "content-type": "application/json",
        },
        body,
        signal: AbortSignal.timeout(20_000),
      });
    } catch (error) {
      throw providerError(error);
    }
    const result = (await answer.json().catch(() => null)) as {
      verification_status?: string;
    } | null;
    if (!answer.ok)
      throw new PaymentProviderError(
        `PayPal could not verify the webhook (HTTP ${answer.status}).`,
      );
    if (result?.verification_status !== "SUCCESS")
      throw new WebhookSignatureError("PayPal says the webhook signature does not match.");
    return event;
  }

  /** Identifies the store's merchant on calls made for it (PayPal-Auth-Assertion, unsigned). */
  private authAssertion(merchantId = this.merchantId): string {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    return `${part({ alg: "none" })}.${part({ iss: this.options.clientId, payer_id: merchantId })}.`;
  }

  /**
   * The merchant's balance and latest transactions with PayPal's fees, through PayPal's reporting
   * APIs called as the merchant (paypal-payouts.ts, every answer checked). The SDK's
   * TransactionSearchController cannot send the merchant's auth assertion, so this is plain HTTP
   * with the SDK's token.
   */
  async payoutsSummary(merchantId: string): Promise<PayoutsSummary> {
    let token: string;
    try {
      token = (await this.client.clientCredentialsAuthManager.fetchToken()).accessToken;
    } catch (error) {
      throw providerError(error);
    }
    const assertion = this.authAssertion(merchantId);
    return paypalPayoutsSummary(
      (path) =>
        fetch(`${this.apiBase}${path}`, {
          headers: {
            authorization: `Bearer ${token}`,
            "paypal-auth-assertion": assertion,
            accept: "application/json",
          },
          signal: AbortSignal.timeout(20_000),
        }),
      this.now(),
    );
  }
}

/** A PayPal webhook event, as much of it as we read. */
export type PayPalWebhookEvent = {
  id: string;
  event_type: string;
  create_time?: string;
  resource_type?: string;
  resource: Record<string, unknown>;
};

export class WebhookSignatureError extends Error {
  override name = "WebhookSignatureError";
}

/** A PayPal order as our port describes payments. */
export function orderPayment(order: Order, orderId: string | null, lapsed: boolean): PaymentLookup {
  const capture = order.purchaseUnits?.[0]?.payments?.captures?.[0];
  if (order.status === "COMPLETED" && capture && capturedMoney(capture)) {
    const amount = capture.amount!;
    return {
      status: "paid",
      amount: minorFromPaypal(amount.value, amount.currencyCode),
      currency: amount.currencyCode,
      refundRef: capture.id ?? "",
      orderId,
    };
  }
  // A capture PayPal holds for review is not money yet: PAYMENT.CAPTURE.COMPLETED tells us.
  if (order.status === "COMPLETED" && capture?.status === "PENDING")
    return { status: "open", orderId };
  if (order.status === "COMPLETED" || order.status === "VOIDED" || lapsed)
    return { status: "expired", orderId };
  return { status: "open", orderId };
}

/** A capture that took the money (later refunds do not undo that it was paid). */
export function capturedMoney(capture: Pick<OrdersCapture, "status" | "amount">): boolean {
  return (
    !!capture.amount &&
    (capture.status === "COMPLETED" ||
      capture.status === "PARTIALLY_REFUNDED" ||
      capture.status === "REFUNDED")
  );
}

/**
 * The breakdown PayPal shows the shopper and checks (item total + shipping + tax − discount
 * must equal the amount), summed by kind from the request's lines. Left out when it would not add
 * up exactly, or an item's price cannot be written in the currency at PayPal: the amount alone is
 * always accepted.
 */
function itemised(request: PaymentRequest) {
  const lines = request.lines;
  if (!lines?.length) return {};
  const total = (kind: PaymentLine["kind"]) =>
    lines.filter((l) => l.kind === kind).reduce((sum, l) => sum + l.amount, 0);
  const itemTotal = total("product");
  const shipping = total("shipping");
  const tax = total("tax");
  const discount = -total("discount");
  if (itemTotal + shipping + tax - discount !== request.amount) return {};
  if (shipping < 0 || tax < 0 || discount < 0) return {};
  const money = (amount: number) => ({
    currencyCode: request.currency,
    value: paypalValue(amount, request.currency),
  });
  try {
    for (const line of products(lines)) paypalValue(line.unitAmount, request.currency);
    return {
      breakdown: {
        itemTotal: money(itemTotal),
        ...(shipping ? { shipping: money(shipping) } : {}),
        ...(tax ? { taxTotal: money(tax) } : {}),
        ...(discount ? { discount: money(discount) } : {}),
      },
    };
  } catch {
    return {};
  }
}

function products(lines: PaymentLine[]) {
  return lines.filter((l) => l.kind === "product");
}

function items(lines: PaymentLine[], currency: string) {
  return products(lines)
    .slice(0, 100)
    .map((item) => ({
      name: item.name.slice(0, 127),
      quantity: String(item.quantity),
      unitAmount: { currencyCode: currency, value: paypalValue(item.unitAmount, currency) },
      ...(item.sku ? { sku: item.sku.slice(0, 127) } : {}),
    }));
}

function createClient(options: PayPalOptions, apiBase: string): Client {
  const known = apiBase === LIVE_BASE || apiBase === SANDBOX_BASE;
  return new Client({
    clientCredentialsAuthCredentials: {
      oAuthClientId: options.clientId,
      oAuthClientSecret: options.clientSecret,
    },
    environment: apiBase === LIVE_BASE ? Environment.Production : Environment.Sandbox,
    timeout: 20_000,
    // The SDK knows only PayPal's two hosts; any other base (a local fake) gets the requests it
    // would send to the sandbox, through axios's fetch adapter with our own fetch.
    ...(known
      ? {}
      : {
          unstable_httpClientOptions: {
            adapter: "fetch",
            env: { fetch: redirectingFetch(SANDBOX_BASE, apiBase) },
          },
        }),
  });
}

function redirectingFetch(from: string, to: string): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = request.url.startsWith(from) ? to + request.url.slice(from.length) : request.url;
    const body = request.body ? await request.arrayBuffer() : undefined;
    return fetch(url, {
      method: request.method,
      headers: request.headers,
      body,
      signal: request.signal,
      redirect: "manual",
    });
  };
}

/** The first `issue` code of a PayPal error answer (ORDER_ALREADY_CAPTURED...). */
function issueOf(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const body = parseBody(error);
  return body?.details?.[0]?.issue ?? null;
}

type PayPalErrorBody = {
  name?: string;
  message?: string;
  details?: { issue?: string; description?: string }[];
};

function parseBody(error: ApiError): PayPalErrorBody | null {
  if (error.result && typeof error.result === "object") return error.result as PayPalErrorBody;
  try {
    return typeof error.body === "string" ? (JSON.parse(error.body) as PayPalErrorBody) : null;
  } catch {
    return null;
  }
}

function providerError(error: unknown): Error {
  if (error instanceof PaymentProviderError || error instanceof WebhookSignatureError) return error;
  if (error instanceof ApiError) {
    const body = parseBody(error);
    const detail = body?.details?.[0];
    const words = detail?.description ?? body?.message ?? `HTTP ${error.statusCode}`;
    return new PaymentProviderError(`PayPal: ${words}${detail?.issue ? ` (${detail.issue})` : ""}`);
  }
  if (error instanceof Error) return new PaymentProviderError(`PayPal: ${error.message}`);
  return new PaymentProviderError(`PayPal: ${String(error)}`);
}
