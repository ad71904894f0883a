import type { IndustryId } from "../../site/vocabulary.ts";
import {
  bicycles,
  electronicsAccessories,
  fitnessGear,
  outdoorGear,
  petSupplies,
  toys,
} from "./active.ts";
import { bakery, coffee, tea, wine } from "./food-drink.ts";
import { general } from "./general.ts";
import {
  artPrints,
  books,
  ceramics,
  florist,
  furnitureDecor,
  handmadeCrafts,
  stationery,
} from "./home.ts";
import { fashion, jewellery, skincare } from "./style.ts";
import type { IndustryKnowledge } from "./types.ts";

export type { IndustryKnowledge, Point, ProductSeed } from "./types.ts";

/** Every trade the offline generator knows, by id. A literal map, checked complete by its type. */
export const KNOWLEDGE: Record<IndustryId, IndustryKnowledge> = {
  coffee,
  bakery,
  fashion,
  jewellery,
  skincare,
  "furniture-decor": furnitureDecor,
  "electronics-accessories": electronicsAccessories,
  books,
  florist,
  "fitness-gear": fitnessGear,
  "pet-supplies": petSupplies,
  "art-prints": artPrints,
  wine,
  tea,
  "handmade-crafts": handmadeCrafts,
  toys,
  "outdoor-gear": outdoorGear,
  bicycles,
  ceramics,
  stationery,
  general,
};

/** Copy every trade shares: service, shipping, contact. Variables as in ./types.ts. */
export const SHARED = {
  shopHeadings: ["Shop all {goods}", "The shop", "Everything we make", "Browse the shop"],
  shopIntros: [
    "Everything we sell, in one place. Each product page has the details, sizes and care notes you need.",
    "Take your time: every product has a full description, and we are happy to answer questions before you buy.",
  ],
  productPoints: [
    {
      icon: "truck",
      title: "Free shipping over {threshold}",
      text: "Orders are packed by hand and leave within two working days.",
    },
    {
      icon: "returns",
      title: "30-day returns",
      text: "Not quite right? Send it back within 30 days for a full refund.",
    },
    {
      icon: "lock",
      title: "Secure checkout",
      text: "Pay safely with all major cards and digital wallets.",
    },
  ],
  aboutEyebrows: ["Our story", "About us", "Who we are"],
  aboutHeadings: [
    "The story behind {name}",
    "Hello, we are {name}",
    "Why {name} exists",
    "How we got here",
  ],
  aboutSubheadings: [
    "A small, independent business with a simple aim: {noun} we are proud of, and service you will remember.",
    "Who we are, how we work and what we care about, in our own words.",
  ],
  aboutParagraphs: [
    "Everything we do comes back to care: for the people who make what we sell, for the materials we use and for the customers who trust us.",
    "We are a small team, so you will often hear from the same person who packed your order. We like it that way.",
    "If you are ever nearby {place_sentence}, come and say hello. And if not, our inbox is always open.",
  ],
  valuesHeadings: ["What we care about", "How we work", "Our promises"],
  values: [
    {
      icon: "heart",
      title: "Quality first",
      text: "We would rather sell fewer things that last than more things that do not.",
    },
    {
      icon: "leaf",
      title: "Lighter footprint",
      text: "Recycled packaging, careful sourcing and no unnecessary extras.",
    },
    {
      icon: "chat",
      title: "Service with a name",
      text: "Every message is answered by a real person, usually the same day.",
    },
  ],
  contactHeadings: ["Say hello", "Get in touch", "We would love to hear from you"],
  contactIntros: [
    "Questions about an order, a product or something else entirely? Send us a message and a real person will reply within one working day.",
    "Whether you need help choosing or want to know where your parcel is, we are here to help.",
  ],
  contactFormHeadings: ["Send us a message", "Write to us"],
  contactFormTexts: [
    "We usually reply the same day.",
    "We read every message and reply within one working day.",
  ],
  contactSuccess: [
    "Thanks for writing! We will get back to you within one working day.",
    "Message received. Someone from the team will reply soon.",
  ],
  asideHeadings: ["Good to know", "Before you write"],
  asideTexts: [
    "For questions about an existing order, include your order number so we can help faster. Most answers about shipping and returns are also on our FAQ page.",
    "We answer messages Monday to Friday. For order questions, your order number helps us find everything straight away.",
  ],
  faqHeadings: ["Questions, answered", "Frequently asked questions", "Good questions"],
  faqIntros: [
    "Everything about ordering, shipping and returns. Cannot find your answer? Write to us and a real person will reply.",
    "The questions we hear most often, answered. Anything else, just ask.",
  ],
  faqGroupHeadings: {
    trade: ["About our {goods}", "Our {goods}"],
    orders: ["Orders and delivery", "Shipping and returns"],
  },
  orderFaqs: [
    {
      question: "How long does delivery take?",
      answer:
        "Orders leave us within two working days. Delivery times for your address are shown at checkout.",
    },
    {
      question: "How much is shipping?",
      answer:
        "Shipping is free on orders over {threshold}. Below that, the cost is shown at checkout before you pay.",
    },
    {
      question: "Can I return something?",
      answer:
        "Yes. Return unused items within 30 days and we will refund you in full once they arrive back.",
    },
    {
      question: "How can I pay?",
      answer:
        "We accept all major credit and debit cards and popular digital wallets. Payments are processed securely.",
    },
  ],
  newsletterHeadings: [
    "Letters from {name}",
    "Stay in the loop",
    "Hear it first",
    "The {name} newsletter",
  ],
  newsletterTexts: [
    "One email a month: new arrivals, stories from behind the scenes and the occasional subscriber-only offer. No spam, ever.",
    "Be the first to hear about new {goods}, restocks and small celebrations. Unsubscribe any time.",
  ],
  newsletterButtons: ["Sign me up", "Subscribe", "Join the list"],
  newsletterSuccess: [
    "You are on the list. Check your inbox to confirm.",
    "Thank you for subscribing! Please confirm your email address.",
  ],
  closingHeadings: [
    "Ready to find your favourite?",
    "Find something you will love",
    "Start with our bestsellers",
  ],
  closingTexts: [
    "Free shipping over {threshold}, easy returns and a real person to help if you need one.",
    "Every order is packed with care and backed by our 30-day returns promise.",
  ],
  closingButtons: ["Shop now", "Browse the shop", "See the collection"],
  aboutClosingHeadings: ["Come and see what we make", "Find your new favourite"],
  aboutClosingTexts: ["Browse the full range, or write to us if you would like a recommendation."],
  faqClosingHeadings: ["Still have a question?", "Cannot find your answer?"],
  faqClosingTexts: ["Write to us and a real person will reply, usually on the same day."],
  heroPrimaryButtons: ["Shop now", "Shop the collection", "Browse the shop", "Explore the range"],
  heroSecondaryButtons: ["Our story", "Meet the team", "How we work"],
  storyButtons: ["Read our story", "More about us"],
  featuredEyebrows: ["Customer favourite", "Our bestseller", "Staff pick", "Most loved"],
  featuredDetails: ["See details", "Learn more", "Full details"],
  statsHeadings: ["{name} in numbers", "A few numbers we are proud of", "By the numbers"],
  testimonialHeadings: ["What our customers say", "Kind words", "Loved by our customers"],
  galleryHeadings: ["Behind the scenes", "A look inside", "From our corner of the world"],
  highlightHeadings: [
    "Why shop with {name}",
    "What makes us different",
    "Why people come back",
    "Made with care",
  ],
  footerTaglines: ["{tagline}. Thank you for shopping independent.", "{tagline}."],
  seo: {
    homeTitles: ["{name} | {tagline}", "{name} | {noun_title}", "{name}"],
    shopTitles: ["Shop {goods} | {name}", "Shop | {name}"],
    aboutTitles: ["Our story | {name}", "About {name}", "About us | {name}"],
    contactTitles: ["Contact {name}", "Contact | {name}"],
    faqTitles: ["FAQ | {name}", "Questions and answers | {name}"],
    shopDescriptions: [
      "Browse {goods} from {name}: {tagline_lower}. Free shipping over {threshold} and 30-day returns.",
      "Shop the full range at {name}. {tagline}. Easy returns.",
      "Shop the full range at {name}, with easy 30-day returns.",
    ],
    aboutDescriptions: [
      "The story of {name}: who we are, how we work and what we care about.",
      "Meet the people behind {name} and learn how we choose and make what we sell.",
    ],
    contactDescriptions: [
      "Contact {name} about an order, a product or anything else. We reply within one working day.",
      "Get in touch with {name}. Real people, quick replies.",
    ],
    faqDescriptions: [
      "Answers about ordering, delivery, returns and our {goods} at {name}.",
      "Frequently asked questions about shopping at {name}: shipping, returns and more.",
    ],
  },
} as const;
