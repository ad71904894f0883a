import type { IndustryKnowledge } from "./types.ts";

const SIZES = { name: "Size", values: ["XS", "S", "M", "L", "XL"] } as const;

export const fashion: IndustryKnowledge = {
  id: "fashion",
  keywords: [
    ["fashion", 3],
    ["clothing", 3],
    ["clothes", 3],
    ["apparel", 3],
    ["dresses", 2],
    ["dress", 1],
    ["shirts", 2],
    ["knitwear", 2],
    ["linen", 1],
    ["wardrobe", 2],
    ["boutique", 2],
    ["streetwear", 3],
    ["denim", 2],
  ],
  noun: "clothing",
  goods: "pieces",
  makers: "our studio",
  moods: ["minimal", "elegant", "bold", "calm"],
  recipes: [
    ["products", "highlights", "story", "gallery", "testimonials", "newsletter"],
    ["featured", "products", "story", "highlights", "testimonials", "closing"],
  ],
  eyebrows: ["New season", "Made to last", "The new collection", "Designed in small runs"],
  heroHeadings: [
    "Clothes made to be worn for years",
    "Everyday pieces, thoughtfully made",
    "A wardrobe you will actually wear",
    "Designed in {place}, made to last",
  ],
  heroSubheadings: [
    "{name} designs easy, well-cut clothing in natural fabrics, produced in small runs by workshops we know and trust.",
    "Timeless shapes, honest materials and fair production, from our studio {in_place} to your wardrobe.",
    "Fewer, better pieces: designed to mix together, wash well and look better with every wear.",
  ],
  taglines: [
    "Everyday clothing, thoughtfully made",
    "Fewer, better clothes",
    "Designed in {place}, made to last",
  ],
  announcements: [
    "Free shipping over {threshold} and free returns within 30 days.",
    "The new season collection has landed.",
    "Made in small runs: when a piece sells out, it may not come back.",
  ],
  valueProps: [
    {
      icon: "leaf",
      title: "Natural fabrics",
      text: "Organic cotton, linen and merino that breathe, last and get softer with time.",
    },
    {
      icon: "heart",
      title: "Fairly made",
      text: "Sewn by small workshops that pay fair wages and that we visit every season.",
    },
    {
      icon: "returns",
      title: "Free returns",
      text: "Not the right fit? Send it back within 30 days and we will refund you in full.",
    },
    {
      icon: "sparkle",
      title: "Made to last",
      text: "Reinforced seams and careful finishing mean our pieces stay in your wardrobe for years.",
    },
    {
      icon: "truck",
      title: "Quick delivery",
      text: "Orders ship within two working days in plastic-free packaging.",
    },
  ],
  collection: {
    headings: ["The collection", "New this season", "Wardrobe favourites"],
    texts: [
      "Easy shapes in natural fabrics, designed to be mixed, matched and worn again and again.",
      "Small runs, careful cuts and colours that go with everything you already own.",
    ],
  },
  story: {
    headings: ["Slow fashion, on purpose", "Why we make less", "Clothes with a story"],
    paragraphs: [
      [
        "{name} began with a simple frustration: clothes that looked tired after a few washes.",
        "So we started making our own, in better fabrics and small quantities, with workshops that treat people well.",
      ],
      [
        "We design a small collection each season and make only what we think will sell, so nothing ends up in landfill.",
        "Every piece is fitted on real people in our studio {in_place} before it goes into production.",
      ],
    ],
  },
  stats: [
    { value: "100%", label: "natural or recycled fibres" },
    { value: "4", label: "family workshops we partner with" },
    { value: "30 days", label: "free returns" },
    { value: "4.8/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote:
        "The linen shirt is the best thing I own. It has been through a hundred washes and still looks great.",
      name: "Emma W.",
      detail: "Verified buyer",
    },
    {
      quote: "Sizing was spot on, and the fabric feels far more expensive than it was.",
      name: "Jonas K.",
      detail: "Verified buyer",
    },
    {
      quote: "I love knowing who made my clothes. The quality speaks for itself.",
      name: "Sara N.",
      detail: "Returning customer",
    },
    {
      quote: "An exchange was quick and friendly. That is how you keep customers.",
      name: "Lucy A.",
      detail: "Verified buyer",
    },
  ],
  faqs: [
    {
      question: "How do I find my size?",
      answer:
        "Each product page has a size guide with measurements in centimetres and inches. If you are between sizes, our notes say which way to go.",
    },
    {
      question: "How should I wash my clothes?",
      answer:
        "Wash cool, inside out and with similar colours, then dry flat or on a line. Natural fabrics last longest without the tumble dryer.",
    },
    {
      question: "Can I exchange a size?",
      answer:
        "Yes. Start an exchange within 30 days and we will send the new size as soon as the return is on its way.",
    },
    {
      question: "Where are your clothes made?",
      answer: "In small family workshops in Portugal and Lithuania, which we visit every season.",
    },
  ],
  gallery: [
    {
      alt: "A linen shirt hanging in soft daylight",
      caption: "Stonewashed linen, softer with every wash.",
    },
    { alt: "Folded knitwear in muted colours", caption: "Merino knits for cooler days." },
    { alt: "A tailor cutting fabric on a workbench", caption: "Cutting the new season's samples." },
    { alt: "A rail of clothes in the studio", caption: "Fitting day in the studio." },
  ],
  products: [
    {
      title: "Linen Everyday Shirt",
      description:
        "A relaxed shirt in stonewashed European linen that softens with every wash. Wear it open over a tee or buttoned up.",
      price: [85, 110],
      options: [SIZES, { name: "Colour", values: ["Natural", "Sage", "Navy"] }],
    },
    {
      title: "Organic Cotton Tee",
      description:
        "A heavyweight tee in organic cotton with a clean neckline that keeps its shape.",
      price: [32, 42],
      options: [SIZES, { name: "Colour", values: ["White", "Black", "Oat"] }],
    },
    {
      title: "Wide-Leg Trousers",
      description:
        "High-waisted trousers with a fluid drape, side pockets and a soft elastic back.",
      price: [95, 125],
      options: [SIZES],
    },
    {
      title: "Merino Crew Jumper",
      description: "A fine-knit merino jumper that is warm without bulk and never itchy.",
      price: [110, 140],
      options: [SIZES, { name: "Colour", values: ["Charcoal", "Camel", "Forest"] }],
    },
    {
      title: "Wrap Midi Dress",
      description: "A flattering wrap dress in fluid Tencel with a tie waist and deep pockets.",
      price: [120, 150],
      options: [SIZES],
    },
    {
      title: "Canvas Chore Jacket",
      description:
        "A sturdy cotton-canvas jacket with four patch pockets. It only gets better with age.",
      price: [140, 180],
      options: [SIZES],
    },
    {
      title: "Ribbed Tank",
      description:
        "A close-fitting ribbed tank in organic cotton. The layer you will reach for all summer.",
      price: [28, 36],
      options: [SIZES],
      onSale: true,
    },
    {
      title: "Linen Tote Bag",
      description:
        "A roomy linen tote with an inside pocket and long handles that sit comfortably on the shoulder.",
      price: [35, 45],
    },
    {
      title: "Silk Scarf",
      description: "A square silk scarf with a hand-drawn print, rolled and stitched by hand.",
      price: [65, 85],
    },
  ],
  productNote: "Free shipping over {threshold}. Free returns within 30 days.",
  art: {
    hero: "Illustration of a shirt on a hanger",
    story: "Illustration of a tailor's workbench",
  },
};

export const jewellery: IndustryKnowledge = {
  id: "jewellery",
  keywords: [
    ["jewellery", 3],
    ["jewelry", 3],
    ["jeweller", 3],
    ["jeweler", 3],
    ["rings", 3],
    ["ring", 1],
    ["necklace", 3],
    ["necklaces", 3],
    ["earrings", 3],
    ["bracelet", 2],
    ["gold", 1],
    ["silver", 1],
    ["gemstone", 2],
    ["engagement", 2],
  ],
  noun: "jewellery",
  goods: "pieces",
  makers: "our goldsmiths",
  moods: ["elegant", "minimal", "calm", "warm"],
  recipes: [
    ["featured", "products", "highlights", "story", "testimonials", "closing"],
    ["products", "highlights", "story", "gallery", "testimonials", "newsletter"],
  ],
  eyebrows: [
    "Handmade jewellery",
    "Made to be treasured",
    "Recycled gold and silver",
    "The new collection",
  ],
  heroHeadings: [
    "Jewellery made to be worn every day",
    "Small treasures, made by hand",
    "Pieces to keep and pass on",
    "Handmade jewellery from {place}",
  ],
  heroSubheadings: [
    "{name} makes rings, necklaces and earrings by hand in recycled gold and silver, designed to be worn daily and loved for decades.",
    "Each piece is cast, set and polished at our bench {in_place}, with ethically sourced stones and lifetime care.",
    "Understated designs, honest materials and craftsmanship you can feel when you hold them.",
  ],
  taglines: [
    "Handmade jewellery in recycled gold and silver",
    "Everyday jewellery, made to last",
    "Handmade in {place}",
  ],
  announcements: [
    "Free gift wrapping and insured delivery on every order.",
    "Free resizing within 60 days of purchase.",
    "New: made-to-order engagement rings. Book a consultation.",
  ],
  valueProps: [
    {
      icon: "leaf",
      title: "Recycled metals",
      text: "All our gold and silver is recycled, with the same quality as newly mined metal.",
    },
    {
      icon: "sparkle",
      title: "Handmade to order",
      text: "Every piece is made at our bench by a trained goldsmith.",
    },
    {
      icon: "shield",
      title: "Lifetime care",
      text: "Free cleaning and polishing for as long as you own the piece.",
    },
    {
      icon: "gift",
      title: "Gift ready",
      text: "Every order arrives in a recycled gift box with a handwritten note if you like.",
    },
    {
      icon: "returns",
      title: "Free resizing",
      text: "Rings can be resized free of charge within 60 days.",
    },
  ],
  collection: {
    headings: ["The collection", "Everyday favourites", "Made at our bench"],
    texts: [
      "Delicate chains, stacking rings and earrings designed to be worn together, day after day.",
      "Simple shapes in recycled gold and silver, finished by hand.",
    ],
  },
  story: {
    headings: [
      "Made slowly, to last a lifetime",
      "Every piece starts at the bench",
      "Jewellery with a conscience",
    ],
    paragraphs: [
      [
        "{name} started at a small bench with a few hand tools and a love for pieces that feel personal.",
        "We still make everything by hand, in small batches, and we still smile every time a ring is finished.",
      ],
      [
        "We use recycled gold and silver and buy our stones from suppliers who can trace them to the mine.",
        "Good jewellery should be made responsibly {in_place} and be worth passing on.",
      ],
    ],
  },
  stats: [
    { value: "100%", label: "recycled gold and silver" },
    { value: "2,000+", label: "pieces made by hand" },
    { value: "60 days", label: "of free resizing" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote: "My engagement ring is more beautiful than I imagined. They listened to every detail.",
      name: "Rebecca T.",
      detail: "Custom order",
    },
    {
      quote:
        "I have worn the chain every day for two years, in the shower and the sea. It still shines.",
      name: "Ines G.",
      detail: "Verified buyer",
    },
    {
      quote: "The gift box and handwritten note made it feel so special to give.",
      name: "Michael F.",
      detail: "Gift buyer",
    },
    {
      quote: "Resizing was free and quick, and the ring came back polished like new.",
      name: "Chloe D.",
      detail: "Verified buyer",
    },
  ],
  faqs: [
    {
      question: "How do I find my ring size?",
      answer:
        "Use our printable ring sizer, or measure a ring you already wear. If you are unsure, choose the larger size: resizing is free within 60 days.",
    },
    {
      question: "Will my jewellery tarnish?",
      answer:
        "Solid gold never tarnishes. Silver can darken over time; a quick rub with the polishing cloth we include brings it back.",
    },
    {
      question: "Do you make custom pieces?",
      answer:
        "Yes. Book a free consultation and we will design something just for you, from sketch to finished piece.",
    },
    {
      question: "Is delivery insured?",
      answer: "Every order ships insured and tracked, and needs a signature on delivery.",
    },
  ],
  gallery: [
    {
      alt: "A goldsmith polishing a ring at the bench",
      caption: "Polishing by hand at the bench.",
    },
    { alt: "Stacked gold rings on a linen cloth", caption: "Stacking rings in recycled gold." },
    { alt: "A delicate necklace in a gift box", caption: "Every order arrives gift ready." },
    { alt: "Loose gemstones in a small dish", caption: "Traceable stones for custom orders." },
  ],
  products: [
    {
      title: "Fine Chain Necklace",
      description:
        "A delicate cable chain in recycled gold vermeil that sits beautifully on its own or layered.",
      price: [65, 85],
      options: [
        {
          name: "Length",
          values: [
            ["40 cm", 0],
            ["45 cm", 5],
            ["50 cm", 10],
          ],
        },
        {
          name: "Metal",
          values: [
            ["Silver", 0],
            ["Gold vermeil", 30],
          ],
        },
      ],
    },
    {
      title: "Stacking Ring",
      description:
        "A slim band with a softly hammered finish. Wear one alone or stack three together.",
      price: [38, 48],
      options: [
        { name: "Size", values: ["J", "L", "N", "P", "R"] },
        {
          name: "Metal",
          values: [
            ["Silver", 0],
            ["9ct gold", 110],
          ],
        },
      ],
    },
    {
      title: "Pebble Stud Earrings",
      description: "Small organic studs inspired by river pebbles, cast in recycled silver.",
      price: [40, 55],
      options: [
        {
          name: "Metal",
          values: [
            ["Silver", 0],
            ["Gold vermeil", 25],
          ],
        },
      ],
    },
    {
      title: "Signet Ring",
      description: "A classic oval signet that can be engraved with initials or a small motif.",
      price: [120, 160],
      options: [{ name: "Size", values: ["J", "L", "N", "P", "R"] }],
    },
    {
      title: "Birthstone Pendant",
      description: "A faceted birthstone in a simple bezel setting, on a fine chain.",
      price: [75, 95],
      options: [{ name: "Month", values: ["January", "April", "July", "October"] }],
    },
    {
      title: "Hoop Earrings",
      description:
        "Lightweight everyday hoops with a secure hinged clasp, comfortable from morning to night.",
      price: [55, 70],
      options: [
        {
          name: "Size",
          values: [
            ["Small", 0],
            ["Medium", 10],
          ],
        },
      ],
    },
    {
      title: "Pearl Drop Earrings",
      description: "Freshwater pearls on slim recycled-gold hooks. Quietly elegant.",
      price: [60, 80],
      onSale: true,
    },
    {
      title: "Link Bracelet",
      description:
        "A chunky paperclip-link bracelet with a T-bar clasp, heavy enough to feel substantial.",
      price: [85, 110],
    },
    {
      title: "Jewellery Care Kit",
      description: "A polishing cloth, a soft brush and a travel pouch to keep your pieces bright.",
      price: [18, 24],
    },
  ],
  productNote: "Made to order in our studio. Insured delivery and free resizing within 60 days.",
  art: {
    hero: "Illustration of a ring and a pendant",
    story: "Illustration of a jeweller's bench",
  },
};

export const skincare: IndustryKnowledge = {
  id: "skincare",
  keywords: [
    ["skincare", 3],
    ["skin care", 3],
    ["skin", 2],
    ["serum", 3],
    ["moisturiser", 3],
    ["moisturizer", 3],
    ["cleanser", 3],
    ["beauty", 2],
    ["cosmetics", 2],
    ["face oil", 3],
    ["soap", 2],
    ["balm", 2],
    ["spf", 2],
  ],
  noun: "skincare",
  goods: "formulas",
  makers: "our formulators",
  moods: ["calm", "fresh", "minimal", "elegant"],
  recipes: [
    ["highlights", "products", "featured", "story", "testimonials", "faq", "newsletter"],
    ["products", "highlights", "stats", "story", "testimonials", "closing"],
  ],
  eyebrows: [
    "Gentle, effective skincare",
    "Clean formulas",
    "Made in small batches",
    "Kind to skin",
  ],
  heroHeadings: [
    "Skincare that keeps it simple",
    "Fewer steps, healthier skin",
    "Gentle formulas that really work",
    "Small-batch skincare from {place}",
  ],
  heroSubheadings: [
    "{name} makes gentle, effective skincare with ingredients you can pronounce, in small batches and without fragrance overload.",
    "Cleansers, serums and balms formulated {in_place} for sensitive skin, tested by real people and never on animals.",
    "A short routine of hard-working products, so you spend less time at the mirror and more time feeling good in your skin.",
  ],
  taglines: [
    "Gentle skincare with honest ingredients",
    "Simple routines for happy skin",
    "Small-batch skincare from {place}",
  ],
  announcements: [
    "Free shipping over {threshold}, with a free sample in every parcel.",
    "New: our mineral sunscreen is here, just in time for summer.",
    "Refill pouches now available for our bestsellers.",
  ],
  valueProps: [
    {
      icon: "leaf",
      title: "Honest ingredients",
      text: "Plant oils, gentle actives and nothing that does not earn its place in the bottle.",
    },
    {
      icon: "heart",
      title: "Kind to sensitive skin",
      text: "Fragrance-free options and every formula patch-tested on sensitive skin.",
    },
    {
      icon: "shield",
      title: "Never tested on animals",
      text: "Cruelty-free from ingredient to finished product.",
    },
    {
      icon: "returns",
      title: "Love it or return it",
      text: "If a product does not suit your skin, tell us within 30 days for a refund.",
    },
    {
      icon: "package",
      title: "Refillable packaging",
      text: "Glass bottles and refill pouches that cut plastic by up to 80%.",
    },
  ],
  collection: {
    headings: ["The routine", "Our formulas", "Bestselling skincare"],
    texts: [
      "Cleanse, treat and protect: everything you need for healthy skin, and nothing you do not.",
      "Each product lists every ingredient and what it does, so you always know what goes on your skin.",
    ],
  },
  story: {
    headings: ["Skincare without the noise", "Why we keep formulas short", "Made for real skin"],
    paragraphs: [
      [
        "{name} started when a long search for products that would calm reactive skin came up empty.",
        "So we made our own: short ingredient lists, gentle actives and small batches we can stand behind.",
      ],
      [
        "We work with a cosmetic chemist to test every formula for stability and gentleness before it reaches you.",
        "Everything is mixed and bottled {in_place} in small batches, so it is always fresh.",
      ],
    ],
  },
  stats: [
    { value: "98%", label: "of testers saw calmer skin" },
    { value: "12", label: "ingredients or fewer per formula" },
    { value: "80%", label: "less plastic with refills" },
    { value: "4.8/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote: "My skin has never been calmer. The cleansing balm alone changed my routine.",
      name: "Amelia R.",
      detail: "Sensitive skin",
    },
    {
      quote: "Finally a serum that does not sting. I have rebought it four times.",
      name: "Karim B.",
      detail: "Verified buyer",
    },
    {
      quote: "I love the refill pouches, and the samples help me try new things without risk.",
      name: "Julia M.",
      detail: "Subscriber",
    },
    {
      quote:
        "Simple, effective and beautifully packaged. My bathroom shelf has never looked better.",
      name: "Nora S.",
      detail: "Verified buyer",
    },
  ],
  faqs: [
    {
      question: "Are your products suitable for sensitive skin?",
      answer:
        "Yes. Every formula is tested on sensitive skin, and our fragrance-free range is made for the most reactive. Patch test anything new first.",
    },
    {
      question: "How long do products last once opened?",
      answer:
        "Most are best used within 12 months of opening. Look for the open-jar symbol on each label.",
    },
    {
      question: "Are your products vegan?",
      answer: "Everything except our beeswax balm is vegan, and every product is cruelty-free.",
    },
    {
      question: "Can I use your products while pregnant?",
      answer:
        "Most are fine, but please check the ingredient list with your doctor. Our retinal serum is not recommended during pregnancy.",
    },
  ],
  gallery: [
    {
      alt: "Amber glass bottles on a bathroom shelf",
      caption: "Glass bottles, refillable and recyclable.",
    },
    {
      alt: "Botanical ingredients laid out on linen",
      caption: "Oils and botanicals before blending.",
    },
    { alt: "A dropper releasing serum", caption: "A few drops go a long way." },
    { alt: "Jars being filled by hand", caption: "Filled by hand in small batches." },
  ],
  products: [
    {
      title: "Cleansing Balm",
      description:
        "A melting balm that lifts make-up and sunscreen without stripping. Rinses clean and leaves skin soft.",
      price: [28, 36],
      options: [
        {
          name: "Size",
          values: [
            ["50 ml", 0],
            ["100 ml", 14],
          ],
        },
      ],
    },
    {
      title: "Hydrating Serum",
      description:
        "Hyaluronic acid and panthenol for deep hydration that plumps and calms. Light enough for morning and night.",
      price: [32, 42],
    },
    {
      title: "Barrier Repair Cream",
      description: "A rich moisturiser with ceramides and oat to strengthen dry or irritated skin.",
      price: [34, 44],
      options: [
        {
          name: "Size",
          values: [
            ["30 ml", 0],
            ["50 ml", 12],
          ],
        },
      ],
    },
    {
      title: "Gentle Gel Cleanser",
      description:
        "A low-foam cleanser with a skin-friendly pH that removes the day without tightness.",
      price: [20, 26],
    },
    {
      title: "Vitamin C Serum",
      description: "Stable vitamin C with ferulic acid to brighten dull skin and even tone.",
      price: [38, 48],
    },
    {
      title: "Mineral Sunscreen SPF 30",
      description: "A sheer zinc sunscreen that leaves no white cast and sits well under make-up.",
      price: [26, 32],
    },
    {
      title: "Facial Oil",
      description: "A blend of squalane, rosehip and jojoba that nourishes without clogging pores.",
      price: [30, 40],
      onSale: true,
    },
    {
      title: "Lip Balm Trio",
      description: "Three nourishing balms: unscented, mint and a sheer rose tint.",
      price: [16, 20],
    },
    {
      title: "Starter Routine Set",
      description: "Cleanser, serum and cream in travel sizes: the easiest way to try the routine.",
      price: [45, 55],
    },
  ],
  productNote: "Free sample with every order. Patch test before first use.",
  art: {
    hero: "Illustration of skincare bottles and leaves",
    story: "Illustration of botanical ingredients",
  },
};
