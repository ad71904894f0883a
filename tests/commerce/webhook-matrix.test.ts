import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { FakePayPal } from "../../server/commerce/payments/fake-paypal.ts";
import { FakeStripe } from "../../server/commerce/payments/fake-stripe.ts";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper, type Shop } from "./helpers.ts";

/**
 * Every payment event the app handles, Stripe's and PayPal's, as one table: each delivered with
 * a bad signature (a clear 400, nothing changes), then for real (something changes), then again
 * (a duplicate, nothing changes). Stripe's are also sent as a connected account's events through
 * the Connect endpoint's secret, and redelivered through the platform's. Pairs whose order
 * matters are delivered both ways round and must end in the same state.
 *
 * What changed is read as the merchant sees it (`orders.get`, `payments.overview`), not from
 * tables, so the table survives the checkout / order reshape.
 */
const stripe = new FakeStripe();
const paypal = new FakePayPal();
const [stripeUrl, paypalUrl] = await Promise.all([stripe.start(), paypal.start()]);
afterAll(() => Promise.all([stripe.stop(), paypal.stop()]));
const CONNECT_SECRET = `whsec_${randomBytes(16).toString("hex")}`;
const MERCHANT = "MATRIXMERCHNT";
const { app, deps } = await useTestApp({
  env: {
    STRIPE_SECRET_KEY: "sk_test_pegasusmatrix123",
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET,
    STRIPE_API_BASE: stripeUrl,
    PAYPAL_CLIENT_ID: paypal.clientId,
    PAYPAL_CLIENT_SECRET: paypal.clientSecret,
    PAYPAL_WEBHOOK_ID: paypal.webhookId,
    PAYPAL_API_BASE: paypalUrl,
  },
});

type Delivery = { statusCode: number; json(): { outcome?: string; error?: { message: string } } };
type Event = { id: string; [key: string]: unknown };

/** One endpoint and how its events are signed: for real, or by someone else. */
type Channel = {
  name: string;
  send(event: Event, forged?: boolean): Promise<Delivery>;
  /** The same event through the other endpoint's secret, where there is one (Stripe). */
  resend?(event: Event): Promise<Delivery>;
};

function stripeChannel(secret: string, other: string, name: string): Channel {
  const post = (event: Event, key: string) => {
    const payload = JSON.stringify(event);
    return app.inject({
      method: "POST",
      url: "/api/webhooks/stripe",
      headers: {
        "content-type": "application/json",
        "stripe-signature": stripe.sign(payload, { secret: key }),
      },
      payload,
    });
  };
  return {
    name,
    send: (event, forged) => post(event, forged ? "whsec_notstripes0000000000" : secret),
    resend: (event) => post(event, other),
  };
}
const platform = stripeChannel(stripe.webhookSecret, CONNECT_SECRET, "the platform's endpoint");
const connectEndpoint = stripeChannel(CONNECT_SECRET, stripe.webhookSecret, "the Connect endpoint");

/** PayPal signs with its certificate; a forgery is signed by a key that is not PayPal's. */
const stranger = new FakePayPal(paypal.clientId, paypal.clientSecret, paypal.webhookId);
const paypalChannel: Channel = {
  name: "PayPal's endpoint",
  send(event, forged) {
    const payload = JSON.stringify(event);
    return app.inject({
      method: "POST",
      url: "/api/webhooks/paypal",
      headers: {
        "content-type": "application/json",
        ...(forged ? stranger : paypal).sign(payload),
      },
      payload,
    });
  },
};

// Shops: one on the platform's Stripe account, one with its own connected (enabled) account,
// one with PayPal.
const platformShop = await createShop(app, deps);
const connectedShop = await createShop(app, deps);
const connected = await connectedShop.as("mutation", "payments.connectStripe");
const accountId = new URL(connected.data.url as string).pathname.split("/").pop()!;
stripe.completeOnboarding(accountId);
expect((await connectEndpoint.send(stripe.accountUpdated(accountId))).statusCode).toBe(200);
const paypalShop = await createShop(app, deps, { currency: "EUR" });
expect((await paypalShop.as("mutation", "paypal.connect", { merchantId: MERCHANT })).status).toBe(
  200,
);

/** A checkout at the payment step: the shopper has pressed Pay and is on the provider's page. */
async function checkout(shop: Shop, method?: "paypal") {
  const product = await createProduct(shop, { title: "Stoneware Jug", price: 4200, stock: 3 });
  const shopper = new Shopper(app, shop);
  await shopper.add(product.variants[0]!.id, 1);
  const { token } = await shopper.startCheckout();
  expect((await shopper.information(token!)).statusCode).toBe(200);
  const pay = await shopper.post(`/api/checkout/${token}/pay`, method ? { method } : {});
  expect(pay.statusCode, pay.body).toBe(200);
  const next = new URL((pay.json() as { next: string }).next);
  const ref = method ? next.searchParams.get("token")! : next.pathname.split("/").pop()!;
  const orderId = method
    ? paypal.order(ref).purchase_units[0]!.custom_id!.split("|")[0]!
    : stripe.session(ref).client_reference_id!;
  return { shop, shopper, ref, orderId };
}
type Checkout = Awaited<ReturnType<typeof checkout>>;

/** The order as its merchant sees it; the timeline sorted, so two orders compare by content. */
async function orderState({ shop, orderId }: Checkout) {
  const detail = await shop.as("query", "orders.get", { orderId });
  expect(detail.status, JSON.stringify(detail.error)).toBe(200);
  const { order, dispute, timeline } = detail.data as {
    order: Record<string, unknown> & { refunds: { amount: number; status: string }[] };
    dispute: unknown;
    timeline: { message: string }[];
  };
  return {
    status: order.status,
    paymentStatus: order.paymentStatus,
    fulfilmentStatus: order.fulfilmentStatus,
    refundedTotal: order.refundedTotal,
    disputeOpen: dispute !== null,
    refunds: order.refunds.map((r) => `${r.amount} ${r.status}`),
    timeline: timeline.map((e) => e.message).sort(),
  };
}

type OrderState = Awaited<ReturnType<typeof orderState>>;

/** Connect: the event is the connected account's (Stripe names it); otherwise the platform's. */
const as = (channel: Channel) => (channel === connectEndpoint ? { account: accountId } : {});
const stripeShop = (channel: Channel) =>
  channel === connectEndpoint ? connectedShop : platformShop;

async function stripePaid(channel: Channel) {
  const c = await checkout(stripeShop(channel));
  const session = stripe.completeSession(c.ref);
  const paid = stripe.event("checkout.session.completed", session, undefined, as(channel));
  expect((await channel.send(paid)).statusCode).toBe(200);
  return { ...c, intent: session.payment_intent! };
}

/** A session completed with a delayed method: the bank still deciding. */
function processing(channel: Channel, sessionId: string) {
  const session = structuredClone(stripe.completeSession(sessionId));
  session.payment_status = "unpaid";
  return stripe.event("checkout.session.completed", session, undefined, as(channel));
}

async function paypalCaptured(capture: "COMPLETED" | "PENDING" = "COMPLETED") {
  const c = await checkout(paypalShop, "paypal");
  paypal.approve(c.ref);
  paypal.captureOutcome = capture;
  try {
    await deps.commerce.paypal!.forMerchant(MERCHANT).lookupPayment(c.ref);
  } finally {
    paypal.captureOutcome = "COMPLETED";
  }
  return { ...c, capture: paypal.capture(c.ref)! };
}

type Row = {
  event: string;
  channels: Channel[];
  /** Brings an order (or account) to where the event means something; the event to deliver. */
  prepare(channel: Channel): Promise<{ event: Event; state: () => Promise<unknown> }>;
  /** Whether the event changes what the merchant sees (a capture held for review does not). */
  changes?: false;
};

const stripeChannels = [platform, connectEndpoint];
const rows: Row[] = [
  {
    event: "checkout.session.completed",
    channels: stripeChannels,
    async prepare(channel) {
      const c = await checkout(stripeShop(channel));
      const session = stripe.completeSession(c.ref);
      return {
        event: stripe.event("checkout.session.completed", session, undefined, as(channel)),
        state: () => orderState(c),
      };
    },
  },
  {
    event: "checkout.session.completed (delayed method, processing)",
    channels: stripeChannels,
    async prepare(channel) {
      const c = await checkout(stripeShop(channel));
      return { event: processing(channel, c.ref), state: () => orderState(c) };
    },
  },
  {
    event: "checkout.session.async_payment_succeeded",
    channels: stripeChannels,
    async prepare(channel) {
      const c = await checkout(stripeShop(channel));
      expect((await channel.send(processing(channel, c.ref))).statusCode).toBe(200);
      const session = structuredClone(stripe.session(c.ref));
      session.payment_status = "paid";
      return {
        event: stripe.event(
          "checkout.session.async_payment_succeeded",
          session,
          undefined,
          as(channel),
        ),
        state: () => orderState(c),
      };
    },
  },
  {
    event: "checkout.session.async_payment_failed",
    channels: stripeChannels,
    async prepare(channel) {
      const c = await checkout(stripeShop(channel));
      expect((await channel.send(processing(channel, c.ref))).statusCode).toBe(200);
      return { event: stripe.asyncPaymentFailed(c.ref, as(channel)), state: () => orderState(c) };
    },
  },
  {
    event: "checkout.session.expired",
    channels: stripeChannels,
    async prepare(channel) {
      const c = await checkout(stripeShop(channel));
      const session = stripe.session(c.ref);
      session.status = "expired";
      return {
        event: stripe.event("checkout.session.expired", session, undefined, as(channel)),
        state: () => orderState(c),
      };
    },
  },
  {
    event: "charge.refunded",
    channels: stripeChannels,
    async prepare(channel) {
      const c = await stripePaid(channel);
      const refunded = stripe.chargeRefunded(c.intent, 4_200, 1_000, "usd", {
        orderId: c.orderId,
      });
      return { event: { ...refunded, ...as(channel) }, state: () => orderState(c) };
    },
  },
  {
    event: "charge.refund.updated (pending refund succeeded)",
    channels: stripeChannels,
    async prepare(channel) {
      const c = await stripePaid(channel);
      stripe.refundStatus = "pending";
      try {
        const refund = await c.shop.as("mutation", "orders.refund", {
          orderId: c.orderId,
          amount: 1_000,
        });
        expect(refund.status, JSON.stringify(refund.error)).toBe(200);
      } finally {
        stripe.refundStatus = "succeeded";
      }
      return {
        event: stripe.refundUpdated(stripe.refunds.at(-1)!.id, "succeeded", as(channel)),
        state: () => orderState(c),
      };
    },
  },
  {
    event: "charge.refund.updated (refund failed)",
    channels: stripeChannels,
    async prepare(channel) {
      const c = await stripePaid(channel);
      stripe.refundStatus = "pending";
      try {
        await c.shop.as("mutation", "orders.refund", { orderId: c.orderId, amount: 1_000 });
      } finally {
        stripe.refundStatus = "succeeded";
      }
      return {
        event: stripe.refundUpdated(stripe.refunds.at(-1)!.id, "failed", as(channel)),
        state: () => orderState(c),
      };
    },
  },
  {
    event: "charge.dispute.created",
    channels: stripeChannels,
    async prepare(channel) {
      const c = await stripePaid(channel);
      return {
        event: stripe.dispute("charge.dispute.created", c.intent, 4_200, "usd", as(channel)),
        state: () => orderState(c),
      };
    },
  },
  {
    event: "charge.dispute.closed",
    channels: stripeChannels,
    async prepare(channel) {
      const c = await stripePaid(channel);
      const id = `dp_${randomBytes(8).toString("hex")}`;
      const opened = stripe.dispute("charge.dispute.created", c.intent, 4_200, "usd", {
        ...as(channel),
        id,
      });
      expect((await channel.send(opened)).statusCode).toBe(200);
      return {
        event: stripe.dispute("charge.dispute.closed", c.intent, 4_200, "usd", {
          ...as(channel),
          id,
          status: "lost",
        }),
        state: () => orderState(c),
      };
    },
  },
  {
    event: "account.updated",
    channels: stripeChannels,
    async prepare() {
      const shop = await createShop(app, deps);
      const started = await shop.as("mutation", "payments.connectStripe");
      const account = new URL(started.data.url as string).pathname.split("/").pop()!;
      stripe.completeOnboarding(account);
      return {
        event: stripe.accountUpdated(account),
        state: async () => {
          const overview = await shop.as("query", "payments.overview");
          return { canTakePayments: overview.data.canTakePayments, account: overview.data.account };
        },
      };
    },
  },
  {
    event: "CHECKOUT.ORDER.APPROVED",
    channels: [paypalChannel],
    async prepare() {
      const c = await checkout(paypalShop, "paypal");
      paypal.approve(c.ref);
      return {
        event: paypal.event("CHECKOUT.ORDER.APPROVED", paypal.order(c.ref)),
        state: () => orderState(c),
      };
    },
  },
  {
    event: "PAYMENT.CAPTURE.COMPLETED",
    channels: [paypalChannel],
    async prepare() {
      const c = await paypalCaptured();
      return {
        event: paypal.event("PAYMENT.CAPTURE.COMPLETED", c.capture),
        state: () => orderState(c),
      };
    },
  },
  {
    event: "PAYMENT.CAPTURE.PENDING",
    channels: [paypalChannel],
    changes: false,
    async prepare() {
      const c = await paypalCaptured("PENDING");
      return {
        event: paypal.event("PAYMENT.CAPTURE.PENDING", c.capture),
        state: () => orderState(c),
      };
    },
  },
  {
    event: "PAYMENT.CAPTURE.DENIED",
    channels: [paypalChannel],
    async prepare() {
      const c = await paypalCaptured("PENDING");
      c.capture.status = "DECLINED";
      return {
        event: paypal.event("PAYMENT.CAPTURE.DENIED", c.capture),
        state: () => orderState(c),
      };
    },
  },
  ...["PAYMENT.CAPTURE.REFUNDED", "PAYMENT.CAPTURE.REVERSED"].map((type): Row => ({
    event: type,
    channels: [paypalChannel],
    async prepare() {
      const c = await paypalCaptured();
      expect(
        (await paypalChannel.send(paypal.event("PAYMENT.CAPTURE.COMPLETED", c.capture))).statusCode,
      ).toBe(200);
      await deps.commerce.paypal!.forMerchant(MERCHANT).refund({
        refundRef: c.capture.id,
        amount: 1_000,
        currency: "EUR",
        idempotencyKey: `dashboard-${randomBytes(6).toString("hex")}`,
      });
      return {
        event: paypal.refundEvent(paypal.refunds.at(-1)!, type),
        state: () => orderState(c),
      };
    },
  })),
];

const cases = rows.flatMap((row) => row.channels.map((channel) => ({ row, channel })));

describe.each(cases)("$row.event through $channel.name", ({ row, channel }) => {
  it("is refused with a bad signature, handled once, and a duplicate changes nothing", async () => {
    const { event, state } = await row.prepare(channel);
    const before = await state();

    const forged = await channel.send(event, true);
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error?.message).toMatch(/^Webhook signature refused: /);
    expect(await state()).toEqual(before);

    const first = await channel.send(event);
    expect(first.statusCode, JSON.stringify(first.json())).toBe(200);
    expect(first.json().outcome).not.toBe("duplicate");
    const after = await state();
    if (row.changes !== false) expect(after).not.toEqual(before);

    const again = await channel.send(event);
    expect(again.json().outcome).toBe("duplicate");
    if (channel.resend) expect((await channel.resend(event)).json().outcome).toBe("duplicate");
    expect(await state()).toEqual(after);
  });
});

/**
 * Two events whose order matters, delivered as the provider meant and the other way round. (An
 * expiry and a payment of one session are not such a pair: Stripe never expires a paid session,
 * and stripe.test.ts has the late expiry.)
 */
type Pair = {
  name: string;
  channel: Channel;
  prepare(): Promise<{ events: [Event, Event]; state: () => Promise<unknown> }>;
};
const pairs: Pair[] = [
  ...stripeChannels.flatMap((channel): Pair[] => [
    {
      name: "checkout.session.completed, then charge.refunded (part)",
      channel,
      async prepare() {
        const c = await checkout(stripeShop(channel));
        const session = stripe.completeSession(c.ref);
        return {
          events: [
            stripe.event("checkout.session.completed", session, undefined, as(channel)),
            {
              ...stripe.chargeRefunded(
                session.payment_intent!,
                session.amount_total,
                1_000,
                "usd",
                {
                  orderId: c.orderId,
                },
              ),
              ...as(channel),
            },
          ],
          state: () => orderState(c),
        };
      },
    },
    {
      name: "processing, then checkout.session.async_payment_succeeded",
      channel,
      async prepare() {
        const c = await checkout(stripeShop(channel));
        const started = processing(channel, c.ref);
        const session = structuredClone(stripe.session(c.ref));
        session.payment_status = "paid";
        return {
          events: [
            started,
            stripe.event(
              "checkout.session.async_payment_succeeded",
              session,
              undefined,
              as(channel),
            ),
          ],
          state: () => orderState(c),
        };
      },
    },
    ...(["won", "lost"] as const).map((status): Pair => ({
      name: `charge.dispute.created, then charge.dispute.closed (${status})`,
      channel,
      async prepare() {
        const c = await stripePaid(channel);
        const id = `dp_${randomBytes(8).toString("hex")}`;
        const facts = { ...as(channel), id, evidenceDueBy: 1_900_000_000 };
        return {
          events: [
            stripe.dispute("charge.dispute.created", c.intent, 4_200, "usd", facts),
            stripe.dispute("charge.dispute.closed", c.intent, 4_200, "usd", { ...facts, status }),
          ],
          state: () => orderState(c),
        };
      },
    })),
  ]),
  {
    name: "CHECKOUT.ORDER.APPROVED, then PAYMENT.CAPTURE.COMPLETED",
    channel: paypalChannel,
    async prepare() {
      const c = await checkout(paypalShop, "paypal");
      paypal.approve(c.ref);
      const approved = paypal.event("CHECKOUT.ORDER.APPROVED", paypal.order(c.ref));
      await deps.commerce.paypal!.forMerchant(MERCHANT).lookupPayment(c.ref);
      return {
        events: [approved, paypal.event("PAYMENT.CAPTURE.COMPLETED", paypal.capture(c.ref))],
        state: () => orderState(c),
      };
    },
  },
  {
    name: "PAYMENT.CAPTURE.PENDING, then PAYMENT.CAPTURE.COMPLETED",
    channel: paypalChannel,
    async prepare() {
      const c = await paypalCaptured("PENDING");
      const pending = paypal.event("PAYMENT.CAPTURE.PENDING", c.capture);
      c.capture.status = "COMPLETED";
      return {
        events: [pending, paypal.event("PAYMENT.CAPTURE.COMPLETED", c.capture)],
        state: () => orderState(c),
      };
    },
  },
  {
    name: "PAYMENT.CAPTURE.PENDING, then PAYMENT.CAPTURE.DENIED",
    channel: paypalChannel,
    async prepare() {
      const c = await paypalCaptured("PENDING");
      const pending = paypal.event("PAYMENT.CAPTURE.PENDING", c.capture);
      c.capture.status = "DECLINED";
      return {
        events: [pending, paypal.event("PAYMENT.CAPTURE.DENIED", c.capture)],
        state: () => orderState(c),
      };
    },
  },
  {
    name: "PAYMENT.CAPTURE.COMPLETED, then PAYMENT.CAPTURE.REFUNDED (part)",
    channel: paypalChannel,
    async prepare() {
      const c = await paypalCaptured();
      const completed = paypal.event("PAYMENT.CAPTURE.COMPLETED", c.capture);
      await deps.commerce.paypal!.forMerchant(MERCHANT).refund({
        refundRef: c.capture.id,
        amount: 1_000,
        currency: "EUR",
        idempotencyKey: `dashboard-${randomBytes(6).toString("hex")}`,
      });
      return {
        events: [completed, paypal.refundEvent(paypal.refunds.at(-1)!)],
        state: () => orderState(c),
      };
    },
  },
];

describe.each(pairs)("$name through $channel.name", ({ channel, prepare }) => {
  it("ends the same whichever arrives first", async () => {
    const inOrder = await prepare();
    for (const event of inOrder.events) expect((await channel.send(event)).statusCode).toBe(200);
    const reversed = await prepare();
    for (const event of [...reversed.events].reverse())
      expect((await channel.send(event)).statusCode).toBe(200);
    const { timeline: late, ...end } = (await reversed.state()) as OrderState;
    const { timeline: told, ...expected } = (await inOrder.state()) as OrderState;
    expect(end).toEqual(expected);
    // The timeline may leave out what a late event no longer changed (a dispute opened after it
    // was won), never adds anything or says it twice.
    expect(told).toEqual(expect.arrayContaining(late));
    expect(new Set(late).size).toBe(late.length);
  });
});
