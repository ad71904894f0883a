import { americanise } from "../../copy.ts";
import type { Random } from "../../random.ts";
import type { LanguageKit, NamedItem, Point, QA, Subject } from "../kit.ts";
import {
  capitalise as cap,
  firstNamed,
  lowerFirst,
  oneHighlight,
  oneNamed,
  onlyServices,
  sellsGoods,
  sellsServices,
  streetNames,
} from "./helpers.ts";

/**
 * English: written in British spelling, turned American for en-US stores by `finish`. Plain,
 * warm shop English; no superlatives, ratings or promises the brief did not make.
 */

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const goods = (s: Subject) => s.words.goods;
/** Street names for a nameless shop's sign: "Willow Court", "Mill Lane". */
const STREET_FIRSTS = [
  "Mill",
  "Bridge",
  "Market",
  "Orchard",
  "Willow",
  "Fern",
  "Harbour",
  "Church",
  "Kings",
  "Elm",
];
const STREET_KINDS = ["Lane", "Street", "Row", "Yard", "Hill", "Court", "Walk", "Green"];
/** "Asheville" of "Asheville, North Carolina". */
const town = (place: string) => place.split(",")[0]!.trim();
const titleCase = (words: string) => words.split(" ").map(cap).join(" ");
const business = (s: Subject) => s.words.business;
const inPlace = (s: Subject) => (s.place ? ` in ${s.place}` : "");
const fromPlace = (s: Subject) => (s.place ? ` from ${s.place}` : "");
const named3 = (s: Subject) => {
  const items = firstNamed(s, 3);
  return items ? list(items) : null;
};
const forAudience = (s: Subject) => (s.audience ? ` for ${s.audience}` : "");
/** What the merchant offers, said as a verb phrase: sells, makes or offers. */
const offer = (s: Subject) =>
  onlyServices(s) ? "offers" : s.delivery.madeToOrder ? "makes" : "sells";

function deliverySentence(s: Subject): string | null {
  const d = s.delivery;
  if (d.perishable && d.localPickup) return "Order ahead and collect it fresh on the day.";
  if (d.perishable && d.localDelivery)
    return `Fresh on the day, delivered ${d.area ? `in ${d.area}` : "locally"}.`;
  if (d.perishable) return "Everything is fresh, so it is collected or delivered the same day.";
  if (d.madeToOrder && d.leadTime) return `Made to order, ready in ${d.leadTime}.`;
  if (d.madeToOrder) return "Made to order: we confirm the timing when you order.";
  if (d.localPickup && d.shipping) return "Collect in person or have it sent to you.";
  if (d.localPickup) return `Order online and collect it${inPlace(s)}.`;
  if (d.localDelivery) return `We deliver ${d.area ? `in ${d.area}` : "locally"}.`;
  if (d.shipping) return "Sent out carefully packed, wherever you are.";
  return null;
}

const point = (icon: Point["icon"], title: string | null | false, text: string | null | false) =>
  title && text ? { icon, title, text } : null;

function productDescription(s: Subject, r: Random, item: NamedItem): string[] {
  const details = item.details ? `${cap(item.details.replace(/\.?$/, "."))}` : "";
  const price = item.price
    ? item.priceFrom
      ? ` Prices start from ${item.price}.`
      : ""
    : item.kind === "service"
      ? " Price on request: tell us what you need and we will quote."
      : "";
  const made = s.place
    ? r.pick([
        `${item.name}, from ${s.name} in ${s.place}.`,
        `One of ours at ${s.name}${inPlace(s)}.`,
        `Part of what ${s.name} ${offer(s)}${inPlace(s)}.`,
      ])
    : r.pick([`${item.name}, from ${s.name}.`, `One of ours at ${s.name}.`]);
  const how =
    item.kind === "service"
      ? r.pick([
          "Get in touch to book, or to ask anything first.",
          "Send us a message and we will find a time that suits you.",
          "Book through the contact form and we will confirm by return.",
        ])
      : r.pick([
          oneHighlight(s, r) ? `${cap(oneHighlight(s, r)!)}, as everything at ${s.name}.` : "",
          "Ask us anything about it before you order.",
          "",
        ]);
  return [`${details} ${made}${price} ${how}`.trim(), `${made} ${details}${price} ${how}`.trim()];
}

export const EN: LanguageKit = {
  language: "en",
  locales: ["en-GB", "en-US", "en-IE", "en-CA", "en-AU", "en-NZ", "en-IN", "en-SG", "en-ZA"],
  finish: (text, locale) => (locale === "en-US" ? americanise(text) : text),
  contract: (text) => text,
  fallbackWords: (words, sells) => ({
    business: sells === "services" ? "business" : "shop",
    businessGender: "n",
    goods: words
      ? words.replace(/^(the|our|some)\s+/i, "")
      : sells === "services"
        ? "services"
        : "products",
    goodsGender: "n",
    craft: sells === "services" ? "service" : "craft",
    makers: "our team",
  }),
  fallbackName: (s) => [
    s.place && `${town(s.place)} ${titleCase(business(s))}`,
    s.place && `${titleCase(s.words.craft)} ${town(s.place)}`,
    ...streetNames(streetNames(STREET_FIRSTS, STREET_KINDS), [titleCase(business(s))]),
  ],
  from: (price) => `from ${price}`,
  sampleLabel: "Sample",
  onRequest: "Price on request",
  list,

  tagline: (s, r) => [
    s.place && `${cap(goods(s))} from ${s.place}`,
    s.place && `${cap(s.words.craft)} in ${s.place}, done with care`,
    sellsGoods(s) && `${cap(goods(s))}, chosen and made with care`,
    onlyServices(s) && `${cap(s.words.craft)}, by appointment${inPlace(s)}`,
    `${s.name}: ${goods(s)}${inPlace(s)}`,
    named3(s) && `${named3(s)}, from ${s.name}`,
    oneHighlight(s, r) && `${cap(goods(s))}: ${oneHighlight(s, r)}`,
    s.audience && `${cap(goods(s))} for ${s.audience}`,
    `${cap(s.words.craft)} you can count on`,
    `Small ${business(s)}, real ${s.words.craft}`,
  ],
  announcement: (s, r) => [
    deliverySentence(s),
    s.place && `Now online: ${s.name}${inPlace(s)}.`,
    oneNamed(s, r) &&
      (sellsGoods(s) ? `New in our shop: ${oneNamed(s, r)}.` : `Now booking: ${oneNamed(s, r)}.`),
    s.lowestPrice && `${cap(goods(s))} from ${s.lowestPrice}.`,
    sellsServices(s) && "Bookings open: send us a message to find a time.",
    `Welcome to ${s.name}: ${goods(s)}${inPlace(s)}.`,
    oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}, at ${s.name}.`,
  ],
  description: (s, r) => [
    `${s.name} ${offer(s)} ${goods(s)}${inPlace(s)}.${named3(s) ? ` Among them: ${named3(s)}.` : ""}${forAudience(s) ? ` Made${forAudience(s)}.` : ""}`,
    `${s.name} is ${s.place ? `a ${business(s)} in ${s.place}` : `a ${business(s)}`} for ${goods(s)}.${oneHighlight(s, r) ? ` ${cap(oneHighlight(s, r)!)}.` : ""}`,
    `${cap(goods(s))}${fromPlace(s)}, by ${s.name}.${deliverySentence(s) ? ` ${deliverySentence(s)}` : ""}`,
  ],
  hero: {
    eyebrow: (s, r) => [
      s.place && `${cap(business(s))} · ${s.place}`,
      s.place && `Based in ${s.place}`,
      s.place && `From ${s.place}`,
      cap(s.words.craft),
      oneHighlight(s, r),
      `Welcome to ${s.name}`,
      sellsServices(s) ? "Now taking bookings" : "Open online",
    ],
    heading: (s, r) => [
      s.place && `${cap(goods(s))}, made in ${s.place}`,
      s.place && `${s.place}'s ${business(s)} for ${goods(s)}`,
      s.place && `${s.name}, ${business(s)} in ${s.place}`,
      oneNamed(s, r) && `${oneNamed(s, r)} and more at ${s.name}`,
      named3(s) && `${named3(s)}`,
      `${cap(goods(s))} with character`,
      `${s.name}: ${goods(s)} done properly`,
      `Good ${goods(s)}, close to home`,
      s.audience && `${cap(goods(s))} for ${s.audience}`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}`,
      `${cap(s.words.craft)}, the way it should be`,
    ],
    subheading: (s, r) => [
      `${s.name} ${offer(s)} ${goods(s)}${inPlace(s)}. ${deliverySentence(s) ?? "Have a look around, and ask us anything."}`,
      s.products.length > 0 &&
        `${list(s.products.slice(0, 3))}: ${s.products.length > 1 ? "each of them" : "it is"} made or chosen by ${s.words.makers}${inPlace(s)}.`,
      oneHighlight(s, r) &&
        `${cap(oneHighlight(s, r)!)}. That is how ${s.name} does ${s.words.craft}${inPlace(s)}.`,
      s.audience &&
        `${cap(goods(s))} for ${s.audience}, from a ${business(s)} that takes the time to get it right.`,
      s.lowestPrice && `${cap(goods(s))} from ${s.lowestPrice}, by ${s.words.makers}${inPlace(s)}.`,
      sellsGoods(s) &&
        `Everything at ${s.name} is chosen by ${s.words.makers}, with care and without fuss.`,
      onlyServices(s) &&
        `At ${s.name}, ${s.words.makers} take the time to understand what you need before anything is booked.`,
    ],
    primaryButton: (s) =>
      onlyServices(s)
        ? ["Book an appointment", "Ask for a booking", "Get in touch", "See our services"]
        : [
            "Shop now",
            "Browse the shop",
            `See our ${goods(s)}`,
            "Visit the shop",
            "Start shopping",
          ],
    secondaryButton: (s) => [
      "Our story",
      `About ${s.name}`,
      "Who we are",
      "Meet us",
      s.place && `Us, in ${s.place}`,
    ],
    imageAlt: (s) => [
      `${cap(goods(s))} at ${s.name}${inPlace(s)}`,
      `A selection of ${goods(s)} from ${s.name}`,
      `${cap(s.words.craft)} at ${s.name}`,
    ],
  },
  highlights: {
    heading: (s) => [
      `Why ${s.name}`,
      `What makes ${s.name} different`,
      "What we care about",
      s.place && `${s.place}'s ${business(s)}, in short`,
      "A few things to know",
      !/^the /i.test(s.name) && `The ${s.name} way`,
    ],
    items: (s, r) => [
      point(
        "heart",
        s.place && (sellsGoods(s) ? `Made in ${s.place}` : `Based in ${s.place}`),
        s.place && `${cap(goods(s))} by ${s.words.makers}, here in ${s.place}.`,
      ),
      point(
        "sparkle",
        oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
        oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: part of what ${s.name} stands for.`,
      ),
      point(
        "gift",
        oneNamed(s, r) && `Try the ${oneNamed(s, r)}`,
        oneNamed(s, r) && `${oneNamed(s, r)} is one of ${s.name}'s own. Have a look at it.`,
      ),
      point(
        "chat",
        "Ask us anything",
        `Write to ${s.name} and ${s.words.makers} will answer you in person.`,
      ),
      point(
        "leaf",
        `Real ${s.words.craft}`,
        sellsGoods(s)
          ? `${cap(goods(s))} chosen and prepared by people who know them.`
          : `${cap(s.words.craft)} from people who know their trade.`,
      ),
      point(
        "clock",
        s.delivery.madeToOrder && "Made for you",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Each order is made for you, ready in ${s.delivery.leadTime}.`
            : "Each order is made for you; we confirm the timing when you order."),
      ),
      point(
        "package",
        s.delivery.localPickup && `Collect${inPlace(s)}`,
        s.delivery.localPickup && "Order online and pick it up in person.",
      ),
      point(
        "truck",
        s.delivery.localDelivery && "Local delivery",
        s.delivery.localDelivery &&
          `Delivered ${s.delivery.area ? `in ${s.delivery.area}` : "close to home"}.`,
      ),
      point(
        "check",
        s.delivery.perishable && "Fresh on the day",
        s.delivery.perishable && `${cap(goods(s))} made to be enjoyed fresh.`,
      ),
      point(
        "star",
        s.audience && `For ${s.audience}`.slice(0, 60),
        s.audience && `${s.name} is made for ${s.audience}.`,
      ),
      point(
        "globe",
        s.delivery.shipping === true && "Sent to you",
        s.delivery.shipping === true && "Carefully packed and sent by post.",
      ),
      point(
        "clock",
        sellsServices(s) && "Easy to book",
        sellsServices(s) && "Tell us what you need and we will find a time together.",
      ),
      point(
        "shield",
        "Clear and simple",
        `Prices shown up front, questions answered by a person at ${s.name}.`,
      ),
      point(
        "leaf",
        `How ${s.name} works`,
        `${cap(goods(s))} looked after from start to finish by ${s.words.makers} at ${s.name}.`,
      ),
    ],
  },
  collection: {
    eyebrow: (s) => [
      "The collection",
      "In the shop",
      cap(goods(s)),
      s.place && `From ${s.place}`,
      "Our range",
    ],
    heading: (s, r) => [
      `Our ${goods(s)}`,
      `${cap(goods(s))} from ${s.name}`,
      oneNamed(s, r) && `${oneNamed(s, r)} and the rest of the range`,
      s.place && `${cap(goods(s))}${fromPlace(s)}`,
      `Everything ${s.name} ${offer(s)}`,
      `Browse ${goods(s)}`,
    ],
    text: (s, r) => [
      named3(s) && `Start with ${named3(s)}, then see what else ${s.words.makers} have.`,
      sellsGoods(s) &&
        `Every piece here is chosen by ${s.words.makers}. ${deliverySentence(s) ?? "Ask us if you need help choosing."}`,
      onlyServices(s) &&
        `Each service is done by ${s.words.makers}. Ask us if you are not sure which one you need.`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: it shows in all our ${goods(s)}.`,
      s.lowestPrice && `${cap(goods(s))} from ${s.lowestPrice}, with clear prices on everything.`,
      `The ${goods(s)} ${s.name} is proud of${inPlace(s)}.`,
      `A short, careful range: ${s.name} only ${offer(s)} what ${s.words.makers} would choose themselves.`,
      sellsGoods(s) &&
        `Each of ${s.name}'s ${goods(s)} has a page of its own: have a look, then ask us anything.`,
    ],
  },
  story: {
    eyebrow: (s) => [
      "Our story",
      "About us",
      s.place && `Made in ${s.place}`,
      `Behind ${s.name}`,
      "Who we are",
    ],
    heading: (s, r) => [
      `How ${s.name} began`,
      s.place && `A ${business(s)} in ${s.place}`,
      `The people behind ${s.name}`,
      `Why we do ${s.words.craft}`,
      oneHighlight(s, r) && cap(oneHighlight(s, r)!),
      `${cap(s.words.craft)}, with care`,
    ],
    paragraphs: [
      [
        (s) => [
          `${s.name} started with a simple idea: ${goods(s)} worth coming back for.`,
          `${s.name} is a ${business(s)}${inPlace(s)} run by people who love ${s.words.craft}.`,
          s.place &&
            `In ${s.place}, ${s.name} ${offer(s)} ${goods(s)} the way we would want them ourselves.`,
          `At ${s.name}, ${s.words.makers} look after every ${sellsGoods(s) ? "order" : "booking"}.`,
        ],
        (s, r) => [
          oneHighlight(s, r) &&
            `${cap(oneHighlight(s, r)!)}: that is not a slogan, it is how we work.`,
          named3(s) &&
            `You will find ${named3(s)} here, and more ${s.delivery.perishable ? "as the seasons change" : "besides"}.`,
          s.audience && `We make them for ${s.audience}, and we listen to what they tell us.`,
          `We keep the range small so we can do each thing well.`,
          `${s.name} keeps its range small, so each thing in it gets done well.`,
          `Nothing at ${s.name} is rushed: ${s.words.craft} takes the time it takes.`,
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) && "Booking is simple: tell us what you need and we will find a time.",
          `Questions are answered by ${s.words.makers}, not by a call centre.`,
          `Write to ${s.name} and the answer comes from ${s.words.makers} themselves.`,
        ],
        (s) => [
          `Thank you for stopping by ${s.name}.`,
          s.place && `Come and say hello if you are in ${s.place}.`,
          "Write to us any time: we like hearing from you.",
          `${s.name} likes hearing from you: write any time.`,
        ],
      ],
    ],
    buttonLabel: (s) => ["Read our story", `More about ${s.name}`, "About us", "Meet the team"],
    imageAlt: (s) => [
      `${cap(s.words.makers)} at work at ${s.name}`,
      `Inside ${s.name}${inPlace(s)}`,
      `${cap(s.words.craft)} at ${s.name}`,
    ],
    caption: (s) => [s.place && `${s.name}, ${s.place}`],
  },
  featured: {
    eyebrow: (s) => [
      "Featured",
      "One to try",
      `A ${s.name} favourite`,
      "Worth a look",
      "From our range",
    ],
    detailsLabel: () => ["Details", "See details", "More about it", "Find out more"],
  },
  gallery: {
    heading: (s) => [
      `A look inside ${s.name}`,
      `${cap(goods(s))} up close`,
      s.place && `${s.name} in ${s.place}`,
      "From our workbench",
      "Pictures from the shop",
    ],
    alt: (s, r) => [
      `${cap(goods(s))} at ${s.name}`,
      `${cap(s.words.craft)} in progress at ${s.name}`,
      oneNamed(s, r) && `${oneNamed(s, r)} from ${s.name}`,
      `A detail of ${goods(s)} from ${s.name}`,
      s.place && `${s.name}${inPlace(s)}`,
      `${cap(s.words.makers)} at work at ${s.name}`,
    ],
    caption: (s, r) => [
      oneNamed(s, r),
      cap(s.words.craft),
      `At ${s.name}`,
      s.place,
      cap(goods(s)),
      "Up close",
    ],
  },
  newsletter: {
    heading: (s) => [
      `News from ${s.name}`,
      "Stay in touch",
      `Hear from us first`,
      s.place && `News from ${s.place}`,
      "Our letter",
    ],
    text: (s, r) => [
      `New ${goods(s)}, news from ${s.name} and nothing else. Unsubscribe in one click.`,
      oneNamed(s, r) &&
        `Be the first to know when ${oneNamed(s, r)} is back, and what is new at ${s.name}.`,
      `An occasional letter from ${s.words.makers}: what is new and what is coming.`,
      s.place && `What is new at ${s.name}${inPlace(s)}, a few times a season.`,
      `A few letters a season from ${s.name}: new ${goods(s)} first, and never more than that.`,
    ],
    buttonLabel: () => ["Subscribe", "Sign up", "Keep me posted", "Join the list"],
    success: (s) => [
      `Thank you: you will hear from ${s.name} soon.`,
      "You are on the list. Thank you!",
      `You are on the ${s.name} list. Thank you!`,
      `Welcome to the ${s.name} letter.`,
    ],
  },
  closing: {
    heading: (s, r) => [
      `Find your ${goods(s)} at ${s.name}`,
      oneNamed(s, r) && `Ready for ${oneNamed(s, r)}?`,
      s.place && `See you${inPlace(s)}`,
      sellsServices(s) ? `Book with ${s.name}` : `Visit the ${s.name} shop`,
      "Have a question first?",
      `Good ${s.words.craft} is waiting`,
    ],
    text: (s) => [
      sellsGoods(s) && `Browse ${goods(s)} online, or write to us if you want advice first.`,
      deliverySentence(s),
      sellsServices(s) && "Tell us what you need and we will come back to you to find a time.",
      `${s.name} is here for you, whether you know what you want or not.`,
      sellsGoods(s) &&
        `Browse ${s.name}'s ${goods(s)} online, or write first if you would like advice.`,
      onlyServices(s) && `Tell ${s.name} what you need${inPlace(s)}: we will take it from there.`,
    ],
    buttonLabel: (s) =>
      onlyServices(s)
        ? ["Book now", "Contact us", "Ask us"]
        : ["Shop now", "Browse the shop", "Go to the shop"],
  },
  shop: {
    heading: (s) => [
      `Our ${goods(s)}`,
      `Shop ${s.name}`,
      "The shop",
      `All ${goods(s)}`,
      s.place && `${cap(goods(s))}${fromPlace(s)}`,
    ],
    intro: (s) => [
      `Everything ${s.name} ${offer(s)}, in one place. ${deliverySentence(s) ?? "Ask us if you need help choosing."}`,
      named3(s) && `${named3(s)}, and the rest of our ${goods(s)}.`,
      `${cap(goods(s))} from ${s.words.makers}. The price you see is the price you pay: nothing hidden.`,
      s.lowestPrice && `${cap(goods(s))} from ${s.lowestPrice}.`,
      `All of ${s.name}'s ${goods(s)}, with the price on each one.`,
      `${cap(goods(s))} by ${s.name}${inPlace(s)}. Not sure which to choose? Ask us.`,
    ],
  },
  services: {
    heading: (s) => [
      "Our services",
      `Services at ${s.name}`,
      "What we can do for you",
      `Book ${s.name}`,
      s.place && `Services${inPlace(s)}`,
    ],
    intro: (s) => [
      `${firstNamed(s, 3) && s.services.length ? `${list(s.services.slice(0, 3))}. ` : ""}Prices are shown as "from": tell us what you need and we will confirm before anything is booked.`,
      `Choose a service and send us a message: ${s.words.makers} will answer to agree a time${s.place ? ` in ${s.place}` : ""}.`,
      s.lowestPrice &&
        `Services from ${s.lowestPrice}. Get in touch to book or to ask a question first.`,
      `Every booking starts with a conversation, so the work fits what you need.`,
    ],
    buttonLabel: () => ["Book now", "Ask for a booking", "Get in touch", "Request a quote"],
  },
  productPage: {
    note: (s) => [
      deliverySentence(s),
      sellsServices(s) && "Book by message: we confirm the time and the price with you.",
      `Questions about this? Write to ${s.name}: a person will answer.`,
    ],
    points: (s) => [
      point(
        "truck",
        s.delivery.shipping === true && "Sent to you",
        s.delivery.shipping === true &&
          "Packed with care and sent by post; costs are shown at checkout.",
      ),
      point(
        "package",
        s.delivery.localPickup && "Collect in person",
        s.delivery.localPickup && `Pick your order up${inPlace(s)}.`,
      ),
      point(
        "clock",
        s.delivery.perishable && "Fresh on the day",
        s.delivery.perishable && `Collected or delivered from ${s.name} the same day it is made.`,
      ),
      point(
        "clock",
        s.delivery.madeToOrder && "Made to order",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Ready in ${s.delivery.leadTime}.`
            : "We confirm the timing when you order."),
      ),
      point(
        "check",
        sellsServices(s) && "Booked with you",
        sellsServices(s) &&
          `${s.name} agrees the time and the details with you before anything is fixed.`,
      ),
      point(
        "chat",
        "Questions welcome",
        `Ask ${s.name} anything before you ${sellsGoods(s) ? "order" : "book"}.`,
      ),
      point("lock", sellsGoods(s) && "Secure payment", "Pay safely at checkout."),
      point(
        "lock",
        sellsGoods(s) && "Safe checkout",
        `Orders from ${s.name} are paid securely at checkout.`,
      ),
      point(
        "chat",
        "Ask before you order",
        sellsGoods(s) && `Not sure it is right for you? ${s.name} will tell you honestly.`,
      ),
      point(
        "heart",
        sellsGoods(s) && "Chosen with care",
        `Every item at ${s.name} is chosen by ${s.words.makers}.`,
      ),
      point(
        "heart",
        onlyServices(s) && "Done with care",
        `Every booking at ${s.name} is handled by ${s.words.makers}.`,
      ),
    ],
  },
  about: {
    eyebrow: (s) => ["About us", "Our story", "Who we are", sellsGoods(s) && "Behind the shop"],
    heading: (s) => [
      `About ${s.name}`,
      `Meet ${s.name}`,
      s.place && `${s.name}, ${s.place}`,
      `The story of ${s.name}`,
      `Who is behind ${s.name}`,
    ],
    subheading: (s, r) => [
      `A ${business(s)}${inPlace(s)} for ${goods(s)}.`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: the heart of ${s.name}.`,
      s.audience && `${cap(goods(s))} for ${s.audience}, made with care.`,
      `${cap(s.words.craft)} by people who love it.`,
    ],
    paragraphs: [
      [
        (s) => [
          `${s.name} is a ${business(s)}${inPlace(s)}. We ${onlyServices(s) ? "offer" : s.delivery.madeToOrder ? "make" : "sell"} ${goods(s)}, and we try to do it well.`,
          `We started ${s.name} to offer ${goods(s)} we would be glad to ${sellsGoods(s) ? "buy" : "book"} ourselves.`,
          s.place && `Our home is ${s.place}, and so is most of what we do.`,
        ],
        (s) => [
          named3(s) && `Our range includes ${named3(s)}.`,
          s.audience && `We think first of ${s.audience}.`,
          `${s.name} would rather stay small and careful than big and hurried.`,
          `Small and careful suits ${s.name} better than big and hurried.`,
        ],
      ],
      [
        (s, r) => [
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}.`,
          `Everything starts with ${s.words.craft}: time, attention and ${sellsGoods(s) ? "the right materials" : "listening first"}.`,
          `At ${s.name}, everything starts with ${s.words.craft}: time, attention and ${sellsGoods(s) ? "the right materials" : "listening first"}.`,
          `${s.name} began with ${s.words.craft}, and ${s.words.craft} is still what the days are made of.`,
        ],
        (s) => [
          s.highlights.length > 1 &&
            `We also care about ${list(s.highlights.slice(0, 3).map(lowerFirst))}.`,
          sellsGoods(s) && `${cap(s.words.makers)} check every order before it leaves.`,
          onlyServices(s) && `${cap(s.words.makers)} prepare every appointment with care.`,
          "We are happy to explain how and why we do things the way we do.",
          `Ask ${s.name} how anything is done: we are glad to explain.`,
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) && "Bookings start with a message: tell us what you need.",
        ],
        (s) => [
          `If something is not right, talk to us: we will look for a fair solution together.`,
          `If something from ${s.name} is not right, tell us and we will put it right together.`,
          `Write to ${s.name} any time.`,
        ],
      ],
    ],
    values: {
      heading: (s) => [
        "What we care about",
        `What ${s.name} stands for`,
        "Our values",
        "How we work",
      ],
      items: (s, r) => [
        point(
          "heart",
          "Care",
          `Every ${sellsGoods(s) ? "order" : "client"} at ${s.name} gets the same attention.`,
        ),
        point("chat", "Honesty", `Clear prices and straight answers from ${s.name}.`),
        point(
          "leaf",
          oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: we hold to it.`,
        ),
        point("globe", s.place && "Local", s.place && `Rooted in ${s.place}.`),
        point(
          "sparkle",
          "Craft",
          `${cap(s.words.craft)} done properly at ${s.name}, without shortcuts.`,
        ),
        point("check", "Reliability", `At ${s.name} we say what we do and do what we say.`),
      ],
    },
    closing: {
      heading: (s) => [
        `Come and see ${s.name}`,
        "Say hello",
        s.place && `Find us in ${s.place}`,
        "Let's talk",
      ],
      text: (s) => [
        sellsGoods(s) && `Browse the shop, or write to us: ${s.words.makers} are happy to help.`,
        sellsServices(s) && "Tell us what you need and we will find a time together.",
        `Questions, ideas or special requests: ${s.name} is listening.`,
        sellsGoods(s) && `The shop is open online; ${s.name} answers questions there too.`,
      ],
      buttonLabel: (s) =>
        onlyServices(s) ? ["Contact us", "Book now"] : ["Visit the shop", "Shop now", "Contact us"],
    },
  },
  contact: {
    heading: (s) => [
      "Contact us",
      `Get in touch with ${s.name}`,
      "Say hello",
      "Write to us",
      s.place && `${s.name}, ${s.place}`,
    ],
    intro: (s) => [
      `Questions about ${goods(s)}, ${sellsGoods(s) ? "an order" : "a booking"} or a special request: write to ${s.name} and we will answer.`,
      sellsServices(s) &&
        `To book, tell us what you need and when suits you; we will confirm the details.`,
      `A person at ${s.name} reads every message.`,
      `Write to ${s.name} about anything: ${goods(s)}, ${sellsGoods(s) ? "orders" : "bookings"} or an idea of your own.`,
    ],
    formHeading: () => ["Send us a message", "Write to us", "Your message", "Ask us anything"],
    formText: (s) => [
      "Leave your name, email and message; we answer as soon as we can.",
      sellsServices(s) && "Tell us the service, the date you have in mind and how to reach you.",
      `Tell us how ${s.name} can help.`,
      `Your name, your email and your question are all ${s.name} needs.`,
    ],
    success: (s) => [
      "Thank you: your message is on its way to us.",
      "Message received. We will get back to you soon.",
      "Thanks for writing. We will reply as soon as we can.",
      `Thank you for writing to ${s.name}. We will reply soon.`,
      `${s.name} has your message and will answer you soon.`,
    ],
    asideHeading: (s) => [
      s.place ? `Find us in ${s.place}` : "Where to find us",
      "Other ways to reach us",
      "Visiting",
    ],
    asideText: (s) => [
      s.place &&
        `${s.name} is based in ${s.place}.${s.delivery.localPickup ? " Orders can be collected there." : ""}`,
      `Use the form for anything: ${sellsGoods(s) ? "orders" : "bookings"}, questions, ideas. ${deliverySentence(s) ?? ""}`,
      `The form reaches ${s.name} directly, whatever your question is.`,
      s.delivery.area && `We work in ${s.delivery.area}.`,
    ],
  },
  faq: {
    heading: (s) => [
      "Questions and answers",
      `Questions about ${s.name}`,
      "Good to know",
      "FAQ",
      "Your questions",
    ],
    intro: (s) => [
      `Answers to what people ask ${s.name} most. Anything else? Write to us.`,
      `Everything about ${goods(s)}, ${sellsGoods(s) ? "orders" : "booking"} and more. Still wondering? Get in touch.`,
      "The short answers. For the long ones, send us a message.",
      `The short answers from ${s.name}. For the long ones, send us a message.`,
    ],
    groupHeadings: {
      about: (s) => [`About ${s.name}`, `About our ${goods(s)}`, "About us"],
      orders: (s) =>
        s.delivery.perishable
          ? ["Orders and collection", "Ordering"]
          : ["Orders and delivery", "Ordering", "Delivery and returns"],
      booking: () => ["Booking", "Appointments", "Booking and prices"],
    },
    offer: (s): QA[] => [
      {
        question: `What does ${s.name} ${onlyServices(s) ? "offer" : "sell"}?`,
        answer: `${cap(goods(s))}${named3(s) ? `, including ${named3(s)}` : ""}. Everything is in the ${onlyServices(s) ? "services page" : "shop"}.`,
      },
      {
        question: `What can I find at ${s.name}?`,
        answer: `${cap(goods(s))}${inPlace(s)}${named3(s) ? `: ${named3(s)} and more` : ""}.`,
      },
    ],
    where: (s): QA[] => [
      { question: "Where are you based?", answer: `${s.name} is in ${s.place}.` },
      {
        question: `Are you really in ${s.place}?`,
        answer: `Yes: ${s.name} is a ${business(s)} in ${s.place}.`,
      },
    ],
    audience: (s): QA[] => [
      {
        question: `Who is ${s.name} for?`,
        answer: `We work for ${s.audience}, and anyone else who likes ${goods(s)}.`,
      },
    ],
    highlight: (s, r): QA[] => [
      {
        question: `What matters most to ${s.name}?`,
        answer: `${cap(oneHighlight(s, r) ?? s.words.craft)}. Ask us about it.`,
      },
    ],
    shipping: (s): QA[] => [
      {
        question: "Do you ship?",
        answer:
          "Yes: orders are packed carefully and sent by post. The cost and options are shown at checkout before you pay.",
      },
      {
        question: `Does ${s.name} send orders by post?`,
        answer: `Yes. ${s.name} packs every order with care; you see the cost and the options at checkout.`,
      },
      {
        question: "How is my order sent?",
        answer:
          "By post, packed with care. You see the delivery options and their cost at checkout.",
      },
    ],
    noShipping: (s): QA[] => [
      {
        question: "Do you ship?",
        answer: `No, we do not send orders by post.${s.delivery.localPickup ? " You collect them from us." : ""}${s.delivery.localDelivery ? " We deliver locally." : ""}`,
      },
      {
        question: `Can ${s.name} post my order?`,
        answer: `Not by post, no.${s.delivery.localPickup ? ` Orders are collected from ${s.name}.` : ""}${s.delivery.localDelivery ? ` ${s.name} delivers locally.` : ""}`,
      },
    ],
    shippingUnknown: (s): QA[] => [
      {
        question: "How do I get my order?",
        answer: `The options are shown at checkout. If you need something specific, write to ${s.name} first.`,
      },
      {
        question: `How does an order from ${s.name} reach me?`,
        answer: `You choose from the options shown at checkout. Anything special in mind? Ask ${s.name} before ordering.`,
      },
    ],
    pickup: (s): QA[] => [
      {
        question: "Can I collect my order?",
        answer: `Yes: order online and collect it${inPlace(s)}. We let you know when it is ready.`,
      },
      {
        question: "Is there local pickup?",
        answer: `Yes${inPlace(s)}. Choose pickup at checkout and we will tell you when to come.`,
      },
      {
        question: `Can I pick up my order from ${s.name}?`,
        answer: `Yes: choose pickup at checkout and ${s.name} tells you when it is ready.`,
      },
    ],
    localDelivery: (s): QA[] => [
      {
        question: "Do you deliver?",
        answer: `Yes, locally${s.delivery.area ? `: ${s.delivery.area}` : ""}. Ask us if you are not sure your address is covered.`,
      },
      {
        question: `Where does ${s.name} deliver?`,
        answer: `Locally${s.delivery.area ? `: ${s.delivery.area}` : ""}. Not sure about your address? Ask ${s.name}.`,
      },
    ],
    perishable: (s): QA[] => [
      {
        question: "Can I return fresh goods?",
        answer: `Fresh ${goods(s)} cannot be returned. If something is wrong with your order, tell us the same day and we will put it right.`,
      },
      {
        question: "When should I collect or receive my order?",
        answer:
          "On the day it is ready: everything is fresh, so it is collected or delivered the same day, and fresh goods cannot be returned.",
      },
      {
        question: `Does ${s.name} take back fresh ${goods(s)}?`,
        answer: `Fresh ${goods(s)} cannot go back on the shelf. If your order from ${s.name} is not right, say so the same day and we will sort it out.`,
      },
    ],
    madeToOrder: (s): QA[] => [
      {
        question: "How long does an order take?",
        answer: s.delivery.leadTime
          ? `Each order is made for you: allow ${s.delivery.leadTime}.`
          : "Each order is made for you; we confirm the timing when you order.",
      },
      {
        question: "Is everything made to order?",
        answer: `Yes. ${s.delivery.leadTime ? `Count on ${s.delivery.leadTime}.` : "We tell you how long it will take before you commit."}`,
      },
      {
        question: `How long does ${s.name} need for an order?`,
        answer: s.delivery.leadTime
          ? `Count on ${s.delivery.leadTime}: ${s.name} makes each order for you.`
          : `${s.name} makes each order for you and tells you how long it will take before you commit.`,
      },
    ],
    returns: (s): QA[] => [
      {
        question: "Can I return something?",
        answer: `Write to ${s.name} before sending anything back: we will tell you how, and sort it out with you.`,
      },
      {
        question: "What if something is wrong with my order?",
        answer:
          "Tell us as soon as you can, with a photo if it helps. We will find a fair solution.",
      },
      {
        question: `What if my order from ${s.name} is not right?`,
        answer: `Tell ${s.name} as soon as you can, with a photo if it helps, and we will find a fair way to fix it.`,
      },
    ],
    returnsMadeToOrder: (s): QA[] => [
      {
        question: "Can I return a made-to-order piece?",
        answer: `It is made for you, so talk to ${s.name} first: we will look at what is wrong and how to fix it.`,
      },
      {
        question: `What if a piece ${s.name} made for me is not right?`,
        answer: `Tell ${s.name} what is wrong; as it was made for you, we look at the fix together.`,
      },
    ],
    booking: (s): QA[] => [
      {
        question: "How do I book?",
        answer: `Send ${s.name} a message with the service and the time you have in mind. We confirm the details with you before anything is fixed.`,
      },
      {
        question: "How does booking work?",
        answer:
          "Choose a service, write to us, and we agree a time together. Nothing is booked until we have both confirmed.",
      },
      {
        question: `How do I book with ${s.name}?`,
        answer: `Write to ${s.name} with the service you want and a time that suits you; the booking is fixed once we have both confirmed.`,
      },
    ],
    servicePrices: (s): QA[] => [
      {
        question: "How much does it cost?",
        answer: `${s.lowestPrice ? `Services start from ${s.lowestPrice}. ` : ""}Each page shows where prices start; ${s.name} confirms the exact price before booking.`,
      },
      {
        question: `What does ${s.name} charge?`,
        answer: `${s.lowestPrice ? `From ${s.lowestPrice}. ` : ""}Each service shows its starting price, and ${s.name} confirms the exact one before you book.`,
      },
    ],
    reschedule: (s): QA[] => [
      {
        question: "Can I change my appointment?",
        answer: `Yes: let ${s.name} know as early as you can and we will find another time.`,
      },
      {
        question: `Can I move a booking with ${s.name}?`,
        answer: `Yes. Tell ${s.name} as early as you can and we will agree another time.`,
      },
    ],
    payment: (s): QA[] => [
      {
        question: "How do I pay?",
        answer: `Securely at checkout, when you place your order with ${s.name}.`,
      },
      {
        question: `When does ${s.name} charge me?`,
        answer: "When you place your order at checkout.",
      },
      {
        question: `How do I pay for an order from ${s.name}?`,
        answer: `At checkout, securely, when you confirm your order with ${s.name}.`,
      },
    ],
    contact: (s): QA[] => [
      {
        question: "I have another question. How do I reach you?",
        answer: `Use the contact page: a person at ${s.name} will answer.`,
      },
      {
        question: "Can I ask for something special?",
        answer: `Yes: write to ${s.name} and tell us what you have in mind.`,
      },
      {
        question: `How do I reach ${s.name}?`,
        answer: `Through the contact page: a person at ${s.name} reads every message and answers it.`,
      },
    ],
  },
  footer: (s, r) => [
    `${s.name}: ${goods(s)}${inPlace(s)}.`,
    `${cap(goods(s))}${fromPlace(s)}, with care.`,
    oneHighlight(s, r) && `${s.name}. ${cap(oneHighlight(s, r)!)}.`,
    `${s.name}, ${business(s)}${inPlace(s)}.`,
  ],
  seo: {
    home: {
      title: (s) => [
        `${s.name} | ${cap(goods(s))}${inPlace(s)}`,
        `${s.name}: ${business(s)}${inPlace(s)}`,
        `${s.name} | ${cap(goods(s))}`,
      ],
      description: (s) => [
        `${s.name} ${offer(s)} ${goods(s)}${inPlace(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `${cap(goods(s))}${fromPlace(s)} by ${s.name}. ${deliverySentence(s) ?? ""}`,
      ],
    },
    shop: {
      title: (s) => [
        sellsGoods(s) && `Shop ${goods(s)} | ${s.name}`,
        `${cap(goods(s))} | ${s.name}`,
      ],
      description: (s) => [
        `${sellsGoods(s) ? "Browse" : "See"} ${goods(s)} from ${s.name}${inPlace(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `All of ${s.name}'s ${goods(s)}, with clear prices.`,
      ],
    },
    about: {
      title: (s) => [`About ${s.name}`, `Our story | ${s.name}`],
      description: (s) => [
        `Who is behind ${s.name}, a ${business(s)}${inPlace(s)}.`,
        `The story of ${s.name} and how we work.`,
      ],
    },
    contact: {
      title: (s) => [`Contact ${s.name}`, `Contact | ${s.name}`],
      description: (s) => [
        `Write to ${s.name}${inPlace(s)}: questions, ${onlyServices(s) ? "bookings" : sellsServices(s) ? "orders, bookings" : "orders"}.`,
        `Get in touch with ${s.name}.`,
      ],
    },
    faq: {
      title: (s) => [`Questions | ${s.name}`, `FAQ | ${s.name}`],
      description: (s) => [
        `Answers about ${goods(s)}, ${onlyServices(s) ? "booking and prices" : sellsServices(s) ? "orders and booking" : "orders and delivery"} at ${s.name}.`,
        `What people ask ${s.name}, answered.`,
      ],
    },
  },
  product: {
    description: productDescription,
    sampleLine: (s) => [
      `Offered by ${s.name}${inPlace(s)}.`,
      `One of the ${goods(s)} at ${s.name}.`,
      s.place && `From ${s.name}, ${s.place}.`,
      `Ask ${s.name} about it before ordering.`,
    ],
    imageAlt: (s, item) => `${item.name}, ${s.name}`,
    options: (name, labels) => `${name}: ${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}.`,
  },
  notes: {
    font: (asked, font) =>
      `We could not use the font you asked for (${asked}); we used the closest we have, ${font}.`,
    colour: (word) =>
      `We could not use ${word} for text: it would be hard to read on this background, so it is used as a brand colour instead.`,
    noProducts: () =>
      "The brief names no products, so the shop starts empty: add your own in Products.",
    avoided: (word) => `Samples that did not fit what your brief says (${word}) were left out.`,
  },
};
