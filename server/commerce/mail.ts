import { escapeHtml } from "../../renderer/escape.ts";
import type { AppDeps } from "../deps.ts";
import { countryName, ZAddress } from "./address.ts";
import { formatMinor } from "../../domain/money.ts";

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
  let locale = "en-US";
  if (order.site.publishedVersionId) {
    const doc = await deps.siteDocuments.publishedDoc(order.siteId, order.site.publishedVersionId);
    if (doc) locale = doc.settings.locale;
  }
  const money = (minor: number) => formatMinor(minor, order.currency, locale);
  return { order, money, url: orderUrl(order.site, deps.config.publicUrl, order.token) };
}

/** The receipt, sent once when the order becomes paid. */
export async function sendOrderConfirmation(deps: Deps, orderId: string): Promise<void> {
  const found = await orderForMail(deps, orderId);
  if (!found) return;
  const { order, money, url } = found;
  const rows: [string, string][] = [
    ...order.lines.map(
      (l) =>
        [
          `${l.quantity} × ${l.title}${l.variantTitle ? ` (${l.variantTitle})` : ""}`,
          money(l.unitPrice * l.quantity),
        ] as [string, string],
    ),
    ["Subtotal", money(order.subtotal)],
    ...(order.discountTotal > 0
      ? [
          [
            `Discount${order.discountCode ? ` (${order.discountCode})` : ""}`,
            `−${money(order.discountTotal)}`,
          ] as [string, string],
        ]
      : []),
    [
      `Shipping${order.shippingRateName ? ` (${order.shippingRateName})` : ""}`,
      money(order.shippingTotal),
    ],
    [order.taxesIncluded ? "Including tax" : "Tax", money(order.taxTotal)],
    ["Total", money(order.total)],
  ];
  const address = ZAddress.safeParse(order.shippingAddress ?? undefined);
  const shipTo = address.success
    ? [
        address.data.name,
        address.data.line1,
        address.data.line2,
        `${address.data.postalCode} ${address.data.city} ${address.data.region}`.trim(),
        countryName(address.data.country),
      ].filter(Boolean)
    : [];
  const subject = `${order.site.name}: order #${order.number} confirmed`;
  const text = [
    `Thank you for your order, ${order.customerName ?? ""}`.trim() + ".",
    "",
    `Order #${order.number}`,
    ...rows.map(([label, value]) => `${label}: ${value}`),
    "",
    ...(shipTo.length ? ["Shipping to:", ...shipTo, ""] : []),
    `See your order: ${url}`,
  ].join("\n");
  const html =
    `<p>Thank you for your order${order.customerName ? `, ${escapeHtml(order.customerName)}` : ""}.</p>` +
    `<h2>Order #${order.number}</h2><table>` +
    rows
      .map(
        ([label, value]) =>
          `<tr><td>${escapeHtml(label)}</td><td align="right">${escapeHtml(value)}</td></tr>`,
      )
      .join("") +
    `</table>` +
    (shipTo.length ? `<p>Shipping to:<br>${shipTo.map(escapeHtml).join("<br>")}</p>` : "") +
    `<p><a href="${escapeHtml(url)}">See your order</a></p>`;
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
  const { order, url } = found;
  const shipment = await deps.db.prisma.fulfilment.findFirst({
    where: { id: fulfilmentId, orderId },
    include: { lines: true },
  });
  if (!shipment) return;
  const tracking = shipment.trackingNumber
    ? `Tracking number${shipment.trackingCarrier ? ` (${shipment.trackingCarrier})` : ""}: ${shipment.trackingNumber}`
    : "";
  const all = order.fulfilmentStatus === "fulfilled" && order.lines.length > 0;
  const units = shipment.lines.map((s) => {
    const line = order.lines.find((l) => l.id === s.orderLineId);
    return `${s.quantity} × ${line?.title ?? "item"}${line?.variantTitle ? ` (${line.variantTitle})` : ""}`;
  });
  const partial = order.fulfilmentStatus === "partially_fulfilled";
  const text = [
    partial
      ? `Part of your order #${order.number} from ${order.site.name} is on its way; the rest follows.`
      : `Your order #${order.number} from ${order.site.name} is on its way.`,
    ...(partial || !all ? ["", "In this parcel:", ...units, ""] : []),
    ...(tracking ? [tracking] : []),
    ...(shipment.trackingUrl ? [`Track it: ${shipment.trackingUrl}`] : []),
    "",
    `See your order: ${url}`,
  ].join("\n");
  await deps.mailer.send({
    to: order.email!,
    subject: partial
      ? `${order.site.name}: part of order #${order.number} has shipped`
      : `${order.site.name}: order #${order.number} has shipped`,
    text,
    html: text
      .split("\n")
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join(""),
  });
}
