import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { SiteDoc } from "../../../blocks/doc/schema.ts";
import { renderPage, type RenderedPage, type StorefrontData } from "../../../renderer/index.ts";
import { COUNTRY_CODES, ZAddress } from "../address.ts";
import type { CheckoutPricing, CheckoutWithLines, OrderWithLines } from "../checkout.ts";
import type { Shipment } from "../orders.ts";
import { formatMinor } from "../../../domain/money.ts";
import {
  addressFormat,
  countryName,
  formatDateTime,
  localityLine,
  translator,
  type Translate,
} from "../../../domain/storefront-i18n/index.ts";
import {
  TEST_PAYMENT_NOTICE_CSS,
  TestOrderNotice,
  TestPaymentNotice,
} from "./test-payment-notice.tsx";

/**
 * The checkout and order confirmation pages. They are drawn inside the store's own page: the
 * renderer renders a page of the published document (theme, fonts, header, footer) whose main
 * content is then replaced by these forms, so checkout looks like the rest of the shop.
 * Everything works without JavaScript: each step is a plain form post.
 */

export type CommercePageSite = {
  doc: SiteDoc;
  siteSlug: string;
  baseUrl: string;
  versionId: string;
  mode: "live" | "preview";
  currency: string;
  /** The store's time zone, for order times (UTC when not given). */
  timeZone?: string;
};

const PAGE_SLUG = "checkout";

const CHECKOUT_CSS = `
.pg-checkout{display:grid;gap:var(--pg-space-lg);padding-block:var(--pg-space-lg) var(--pg-space-xl)}
.pg-checkout h1{font-size:var(--pg-text-2xl)}
.pg-checkout h2{font-size:var(--pg-text-lg);margin-bottom:var(--pg-space-sm)}
.pg-checkout form,.pg-checkout fieldset{display:grid;gap:var(--pg-space-sm)}
.pg-checkout fieldset{border:0;padding:0;margin:0}
.pg-checkout legend{font-weight:600;margin-bottom:0.5rem}
.pg-checkout label,.pg-checkout .pg-select-field{display:grid;gap:0.25rem;font-size:var(--pg-text-sm);font-weight:600}
.pg-checkout input,.pg-checkout select{padding:0.65em 0.75em;border:1px solid var(--pg-color-border-strong);border-radius:var(--pg-radius);background:var(--pg-color-background);color:var(--pg-color-text);font-weight:400;width:100%}
.pg-checkout input[aria-invalid=true],.pg-checkout select[aria-invalid=true]{border-color:#b42318}
.pg-checkout .pg-field-error{color:#b42318;font-weight:400}
.pg-checkout .pg-row{display:grid;gap:var(--pg-space-sm);grid-template-columns:repeat(auto-fit,minmax(9rem,1fr))}
.pg-checkout .pg-choice{display:flex;gap:0.75rem;align-items:center;justify-content:space-between;padding:0.75rem;border:1px solid var(--pg-color-border-strong);border-radius:var(--pg-radius);font-weight:400}
.pg-checkout .pg-choice input{width:auto}
.pg-checkout .pg-choice span{flex:1}
.pg-summary{display:grid;gap:var(--pg-space-sm);align-content:start;padding:var(--pg-space-md);border-radius:var(--pg-radius);background:var(--pg-color-surface)}
.pg-summary ul{list-style:none;padding:0;display:grid;gap:var(--pg-space-sm)}
.pg-summary li,.pg-summary dl div{display:flex;justify-content:space-between;gap:var(--pg-space-sm)}
.pg-summary dl{display:grid;gap:0.35rem;border-top:1px solid var(--pg-color-border);padding-top:var(--pg-space-sm)}
.pg-summary dd{margin:0;font-variant-numeric:tabular-nums;white-space:nowrap}
.pg-summary .pg-total{font-weight:700;font-size:var(--pg-text-lg)}
.pg-summary small{display:block;color:var(--pg-color-muted)}
.pg-checkout .pg-inline{display:flex;gap:0.5rem;align-items:end}
.pg-checkout .pg-inline label{flex:1}
.pg-checkout .pg-recap{display:grid;gap:0.25rem;font-size:var(--pg-text-sm);margin-block:var(--pg-space-md)}
.pg-summary dd small{display:inline;margin-inline-start:0.25rem}
.pg-alert{padding:var(--pg-space-sm) var(--pg-space-md);border-radius:var(--pg-radius);border:1px solid #b42318;color:#b42318;background:#fff5f4}
@media (min-width:900px){.pg-checkout{grid-template-columns:minmax(0,7fr) minmax(0,5fr);align-items:start}}
${TEST_PAYMENT_NOTICE_CSS}`;

/** Renders `main` inside the store's page chrome. */
export function renderInStore(
  site: CommercePageSite,
  page: { title: string; main: ReactNode; status?: number; refreshSeconds?: number },
): RenderedPage {
  const doc: SiteDoc = {
    ...site.doc,
    settings: { ...site.doc.settings, currency: site.currency },
    pages: [
      ...site.doc.pages.filter((p) => p.slug !== PAGE_SLUG),
      {
        id: "pg-commerce-page",
        slug: PAGE_SLUG,
        title: page.title,
        seo: { noindex: true },
        blocks: [],
      },
    ],
  };
  const data: StorefrontData = { products: [], collections: [] };
  const rendered = renderPage(
    {
      doc,
      siteSlug: site.siteSlug,
      baseUrl: site.baseUrl,
      versionId: site.versionId,
      mode: site.mode,
    },
    `/${PAGE_SLUG}`,
    data,
  );
  const main = renderToStaticMarkup(<>{page.main}</>);
  const head =
    `<style>${CHECKOUT_CSS.replace(/</g, "\\3c ")}</style>` +
    (page.refreshSeconds ? `<meta http-equiv="refresh" content="${page.refreshSeconds}">` : "");
  const html = rendered.html
    // The renderer's own <main> opening tag (its classes included) is kept; only its content goes.
    .replace(
      /(<main id="main"[^>]*>)[\s\S]*<\/main>/,
      (_all, open: string) => `${open}${main}</main>`,
    )
    .replace("</head>", () => `${head}</head>`);
  return {
    status: page.status ?? 200,
    headers: {
      ...rendered.headers,
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex, nofollow",
      "referrer-policy": "same-origin",
    },
    html,
  };
}

export type FormErrors = Record<string, string[] | undefined>;

function FieldError({ errors, name }: { errors: FormErrors; name: string }) {
  const message = errors[name]?.[0];
  return message ? (
    <span className="pg-field-error" id={`err-${name.replace(/\W/g, "-")}`}>
      {message}
    </span>
  ) : null;
}

function Input({
  label,
  name,
  errors,
  value,
  ...rest
}: {
  label: string;
  name: string;
  errors: FormErrors;
  value?: string;
  type?: string;
  autoComplete?: string;
  required?: boolean;
  inputMode?: "numeric" | "email" | "tel" | "text";
  placeholder?: string;
  maxLength?: number;
}) {
  const invalid = Boolean(errors[name]?.length);
  return (
    <label>
      {label}
      <input
        name={name}
        defaultValue={value ?? ""}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `err-${name.replace(/\W/g, "-")}` : undefined}
        {...rest}
      />
      <FieldError errors={errors} name={name} />
    </label>
  );
}

const countryLists = new Map<string, { code: string; name: string }[]>();

/** Every country, named and sorted in the shopper's language. */
function sortedCountries(locale: string) {
  let list = countryLists.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = [...COUNTRY_CODES]
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    countryLists.set(locale, list);
  }
  return list;
}

type PageContext = {
  site: CommercePageSite;
  money: (minor: number) => string;
  /** Hidden field naming the site (forms post to the shared /api endpoints). */
  siteField: ReactNode;
  cartHref: string;
  /** The store's words in its language. */
  t: Translate;
  locale: string;
};

export function pageContext(site: CommercePageSite): PageContext {
  return {
    site,
    money: (minor) => formatMinor(minor, site.currency, site.doc.settings.locale),
    t: translator(site.doc.settings.locale),
    locale: site.doc.settings.locale,
    siteField: <input type="hidden" name="site" value={site.siteSlug} />,
    cartHref: `${new URL(site.baseUrl).pathname.replace(/\/$/, "")}/cart`,
  };
}

function Summary({
  ctx,
  order,
  totals,
}: {
  ctx: PageContext;
  order: Pick<OrderWithLines, "discountCode" | "taxesIncluded" | "currency"> & {
    lines: Pick<
      OrderWithLines["lines"][number],
      "id" | "quantity" | "title" | "variantTitle" | "unitPrice"
    >[];
  };
  totals: {
    subtotal: number;
    discountTotal: number;
    shippingTotal: number | null;
    taxTotal: number;
    total: number;
  };
}) {
  const { money, t } = ctx;
  return (
    <aside className="pg-summary" aria-labelledby="pg-summary-title">
      <h2 id="pg-summary-title">{t("storefront.summary.title")}</h2>
      <ul>
        {order.lines.map((line) => (
          <li key={line.id}>
            <span>
              {line.quantity} × {line.title}
              {line.variantTitle ? <small>{line.variantTitle}</small> : null}
            </span>
            <span>{money(line.unitPrice * line.quantity)}</span>
          </li>
        ))}
      </ul>
      <dl>
        <div>
          <dt>{t("storefront.summary.subtotal")}</dt>
          <dd>{money(totals.subtotal)}</dd>
        </div>
        {totals.discountTotal > 0 ? (
          <div>
            <dt>
              {order.discountCode
                ? t("storefront.summary.discountCode", { code: order.discountCode })
                : t("storefront.summary.discount")}
            </dt>
            <dd>−{money(totals.discountTotal)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("storefront.summary.shipping")}</dt>
          <dd>
            {totals.shippingTotal === null
              ? t("storefront.summary.calculatedNext")
              : totals.shippingTotal === 0
                ? t("storefront.checkout.free")
                : money(totals.shippingTotal)}
          </dd>
        </div>
        <div>
          <dt>
            {order.taxesIncluded
              ? t("storefront.summary.includingTaxes")
              : t("storefront.summary.taxes")}
          </dt>
          <dd>{money(totals.taxTotal)}</dd>
        </div>
        <div className="pg-total">
          <dt>{t("storefront.summary.total")}</dt>
          <dd>
            {money(totals.total)} <small>{order.currency}</small>
          </dd>
        </div>
      </dl>
    </aside>
  );
}

export type CheckoutPageState = {
  order: CheckoutWithLines;
  pricing: CheckoutPricing;
  /** Show the contact and address form (first visit, or "Change"). */
  editInformation: boolean;
  errors: FormErrors;
  /** The shopper's last input, to fill the form again after an error. */
  values: Record<string, string>;
  alert: string | null;
  collectsCard: boolean;
  testMode: boolean;
  /** How the shopper may pay here: "card" (the platform's provider) and maybe "paypal". */
  methods?: readonly string[];
};

export function checkoutPage(
  site: CommercePageSite,
  state: CheckoutPageState,
  status = 200,
): RenderedPage {
  const ctx = pageContext(site);
  const { t } = ctx;
  const { order, pricing, errors, values } = state;
  const action = (step: string) => `/api/checkout/${encodeURIComponent(order.token)}/${step}`;
  const address = ZAddress.safeParse(order.shippingAddress ?? undefined);
  const saved = address.success ? address.data : null;
  const val = (name: string, fallback?: string | null) => values[name] ?? fallback ?? "";
  const preview = site.mode === "preview";
  const showInformation = state.editInformation || !saved || !order.email;
  const country = val(
    "address.country",
    saved?.country ?? defaultCountry(site.doc.settings.locale),
  );
  const format = addressFormat(country);
  const localityFields: Record<"postalCode" | "city" | "region", ReactNode> = {
    city: (
      <Input
        key="city"
        label={t("storefront.checkout.city")}
        name="address.city"
        autoComplete="address-level2"
        required
        errors={errors}
        value={val("address.city", saved?.city)}
      />
    ),
    // Always offered: the page works without script, so its fields cannot follow the country
    // select, and a shopper choosing a country that uses a state or province must find the field.
    // The store's own country names it ("State", "Province"); elsewhere it is "State / region".
    region: (
      <Input
        key="region"
        label={t(format.regionLabel ?? "storefront.checkout.region")}
        name="address.region"
        autoComplete="address-level1"
        errors={errors}
        value={val("address.region", saved?.region)}
      />
    ),
    postalCode: (
      <Input
        key="postalCode"
        label={t(format.postalLabel)}
        name="address.postalCode"
        autoComplete="postal-code"
        errors={errors}
        value={val("address.postalCode", saved?.postalCode)}
      />
    ),
  };

  const information = (
    <form method="post" action={action("information")} noValidate>
      {ctx.siteField}
      <h2>{t("storefront.checkout.contact")}</h2>
      <Input
        label={t("storefront.checkout.email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={errors}
        value={val("email", order.email)}
      />
      <fieldset>
        <legend>{t("storefront.checkout.shippingAddress")}</legend>
        <Input
          label={t("storefront.checkout.fullName")}
          name="address.name"
          autoComplete="name"
          required
          errors={errors}
          value={val("address.name", saved?.name)}
        />
        <Input
          label={t("storefront.checkout.line1")}
          name="address.line1"
          autoComplete="address-line1"
          required
          errors={errors}
          value={val("address.line1", saved?.line1)}
        />
        <Input
          label={t("storefront.checkout.line2")}
          name="address.line2"
          autoComplete="address-line2"
          errors={errors}
          value={val("address.line2", saved?.line2)}
        />
        <div className="pg-select-field">
          <label htmlFor="checkout-country">{t("storefront.checkout.country")}</label>
          <select
            id="checkout-country"
            name="address.country"
            autoComplete="country"
            defaultValue={country}
            aria-invalid={errors["address.country"] ? true : undefined}
          >
            {sortedCountries(ctx.locale).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError errors={errors} name="address.country" />
        </div>
        <div className="pg-row">
          {[
            ...format.locality,
            ...(format.locality.includes("region") ? [] : ["region" as const]),
          ].map((field) => localityFields[field])}
        </div>
        <Input
          label={t("storefront.checkout.phone")}
          name="address.phone"
          type="tel"
          autoComplete="tel"
          errors={errors}
          value={val("address.phone", saved?.phone)}
        />
      </fieldset>
      <button type="submit" className="pg-ui-button pg-ui-button--primary pg-ui-button--lg">
        {t("storefront.checkout.continueToShipping")}
      </button>
    </form>
  );

  const options = pricing.shippingOptions ?? [];
  const payment = (
    <>
      <div className="pg-recap">
        <h2>{t("storefront.checkout.contactAndShipping")}</h2>
        <p>{order.email}</p>
        {saved ? (
          <p>
            {saved.name}, {saved.line1}
            {saved.line2 ? `, ${saved.line2}` : ""}, {localityLine(saved)},{" "}
            {countryName(saved.country, ctx.locale)}
          </p>
        ) : null}
        <p>
          <a href={`?step=information`}>{t("storefront.checkout.change")}</a>
        </p>
      </div>
      <form method="post" action={action("discount")} className="pg-inline" noValidate>
        {ctx.siteField}
        <Input
          label={t("storefront.checkout.discountCode")}
          name="code"
          autoComplete="off"
          errors={errors}
          value={val("code", order.discountCode)}
          maxLength={64}
        />
        <button type="submit" className="pg-ui-button pg-ui-button--outline">
          {t("storefront.checkout.apply")}
        </button>
        {order.discountCode ? (
          <button type="submit" name="remove" value="1" className="pg-ui-button pg-ui-button--link">
            {t("storefront.checkout.remove")}
          </button>
        ) : null}
      </form>
      {pricing.discountProblem && order.discountCode ? (
        <p className="pg-alert">{pricing.discountProblem}</p>
      ) : null}
      <form method="post" action={action("pay")} noValidate>
        {ctx.siteField}
        <fieldset>
          <legend>{t("storefront.checkout.shippingMethod")}</legend>
          {options.map((option) => (
            <label className="pg-choice" key={option.id}>
              <input
                type="radio"
                name="shippingRateId"
                value={option.id}
                defaultChecked={option.id === (pricing.shippingRate?.id ?? options[0]?.id)}
              />
              <span>{option.name}</span>
              <strong>
                {pricing.discount?.kind === "free_shipping" || option.price === 0
                  ? t("storefront.checkout.free")
                  : ctx.money(option.price)}
              </strong>
            </label>
          ))}
          <FieldError errors={errors} name="shippingRateId" />
        </fieldset>
        {state.methods?.includes("paypal") ? (
          <PaymentMethodChoice t={t} errors={errors} chosen={values.method} />
        ) : null}
        {state.collectsCard ? (
          <fieldset>
            <legend>
              {state.methods?.includes("paypal")
                ? t("storefront.checkout.card")
                : t("storefront.checkout.payment")}
            </legend>
            {state.testMode ? <TestPaymentNotice t={t} /> : null}
            <Input
              label={t("storefront.checkout.cardNumber")}
              name="card.number"
              autoComplete="cc-number"
              inputMode="numeric"
              required
              errors={errors}
              value=""
              placeholder="1234 1234 1234 1234"
              maxLength={23}
            />
            <div className="pg-row">
              <Input
                label={t("storefront.checkout.expiry")}
                name="card.expiry"
                autoComplete="cc-exp"
                required
                errors={errors}
                value=""
                placeholder={t("storefront.checkout.expiryPlaceholder")}
                maxLength={7}
              />
              <Input
                label={t("storefront.checkout.cvc")}
                name="card.cvc"
                autoComplete="cc-csc"
                inputMode="numeric"
                required
                errors={errors}
                value=""
                placeholder="CVC"
                maxLength={4}
              />
            </div>
          </fieldset>
        ) : (
          <p>{t("storefront.checkout.providerPage")}</p>
        )}
        {state.methods?.includes("paypal") ? <p>{t("storefront.checkout.paypalPage")}</p> : null}
        {preview ? (
          <p className="pg-notice" role="note">
            {t("storefront.checkout.previewOff")}
          </p>
        ) : null}
        <button
          type="submit"
          className="pg-ui-button pg-ui-button--primary pg-ui-button--lg"
          disabled={preview}
        >
          {state.collectsCard
            ? t("storefront.checkout.pay", { amount: ctx.money(pricing.totals.total) })
            : t("storefront.checkout.continueToPayment")}
        </button>
      </form>
    </>
  );

  const main = (
    <div className="pg-ui-container pg-checkout">
      <div>
        <h1>{t("storefront.checkout.title")}</h1>
        <p>
          <a href={ctx.cartHref}>{t("storefront.checkout.backToCart")}</a>
        </p>
        {state.alert ? (
          <p className="pg-alert" role="alert">
            {state.alert}
          </p>
        ) : null}
        {order.discountNotice ? (
          <p className="pg-notice" role="status">
            {order.discountNotice}
          </p>
        ) : null}
        {showInformation ? information : payment}
      </div>
      <Summary
        ctx={ctx}
        order={order}
        totals={{
          ...pricing.totals,
          shippingTotal: pricing.shippingRate ? pricing.totals.shippingTotal : null,
        }}
      />
    </div>
  );
  return renderInStore(site, { title: t("storefront.checkout.title"), main, status });
}

/**
 * Card or PayPal, posted with Pay as `method`. Without JavaScript the card fields stay on the
 * page; a PayPal Pay ignores them (nothing is charged to a card).
 */
function PaymentMethodChoice({
  t,
  errors,
  chosen,
}: {
  t: Translate;
  errors: FormErrors;
  chosen?: string;
}) {
  return (
    <fieldset>
      <legend>{t("storefront.checkout.payWith")}</legend>
      <label className="pg-choice">
        <input type="radio" name="method" value="card" defaultChecked={chosen !== "paypal"} />
        <span>{t("storefront.checkout.card")}</span>
      </label>
      <label className="pg-choice">
        <input type="radio" name="method" value="paypal" defaultChecked={chosen === "paypal"} />
        <span>PayPal</span>
      </label>
      <FieldError errors={errors} name="method" />
    </fieldset>
  );
}

function defaultCountry(locale: string): string {
  const region = locale.split("-")[1]?.toUpperCase();
  return region && COUNTRY_CODES.has(region) ? region : "US";
}

export function confirmationPage(
  site: CommercePageSite,
  order: OrderWithLines,
  shipments: Shipment[] = [],
): RenderedPage {
  const ctx = pageContext(site);
  const { t } = ctx;
  const address = ZAddress.safeParse(order.shippingAddress ?? undefined);
  const paid = order.paidAt !== null;
  const money =
    order.paymentStatus === "refunded"
      ? ` ${t("storefront.order.refundedNote")}`
      : order.paymentStatus === "partially_refunded"
        ? ` ${t("storefront.order.partlyRefundedNote")}`
        : "";
  const status =
    order.status === "pending"
      ? order.paymentStatus === "processing"
        ? t("storefront.order.processing")
        : t("storefront.order.confirming")
      : order.status === "cancelled" && order.paymentStatus === "failed"
        ? t("storefront.order.failed")
        : order.status === "cancelled"
          ? order.cancelReason
            ? t("storefront.order.cancelledBecause", { reason: order.cancelReason })
            : t("storefront.order.cancelled")
          : order.fulfilmentStatus === "fulfilled"
            ? `${t("storefront.order.shipped")}${money}`
            : order.fulfilmentStatus === "partially_fulfilled"
              ? `${t("storefront.order.partlyShipped")}${money}`
              : order.paymentStatus === "refunded"
                ? t("storefront.order.refunded")
                : `${t("storefront.order.received")}${money}`;
  const main = (
    <div className="pg-ui-container pg-checkout">
      <div>
        <h1>
          {paid
            ? t("storefront.order.thankYou", { number: order.number })
            : t("storefront.order.yours")}
        </h1>
        {paid ? (
          <p>
            {t("storefront.order.placedAt", {
              date: formatDateTime(order.paidAt!, ctx.locale, site.timeZone ?? "UTC"),
            })}
          </p>
        ) : null}
        <p role="status">{status}</p>
        {order.paymentProvider === "test" ? <TestOrderNotice t={t} /> : null}
        {paid && order.email ? (
          <p>{t("storefront.order.confirmationSent", { email: order.email })}</p>
        ) : null}
        {shipments.map((shipment, i) => (
          <div key={shipment.id} className="pg-recap">
            <h2>
              {shipments.length > 1
                ? t("storefront.order.parcelNumber", { number: i + 1 })
                : t("storefront.order.parcel")}
            </h2>
            <ul>
              {shipment.lines.map((s) => {
                const line = order.lines.find((l) => l.id === s.orderLineId);
                return (
                  <li key={s.id}>
                    {s.quantity} × {line?.title ?? t("storefront.order.item")}
                    {line?.variantTitle ? ` (${line.variantTitle})` : ""}
                  </li>
                );
              })}
            </ul>
            {shipment.trackingNumber ? (
              <p>
                {shipment.trackingCarrier
                  ? t("storefront.order.trackingCarrier", { carrier: shipment.trackingCarrier })
                  : t("storefront.order.tracking")}
                :{" "}
                {shipment.trackingUrl ? (
                  <a href={shipment.trackingUrl}>{shipment.trackingNumber}</a>
                ) : (
                  shipment.trackingNumber
                )}
              </p>
            ) : null}
          </div>
        ))}
        {address.success ? (
          <div className="pg-recap">
            <h2>{t("storefront.order.shippingTo")}</h2>
            <p>
              {address.data.name}
              <br />
              {address.data.line1}
              {address.data.line2 ? (
                <>
                  <br />
                  {address.data.line2}
                </>
              ) : null}
              <br />
              {localityLine(address.data)}
              <br />
              {countryName(address.data.country, ctx.locale)}
            </p>
            {order.shippingRateName ? <p>{order.shippingRateName}</p> : null}
          </div>
        ) : null}
        <p>
          <a
            className="pg-ui-button pg-ui-button--outline"
            href={new URL(site.baseUrl).pathname.replace(/\/?$/, "/")}
          >
            {t("storefront.order.continueShopping")}
          </a>
        </p>
      </div>
      <Summary ctx={ctx} order={order} totals={order} />
    </div>
  );
  return renderInStore(site, {
    title: paid
      ? t("storefront.order.pageTitle", { number: order.number })
      : t("storefront.order.yours"),
    main,
    refreshSeconds: order.status === "pending" ? 3 : undefined,
  });
}

/** A message page in the store's look: sold out, cart problems, checkout gone. */
export function messagePage(
  site: CommercePageSite,
  message: { title: string; text: string; status: number; back?: { href: string; label: string } },
): RenderedPage {
  const main = (
    <div className="pg-ui-container pg-checkout">
      <div>
        <h1>{message.title}</h1>
        <p className="pg-alert" role="alert">
          {message.text}
        </p>
        {message.back ? (
          <p>
            <a className="pg-ui-button pg-ui-button--primary" href={message.back.href}>
              {message.back.label}
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
  return renderInStore(site, { title: message.title, main, status: message.status });
}
