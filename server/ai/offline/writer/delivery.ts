import type { SitePlan } from "../../site/plan.ts";
import type { FaqKit, QA, Subject, Variants } from "./kit.ts";
import type { Pen } from "./pen.ts";

/**
 * Which questions a store answers, from what the brief says about delivery and selling: fresh
 * goods are not returned and go out the same day, made-to-order work states the brief's lead
 * time, a services business explains booking instead of shipping and returns. Where the brief is
 * silent the answer says the merchant confirms, never a number of days or a refund window.
 */
type Topic = Exclude<keyof FaqKit, "groupHeadings">;

/** The order-side topics for these facts, most specific first. */
export function orderTopics(s: Subject): Topic[] {
  const d = s.delivery;
  const topics: Topic[] = [];
  const sellsProducts = s.sells !== "services";
  if (sellsProducts) {
    if (d.perishable) topics.push("perishable");
    if (d.madeToOrder) topics.push("madeToOrder");
    if (d.shipping === true && !d.perishable) topics.push("shipping");
    if (d.shipping === false) topics.push("noShipping");
    if (d.shipping === null && !d.perishable && !d.localPickup && !d.localDelivery)
      topics.push("shippingUnknown");
    if (d.localPickup) topics.push("pickup");
    if (d.localDelivery) topics.push("localDelivery");
    if (!d.perishable) topics.push(d.madeToOrder ? "returnsMadeToOrder" : "returns");
    topics.push("payment");
  }
  return topics.slice(0, 6);
}

export function bookingTopics(s: Subject): Topic[] {
  if (s.sells === "products") return [];
  return [
    "booking",
    "servicePrices",
    "reschedule",
    ...(s.sells === "services" ? ["contact" as const] : []),
  ];
}

/** Questions about the business itself, from the facts it has. */
export function aboutTopics(s: Subject): Topic[] {
  const topics: Topic[] = ["offer"];
  if (s.place) topics.push("where");
  if (s.audience) topics.push("audience");
  if (s.highlights.length > 0) topics.push("highlight");
  if (s.sells === "products") topics.push("contact");
  return topics;
}

export function writeFaq(faq: FaqKit, s: Subject, pen: Pen): SitePlan["faq"]["groups"] {
  const answer = (topic: Topic): QA | null => {
    const slot = faq[topic] as Variants<QA>;
    const r = pen.fork(`faq:${topic}`);
    const candidates = pen
      .usable(`faq:${topic}`, slot)
      .filter((qa) => qa.question.length <= 160 && qa.answer.length <= 600);
    // A question that names the business or its facts first: "How do I pay?" is in every store.
    const own = pen.ownFirst(candidates, (qa) => qa.question);
    const mine = pen.ownFirst(own, (qa) => qa.answer);
    return mine.length > 0 ? r.pick(mine) : null;
  };
  const group = (label: keyof FaqKit["groupHeadings"], topics: Topic[]) => {
    const items = topics.map(answer).filter((qa): qa is QA => qa !== null);
    return items.length >= 2
      ? { heading: pen.line(`faq-group:${label}`, faq.groupHeadings[label], 80), items }
      : null;
  };
  const groups = [
    group("about", aboutTopics(s)),
    group("booking", bookingTopics(s)),
    group("orders", orderTopics(s)),
  ].filter((g) => g !== null);
  if (groups.length > 0) return groups;
  // A store with too few facts for a group of its own still answers the basics.
  return [group("about", ["offer", "contact", "payment"])!];
}
