import { escapeHtml } from "../../renderer/escape.ts";
import type { AppDeps } from "../deps.ts";
import { ZAddress } from "./address.ts";
import { formatMinor } from "../../domain/money.ts";
import {
  countryName,
  formatDateTime,
  localityLine,
  translator,
} from "../../domain/storefront-i18n/index.ts";
import { storefrontLocale, storeSettings } from "./store.ts";

type Deps = Pick<AppDeps, "db" | "mailer" | "config" | "siteDocuments">;

/** Where a shopper finds their order: the store's own domain when it has one. */
export function orderUrl(
  site: { slug: string; customDomain: string | null },
  publicUrl: string,
  token: string,
): string {
  const base = site.customDomain ? `https://${site.customDomain}` : `${publicUrl}/s/${site.slug}`;
  return `${base}/orders/${token}`;
}

async function orderForMail(deps: Deps, orderId: string) {
  const order = await deps.db.prisma.order.findUnique({
    where: { id: orderId },
    include: { lines: { orderBy: { id: "asc" } }, site: true },
  });
  if (!order?.email) return null;
  let docLocale = "en-US";
  if (order.site.publishedVersionId) {
    const doc = await deps.siteDocuments.publishedDoc(order.siteId, order.site.publishedVersionId);
    if (doc) docLocale = doc.settings.locale;
  }
  // Mails speak the store's language and give times in its zone, like its pages.
  const settings = await storeSettings(deps, order.siteId);
  const locale = storefrontLocale(settings.language, docLocale);
  const money = (minor: number) => formatMinor(minor, order.currency, locale);
  return {
    order,
    money,
    locale,
    t: translator(locale),
    when: (date: Date) => formatDateTime(date, locale, settings.timeZone),
    url: orderUrl(order.site, deps.config.publicUrl, order.token),
  };
}

/** The receipt, sent once when the order becomes paid. */
export async function sendOrderConfirmation(deps: Deps, orderId: string): Promise<void> {
  const found = await orderForMail(deps, orderId);
  if (!found) return;
  const { order, money, url, t, locale, when } = found;
  const rows: [string, string][] = [
    ...order.lines.map(
      (l) =>
        [
          `${l.quantity} × ${l.title}${l.variantTitle ? ` (${l.variantTitle})` : ""}`,
          money(l.unitPrice * l.quantity),
        ] as [string, string],
    ),
    [t("storefront.summary.subtotal"), money(order.subtotal)],
    ...(order.discountTotal > 0
      ? [
          [
            order.discountCode
              ? t("storefront.summary.discountCode", { code: order.discountCode })
              : t("storefront.summary.discount"),
            `−${money(order.discountTotal)}`,
          ] as [string, string],
        ]
      : []),
    [
      order.shippingRateName
        ? t("storefront.mail.shippingRate", { rate: order.shippingRateName })
        : t("storefront.summary.shipping"),
      money(order.shippingTotal),
    ],
    [
      order.taxesIncluded ? t("storefront.mail.includingTax") : t("storefront.mail.tax"),
      money(order.taxTotal),
    ],
    [t("storefront.summary.total"), money(order.total)],
  ];
  const address = ZAddress.safeParse(order.shippingAddress ?? undefined);
  const shipTo = address.success
    ? [
        address.data.name,
        address.data.line1,
        address.data.line2,
        localityLine(address.data),
        countryName(address.data.country, locale),
      ].filter(Boolean)
    : [];
  const subject = t("storefront.mail.confirmSubject", {
    site: order.site.name,
    number: order.number,
  });
  const thanks = order.customerName
    ? t("storefront.mail.thanksName", { name: order.customerName })
    : t("storefront.mail.thanks");
  const placed = order.paidAt ? t("storefront.mail.placedAt", { date: when(order.paidAt) }) : "";
  const heading = t("storefront.mail.order", { number: order.number });
  const text = [
    thanks,
    "",
    heading,
    ...(placed ? [placed] : []),
    ...rows.map(([label, value]) => `${label}: ${value}`),
    "",
    ...(shipTo.length ? [t("storefront.mail.shippingTo"), ...shipTo, ""] : []),
    `${t("storefront.mail.seeOrder")}: ${url}`,
  ].join("\n");
  const html =
    `<p>${escapeHtml(thanks)}</p>` +
    `<h2>${escapeHtml(heading)}</h2>` +
    (placed ? `<p>${escapeHtml(placed)}</p>` : "") +
    `<table>` +
    rows
      .map(
        ([label, value]) =>
          `<tr><td>${escapeHtml(label)}</td><td align="right">${escapeHtml(value)}</td></tr>`,
      )
      .join("") +
    `</table>` +
    (shipTo.length
      ? `<p>${escapeHtml(t("storefront.mail.shippingTo"))}<br>${shipTo.map(escapeHtml).join("<br>")}</p>`
      : "") +
    `<p><a href="${escapeHtml(url)}">${escapeHtml(t("storefront.mail.seeOrder"))}</a></p>`;
  await deps.mailer.send({ to: order.email!, subject, text, html });
}

/**
 * Tells the shopper a shipment is on its way: what it holds when the order ships in parts, and
 * its tracking number when there is one.
 */
export async function sendShippingConfirmation(
  deps: Deps,
  orderId: string,
  fulfilmentId: string,
): Promise<void> {
  const found = await orderForMail(deps, orderId);
  if (!found) return;
  const { order, url, t } = found;
  const shipment = await deps.db.prisma.fulfilment.findFirst({
    where: { id: fulfilmentId, orderId },
    include: { lines: true },
  });
  if (!shipment) return;
  const tracking = !shipment.trackingNumber
    ? ""
    : shipment.trackingCarrier
      ? t("storefront.mail.trackingNumberCarrier", {
          carrier: shipment.trackingCarrier,
          number: shipment.trackingNumber,
        })
      : t("storefront.mail.trackingNumber", { number: shipment.trackingNumber });
  const all = order.fulfilmentStatus === "fulfilled" && order.lines.length > 0;
  const units = shipment.lines.map((s) => {
    const line = order.lines.find((l) => l.id === s.orderLineId);
    return `${s.quantity} × ${line?.title ?? t("storefront.mail.item")}${line?.variantTitle ? ` (${line.variantTitle})` : ""}`;
  });
  const partial = order.fulfilmentStatus === "partially_fulfilled";
  const about = { number: order.number, site: order.site.name };
  const text = [
    partial ? t("storefront.mail.partShipped", about) : t("storefront.mail.shipped", about),
    ...(partial || !all ? ["", t("storefront.mail.inParcel"), ...units, ""] : []),
    ...(tracking ? [tracking] : []),
    ...(shipment.trackingUrl ? [`${t("storefront.mail.trackIt")}: ${shipment.trackingUrl}`] : []),
    "",
    `${t("storefront.mail.seeOrder")}: ${url}`,
  ].join("\n");
  await deps.mailer.send({
    to: order.email!,
    subject: partial
      ? t("storefront.mail.partShippedSubject", about)
      : t("storefront.mail.shippedSubject", about),
    text,
    html: text
      .split("\n")
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join(""),
  });
}
