import type { IndustryKnowledge } from "./types.ts";

/**
 * The fallback for briefs that match no trade. Its words are about how the shop works (small
 * batches, care, service) rather than what it sells, with {noun} taken from the brief when it
 * says "we sell ...", so the copy still reads as written for this shop.
 */
export const general: IndustryKnowledge = {
  id: "general",
  keywords: [],
  noun: "good things",
  goods: "products",
  makers: "our team",
  moods: ["fresh", "warm", "minimal", "calm"],
  recipes: [
    ["highlights", "products", "story", "testimonials", "faq", "newsletter"],
    ["products", "highlights", "featured", "story", "testimonials", "closing"],
  ],
  eyebrows: ["Welcome in", "Independent and proud", "Made with care", "New in"],
  heroHeadings: [
    "Thoughtfully made, carefully chosen",
    "Good things, done properly",
    "A small shop with big standards",
    "Independent, from {place}",
  ],
  heroSubheadings: [
    "{name} is an independent shop for {noun}, chosen with care, priced fairly and sent out with a personal touch.",
    "Quality {noun}, honest prices and real people behind every order, from our home {in_place}.",
    "We keep our range small so that everything in it is something we are proud to sell.",
  ],
  taglines: [
    "An independent shop with high standards",
    "Carefully chosen {noun}",
    "An independent shop from {place}",
  ],
  announcements: [
    "Free shipping on orders over {threshold}.",
    "Every order is packed by hand and shipped within two working days.",
    "New arrivals every month. Sign up to hear first.",
  ],
  valueProps: [
    {
      icon: "star",
      title: "Carefully chosen",
      text: "A small range of things we genuinely love and would buy ourselves.",
    },
    {
      icon: "truck",
      title: "Quick, careful delivery",
      text: "Packed by hand and shipped within two working days.",
    },
    {
      icon: "returns",
      title: "Easy returns",
      text: "Changed your mind? Return it within 30 days for a full refund.",
    },
    {
      icon: "chat",
      title: "Real people",
      text: "Questions go to a person on our team, not a call centre.",
    },
    {
      icon: "lock",
      title: "Secure checkout",
      text: "Pay safely with all major cards and wallets.",
    },
  ],
  collection: {
    headings: ["Shop our favourites", "New arrivals", "Bestsellers"],
    texts: [
      "A short, considered range. Everything here has earned its place.",
      "Our most-loved pieces, plus a few new things we are excited about.",
    ],
  },
  story: {
    headings: ["Small by choice", "Why we do things this way", "The people behind the shop"],
    paragraphs: [
      [
        "{name} started with a simple belief: a small shop can offer better things and better service than a big one.",
        "We choose every product ourselves, pack every order by hand and answer every message personally.",
      ],
      [
        "Staying small lets us care about the details: who makes what we sell, how it is packed, and how you feel when it arrives.",
        "Thank you for supporting an independent business {in_place}.",
      ],
    ],
  },
  stats: [
    { value: "2 days", label: "to pack and ship" },
    { value: "30 days", label: "to change your mind" },
    { value: "100%", label: "independent" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote: "Lovely quality and such a personal touch. The handwritten note made my day.",
      name: "Sarah J.",
      detail: "Verified buyer",
    },
    {
      quote: "Fast delivery, beautifully packed, and exactly as described.",
      name: "Adam R.",
      detail: "Verified buyer",
    },
    {
      quote: "I had a question and got a friendly, helpful answer within the hour.",
      name: "Mina K.",
      detail: "Returning customer",
    },
  ],
  faqs: [
    {
      question: "Do you ship internationally?",
      answer: "We ship to most countries. Shipping costs and delivery times are shown at checkout.",
    },
    {
      question: "Can I change or cancel my order?",
      answer:
        "Write to us as soon as possible. If your order has not shipped yet, we will happily change or cancel it.",
    },
    {
      question: "Do you offer gift wrapping?",
      answer:
        "Yes. Add a note at checkout and we will wrap your order and include a handwritten card.",
    },
  ],
  gallery: [
    { alt: "Parcels wrapped and ready to ship", caption: "Packed by hand, every time." },
    { alt: "A tidy shop counter with products on display", caption: "A corner of our shop." },
    { alt: "A handwritten thank-you card", caption: "A note in every order." },
    { alt: "Products arranged on a wooden shelf", caption: "A few of our favourites." },
  ],
  products: [
    {
      title: "The Signature Piece",
      description:
        "The design that started it all and still our most popular, made in small batches.",
      price: [45, 65],
      options: [{ name: "Colour", values: ["Natural", "Charcoal", "Sage"] }],
    },
    {
      title: "The Everyday Essential",
      description: "Simple, useful and built for daily use. The one customers come back for.",
      price: [25, 35],
    },
    {
      title: "Limited Edition",
      description: "A small run in a new colourway. When it is gone, it is gone.",
      price: [55, 75],
    },
    {
      title: "Starter Set",
      description:
        "Our three most-loved products together, at a little less than buying them separately.",
      price: [70, 90],
      onSale: true,
    },
    {
      title: "Gift Set",
      description: "A curated set in a keepsake box, wrapped and ready to give.",
      price: [60, 80],
    },
    {
      title: "Care Kit",
      description: "Everything you need to keep your purchases looking their best for years.",
      price: [18, 24],
    },
    {
      title: "Canvas Tote",
      description: "A sturdy organic cotton tote with our logo, roomy enough for a weekly shop.",
      price: [18, 22],
    },
    {
      title: "Gift Card",
      description: "Let them choose. Delivered by email with your personal message.",
      price: [25, 25],
      options: [
        {
          name: "Amount",
          values: [
            ["25", 0],
            ["50", 25],
            ["100", 75],
          ],
        },
      ],
    },
  ],
  productNote: "Packed by hand and shipped within two working days.",
  art: {
    hero: "Illustration of a gift box and a shopping bag",
    story: "Illustration of a small shop counter",
  },
};
