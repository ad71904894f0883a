import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { RenderedPage } from "../../../renderer/index.ts";
import type { AppDeps } from "../../deps.ts";
import { describeIssues, errorBody, flattenIssues, HTTP_STATUS } from "../../http/errors.ts";
import { visitorOrigin } from "../../http/origins.ts";
import { STOREFRONT_CSP } from "../../http/security.ts";
import type { PublishedSite } from "../../storefront/published-sites.ts";
import {
  addToCart,
  applyCartDiscount,
  cartView,
  removeCartDiscount,
  removeCartLine,
  setCartDestination,
  updateCartLine,
  ZCartAdd,
  ZCartDiscount,
  ZCartEstimate,
  ZCartRemove,
  ZCartUpdate,
  type CartView,
} from "../cart.ts";
import {
  applyCheckoutDiscount,
  cardDetails,
  checkoutAsOrder,
  checkoutByToken,
  confirmReturn,
  orderByToken,
  payCheckout,
  priceCheckout,
  saveInformation,
  startCheckout,
  ZCheckoutDiscount,
  ZCheckoutInformation,
  ZCheckoutPayment,
  type CheckoutWithLines,
} from "../checkout.ts";
import { DomainError, type Said } from "../../errors.ts";
import {
  CATALOGUES,
  storeLanguageOf,
  t,
  type MessageId,
} from "../../../domain/storefront-i18n/index.ts";
import { releaseExpiredCheckouts, shipmentsOf } from "../orders.ts";
import { WebhookSignatureError } from "../payments/stripe.ts";
import { storeSettings } from "../store.ts";
import { handleStripeEvent } from "../webhooks.ts";
import { paymentMethods } from "../payment-methods.ts";
import { payPalWebhookRoute } from "../payments/paypal-events.ts";
import {
  checkoutPage,
  confirmationPage,
  messagePage,
  type CommercePageSite,
  type FormErrors,
} from "./pages.tsx";
import { withStoreCurrency } from "./storefront-data.ts";

/** How the storefront finds the site a request is for (PublishedSites, shared with the pages). */
export type SiteLookup = {
  bySiteSlug(slug: string): Promise<PublishedSite | null>;
  byCustomDomain(host: string): Promise<PublishedSite | null>;
};

type Deps = AppDeps;

const FORM_LIMIT = 64 * 1024;
const SWEEP_MS = 60_000;

/**
 * The shopper's side of commerce over plain HTTP, for the storefront's forms and its islands
 * script: the cart (`/api/cart*`), checkout (`/api/checkout*`), and Stripe's webhook. Forms post
 * urlencoded and get a redirect (they work without JavaScript); the same endpoints answer JSON
 * to `Accept: application/json`: `{ cart }` on success, `{ error, data }` on failure, where
 * `error` is the message (the islands script prints it as text).
 */
export function commerceStorefront(deps: Deps, sites: SiteLookup, ownHosts: ReadonlySet<string>) {
  /** The cart cookie: one per site (several stores share the app's host under /s/). */
  const cookieName = (site: Pick<PublishedSite, "siteId">) =>
    `pg_cart_${site.siteId.replace(/-/g, "").slice(0, 16)}`;

  /** The published site a storefront request is for: its custom domain, or the `site` field. */
  async function siteOf(request: FastifyRequest): Promise<PublishedSite> {
    const host = (request.headers.host ?? "").toLowerCase().replace(/:\d+$/, "");
    let site: PublishedSite | null = null;
    if (host && !ownHosts.has(host)) site = await sites.byCustomDomain(host);
    if (!site) {
      const fromBody = (request.body as Record<string, unknown> | undefined)?.site;
      const fromQuery = (request.query as Record<string, unknown> | undefined)?.site;
      const slug =
        typeof fromBody === "string" ? fromBody : typeof fromQuery === "string" ? fromQuery : "";
      if (/^[a-z0-9-]{1,64}$/.test(slug)) site = await sites.bySiteSlug(slug);
    }
    if (!site?.versionId) throw new DomainError("NOT_FOUND", "There is no store at this address.");
    return site;
  }

  /**
   * The store's root on the address the shopper used: its custom domain, or `/s/<slug>` on the
   * app's own address (see http/origins.ts); PUBLIC_URL's when the Host header is anything else.
   */
  function baseUrl(request: FastifyRequest, site: PublishedSite): string {
    const host = (request.headers.host ?? "").toLowerCase().replace(/:\d+$/, "");
    if (host && !ownHosts.has(host) && site.customDomain === host)
      return `${request.protocol}://${request.headers.host}`;
    return `${visitorOrigin(deps.config.publicUrl, request.headers.host)}/s/${site.slug}`;
  }

  /**
   * The store's root as a path ("" or "/s/<slug>"), for redirects: a relative Location keeps the
   * browser on the address it used, which the pages' `form-action 'self'` allows.
   */
  const storePath = (request: FastifyRequest, site: PublishedSite) =>
    new URL(baseUrl(request, site)).pathname.replace(/\/$/, "");

  async function pageSite(request: FastifyRequest, site: PublishedSite): Promise<CommercePageSite> {
    const doc = await deps.siteDocuments.publishedDoc(site.siteId, site.versionId!);
    if (!doc) throw new DomainError("NOT_FOUND", "There is no store at this address.");
    const settings = await storeSettings(deps, site.siteId);
    return {
      doc: withStoreCurrency(doc, settings),
      siteSlug: site.slug,
      baseUrl: baseUrl(request, site),
      versionId: site.versionId!,
      mode: "live",
      currency: settings.currency,
      timeZone: settings.timeZone,
    };
  }

  /** The store's language, for the refusals a shopper reads; English when the store is gone. */
  const shopperLocale = (request: FastifyRequest, site: PublishedSite) =>
    pageSite(request, site).then(
      (page) => page.doc.settings.locale,
      () => "en",
    );

  /**
   * The confirmation page of a checkout's address: the order it became (or the cancelled order
   * recording a payment given back), else the checkout itself, awaiting payment or ended unpaid.
   */
  async function confirmation(
    page: Awaited<ReturnType<typeof pageSite>>,
    checkout: CheckoutWithLines,
  ) {
    const order = checkout.orderId
      ? await orderByToken(deps.db.prisma, checkout.siteId, checkout.token)
      : null;
    const shown = order ?? checkoutAsOrder(checkout);
    return confirmationPage(page, shown, order ? await shipmentsOf(deps, order.id) : []);
  }

  async function renderCheckout(
    request: FastifyRequest,
    site: PublishedSite,
    token: string,
    state: {
      errors: FormErrors;
      alert: string | null;
      values: Record<string, string>;
      editInformation: boolean;
      status: number;
    },
  ): Promise<RenderedPage | null> {
    const order = await checkoutByToken(deps.db.prisma, site.siteId, token);
    if (!order) return null;
    const page = await pageSite(request, site);
    if (order.status !== "open") return confirmation(page, order);
    const pricing = await priceCheckout(deps.db.prisma, order, deps.now());
    return checkoutPage(
      page,
      {
        order,
        pricing,
        editInformation: state.editInformation,
        errors: state.errors,
        values: state.values,
        alert: state.alert,
        collectsCard: deps.commerce.payments.collectsCard,
        testMode: deps.commerce.payments.kind === "test",
        methods: await paymentMethods(deps, site.siteId),
      },
      state.status,
    );
  }

  /** GET <store>/checkout/<token> and <store>/orders/<token>, called by the storefront routes. */
  async function servePage(
    request: FastifyRequest,
    reply: FastifyReply,
    site: PublishedSite,
    kind: "checkout" | "orders",
    token: string,
  ) {
    const order = await checkoutByToken(deps.db.prisma, site.siteId, token);
    const page = await pageSite(request, site);
    if (!order)
      return sendPage(
        reply,
        messagePage(page, {
          title: t(
            page.doc.settings.locale,
            kind === "checkout"
              ? "storefront.checkout.notFound"
              : "storefront.checkout.orderNotFound",
          ),
          text: t(page.doc.settings.locale, "storefront.checkout.noOrder"),
          status: 404,
          back: {
            href: `${new URL(page.baseUrl).pathname.replace(/\/$/, "")}/cart`,
            label: t(page.doc.settings.locale, "storefront.checkout.goToCart"),
          },
        }),
      );
    if (kind === "checkout" && order.status === "completed")
      return reply.redirect(`${storePath(request, site)}/orders/${token}`, 303);
    if (kind === "orders" || order.status !== "open")
      return sendPage(reply, await confirmation(page, order));
    const step = (request.query as Record<string, unknown>).step;
    const rendered = await renderCheckout(request, site, token, {
      errors: {},
      alert: null,
      values: {},
      editInformation: step === "information",
      status: 200,
    });
    return sendPage(reply, rendered!);
  }

  async function register(app: FastifyInstance) {
    const sweep = setInterval(() => {
      releaseExpiredCheckouts(deps).catch((error: unknown) =>
        deps.log.error({ err: error }, "releasing expired checkouts failed"),
      );
    }, SWEEP_MS).unref();
    app.addHook("onClose", async () => clearInterval(sweep));

    app.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: FORM_LIMIT },
      (_request, body, done) => {
        try {
          done(null, unflatten(new URLSearchParams(body as string)));
        } catch (error) {
          done(error as Error, undefined);
        }
      },
    );

    const cartIdOf = (request: FastifyRequest, site: PublishedSite) =>
      request.server.parseCookie(request.headers.cookie ?? "")[cookieName(site)];
    function rememberCart(
      request: FastifyRequest,
      reply: FastifyReply,
      site: PublishedSite,
      cartId: string,
    ) {
      if (cartIdOf(request, site) === cartId) return;
      reply.setCookie(cookieName(site), cartId, {
        httpOnly: true,
        sameSite: "lax",
        secure: request.protocol === "https" || deps.config.publicUrl.startsWith("https:"),
        path: "/",
        maxAge: 30 * 24 * 60 * 60,
      });
    }

    async function answerCart(
      request: FastifyRequest,
      reply: FastifyReply,
      site: PublishedSite,
      cartId: string | undefined,
      json = wantsJson(request),
    ) {
      if (json) {
        const doc = await deps.siteDocuments.publishedDoc(site.siteId, site.versionId!);
        const cart: CartView = await cartView(deps, site.siteId, cartId, doc?.settings.locale);
        return reply.header("cache-control", "private, no-store").send({ cart });
      }
      return reply.redirect(safeReturn(request, baseUrl(request, site)), 303);
    }

    /** A refusal: JSON for scripts, a page in the store's look for plain form posts. */
    async function refuse(
      request: FastifyRequest,
      reply: FastifyReply,
      error: unknown,
      site: PublishedSite | null,
    ) {
      const problem = describe(error, site ? await shopperLocale(request, site) : "en");
      if (!problem) throw error;
      const { status, code, message, fieldErrors } = problem;
      if (wantsJson(request) || !site)
        return reply
          .code(status)
          .header("cache-control", "no-store")
          .send({
            error: message,
            data: {
              ...errorBody(code, message).error.data,
              ...(fieldErrors ? { fieldErrors } : {}),
            },
          });
      const back = safeReturn(request, baseUrl(request, site));
      const page = await pageSite(request, site);
      const locale = page.doc.settings.locale;
      return sendPage(
        reply,
        messagePage(page, {
          title: t(
            locale,
            status === 409 ? "storefront.checkout.notEnoughStock" : "storefront.checkout.attention",
          ),
          text: message,
          status,
          back: { href: back, label: t(locale, "storefront.checkout.goBack") },
        }),
      );
    }

    function cartRoute<S extends z.ZodTypeAny>(
      path: string,
      schema: S,
      action: (
        site: PublishedSite,
        cartId: string | undefined,
        input: z.infer<S>,
      ) => Promise<string | void>,
    ) {
      app.post(path, async (request, reply) => {
        let site: PublishedSite | null = null;
        try {
          checkOrigin(request);
          site = await siteOf(request);
          noPricesIn(request.body as Record<string, unknown>);
          const input = parse(schema, request.body);
          const cartId = cartIdOf(request, site);
          const used = (await action(site, cartId, input)) ?? cartId;
          if (used) rememberCart(request, reply, site, used);
          return await answerCart(request, reply, site, used);
        } catch (error) {
          return refuse(request, reply, error, site);
        }
      });
    }

    app.get("/api/cart", async (request, reply) => {
      try {
        const site = await siteOf(request);
        return await answerCart(request, reply, site, cartIdOf(request, site), true);
      } catch (error) {
        return refuse(request, reply, error, null);
      }
    });

    const formFields = {
      site: z.string().optional(),
      blockId: z.string().optional(),
      returnTo: z.string().optional(),
      website: z.string().optional(),
    };
    const withForm = <T extends z.ZodRawShape>(schema: z.ZodObject<T>) =>
      schema.extend(formFields).strict();

    cartRoute("/api/cart/add", withForm(ZCartAdd), (site, cartId, input) =>
      addToCart(deps, site.siteId, cartId, input),
    );
    cartRoute("/api/cart/update", withForm(ZCartUpdate), async (site, cartId, input) =>
      updateCartLine(deps, site.siteId, cartId, input),
    );
    cartRoute("/api/cart/remove", withForm(ZCartRemove), async (site, cartId, input) =>
      removeCartLine(deps, site.siteId, cartId, input),
    );
    cartRoute("/api/cart/discount", withForm(ZCartDiscount), (site, cartId, input) =>
      applyCartDiscount(deps, site.siteId, cartId, input),
    );
    cartRoute("/api/cart/discount/remove", withForm(z.object({})), async (site, cartId) =>
      removeCartDiscount(deps, site.siteId, cartId),
    );
    cartRoute("/api/cart/estimate", withForm(ZCartEstimate), (site, cartId, input) =>
      setCartDestination(deps, site.siteId, cartId, {
        country: input.country,
        region: input.region,
        postalCode: input.postalCode,
      }),
    );

    /** Starts checkout from the cart and sends the shopper to the checkout page. */
    app.post("/api/checkout", async (request, reply) => {
      let site: PublishedSite | null = null;
      try {
        checkOrigin(request);
        site = await siteOf(request);
        noPricesIn((request.body ?? {}) as Record<string, unknown>);
        parse(z.object(formFields).strict(), request.body ?? {});
        if (fromPreview(request))
          throw new DomainError("FORBIDDEN", "Checkout is turned off in previews.");
        const { token } = await startCheckout(deps, site.siteId, cartIdOf(request, site));
        const path = `${storePath(request, site)}/checkout/${token}`;
        if (wantsJson(request)) return reply.code(201).send({ checkoutUrl: path, token });
        return reply.redirect(path, 303);
      } catch (error) {
        return refuse(request, reply, error, site);
      }
    });

    /** Re-renders the checkout page with what went wrong next to the fields. */
    async function checkoutStep(
      request: FastifyRequest,
      reply: FastifyReply,
      step: (
        site: PublishedSite,
        token: string,
        body: Record<string, unknown>,
      ) => Promise<string | void>,
    ) {
      const { token } = request.params as { token: string };
      let site: PublishedSite | null = null;
      const body = (request.body ?? {}) as Record<string, unknown>;
      try {
        checkOrigin(request);
        site = await siteOf(request);
        if (fromPreview(request))
          throw new DomainError("FORBIDDEN", "Checkout is turned off in previews.");
        const next =
          (await step(site, token, body)) ?? `${storePath(request, site)}/checkout/${token}`;
        if (wantsJson(request)) return reply.send({ next });
        return reply.redirect(next, 303);
      } catch (error) {
        const problem = describe(error, site ? await shopperLocale(request, site) : "en");
        if (!problem || !site || wantsJson(request) || problem.status === 404)
          return refuse(request, reply, error, site);
        const page = await renderCheckout(request, site, token, {
          errors: problem.fieldErrors ?? {},
          alert:
            problem.fieldErrors &&
            Object.keys(problem.fieldErrors).length > 0 &&
            problem.status === 400
              ? null
              : problem.message,
          values: flatValues(body),
          editInformation: request.url.endsWith("/information"),
          status: problem.status,
        });
        return page ? sendPage(reply, page) : refuse(request, reply, error, site);
      }
    }

    app.post("/api/checkout/:token/information", (request, reply) =>
      checkoutStep(request, reply, async (site, token, body) => {
        const input = parse(ZCheckoutInformation, pick(body, ["email", "address"]));
        await saveInformation(deps, site.siteId, token, input);
      }),
    );

    app.post("/api/checkout/:token/discount", (request, reply) =>
      checkoutStep(request, reply, async (site, token, body) => {
        if (body.remove === "1" || body.remove === true) {
          await applyCheckoutDiscount(deps, site.siteId, token, null);
          return;
        }
        const input = parse(ZCheckoutDiscount, pick(body, ["code"]));
        await applyCheckoutDiscount(deps, site.siteId, token, input.code);
      }),
    );

    app.post("/api/checkout/:token/pay", (request, reply) =>
      checkoutStep(request, reply, async (site, token, body) => {
        noPricesIn(body);
        // A PayPal Pay leaves the card fields (still on the page without JavaScript) aside.
        const fields =
          body.method === "paypal"
            ? ["shippingRateId", "method"]
            : ["shippingRateId", "card", "method"];
        const input = parse(ZCheckoutPayment, pick(body, fields));
        const base = baseUrl(request, site);
        const origin = new URL(base).origin;
        const outcome = await payCheckout(
          deps,
          { id: site.siteId, name: (await pageSite(request, site)).doc.settings.name },
          token,
          {
            shippingRateId: input.shippingRateId,
            card: input.card ? cardDetails(input.card) : undefined,
            method: input.method,
          },
          {
            returnUrl: `${origin}/api/checkout/${token}/return?site=${encodeURIComponent(site.slug)}`,
            cancelUrl: `${base}/checkout/${token}`,
          },
        );
        return outcome.status === "redirect"
          ? outcome.url
          : `${storePath(request, site)}/orders/${token}`;
      }),
    );

    /** Back from a hosted payment page: confirm with the provider, then show the order. */
    app.get("/api/checkout/:token/return", async (request, reply) => {
      const { token } = request.params as { token: string };
      const query = request.query as Record<string, unknown>;
      // Stripe names its page `session_id`; PayPal appends its order id as `token`.
      const fromPayPal = query.session_id === undefined && query.token !== undefined;
      const sessionId = fromPayPal ? query.token : query.session_id;
      let site: PublishedSite | null = null;
      try {
        site = await siteOf(request);
        if (typeof sessionId !== "string" || !/^[A-Za-z0-9_]{1,255}$/.test(sessionId))
          throw new DomainError("BAD_REQUEST", "The payment reference is missing.");
        await confirmReturn(deps, site.siteId, token, sessionId, fromPayPal ? "paypal" : undefined);
        return reply.redirect(`${storePath(request, site)}/orders/${token}`, 303);
      } catch (error) {
        return refuse(request, reply, error, site);
      }
    });

    /** Stripe's webhook: the raw body is kept so the signature is checked on the exact bytes. */
    await app.register(async (webhooks) => {
      webhooks.addContentTypeParser(
        "application/json",
        { parseAs: "buffer", bodyLimit: 1024 * 1024 },
        (_request, body, done) => done(null, body),
      );
      webhooks.post("/api/webhooks/stripe", async (request, reply) => {
        const stripe = deps.commerce.stripe;
        if (!stripe)
          return reply
            .code(404)
            .send(errorBody("NOT_FOUND", "Stripe is not configured on this server."));
        let event;
        try {
          const signature = request.headers["stripe-signature"];
          event = stripe.verifyWebhook(
            request.body as Buffer,
            typeof signature === "string" ? signature : undefined,
          );
        } catch (error) {
          if (!(error instanceof WebhookSignatureError)) throw error;
          request.log.warn({ err: error }, "Stripe webhook refused");
          return reply
            .code(400)
            .send(errorBody("BAD_REQUEST", `Webhook signature refused: ${error.message}`));
        }
        const outcome = await handleStripeEvent(deps, event);
        // Another delivery is handling it: an error status makes Stripe deliver it again later.
        return reply.code(outcome === "in_flight" ? 409 : 200).send({ received: true, outcome });
      });
      payPalWebhookRoute(deps, webhooks);
    });
  }

  return { register, servePage, cartCookie: cookieName };
}

export type CommerceStorefront = ReturnType<typeof commerceStorefront>;

/** Checkout, confirmation and message pages: the storefront's policy, not the app's. */
function sendPage(reply: FastifyReply, page: RenderedPage) {
  return reply
    .code(page.status)
    .headers(page.headers)
    .header("content-security-policy", STOREFRONT_CSP)
    .send(page.html);
}

/** The islands script asks for JSON; a plain form post does not. */
function wantsJson(request: FastifyRequest): boolean {
  const accept = String(request.headers.accept ?? "");
  return (
    accept.includes("application/json") ||
    String(request.headers["content-type"] ?? "").startsWith("application/json")
  );
}

/**
 * Cart and checkout posts change state under the shopper's cookie: like the API, refuse a post
 * whose Origin names another site (browsers always send Origin on cross-site posts). The cookie
 * is SameSite=Lax too.
 */
function checkOrigin(request: FastifyRequest) {
  const origin = request.headers.origin;
  if (!origin) return;
  const host = request.headers.host;
  if (origin === "null" || !host || new URL(origin).host !== host)
    throw new DomainError(
      "FORBIDDEN",
      "Cross-site request refused: the Origin does not match this store.",
    );
}

/** Previews (`/p/<token>/...`) never take money. */
function fromPreview(request: FastifyRequest): boolean {
  const returnTo = (request.body as Record<string, unknown> | undefined)?.returnTo;
  const referer = String(request.headers.referer ?? "");
  let refererPath = "";
  try {
    refererPath = referer ? new URL(referer).pathname : "";
  } catch {
    refererPath = "";
  }
  return (
    (typeof returnTo === "string" && returnTo.startsWith("/p/")) || refererPath.startsWith("/p/")
  );
}

/** Where to send a plain form post back to: a path on this store, never another site. */
function safeReturn(request: FastifyRequest, base: string): string {
  const returnTo = (request.body as Record<string, unknown> | undefined)?.returnTo;
  const basePath = new URL(base).pathname.replace(/\/$/, "");
  if (
    typeof returnTo === "string" &&
    /^\/(?![/\\])[^\s]*$/.test(returnTo) &&
    returnTo.length <= 2048 &&
    !returnTo.startsWith("/api/")
  )
    return returnTo;
  return `${basePath}/cart`;
}

/** Prices are the shop's to set: a form that names one is refused outright. */
const PRICE_FIELDS = [
  "price",
  "unitPrice",
  "amount",
  "total",
  "subtotal",
  "discountTotal",
  "shippingTotal",
  "taxTotal",
  "currency",
];
function noPricesIn(body: Record<string, unknown> | undefined) {
  if (!body || typeof body !== "object") return;
  const present = PRICE_FIELDS.filter((field) => field in body);
  if (present.length)
    throw new DomainError(
      "BAD_REQUEST",
      "Prices are set by the shop, not by the checkout.",
      Object.fromEntries(
        present.map((f) => [f, ["Prices are set by the shop, not by the checkout."]]),
      ),
    );
}

function parse<S extends z.ZodTypeAny>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ShopperInputError(parsed.error);
}

/**
 * A form the shopper filled in wrongly: worded in the store's language when it is answered
 * (`describe`), each field by its name in words, never its key ("address.postalCode").
 */
class ShopperInputError extends DomainError {
  constructor(readonly zodError: z.ZodError) {
    const { fieldErrors, formErrors } = flattenIssues(zodError);
    super("BAD_REQUEST", describeIssues(zodError), {
      ...fieldErrors,
      ...(formErrors.length ? { form: formErrors } : {}),
    });
  }
}

/** The checkout form's fields by the catalogue's label for them. */
const FIELD_LABELS: Record<string, MessageId> = {
  email: "storefront.checkout.email",
  quantity: "storefront.cart.quantity",
  variantId: "storefront.product.option",
  country: "storefront.checkout.country",
  region: "storefront.checkout.region",
  postalCode: "storefront.checkout.postalCode",
  "address.name": "storefront.checkout.fullName",
  "address.line1": "storefront.checkout.line1",
  "address.line2": "storefront.checkout.line2",
  "address.city": "storefront.checkout.city",
  "address.region": "storefront.checkout.region",
  "address.postalCode": "storefront.checkout.postalCode",
  "address.country": "storefront.checkout.country",
  "address.phone": "storefront.checkout.phone",
  shippingRateId: "storefront.checkout.shippingMethod",
  code: "storefront.checkout.discountCode",
  "card.number": "storefront.checkout.cardNumber",
  "card.expiry": "storefront.checkout.expiry",
  "card.cvc": "storefront.checkout.cvc",
};

/**
 * What is wrong with one field, in the store's language: an English store keeps the schema's own
 * precise sentence; another language gets the sentence the issue names (`params.said`, such as a
 * postal code's example) or the catalogue's word for the kind of mistake.
 */
function issueWords(issue: z.core.$ZodIssue, locale: string): string {
  if (storeLanguageOf(locale) === "en") return issue.message;
  const params = issue.code === "custom" ? (issue.params ?? {}) : {};
  if (typeof params.said === "string" && Object.hasOwn(CATALOGUES.en, params.said))
    return t(locale, params.said as MessageId, params as Record<string, string>);
  if (issue.code === "invalid_type" && issue.input == null)
    return t(locale, "storefront.field.required");
  if (issue.code === "too_small" && issue.origin === "string")
    return t(locale, "storefront.field.required");
  if (issue.code === "too_big" && issue.origin === "string")
    return t(locale, "storefront.field.tooLong", { maximum: Number(issue.maximum) });
  if (issue.code === "invalid_format" && issue.format === "email")
    return t(locale, "storefront.field.email");
  return t(locale, "storefront.field.invalid");
}

function shopperInputWords(error: ShopperInputError, locale: string) {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.zodError.issues) {
    const path = issue.path.length ? issue.path.map(String).join(".") : "form";
    (fieldErrors[path] ??= []).push(issueWords(issue, locale));
  }
  const named = Object.keys(fieldErrors).map((path) => FIELD_LABELS[path]);
  const check = named.every((id) => id !== undefined)
    ? t(locale, "storefront.error.checkFields", {
        fields: new Intl.ListFormat(locale, { type: "conjunction" }).format(
          named.map((id) => t(locale, id!)),
        ),
      })
    : t(locale, "storefront.error.checkHighlighted");
  return { message: [check, ...Object.values(fieldErrors).flat()].join(" "), fieldErrors };
}

function pick(body: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(
    keys.filter((k) => body[k] !== undefined && body[k] !== "").map((k) => [k, body[k]]),
  );
}

/** `address.city=Paris` -> `{ address: { city: "Paris" } }`, two levels at most. */
export function unflatten(params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let count = 0;
  for (const [key, value] of params) {
    if (++count > 100) throw Object.assign(new Error("Too many form fields."), { statusCode: 400 });
    const parts = key.split(".");
    if (
      parts.length > 2 ||
      parts.some((p) => p === "" || p === "__proto__" || p === "constructor" || p === "prototype")
    )
      continue;
    if (parts.length === 1) out[key] = value;
    else {
      const inner = (out[parts[0]!] ??= {}) as Record<string, unknown>;
      if (typeof inner === "object") inner[parts[1]!] = value;
    }
  }
  return out;
}

function flatValues(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === "card") continue; // never echo card details back into a page
    if (typeof value === "string") out[key] = value;
    else if (value && typeof value === "object")
      for (const [inner, v] of Object.entries(value))
        if (typeof v === "string") out[`${key}.${inner}`] = v;
  }
  return out;
}

/** A domain refusal, for the shopper's JSON answer or the page that says what to change. */
function describe(error: unknown, locale: string) {
  if (!(error instanceof DomainError)) return null;
  const { code } = error;
  const status = HTTP_STATUS[code];
  if (error instanceof ShopperInputError)
    return { status, code, ...shopperInputWords(error, locale) };
  // A sentence the storefront's catalogue has is read in the store's language (decision 0016).
  const word = (said: Said | undefined) =>
    said && Object.hasOwn(CATALOGUES.en, said.id)
      ? t(locale, said.id as MessageId, said.params)
      : null;
  const fieldErrors = error.fieldErrors
    ? Object.fromEntries(
        Object.entries(error.fieldErrors).map(([path, english]) => {
          const words = error.fieldSaid?.[path]?.map(word) ?? [];
          return [path, words.length && words.every((w) => w !== null) ? words : english];
        }),
      )
    : undefined;
  return { status, code, message: word(error.said) ?? error.message, fieldErrors };
}
