import type { IndustryKnowledge } from "./types.ts";

export const fitnessGear: IndustryKnowledge = {
  id: "fitness-gear",
  keywords: [
    ["fitness", 3],
    ["gym", 3],
    ["workout", 3],
    ["yoga", 2],
    ["dumbbells", 3],
    ["kettlebell", 3],
    ["resistance bands", 3],
    ["training", 1],
    ["activewear", 3],
    ["pilates", 2],
    ["home gym", 4],
    ["strength", 1],
  ],
  noun: "fitness gear",
  goods: "kit",
  makers: "our team",
  moods: ["bold", "fresh", "minimal", "playful"],
  recipes: [
    ["highlights", "products", "featured", "stats", "testimonials", "closing"],
    ["products", "highlights", "story", "testimonials", "faq", "newsletter"],
  ],
  eyebrows: ["Train anywhere", "Built to last", "Home gym essentials", "Move more"],
  heroHeadings: [
    "Gear that keeps up with you",
    "Train harder at home",
    "Strong kit for strong habits",
    "Fitness gear, tested in {place}",
  ],
  heroSubheadings: [
    "{name} makes durable, no-nonsense fitness gear for home workouts, tested by coaches and built to survive daily use.",
    "Dumbbells, bands, mats and more, designed {in_place} to save space and last for years.",
    "Everything you need for a home gym that works, and nothing you will never use.",
  ],
  taglines: [
    "Durable fitness gear for home training",
    "Home gym essentials, built to last",
    "Fitness gear from {place}",
  ],
  announcements: [
    "Free shipping on orders over {threshold}.",
    "Two-year warranty on all equipment.",
    "New: adjustable dumbbells that replace a whole rack.",
  ],
  valueProps: [
    {
      icon: "shield",
      title: "Built to last",
      text: "Commercial-grade materials and a two-year warranty on every piece.",
    },
    {
      icon: "check",
      title: "Tested by coaches",
      text: "Every product is used and approved by personal trainers before launch.",
    },
    {
      icon: "package",
      title: "Space-saving design",
      text: "Compact, stackable kit that fits into small flats.",
    },
    {
      icon: "returns",
      title: "30-day returns",
      text: "Not right for your training? Return it within 30 days.",
    },
    {
      icon: "chat",
      title: "Free workout guides",
      text: "Every order includes programmes to get you started.",
    },
  ],
  collection: {
    headings: ["Build your home gym", "Training essentials", "Bestselling kit"],
    texts: [
      "Start with the basics and add as you get stronger. Everything works together.",
      "Practical, durable gear for strength, mobility and conditioning.",
    ],
  },
  story: {
    headings: ["Made by people who train", "Why we keep it simple", "Built for real workouts"],
    paragraphs: [
      [
        "{name} started when we kept breaking cheap equipment and could not justify gym-priced kit.",
        "So we made gear that is tough enough for daily training and priced for home use.",
      ],
      [
        "Every product is tested by coaches for months before we sell it, then improved from what they tell us.",
        "We are based {in_place}, and we answer training questions as happily as order questions.",
      ],
    ],
  },
  stats: [
    { value: "25,000+", label: "home gyms equipped" },
    { value: "2 years", label: "warranty on equipment" },
    { value: "40+", label: "free workout guides" },
    { value: "4.8/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote: "The adjustable dumbbells replaced my whole gym membership. Solid and easy to change.",
      name: "Marcus B.",
      detail: "Verified buyer",
    },
    {
      quote: "The mat does not slip even in hot yoga. Worth every penny.",
      name: "Leah S.",
      detail: "Verified buyer",
    },
    {
      quote: "Fast delivery and the free programme got me training on day one.",
      name: "Andre P.",
      detail: "Verified buyer",
    },
  ],
  faqs: [
    {
      question: "What does the warranty cover?",
      answer:
        "Our two-year warranty covers defects in materials and workmanship under normal home use. Write to us and we will sort it out quickly.",
    },
    {
      question: "Which weights should I start with?",
      answer:
        "Most beginners start with a pair they can lift ten times with good form. Our guides explain how to choose and when to progress.",
    },
    {
      question: "How heavy is delivery?",
      answer:
        "Heavy items ship in sturdy boxes by courier, who will bring them to your door. Delivery times are shown at checkout.",
    },
    {
      question: "Can I return used equipment?",
      answer: "You can return equipment within 30 days if it is in resaleable condition.",
    },
  ],
  gallery: [
    {
      alt: "Dumbbells and a kettlebell on a wooden floor",
      caption: "A small home gym, fully equipped.",
    },
    { alt: "A person stretching on a yoga mat", caption: "Mobility work on our grip mat." },
    { alt: "Resistance bands in a range of colours", caption: "Five resistance levels." },
    { alt: "A compact equipment rack in a living room", caption: "Tidy storage for small spaces." },
  ],
  products: [
    {
      title: "Adjustable Dumbbells",
      description:
        "A pair that adjusts from 2 to 24 kg with a twist of the handle, replacing fifteen sets of weights.",
      price: [280, 360],
    },
    {
      title: "Cast Iron Kettlebell",
      description:
        "A single-piece cast iron kettlebell with a smooth, wide handle for two-handed swings.",
      price: [35, 75],
      options: [
        {
          name: "Weight",
          values: [
            ["8 kg", 0],
            ["12 kg", 12],
            ["16 kg", 24],
            ["24 kg", 40],
          ],
        },
      ],
    },
    {
      title: "Grip Yoga Mat",
      description:
        "A 5 mm natural rubber mat with a grippy surface that does not slip when you sweat.",
      price: [55, 70],
      options: [{ name: "Colour", values: ["Slate", "Moss", "Sand"] }],
    },
    {
      title: "Resistance Band Set",
      description:
        "Five latex-free bands from light to extra heavy, with a door anchor and handles.",
      price: [30, 40],
    },
    {
      title: "Pull-Up Bar",
      description: "A doorway pull-up bar that fits without screws and holds up to 130 kg.",
      price: [35, 45],
    },
    {
      title: "Foam Roller",
      description: "A firm, textured roller for recovery and mobility after hard sessions.",
      price: [25, 32],
      onSale: true,
    },
    {
      title: "Weighted Jump Rope",
      description: "A ball-bearing rope with weighted handles for smooth, fast conditioning.",
      price: [22, 28],
    },
    {
      title: "Adjustable Bench",
      description: "A sturdy bench with seven back positions that folds flat for storage.",
      price: [180, 240],
    },
    {
      title: "Training Gloves",
      description: "Breathable gloves with padded palms for better grip on bars and weights.",
      price: [20, 26],
      options: [{ name: "Size", values: ["S", "M", "L", "XL"] }],
    },
  ],
  productNote: "Two-year warranty. Free workout guide with every order.",
  freeShippingOver: 75,
  art: { hero: "Illustration of a kettlebell and dumbbells", story: "Illustration of a home gym" },
};

export const outdoorGear: IndustryKnowledge = {
  id: "outdoor-gear",
  keywords: [
    ["outdoor", 3],
    ["outdoors", 3],
    ["hiking", 3],
    ["camping", 3],
    ["backpacking", 3],
    ["climbing", 2],
    ["tents", 3],
    ["tent", 2],
    ["trail", 2],
    ["mountaineering", 3],
    ["adventure", 1],
    ["gear", 1],
  ],
  noun: "outdoor gear",
  goods: "gear",
  makers: "our gear testers",
  moods: ["earthy", "bold", "fresh", "minimal"],
  recipes: [
    ["highlights", "products", "story", "gallery", "testimonials", "newsletter"],
    ["featured", "products", "highlights", "stats", "testimonials", "closing"],
  ],
  eyebrows: ["Field tested", "Built for the trail", "Go further", "Made for wild places"],
  heroHeadings: [
    "Gear for longer days outside",
    "Built for wild places",
    "Pack light, go further",
    "Outdoor gear tested around {place}",
  ],
  heroSubheadings: [
    "{name} makes and chooses tough, lightweight gear for hiking and camping, tested on real trails before it reaches the shop.",
    "Tents, packs and layers chosen by people who spend their weekends outdoors {in_place}.",
    "Honest advice, repairable gear and kit that earns its place in your pack.",
  ],
  taglines: [
    "Field-tested gear for hiking and camping",
    "Lightweight kit for wild places",
    "Outdoor gear from {place}",
  ],
  announcements: [
    "Free shipping over {threshold} and free returns.",
    "Lifetime repairs on all our own-brand packs.",
    "New season layers are in.",
  ],
  valueProps: [
    {
      icon: "check",
      title: "Field tested",
      text: "Every product spends a season on real trails before we stock it.",
    },
    {
      icon: "shield",
      title: "Repairable and guaranteed",
      text: "We repair what we sell and stand behind it for years.",
    },
    {
      icon: "leaf",
      title: "Responsibly made",
      text: "Recycled fabrics, PFC-free coatings and traceable down.",
    },
    {
      icon: "chat",
      title: "Advice from people who go",
      text: "Ask us anything about routes, kit or weather. We are out there too.",
    },
    {
      icon: "returns",
      title: "Easy returns",
      text: "Return unused gear within 60 days, no questions asked.",
    },
  ],
  collection: {
    headings: ["Trail-ready gear", "Packed and tested", "Kit for the season"],
    texts: [
      "Shelter, packs, layers and small essentials for day hikes and multi-day trips.",
      "Lightweight, repairable kit chosen by people who spend their weekends outside.",
    ],
  },
  story: {
    headings: [
      "Made for muddy boots",
      "Why we test everything outside",
      "Gear that earns its place",
    ],
    paragraphs: [
      [
        "{name} began on a rainy trail with a leaking tent and a promise to do better.",
        "Now everything we sell has been carried, slept in and rained on by our team first.",
      ],
      [
        "Good gear should last for years and be repaired when it tears, not thrown away.",
        "We test {in_place} in every season and only keep the kit that keeps us dry, warm and moving.",
      ],
    ],
  },
  stats: [
    { value: "1,200 km", label: "walked testing this season's gear" },
    { value: "60 days", label: "to return unused gear" },
    { value: "900+", label: "repairs made last year" },
    { value: "4.8/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote:
        "The tent stayed bone dry through a night of sideways rain. Incredible for the weight.",
      name: "Finn O.",
      detail: "Verified buyer",
    },
    {
      quote: "Great advice on what to pack for my first multi-day hike. I did not forget a thing.",
      name: "Chiara L.",
      detail: "Verified buyer",
    },
    {
      quote: "They repaired my pack for free after five years of abuse. Customers for life.",
      name: "Ravi N.",
      detail: "Returning customer",
    },
  ],
  faqs: [
    {
      question: "How do I choose a tent?",
      answer:
        "Think about how many people, which seasons and how far you will carry it. Our guide compares weight, space and weather protection.",
    },
    {
      question: "Do you repair gear?",
      answer:
        "Yes. We repair our own-brand packs for life and can fix most tents, jackets and sleeping bags for a small fee.",
    },
    {
      question: "How should I wash waterproof jackets?",
      answer:
        "Use a technical wash, then tumble dry on low or iron on a cool setting to revive the water-repellent finish.",
    },
    {
      question: "Can I return gear I have used?",
      answer:
        "Unused gear can be returned within 60 days. If something fails in use, contact us and we will make it right.",
    },
  ],
  gallery: [
    { alt: "A tent pitched beside a mountain lake", caption: "Camp at dusk on a testing trip." },
    { alt: "Hiking boots on a rocky trail", caption: "Miles of trail behind every product." },
    {
      alt: "A packed rucksack leaning on a boulder",
      caption: "Everything for three days, in 40 litres.",
    },
    { alt: "A camping stove boiling water at dawn", caption: "Morning coffee outside." },
  ],
  products: [
    {
      title: "Two-Person Trekking Tent",
      description:
        "A freestanding tent that weighs under 1.6 kg, pitches in minutes and shrugs off heavy rain.",
      price: [320, 420],
    },
    {
      title: "40 L Trekking Pack",
      description:
        "A supportive pack with an adjustable back, hip-belt pockets and a removable lid.",
      price: [150, 190],
      options: [{ name: "Back length", values: ["S/M", "M/L"] }],
    },
    {
      title: "Waterproof Shell Jacket",
      description: "A breathable three-layer shell with taped seams and a helmet-compatible hood.",
      price: [220, 280],
      options: [
        { name: "Size", values: ["S", "M", "L", "XL"] },
        { name: "Colour", values: ["Moss", "Ember"] },
      ],
    },
    {
      title: "Down Sleeping Bag",
      description: "Traceable down rated to minus two degrees, with a snug hood and a full zip.",
      price: [260, 330],
    },
    {
      title: "Merino Base Layer",
      description:
        "A lightweight merino top that keeps you warm when wet and stays fresh for days.",
      price: [65, 85],
      options: [{ name: "Size", values: ["S", "M", "L", "XL"] }],
    },
    {
      title: "Trekking Poles",
      description: "Carbon poles that fold to 38 cm and lock firmly in place on rough ground.",
      price: [95, 125],
    },
    {
      title: "Camp Stove Kit",
      description:
        "A compact gas stove with a 1 litre pot and windshield that boils water in three minutes.",
      price: [70, 90],
      onSale: true,
    },
    {
      title: "Insulated Bottle",
      description: "A steel bottle that keeps drinks hot for twelve hours or cold for a day.",
      price: [28, 36],
    },
    {
      title: "Headtorch",
      description: "A rechargeable 400-lumen headtorch with a red light mode for camp.",
      price: [40, 55],
    },
  ],
  productNote: "Field tested by our team. Unused gear can be returned within 60 days.",
  freeShippingOver: 75,
  art: { hero: "Illustration of mountains and a tent", story: "Illustration of a hiking trail" },
};

export const bicycles: IndustryKnowledge = {
  id: "bicycles",
  keywords: [
    ["bicycle", 3],
    ["bicycles", 3],
    ["bike", 3],
    ["bikes", 3],
    ["cycling", 3],
    ["cyclist", 2],
    ["e-bike", 3],
    ["gravel", 2],
    ["bike shop", 4],
    ["frames", 1],
  ],
  noun: "bicycles",
  goods: "bikes",
  makers: "our mechanics",
  moods: ["bold", "fresh", "minimal", "playful"],
  recipes: [
    ["featured", "products", "highlights", "story", "testimonials", "faq", "closing"],
    ["products", "highlights", "story", "stats", "testimonials", "newsletter"],
  ],
  eyebrows: ["Built for riding", "Ride every day", "Bikes and parts", "Tuned by hand"],
  heroHeadings: [
    "Bikes built for every kind of ride",
    "Ride more, worry less",
    "Your next bike starts here",
    "The bike shop of {place}",
  ],
  heroSubheadings: [
    "{name} sells city, gravel and electric bikes, built and tuned by our mechanics, with free servicing for the first year.",
    "From commuters to weekend explorers: the right bike, fitted properly, from our workshop {in_place}.",
    "Every bike is assembled and safety-checked by hand, and arrives ready to ride.",
  ],
  taglines: [
    "Bikes built and tuned by hand",
    "City, gravel and electric bikes",
    "The bike shop of {place}",
  ],
  announcements: [
    "Free first-year servicing on every bike.",
    "Cycle-to-work scheme accepted.",
    "Book a free test ride at the workshop.",
  ],
  valueProps: [
    {
      icon: "check",
      title: "Built by mechanics",
      text: "Every bike is assembled, tuned and safety-checked in our workshop.",
    },
    {
      icon: "shield",
      title: "Free first-year service",
      text: "Bring your bike back for a full service within its first year, on us.",
    },
    {
      icon: "truck",
      title: "Delivered ready to ride",
      text: "Bikes arrive 95% assembled with tools and clear instructions.",
    },
    {
      icon: "chat",
      title: "Proper fitting advice",
      text: "Send us your height and riding style and we will recommend the right size.",
    },
    {
      icon: "returns",
      title: "14-day test period",
      text: "Not the right bike? Return it unused within 14 days.",
    },
  ],
  collection: {
    headings: ["Bikes and gear", "Ready to ride", "Our bikes"],
    texts: [
      "City bikes, gravel bikes and e-bikes, plus the lights, locks and bags that make riding easy.",
      "Every bike is built and tested by hand before it leaves the workshop.",
    ],
  },
  story: {
    headings: [
      "A workshop first, a shop second",
      "Why we build every bike by hand",
      "Made for riders",
    ],
    paragraphs: [
      [
        "{name} started as a repair workshop, fixing neighbours' bikes for the price of a coffee.",
        "We still fix bikes every day, and that experience shapes every bike we choose to sell.",
      ],
      [
        "A well-built bike is a joy for decades; a badly built one is a chore from day one.",
        "That is why our mechanics {in_place} build, tune and test every bike before it is delivered.",
      ],
    ],
  },
  stats: [
    { value: "5,000+", label: "bikes built and tuned" },
    { value: "1 year", label: "of free servicing" },
    { value: "48 h", label: "typical repair turnaround" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote: "The bike arrived perfectly tuned, and the sizing advice was spot on.",
      name: "Tobias R.",
      detail: "Verified buyer",
    },
    {
      quote: "My e-bike has replaced the car for the school run. Best purchase we have made.",
      name: "Anya L.",
      detail: "Verified buyer",
    },
    {
      quote: "Friendly mechanics who explain what they have done. Rare and wonderful.",
      name: "Mo H.",
      detail: "Workshop customer",
    },
  ],
  faqs: [
    {
      question: "How do I choose my size?",
      answer:
        "Each bike has a size chart by height and inside leg. If you are between sizes, write to us and we will help.",
    },
    {
      question: "How are bikes delivered?",
      answer:
        "Bikes arrive 95% assembled in a protective box. Straighten the handlebars, fit the pedals and you are ready to ride.",
    },
    {
      question: "What does the free service include?",
      answer:
        "Gears and brakes adjusted, bolts checked and cables tensioned, any time in the first year.",
    },
    {
      question: "Do you repair bikes you did not sell?",
      answer: "Yes. Our workshop services all makes of bike. Book a slot through the contact page.",
    },
  ],
  gallery: [
    { alt: "A mechanic truing a wheel in the workshop", caption: "Every wheel trued by hand." },
    { alt: "A gravel bike on a forest track", caption: "Weekend gravel miles." },
    { alt: "A row of city bikes outside the shop", caption: "City bikes ready for new owners." },
    { alt: "Tools hanging on a workshop wall", caption: "The workshop wall." },
  ],
  products: [
    {
      title: "City Commuter Bike",
      description:
        "A light, upright bike with mudguards, a rear rack and hub gears that need almost no maintenance.",
      price: [650, 850],
      options: [
        { name: "Frame size", values: ["S", "M", "L"] },
        { name: "Colour", values: ["Forest", "Sand"] },
      ],
    },
    {
      title: "Gravel Bike",
      description:
        "An aluminium gravel bike with wide tyres, disc brakes and mounts for bags and bottles.",
      price: [1100, 1400],
      options: [{ name: "Frame size", values: ["50", "54", "56", "58"] }],
    },
    {
      title: "Electric Step-Through",
      description:
        "A comfortable e-bike with a 70 km range, a low step-through frame and integrated lights.",
      price: [1900, 2400],
      options: [{ name: "Frame size", values: ["S/M", "M/L"] }],
    },
    {
      title: "Kids' Balance Bike",
      description:
        "A light wooden balance bike that teaches steering and confidence before pedals.",
      price: [90, 120],
    },
    {
      title: "Rechargeable Light Set",
      description: "Bright front and rear USB lights with daytime flash modes.",
      price: [40, 55],
    },
    {
      title: "D-Lock with Cable",
      description: "A hardened steel D-lock with a cable for wheels, rated for city use.",
      price: [55, 70],
    },
    {
      title: "Waterproof Pannier",
      description: "A roll-top pannier that clips onto most racks in seconds.",
      price: [60, 80],
      onSale: true,
    },
    {
      title: "Full Workshop Service",
      description:
        "A complete strip-down, clean and tune by our mechanics, usually done within 48 hours.",
      price: [90, 120],
    },
  ],
  productNote: "Built and tuned in our workshop. Free first-year service.",
  freeShippingOver: 100,
  art: { hero: "Illustration of a bicycle", story: "Illustration of a bike workshop" },
};

export const petSupplies: IndustryKnowledge = {
  id: "pet-supplies",
  keywords: [
    ["pet", 3],
    ["pets", 3],
    ["dog", 3],
    ["dogs", 3],
    ["cat", 3],
    ["cats", 3],
    ["puppy", 2],
    ["kitten", 2],
    ["treats", 2],
    ["collars", 3],
    ["leads", 2],
    ["leashes", 3],
  ],
  noun: "pet supplies",
  goods: "essentials",
  makers: "our team",
  moods: ["playful", "warm", "fresh", "earthy"],
  recipes: [
    ["highlights", "products", "story", "testimonials", "faq", "newsletter"],
    ["products", "featured", "highlights", "gallery", "testimonials", "closing"],
  ],
  eyebrows: ["For happy pets", "Tail-wag approved", "Good things for good pets", "New in"],
  heroHeadings: [
    "Good things for good dogs and cats",
    "Everything your pet needs, chosen with care",
    "Made for tails that wag",
    "Pet supplies from {place}",
  ],
  heroSubheadings: [
    "{name} makes and chooses natural treats, sturdy toys and comfy beds, tested by our own very opinionated pets.",
    "Healthy food, durable toys and cosy beds, chosen {in_place} by pet owners for pet owners.",
    "Honest ingredients, safe materials and designs that look good in your home too.",
  ],
  taglines: [
    "Natural treats and sturdy toys for happy pets",
    "Good things for good pets",
    "Pet supplies from {place}",
  ],
  announcements: [
    "Free delivery on orders over {threshold}.",
    "Subscribe to treats and save 10% on every delivery.",
    "New: washable beds in three sizes.",
  ],
  valueProps: [
    {
      icon: "leaf",
      title: "Natural ingredients",
      text: "Single-protein treats with no fillers, colours or artificial preservatives.",
    },
    {
      icon: "shield",
      title: "Safe, tough materials",
      text: "Toys made from non-toxic rubber and double-stitched fabrics.",
    },
    {
      icon: "heart",
      title: "Pet-tested",
      text: "Every product is approved by our team's dogs and cats first.",
    },
    {
      icon: "returns",
      title: "Happiness guarantee",
      text: "If your pet does not love it, tell us within 30 days.",
    },
    { icon: "truck", title: "Speedy delivery", text: "Orders ship within one working day." },
  ],
  collection: {
    headings: ["Pet favourites", "Treats, toys and beds", "Tail-wag approved"],
    texts: [
      "Healthy treats, durable toys and cosy beds, for dogs and cats of every size.",
      "Everything here has been tested by our own pets, who are very hard to please.",
    ],
  },
  story: {
    headings: [
      "Started by a very fussy dog",
      "Why we test everything on our pets",
      "For the pets who own us",
    ],
    paragraphs: [
      [
        "{name} began with a rescue dog who refused every treat in the shop and chewed through every toy in a day.",
        "So we made better ones, with simple ingredients and tougher materials, and other pet owners noticed.",
      ],
      [
        "We read every label, test every toy and only sell what our own pets love.",
        "Based {in_place}, we are a small team of pet people, and we are always happy to help.",
      ],
    ],
  },
  stats: [
    { value: "15,000+", label: "happy pets" },
    { value: "1", label: "protein in every single-ingredient treat" },
    { value: "30 days", label: "happiness guarantee" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote:
        "My beagle will do anything for the salmon bites. Finally a treat without a list of additives.",
      name: "Laura K.",
      detail: "Dog owner",
    },
    {
      quote: "The rope toy has survived three months with a very determined terrier.",
      name: "Owen P.",
      detail: "Verified buyer",
    },
    {
      quote: "Our cat sleeps in the bed all day. We never see her anywhere else now.",
      name: "Jasmine T.",
      detail: "Cat owner",
    },
  ],
  faqs: [
    {
      question: "Are your treats suitable for puppies?",
      answer:
        "Most are suitable from twelve weeks. Each product page lists the recommended age and feeding amounts.",
    },
    {
      question: "Are the beds washable?",
      answer:
        "Yes. Every bed has a removable cover that goes in the washing machine at 30 degrees.",
    },
    {
      question: "What if my pet does not like something?",
      answer:
        "Tell us within 30 days and we will refund or swap it. Pets have opinions; we understand.",
    },
    {
      question: "Do you offer subscriptions?",
      answer: "Yes. Subscribe to treats or food and save 10%. Change or pause any time.",
    },
  ],
  gallery: [
    { alt: "A happy dog chewing a rope toy", caption: "Rope toys, terrier tested." },
    { alt: "A cat curled up in a round bed", caption: "Nap time in the cosy bed." },
    { alt: "Natural treats in a glass jar", caption: "Single-ingredient treats." },
    { alt: "A dog on a walk wearing a new collar", caption: "Out for a walk in style." },
  ],
  products: [
    {
      title: "Salmon Training Bites",
      description:
        "Soft, single-protein salmon treats, small enough for training and loved by fussy eaters.",
      price: [8, 11],
      options: [
        {
          name: "Size",
          values: [
            ["100 g", 0],
            ["250 g", 9],
          ],
        },
      ],
    },
    {
      title: "Cosy Donut Bed",
      description:
        "A plush round bed with raised sides for curling up, and a machine-washable cover.",
      price: [45, 75],
      options: [
        {
          name: "Size",
          values: [
            ["Small", 0],
            ["Medium", 15],
            ["Large", 30],
          ],
        },
        { name: "Colour", values: ["Oat", "Slate"] },
      ],
    },
    {
      title: "Tough Rope Toy",
      description: "A thick cotton rope toy for tugging and chewing, double knotted for strength.",
      price: [12, 16],
    },
    {
      title: "Padded Collar",
      description: "A soft padded collar with a strong buckle and a ring for ID tags.",
      price: [18, 24],
      options: [
        { name: "Size", values: ["S", "M", "L"] },
        { name: "Colour", values: ["Forest", "Coral", "Navy"] },
      ],
    },
    {
      title: "Everyday Lead",
      description: "A 1.5 m lead in waterproof webbing with a padded handle.",
      price: [20, 26],
    },
    {
      title: "Cat Feather Wand",
      description: "A wand toy with replaceable feathers that brings out the hunter in any cat.",
      price: [9, 12],
      onSale: true,
    },
    {
      title: "Ceramic Food Bowl",
      description: "A heavy, non-slip ceramic bowl that is dishwasher safe.",
      price: [18, 24],
      options: [
        {
          name: "Size",
          values: [
            ["Small", 0],
            ["Large", 6],
          ],
        },
      ],
    },
    {
      title: "Grooming Brush",
      description: "A gentle slicker brush that removes loose fur without pulling.",
      price: [14, 18],
    },
    {
      title: "Puppy Starter Kit",
      description:
        "Treats, a chew toy, a collar and a lead: everything for a new puppy's first week.",
      price: [45, 55],
    },
  ],
  productNote: "Pet-tested and covered by our 30-day happiness guarantee.",
  freeShippingOver: 40,
  art: { hero: "Illustration of a dog and a cat", story: "Illustration of a pet bed and toys" },
};

export const toys: IndustryKnowledge = {
  id: "toys",
  keywords: [
    ["toys", 3],
    ["toy", 3],
    ["kids", 2],
    ["children", 2],
    ["baby", 2],
    ["wooden toys", 4],
    ["puzzles", 2],
    ["games", 2],
    ["plush", 2],
    ["montessori", 3],
    ["toddler", 2],
  ],
  noun: "toys",
  goods: "toys",
  makers: "our toymakers",
  moods: ["playful", "fresh", "warm", "calm"],
  recipes: [
    ["highlights", "products", "story", "testimonials", "faq", "newsletter"],
    ["products", "featured", "highlights", "gallery", "testimonials", "closing"],
  ],
  eyebrows: ["Made for play", "Built to be loved", "Toys that last", "Open-ended play"],
  heroHeadings: [
    "Toys made for years of play",
    "Simple toys, big imaginations",
    "Play that lasts beyond the box",
    "Toys made in {place}",
  ],
  heroSubheadings: [
    "{name} makes wooden toys, puzzles and games that spark imagination, tested for safety and built to be handed down.",
    "Open-ended toys in natural materials, designed {in_place} for curious little hands.",
    "No batteries, no screens, no flashing lights: just good toys that children return to again and again.",
  ],
  taglines: [
    "Wooden toys built for years of play",
    "Simple toys, big imaginations",
    "Toys made in {place}",
  ],
  announcements: [
    "Free shipping over {threshold}. Free gift wrapping on every order.",
    "Safety tested to EN71 and ASTM standards.",
    "New: our first wooden train set.",
  ],
  valueProps: [
    {
      icon: "shield",
      title: "Safety tested",
      text: "Every toy meets EN71 and ASTM safety standards, with non-toxic paints.",
    },
    {
      icon: "leaf",
      title: "Natural materials",
      text: "Sustainably sourced wood, organic cotton and water-based finishes.",
    },
    {
      icon: "heart",
      title: "Made to be handed down",
      text: "Sturdy toys built to survive enthusiastic play and the next child too.",
    },
    {
      icon: "gift",
      title: "Gift wrapped free",
      text: "Every order can be wrapped with a handwritten card.",
    },
    {
      icon: "sparkle",
      title: "Open-ended play",
      text: "Toys that can be a hundred different things, depending on the day.",
    },
  ],
  collection: {
    headings: ["Toys for every age", "Favourites in the playroom", "New toys"],
    texts: [
      "Stacking, building, pretending and puzzling: toys for babies to big kids.",
      "Each toy lists the age it suits best and the skills it helps develop.",
    ],
  },
  story: {
    headings: [
      "Toys we would give our own children",
      "Why we make toys the old way",
      "Made for play",
    ],
    paragraphs: [
      [
        "{name} began in a small workshop with a set of building blocks made for a niece's birthday.",
        "Friends asked for more, then friends of friends, and the workshop has been busy ever since.",
      ],
      [
        "We believe the best toys are simple ones, leaving room for imagination to do the rest.",
        "We design {in_place}, test every toy for safety, and make them to last for more than one childhood.",
      ],
    ],
  },
  stats: [
    { value: "100%", label: "safety tested" },
    { value: "0", label: "batteries needed" },
    { value: "20,000+", label: "toys in happy homes" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote:
        "The blocks are played with every single day, by both our toddler and our seven-year-old.",
      name: "Nina F.",
      detail: "Parent of two",
    },
    {
      quote: "Beautifully made and wrapped. My nephew loved it at first sight.",
      name: "Kofi A.",
      detail: "Gift buyer",
    },
    {
      quote: "Finally toys that are not plastic and do not beep. Our living room thanks you.",
      name: "Helen R.",
      detail: "Verified buyer",
    },
  ],
  faqs: [
    {
      question: "What ages are your toys for?",
      answer:
        "Each product lists its recommended age. Most toys suit children from 18 months, and baby toys are safe from birth.",
    },
    {
      question: "Are your paints safe?",
      answer:
        "Yes. We use water-based, non-toxic paints and finishes, and every toy is tested to EN71 and ASTM standards.",
    },
    {
      question: "How do I clean wooden toys?",
      answer:
        "Wipe with a damp cloth and mild soap, then let them air dry. Do not soak or put them in the dishwasher.",
    },
    {
      question: "Do you gift wrap?",
      answer: "Yes, free on every order. Add a message at checkout and we will write it on a card.",
    },
  ],
  gallery: [
    {
      alt: "Colourful wooden blocks stacked into a tower",
      caption: "A tower, moments before the crash.",
    },
    { alt: "A child playing with a wooden train", caption: "All aboard the new train set." },
    { alt: "Toys being sanded in the workshop", caption: "Every edge sanded smooth by hand." },
    { alt: "A wrapped present with a ribbon", caption: "Free gift wrapping, always." },
  ],
  products: [
    {
      title: "Rainbow Building Blocks",
      description:
        "Forty solid wood blocks in soft rainbow colours, for towers, bridges and whatever else they dream up.",
      price: [45, 60],
    },
    {
      title: "Wooden Train Set",
      description: "A figure-of-eight track with a bridge, three carriages and magnetic couplings.",
      price: [65, 85],
    },
    {
      title: "Stacking Rainbow",
      description:
        "Seven nesting arches in painted wood, a favourite from the first birthday onwards.",
      price: [35, 45],
      options: [{ name: "Colours", values: ["Bright", "Pastel", "Earth"] }],
    },
    {
      title: "Animal Puzzle",
      description: "A chunky twelve-piece puzzle with animals that stand up on their own.",
      price: [18, 24],
    },
    {
      title: "Knitted Bunny",
      description: "A soft organic cotton bunny, hand-finished and safe from birth.",
      price: [28, 36],
    },
    {
      title: "Play Kitchen Set",
      description: "Wooden pots, pans and felt vegetables for hours of pretend cooking.",
      price: [40, 52],
      onSale: true,
    },
    {
      title: "Marble Run",
      description: "A building marble run with thirty pieces that can be arranged a hundred ways.",
      price: [55, 70],
    },
    {
      title: "Memory Card Game",
      description:
        "Thirty-six illustrated cards for a classic matching game the whole family can play.",
      price: [15, 20],
    },
  ],
  productNote: "Safety tested. Free gift wrapping on every order.",
  art: {
    hero: "Illustration of stacking blocks and a toy train",
    story: "Illustration of a toymaker's workshop",
  },
};

export const electronicsAccessories: IndustryKnowledge = {
  id: "electronics-accessories",
  keywords: [
    ["electronics", 3],
    ["phone cases", 4],
    ["phone case", 4],
    ["chargers", 3],
    ["charger", 3],
    ["cables", 3],
    ["headphones", 3],
    ["earbuds", 3],
    ["accessories", 1],
    ["gadgets", 3],
    ["laptop", 2],
    ["usb-c", 3],
    ["speakers", 2],
    ["tech", 2],
  ],
  noun: "tech accessories",
  goods: "accessories",
  makers: "our design team",
  moods: ["minimal", "bold", "fresh", "calm"],
  recipes: [
    ["highlights", "products", "featured", "stats", "testimonials", "faq", "closing"],
    ["products", "highlights", "story", "testimonials", "newsletter"],
  ],
  eyebrows: ["Tech, done properly", "Charge smarter", "Designed to last", "New in"],
  heroHeadings: [
    "Accessories that make tech work better",
    "Fewer cables, better charging",
    "Tech accessories built to last",
    "Tech accessories designed in {place}",
  ],
  heroSubheadings: [
    "{name} designs chargers, cables, cases and audio gear that are tough, safe and made to outlast the device they came with.",
    "Fast, certified charging and thoughtful design, from our studio {in_place} to your desk and bag.",
    "Every product is tested for safety and durability, and backed by a two-year warranty.",
  ],
  taglines: [
    "Tech accessories built to last",
    "Better charging, fewer cables",
    "Tech accessories from {place}",
  ],
  announcements: [
    "Free shipping on orders over {threshold}. Two-year warranty on everything.",
    "New: a 100 W charger that powers your laptop and phone at once.",
    "Recycle an old cable with us and get 10% off a new one.",
  ],
  valueProps: [
    {
      icon: "shield",
      title: "Certified safe",
      text: "Chargers and cables certified for safety, with protection against overheating.",
    },
    {
      icon: "check",
      title: "Tested to last",
      text: "Cables bent more than 20,000 times in testing without failing.",
    },
    {
      icon: "returns",
      title: "Two-year warranty",
      text: "If it stops working, we replace it. Simple.",
    },
    {
      icon: "leaf",
      title: "Less waste",
      text: "Plastic-free packaging and a take-back scheme for old cables.",
    },
    {
      icon: "truck",
      title: "Fast dispatch",
      text: "Orders ship the same day when placed before 3 pm.",
    },
  ],
  collection: {
    headings: ["Charge, protect, listen", "Desk and travel essentials", "Bestsellers"],
    texts: [
      "Chargers, cables, cases and audio designed to work together, at home and on the move.",
      "Everything here is tested for safety and durability, then tested again.",
    ],
  },
  story: {
    headings: [
      "Tired of cables that fray?",
      "Why we over-engineer the small things",
      "Designed for everyday tech",
    ],
    paragraphs: [
      [
        "{name} started when we counted how many broken cables and cracked cases we had thrown away in a year.",
        "So we designed our own: reinforced, certified and backed by a warranty that means something.",
      ],
      [
        "Small accessories get used hundreds of times a week. They deserve the same care as the devices they serve.",
        "We design {in_place}, test relentlessly and keep our range small so every product is the best we can make.",
      ],
    ],
  },
  stats: [
    { value: "20,000+", label: "bends tested per cable" },
    { value: "2 years", label: "warranty on everything" },
    { value: "100 W", label: "fastest charging we offer" },
    { value: "4.8/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote: "One charger for my laptop, phone and earbuds. My bag is so much lighter.",
      name: "Daniel S.",
      detail: "Verified buyer",
    },
    {
      quote:
        "The braided cable is two years old and still looks new. Cheap cables lasted me months.",
      name: "Keira J.",
      detail: "Verified buyer",
    },
    {
      quote: "A case that protects without adding bulk. It has survived several drops already.",
      name: "Luis M.",
      detail: "Verified buyer",
    },
  ],
  faqs: [
    {
      question: "Will this charger work with my device?",
      answer:
        "Our USB-C chargers work with any USB-C phone, tablet or laptop, and choose the right power automatically.",
    },
    {
      question: "What does the warranty cover?",
      answer:
        "Two years against defects and failures in normal use. Write to us and we will send a replacement.",
    },
    {
      question: "Which phone models do your cases fit?",
      answer:
        "Each case lists the exact models it fits. Choose your model from the options on the product page.",
    },
    {
      question: "Can I recycle old cables with you?",
      answer:
        "Yes. Send old cables in the prepaid envelope included with your order and we will recycle them properly.",
    },
  ],
  gallery: [
    {
      alt: "A tidy desk with a charger and braided cables",
      caption: "One charger, three devices.",
    },
    { alt: "A phone in a slim case on a table", caption: "Protection without the bulk." },
    { alt: "Wireless earbuds in their charging case", caption: "Thirty hours of listening." },
    { alt: "A cable being bent on a testing machine", caption: "Tested to 20,000 bends." },
  ],
  products: [
    {
      title: "100 W USB-C Charger",
      description: "A compact three-port charger that powers a laptop, phone and earbuds at once.",
      price: [60, 80],
    },
    {
      title: "Braided USB-C Cable",
      description: "A nylon-braided cable with reinforced ends, tested to 20,000 bends.",
      price: [15, 22],
      options: [
        {
          name: "Length",
          values: [
            ["1 m", 0],
            ["2 m", 5],
          ],
        },
        { name: "Colour", values: ["Graphite", "Sand"] },
      ],
    },
    {
      title: "Slim Phone Case",
      description:
        "A thin case with raised edges and a soft lining that protects against everyday drops.",
      price: [28, 36],
      options: [
        { name: "Model", values: ["Phone 15", "Phone 15 Pro", "Phone 16", "Phone 16 Pro"] },
      ],
    },
    {
      title: "Wireless Earbuds",
      description:
        "Noise-cancelling earbuds with thirty hours of battery life and a pocket-sized case.",
      price: [110, 140],
      options: [{ name: "Colour", values: ["Black", "White"] }],
    },
    {
      title: "Magnetic Power Bank",
      description: "A 10,000 mAh power bank that snaps onto the back of your phone.",
      price: [45, 60],
      onSale: true,
    },
    {
      title: "Laptop Sleeve",
      description: "A padded felt sleeve with a pocket for chargers and cables.",
      price: [35, 45],
      options: [{ name: "Size", values: ["13 inch", "14 inch", "16 inch"] }],
    },
    {
      title: "Wireless Charging Pad",
      description: "A fast wireless pad with a non-slip surface and a gentle status light.",
      price: [30, 40],
    },
    {
      title: "Travel Cable Organiser",
      description: "A zipped organiser with elastic loops for cables, adapters and memory cards.",
      price: [20, 26],
    },
    {
      title: "Portable Speaker",
      description: "A water-resistant speaker with rich sound and twelve hours of playtime.",
      price: [70, 90],
    },
  ],
  productNote: "Two-year warranty. Ships the same day before 3 pm.",
  art: {
    hero: "Illustration of headphones and a phone",
    story: "Illustration of a design studio desk",
  },
};
