import type { IndustryKnowledge } from "./types.ts";

export const furnitureDecor: IndustryKnowledge = {
  id: "furniture-decor",
  keywords: [
    ["furniture", 3],
    ["decor", 3],
    ["décor", 3],
    ["interiors", 3],
    ["interior", 2],
    ["homeware", 3],
    ["homewares", 3],
    ["chairs", 2],
    ["tables", 2],
    ["sofa", 2],
    ["lamps", 2],
    ["rugs", 2],
    ["cushions", 2],
    ["home goods", 3],
  ],
  noun: "furniture and decor",
  goods: "pieces",
  makers: "our makers",
  moods: ["minimal", "earthy", "warm", "elegant"],
  recipes: [
    ["products", "highlights", "story", "gallery", "testimonials", "closing"],
    ["featured", "highlights", "products", "story", "stats", "testimonials", "newsletter"],
  ],
  eyebrows: ["For rooms you love", "Made to be lived with", "Considered design", "New in"],
  heroHeadings: [
    "Furniture made to be lived with",
    "Calm, well-made pieces for every room",
    "Design that feels like home",
    "Furniture and decor from {place}",
  ],
  heroSubheadings: [
    "{name} brings together solid-wood furniture, lighting and textiles from small makers, chosen to last and to age beautifully.",
    "Honest materials, quiet design and pieces you will keep for decades, curated {in_place} and delivered with care.",
    "From a reading lamp to a dining table, everything is made in small batches by people who care about the details.",
  ],
  taglines: [
    "Furniture and decor made to last",
    "Considered pieces for calm homes",
    "Furniture and decor from {place}",
  ],
  announcements: [
    "Free delivery on furniture over {threshold}. White-glove service available.",
    "New lighting collection, made by hand in small batches.",
    "100-night trial on every chair and sofa.",
  ],
  valueProps: [
    {
      icon: "leaf",
      title: "Solid, honest materials",
      text: "Oak, walnut, linen and wool, finished with natural oils and no veneers.",
    },
    {
      icon: "shield",
      title: "Ten-year guarantee",
      text: "Our furniture is built to last, and we stand behind every joint.",
    },
    {
      icon: "truck",
      title: "Careful delivery",
      text: "Two-person delivery to the room of your choice, with packaging taken away.",
    },
    {
      icon: "heart",
      title: "Small makers",
      text: "Every piece comes from a workshop we have visited and trust.",
    },
    {
      icon: "returns",
      title: "Easy returns",
      text: "Changed your mind? Return decor within 30 days and furniture within 100 nights.",
    },
  ],
  collection: {
    headings: ["For every room", "New in the shop", "Pieces we love"],
    texts: [
      "Tables, chairs, lamps and textiles that work together, so every room feels calm and complete.",
      "A small, considered range: everything here has earned its place in our own homes.",
    ],
  },
  story: {
    headings: [
      "Made slowly, made well",
      "Why we choose fewer, better things",
      "Homes that feel like you",
    ],
    paragraphs: [
      [
        "{name} began with a search for a dining table that would last a lifetime, and a lot of disappointment along the way.",
        "So we went looking for the makers who still build things properly, and started sharing their work.",
      ],
      [
        "We believe a home should be furnished slowly, with pieces you love rather than whatever is on trend.",
        "Everything we sell is chosen {in_place} for its materials, its craft and how it feels to live with.",
      ],
    ],
  },
  stats: [
    { value: "18", label: "independent workshops" },
    { value: "10 years", label: "furniture guarantee" },
    { value: "100 nights", label: "to try any chair or sofa" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote:
        "Our oak table is the heart of the house now. Beautifully made and delivered with real care.",
      name: "Hugo and Anna",
      detail: "Verified buyers",
    },
    {
      quote: "The linen cushions are even better in person. The colours are so calming.",
      name: "Fatima Z.",
      detail: "Verified buyer",
    },
    {
      quote:
        "They helped me choose the right lamp for my reading corner. Great advice, no pressure.",
      name: "Peter L.",
      detail: "Returning customer",
    },
    {
      quote: "Delivery arrived on time and the team took all the packaging away. Effortless.",
      name: "Grace E.",
      detail: "Verified buyer",
    },
  ],
  faqs: [
    {
      question: "How is furniture delivered?",
      answer:
        "Large pieces arrive with a two-person team who bring them to the room of your choice and take the packaging away. We call ahead to agree a time.",
    },
    {
      question: "How do I care for solid wood?",
      answer:
        "Dust with a soft dry cloth and re-oil once or twice a year with the care kit included. Wipe up spills promptly.",
    },
    {
      question: "Can I see samples of fabrics?",
      answer: "Yes. Order up to five free fabric and wood samples from any product page.",
    },
    {
      question: "Do you offer trade accounts?",
      answer:
        "Yes. Interior designers and architects can apply for trade pricing through our contact page.",
    },
  ],
  gallery: [
    { alt: "A sunlit living room with a linen sofa", caption: "A calm corner for slow Sundays." },
    { alt: "Oak dining table set for dinner", caption: "Solid oak, finished with natural oil." },
    { alt: "A ceramic lamp on a bedside table", caption: "Soft light for reading." },
    { alt: "A woodworker sanding a chair", caption: "Finishing by hand in the workshop." },
  ],
  products: [
    {
      title: "Oak Dining Table",
      description:
        "A solid oak table with softly rounded edges, finished in natural oil. Seats six comfortably.",
      price: [1200, 1600],
      options: [
        {
          name: "Length",
          values: [
            ["180 cm", 0],
            ["220 cm", 300],
          ],
        },
      ],
    },
    {
      title: "Spindle Dining Chair",
      description: "A light, sturdy chair with a steam-bent back and a woven paper-cord seat.",
      price: [220, 280],
      options: [{ name: "Finish", values: ["Natural oak", "Black oak"] }],
    },
    {
      title: "Linen Cushion Cover",
      description: "A stonewashed linen cover with a hidden zip, in calm, earthy tones.",
      price: [35, 45],
      options: [{ name: "Colour", values: ["Oat", "Clay", "Olive", "Charcoal"] }],
    },
    {
      title: "Ceramic Table Lamp",
      description: "A hand-glazed ceramic base with a linen shade that gives a warm, soft light.",
      price: [160, 210],
      options: [{ name: "Glaze", values: ["Speckled white", "Moss"] }],
    },
    {
      title: "Wool Throw",
      description: "A soft lambswool throw woven in a classic herringbone, warm without weight.",
      price: [110, 140],
    },
    {
      title: "Walnut Side Table",
      description: "A compact round side table in solid walnut, perfect beside a sofa or bed.",
      price: [280, 360],
    },
    {
      title: "Handwoven Jute Rug",
      description: "A flatweave jute rug that brings texture and warmth to any floor.",
      price: [180, 240],
      options: [
        {
          name: "Size",
          values: [
            ["120 x 170 cm", 0],
            ["160 x 230 cm", 120],
          ],
        },
      ],
    },
    {
      title: "Wall Shelf",
      description:
        "A floating oak shelf with hidden fixings, for books, plants and favourite things.",
      price: [85, 110],
      onSale: true,
    },
    {
      title: "Stoneware Vase",
      description:
        "A tall, hand-thrown vase with a matte glaze. Beautiful with or without flowers.",
      price: [55, 70],
    },
  ],
  productNote: "Made in small batches. Delivery times are shown at checkout.",
  freeShippingOver: 500,
  art: {
    hero: "Illustration of an armchair and a floor lamp",
    story: "Illustration of a woodworker's workshop",
  },
};

export const ceramics: IndustryKnowledge = {
  id: "ceramics",
  keywords: [
    ["ceramics", 3],
    ["ceramic", 3],
    ["pottery", 3],
    ["potter", 3],
    ["stoneware", 3],
    ["porcelain", 3],
    ["mugs", 2],
    ["bowls", 2],
    ["plates", 2],
    ["glaze", 2],
    ["wheel-thrown", 3],
    ["kiln", 2],
  ],
  noun: "handmade ceramics",
  goods: "pots",
  makers: "our potters",
  moods: ["earthy", "calm", "minimal", "warm"],
  recipes: [
    ["products", "story", "highlights", "gallery", "testimonials", "newsletter"],
    ["featured", "products", "highlights", "story", "testimonials", "closing"],
  ],
  eyebrows: ["Thrown by hand", "Fresh from the kiln", "Studio pottery", "Made for daily use"],
  heroHeadings: [
    "Handmade pottery for everyday rituals",
    "Pots thrown by hand, made to be used",
    "Ceramics for slow mornings",
    "Studio pottery from {place}",
  ],
  heroSubheadings: [
    "{name} throws mugs, bowls and plates by hand in small batches, glazed in calm colours and made for daily use.",
    "Every piece is shaped on the wheel and fired twice in our studio {in_place}, so no two are quite the same.",
    "Food-safe, dishwasher-friendly stoneware that makes a cup of tea feel like a small occasion.",
  ],
  taglines: [
    "Handmade stoneware for everyday use",
    "Studio pottery, thrown by hand",
    "Ceramics made in {place}",
  ],
  announcements: [
    "New glaze, new batch: the kiln has just been opened.",
    "Free shipping over {threshold}. Every piece packed by hand.",
    "Pottery classes now booking for next month.",
  ],
  valueProps: [
    {
      icon: "heart",
      title: "Thrown by hand",
      text: "Every piece is shaped on the wheel and finished by the potter who made it.",
    },
    {
      icon: "shield",
      title: "Made for daily use",
      text: "High-fired stoneware that is dishwasher and microwave safe.",
    },
    {
      icon: "package",
      title: "Packed with care",
      text: "Wrapped in recycled paper and cardboard, with breakages replaced free.",
    },
    {
      icon: "sparkle",
      title: "One of a kind",
      text: "Glazes move in the kiln, so every piece has its own character.",
    },
    {
      icon: "leaf",
      title: "Low-waste studio",
      text: "We reclaim our clay scraps and fire full kilns to save energy.",
    },
  ],
  collection: {
    headings: ["Fresh from the kiln", "The latest batch", "For the table"],
    texts: [
      "Mugs, bowls, plates and vases in small batches. When a glaze sells out, the next batch will be a little different.",
      "Stoneware for breakfast, dinner and everything in between.",
    ],
  },
  story: {
    headings: [
      "Clay, water, fire and patience",
      "A small studio with muddy hands",
      "Why handmade matters",
    ],
    paragraphs: [
      [
        "{name} began with a secondhand wheel in a garden shed and far too many wonky bowls.",
        "Years later we still throw every piece by hand, and we still love opening the kiln to see what the glazes have done.",
      ],
      [
        "Each pot takes about three weeks from clay to finished piece: throwing, trimming, drying and two firings.",
        "Made {in_place} in small batches, they are meant to be used every day, not kept for best.",
      ],
    ],
  },
  stats: [
    { value: "3 weeks", label: "from clay to finished piece" },
    { value: "1,260°C", label: "our stoneware firing" },
    { value: "2", label: "firings for every piece" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote:
        "My morning coffee tastes better from this mug. I know that is not science, but it is true.",
      name: "Alice P.",
      detail: "Verified buyer",
    },
    {
      quote: "The glaze is even more beautiful in person, and the bowls are a perfect weight.",
      name: "Kenji M.",
      detail: "Verified buyer",
    },
    {
      quote: "One plate arrived chipped and a replacement was sent the same day. Lovely people.",
      name: "Rosa V.",
      detail: "Returning customer",
    },
    {
      quote: "The dinner set has made everyday meals feel special.",
      name: "Tom and Jess",
      detail: "Wedding gift",
    },
  ],
  faqs: [
    {
      question: "Are your ceramics dishwasher safe?",
      answer:
        "Yes. Our stoneware is high-fired and safe in the dishwasher and microwave. Hand washing keeps glazes bright for longest.",
    },
    {
      question: "Will my piece look exactly like the photo?",
      answer:
        "Each piece is handmade, so size, shape and glaze vary slightly. That is part of the charm.",
    },
    {
      question: "What if something arrives broken?",
      answer:
        "Send us a photo within seven days and we will send a replacement or refund, whichever you prefer.",
    },
    {
      question: "Do you take custom orders?",
      answer: "Yes, for dinner sets and wedding lists. Write to us with what you have in mind.",
    },
  ],
  gallery: [
    { alt: "A potter's hands shaping clay on the wheel", caption: "Throwing a batch of mugs." },
    { alt: "Unfired bowls drying on wooden boards", caption: "Drying before the first firing." },
    { alt: "Glazed mugs cooling after firing", caption: "Opening the kiln." },
    { alt: "A table set with handmade plates", caption: "Made for everyday meals." },
  ],
  products: [
    {
      title: "Everyday Mug",
      description:
        "A generous mug with a comfortable handle, thrown by hand and glazed inside and out.",
      price: [28, 36],
      options: [{ name: "Glaze", values: ["Oat", "Sea green", "Charcoal"] }],
    },
    {
      title: "Breakfast Bowl",
      description:
        "A wide, shallow bowl for porridge, cereal or noodles, with a soft speckled glaze.",
      price: [30, 38],
      options: [{ name: "Glaze", values: ["Oat", "Sea green", "Charcoal"] }],
    },
    {
      title: "Dinner Plate",
      description: "A sturdy 27 cm plate with a raw clay rim and a satin glaze.",
      price: [34, 42],
    },
    {
      title: "Side Plate",
      description:
        "A 20 cm plate for bread, cake or small plates, glazed to match our dinner range.",
      price: [24, 30],
    },
    {
      title: "Bud Vase",
      description: "A small vase for a single stem, thrown and altered by hand.",
      price: [26, 34],
      options: [{ name: "Glaze", values: ["Speckled white", "Rust"] }],
    },
    {
      title: "Serving Bowl",
      description: "A large bowl for salads and sharing dishes, wide enough to be the centrepiece.",
      price: [65, 85],
    },
    {
      title: "Espresso Cups, Pair",
      description: "Two small cups that hold a double shot and fit under most machines.",
      price: [36, 44],
      onSale: true,
    },
    {
      title: "Dinner Set for Four",
      description: "Four dinner plates, four side plates and four bowls, glazed to match.",
      price: [320, 380],
      options: [{ name: "Glaze", values: ["Oat", "Sea green"] }],
    },
    {
      title: "Planter with Saucer",
      description: "A drainage-hole planter with its own saucer, for herbs and houseplants.",
      price: [42, 55],
    },
  ],
  productNote: "Handmade, so every piece is a little different. Breakages replaced free.",
  art: {
    hero: "Illustration of a vase and stacked bowls",
    story: "Illustration of a potter's wheel",
  },
};

export const florist: IndustryKnowledge = {
  id: "florist",
  keywords: [
    ["florist", 3],
    ["flowers", 3],
    ["flower", 2],
    ["bouquet", 3],
    ["bouquets", 3],
    ["floral", 2],
    ["blooms", 2],
    ["roses", 2],
    ["wedding flowers", 3],
    ["plants", 1],
    ["peonies", 2],
  ],
  noun: "flowers",
  goods: "bouquets",
  makers: "our florists",
  moods: ["fresh", "playful", "calm", "elegant"],
  recipes: [
    ["products", "highlights", "story", "testimonials", "faq", "closing"],
    ["featured", "products", "highlights", "gallery", "testimonials", "newsletter"],
  ],
  eyebrows: [
    "Seasonal flowers",
    "Arranged this morning",
    "Same-day delivery",
    "Fresh from the market",
  ],
  heroHeadings: [
    "Seasonal flowers, arranged by hand",
    "Say it with something beautiful",
    "Flowers that last, delivered today",
    "Fresh flowers across {place}",
  ],
  heroSubheadings: [
    "{name} arranges seasonal, locally grown flowers by hand every morning and delivers them the same day.",
    "Loose, garden-style bouquets for birthdays, thank-yous and no reason at all, delivered across {place}.",
    "Order by noon for same-day delivery. Every bouquet is wrapped in paper, never plastic.",
  ],
  taglines: [
    "Seasonal flowers, arranged by hand",
    "Garden-style bouquets, delivered",
    "Fresh flowers in {place}",
  ],
  announcements: [
    "Order by noon for same-day delivery.",
    "Free delivery on bouquets over {threshold}.",
    "Flower subscriptions: fresh stems every week, pause any time.",
  ],
  valueProps: [
    {
      icon: "leaf",
      title: "Seasonal and local",
      text: "We buy from local growers first, so your flowers are fresher and last longer.",
    },
    {
      icon: "clock",
      title: "Same-day delivery",
      text: "Order before noon and we deliver the same afternoon.",
    },
    {
      icon: "heart",
      title: "Arranged by hand",
      text: "Every bouquet is made to order by one of our florists.",
    },
    {
      icon: "gift",
      title: "A note with every order",
      text: "Add a message and we will hand-write it on a card.",
    },
    {
      icon: "star",
      title: "Seven-day freshness",
      text: "If your flowers fade within a week, we will replace them.",
    },
  ],
  collection: {
    headings: ["This week's bouquets", "In season now", "Fresh flowers"],
    texts: [
      "Loose, generous arrangements that change with the seasons. Every bouquet comes with care instructions.",
      "Choose a size and we will make the most of what the growers have picked this week.",
    ],
  },
  story: {
    headings: [
      "Flowers the way they grow",
      "Why we love seasonal flowers",
      "A shop full of petals",
    ],
    paragraphs: [
      [
        "{name} began with buckets of garden flowers and a conviction that bouquets should look like they were just picked.",
        "We still arrange every order by hand, with whatever is most beautiful at the market that morning.",
      ],
      [
        "Seasonal flowers travel less, last longer and smell like flowers should.",
        "We buy from local growers whenever we can and deliver {in_place} wrapped in recyclable paper.",
      ],
    ],
  },
  stats: [
    { value: "12", label: "local growers we buy from" },
    { value: "7 days", label: "freshness guarantee" },
    { value: "0", label: "plastic wrapping" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote: "The most beautiful bouquet I have ever received. It lasted nearly two weeks.",
      name: "Olivia H.",
      detail: "Birthday gift",
    },
    {
      quote: "They did the flowers for our wedding and every single guest commented on them.",
      name: "Sam and Ruth",
      detail: "Wedding flowers",
    },
    {
      quote: "Ordered at eleven, delivered by three, and my mum was thrilled.",
      name: "Ahmed K.",
      detail: "Verified buyer",
    },
    {
      quote: "My weekly subscription is the best money I spend. The flat always smells wonderful.",
      name: "Lisa W.",
      detail: "Subscriber",
    },
  ],
  faqs: [
    {
      question: "Which areas do you deliver to?",
      answer:
        "We deliver locally every day except Sunday. Enter a postcode at checkout to see delivery times and prices.",
    },
    {
      question: "Can I choose specific flowers?",
      answer:
        "Our bouquets use the best seasonal stems of the day. For a particular flower or colour, add a note and we will do our best.",
    },
    {
      question: "How do I make my flowers last?",
      answer:
        "Trim the stems at an angle, use the flower food included and change the water every two days. Keep them away from fruit and radiators.",
    },
    {
      question: "Do you do wedding and event flowers?",
      answer: "Yes. Book a free consultation and we will design flowers for your day.",
    },
  ],
  gallery: [
    {
      alt: "A loose bouquet of garden roses and sweet peas",
      caption: "Early summer in a bouquet.",
    },
    { alt: "Buckets of fresh flowers at the market", caption: "Our morning market run." },
    { alt: "A florist tying a bouquet with twine", caption: "Tied by hand, wrapped in paper." },
    { alt: "A table decorated with wedding flowers", caption: "Flowers for a summer wedding." },
  ],
  products: [
    {
      title: "Seasonal Bouquet",
      description:
        "A loose, garden-style bouquet of the best stems of the day, wrapped in paper with flower food.",
      price: [40, 50],
      options: [
        {
          name: "Size",
          values: [
            ["Classic", 0],
            ["Generous", 20],
            ["Showstopper", 45],
          ],
        },
      ],
    },
    {
      title: "Garden Roses",
      description: "Fragrant, ruffled garden roses in soft blush tones, with seasonal foliage.",
      price: [55, 70],
      options: [
        {
          name: "Stems",
          values: [
            ["12 stems", 0],
            ["24 stems", 45],
          ],
        },
      ],
    },
    {
      title: "White and Green Bouquet",
      description:
        "A calm, elegant mix of white blooms and fresh foliage, lovely for sympathy or thanks.",
      price: [45, 58],
      options: [
        {
          name: "Size",
          values: [
            ["Classic", 0],
            ["Generous", 20],
          ],
        },
      ],
    },
    {
      title: "Dried Flower Posy",
      description: "A small posy of dried grasses and everlasting flowers that lasts for months.",
      price: [30, 38],
    },
    {
      title: "Potted Orchid",
      description: "A white phalaenopsis in a ceramic pot that blooms for weeks with little care.",
      price: [38, 48],
    },
    {
      title: "Weekly Flower Subscription",
      description:
        "A fresh seasonal bouquet every week, delivered on the same day. Pause or cancel any time.",
      price: [35, 42],
      options: [{ name: "Frequency", values: ["Weekly", "Fortnightly"] }],
    },
    {
      title: "Bright and Cheerful Bouquet",
      description: "Sunny yellows, oranges and pinks to lift the mood. Perfect for birthdays.",
      price: [42, 55],
      onSale: true,
    },
    {
      title: "Flowers and Candle Gift",
      description: "A classic bouquet with a hand-poured soy candle in a matching scent.",
      price: [65, 80],
    },
  ],
  productNote: "Order by noon for same-day delivery. Seven-day freshness guarantee.",
  freeShippingOver: 60,
  art: {
    hero: "Illustration of a bouquet of flowers",
    story: "Illustration of flowers in buckets",
  },
};

export const artPrints: IndustryKnowledge = {
  id: "art-prints",
  keywords: [
    ["art prints", 4],
    ["prints", 2],
    ["print", 1],
    ["posters", 3],
    ["poster", 2],
    ["illustration", 2],
    ["illustrator", 3],
    ["artwork", 2],
    ["giclée", 3],
    ["giclee", 3],
    ["photography", 2],
    ["wall art", 3],
    ["painting", 2],
  ],
  noun: "art prints",
  goods: "prints",
  makers: "our artists",
  moods: ["bold", "playful", "minimal", "elegant"],
  recipes: [
    ["products", "highlights", "story", "gallery", "testimonials", "newsletter"],
    ["featured", "products", "story", "highlights", "testimonials", "closing"],
  ],
  eyebrows: ["Limited editions", "Printed to last", "New prints", "Art for your walls"],
  heroHeadings: [
    "Art for walls that deserve better",
    "Limited-edition prints, made to last",
    "Original art, printed with care",
    "Prints made in {place}",
  ],
  heroSubheadings: [
    "{name} publishes limited-edition giclée prints on archival cotton paper, signed and numbered, in small runs.",
    "Illustration, photography and abstract work, printed {in_place} with pigment inks that last a lifetime.",
    "Every print is checked by hand, packed flat or rolled with care and ready to frame.",
  ],
  taglines: [
    "Limited-edition art prints",
    "Archival prints for every wall",
    "Art prints from {place}",
  ],
  announcements: [
    "Free shipping on all prints over {threshold}.",
    "New release: a limited edition of 50, signed and numbered.",
    "Framing now available on every print.",
  ],
  valueProps: [
    {
      icon: "sparkle",
      title: "Museum-quality printing",
      text: "Pigment inks on 100% cotton rag paper, rated to last over a century.",
    },
    {
      icon: "star",
      title: "Signed and numbered",
      text: "Small editions, each print signed by the artist.",
    },
    {
      icon: "package",
      title: "Shipped safely",
      text: "Packed flat between rigid boards or rolled in a sturdy tube.",
    },
    {
      icon: "heart",
      title: "Artists paid fairly",
      text: "Artists earn a generous share of every print sold.",
    },
    {
      icon: "returns",
      title: "30-day returns",
      text: "If a print does not suit your space, return it within 30 days.",
    },
  ],
  collection: {
    headings: ["Latest prints", "Available now", "The collection"],
    texts: [
      "Limited runs in several sizes. When an edition sells out, it is gone for good.",
      "Every print is available unframed or in a simple oak frame, ready to hang.",
    ],
  },
  story: {
    headings: ["Art that lasts", "Why we print in small editions", "From studio to wall"],
    paragraphs: [
      [
        "{name} started with a single illustration and a belief that good art should not be out of reach.",
        "We work closely with each artist on colour proofs until the print matches the original exactly.",
      ],
      [
        "Small editions make every print a little special, and archival materials keep it looking that way.",
        "Each one is printed, trimmed and packed {in_place} by people who love art as much as you do.",
      ],
    ],
  },
  stats: [
    { value: "100+ yrs", label: "archival rating" },
    { value: "50", label: "prints per edition, at most" },
    { value: "20", label: "artists we publish" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote: "The colours are rich and the paper is gorgeous. It looks like an original.",
      name: "Charlotte N.",
      detail: "Verified buyer",
    },
    {
      quote: "Arrived perfectly packed and looks wonderful in our hallway.",
      name: "Diego F.",
      detail: "Verified buyer",
    },
    {
      quote: "I love that the artist is paid fairly. It makes the print feel even more special.",
      name: "Hanna S.",
      detail: "Returning customer",
    },
  ],
  faqs: [
    {
      question: "What paper do you print on?",
      answer:
        "A 310 gsm 100% cotton rag paper with a soft matte finish, printed with archival pigment inks.",
    },
    {
      question: "Are frames included?",
      answer:
        "Prints are sold unframed unless you choose the framed option, which comes in solid oak with a glass front, ready to hang.",
    },
    {
      question: "How are prints shipped?",
      answer:
        "Smaller prints ship flat between rigid boards; larger ones are rolled in a strong tube. Framed prints travel in protective boxes.",
    },
    {
      question: "Do you sell originals?",
      answer:
        "Some of our artists sell originals through us. Write to us and we will put you in touch.",
    },
  ],
  gallery: [
    { alt: "Framed prints hanging in a bright hallway", caption: "A gallery wall in progress." },
    {
      alt: "A print emerging from a large-format printer",
      caption: "Printed with archival pigment inks.",
    },
    { alt: "An artist signing a print", caption: "Every print signed and numbered." },
    { alt: "Rolled prints in tubes ready to ship", caption: "Packed with care for the journey." },
  ],
  products: [
    {
      title: "Coastal Morning",
      description:
        "Soft blues and sandy tones capture a quiet beach at sunrise. A calm piece for a bedroom or hallway.",
      price: [35, 45],
      options: [
        {
          name: "Size",
          values: [
            ["A4", 0],
            ["A3", 20],
            ["A2", 45],
          ],
        },
        {
          name: "Frame",
          values: [
            ["Unframed", 0],
            ["Oak frame", 60],
          ],
        },
      ],
    },
    {
      title: "Mountain Study",
      description: "A bold, layered landscape in deep greens and ochre, inspired by alpine walks.",
      price: [40, 50],
      options: [
        {
          name: "Size",
          values: [
            ["A4", 0],
            ["A3", 20],
            ["A2", 45],
          ],
        },
      ],
    },
    {
      title: "Botanical No. 3",
      description: "A fine-line illustration of ferns and wildflowers, printed in two colours.",
      price: [30, 40],
      options: [
        {
          name: "Size",
          values: [
            ["A4", 0],
            ["A3", 18],
          ],
        },
      ],
    },
    {
      title: "City at Night",
      description: "Warm windows glowing against a deep blue sky. A cosy print for living rooms.",
      price: [38, 48],
      options: [
        {
          name: "Size",
          values: [
            ["A4", 0],
            ["A3", 20],
            ["A2", 45],
          ],
        },
      ],
    },
    {
      title: "Abstract Forms",
      description:
        "Playful overlapping shapes in terracotta, mustard and pink. Adds warmth to any wall.",
      price: [35, 45],
      options: [
        {
          name: "Size",
          values: [
            ["A4", 0],
            ["A3", 20],
          ],
        },
      ],
    },
    {
      title: "Still Life with Lemons",
      description: "A bright, painterly still life that brings a little sunshine to the kitchen.",
      price: [35, 45],
      options: [
        {
          name: "Size",
          values: [
            ["A4", 0],
            ["A3", 20],
          ],
        },
      ],
      onSale: true,
    },
    {
      title: "Wildflower Meadow",
      description: "A joyful tangle of poppies, cornflowers and grasses in summer colours.",
      price: [38, 48],
      options: [
        {
          name: "Size",
          values: [
            ["A3", 0],
            ["A2", 25],
          ],
        },
      ],
    },
    {
      title: "Set of Three Minis",
      description: "Three small prints that work together on a shelf or in a row.",
      price: [45, 55],
    },
    {
      title: "Gift Card",
      description: "Let them choose their own print. Delivered by email with a personal message.",
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
  productNote: "Printed to order on archival cotton paper. Ships within three working days.",
  art: {
    hero: "Illustration of framed prints on a wall",
    story: "Illustration of an artist's desk",
  },
};

export const handmadeCrafts: IndustryKnowledge = {
  id: "handmade-crafts",
  keywords: [
    ["handmade", 2],
    ["crafts", 3],
    ["craft", 2],
    ["knitted", 2],
    ["crochet", 3],
    ["macramé", 3],
    ["macrame", 3],
    ["candles", 3],
    ["candle", 2],
    ["woven", 2],
    ["embroidery", 3],
    ["yarn", 3],
    ["maker", 1],
    ["artisan", 2],
  ],
  noun: "handmade goods",
  goods: "pieces",
  makers: "our makers",
  moods: ["warm", "earthy", "playful", "calm"],
  recipes: [
    ["products", "story", "highlights", "gallery", "testimonials", "newsletter"],
    ["highlights", "products", "featured", "story", "testimonials", "closing"],
  ],
  eyebrows: ["Made by hand", "Small-batch makers", "Crafted with care", "One of a kind"],
  heroHeadings: [
    "Made by hand, with a lot of heart",
    "Thoughtful things, made slowly",
    "Handmade goods for a cosier home",
    "Handmade in {place}",
  ],
  heroSubheadings: [
    "{name} makes candles, textiles and small gifts by hand, in small batches, from natural materials we love working with.",
    "Every piece is made {in_place} by real hands, so each one carries a little of the person who made it.",
    "Gifts that feel personal, home goods that feel cosy, and nothing made in a factory.",
  ],
  taglines: [
    "Handmade goods, made slowly",
    "Small-batch crafts for cosy homes",
    "Handmade in {place}",
  ],
  announcements: [
    "Free gift wrapping on every order.",
    "Free shipping over {threshold}.",
    "New makers' market pieces added every Friday.",
  ],
  valueProps: [
    {
      icon: "heart",
      title: "Made by hand",
      text: "Every piece is made by a person, not a machine, in small batches.",
    },
    {
      icon: "leaf",
      title: "Natural materials",
      text: "Soy wax, cotton, wool and wood: materials that feel good and age well.",
    },
    {
      icon: "gift",
      title: "Gift ready",
      text: "Wrapped in recycled paper with a handwritten card if you would like one.",
    },
    {
      icon: "package",
      title: "Plastic-free packaging",
      text: "Everything ships in paper and card, fully recyclable.",
    },
    {
      icon: "chat",
      title: "Custom orders welcome",
      text: "Want a different colour or size? Ask us and we will make it.",
    },
  ],
  collection: {
    headings: ["Made this month", "Handmade favourites", "In the workshop now"],
    texts: [
      "Small batches, natural materials and a lot of care. When something sells out, we make more by hand.",
      "Candles, textiles and little gifts, each one slightly different from the next.",
    ],
  },
  story: {
    headings: [
      "A workshop full of good things",
      "Why we make everything by hand",
      "Slow craft, made with love",
    ],
    paragraphs: [
      [
        "{name} started as a weekend hobby that outgrew the kitchen table, then the spare room.",
        "We still make everything ourselves, one batch at a time, and we still get excited about every order.",
      ],
      [
        "Handmade takes longer, and that is the point: every piece gets time and attention.",
        "We make it all {in_place} from natural materials, and we pack each order as if it were a gift.",
      ],
    ],
  },
  stats: [
    { value: "100%", label: "made by hand" },
    { value: "3,000+", label: "happy customers" },
    { value: "0", label: "plastic in our packaging" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote: "The candle smells incredible and burns so evenly. I have bought five as gifts.",
      name: "Maya R.",
      detail: "Verified buyer",
    },
    {
      quote: "You can feel the care in every stitch. Beautiful work.",
      name: "Jonas T.",
      detail: "Verified buyer",
    },
    {
      quote: "They made a custom colour for me and it arrived wrapped like a present.",
      name: "Elena K.",
      detail: "Custom order",
    },
  ],
  faqs: [
    {
      question: "Will my piece look exactly like the photo?",
      answer:
        "Every item is handmade, so small variations in colour and shape are normal. We think that makes each one special.",
    },
    {
      question: "Do you take custom orders?",
      answer:
        "Yes. Write to us with what you have in mind and we will let you know what is possible and how long it will take.",
    },
    {
      question: "How do I care for my candle?",
      answer:
        "Trim the wick to 5 mm before each burn and let the wax melt to the edges on the first burn. Never leave it unattended.",
    },
    {
      question: "Do you offer gift wrapping?",
      answer:
        "Every order is wrapped for free. Add a note at checkout and we will write it on a card.",
    },
  ],
  gallery: [
    { alt: "Candles cooling in glass jars", caption: "Poured by hand in small batches." },
    { alt: "Skeins of wool in soft colours", caption: "Naturally dyed wool." },
    { alt: "Hands knotting a macramé wall hanging", caption: "Every knot tied by hand." },
    { alt: "A wrapped gift with a handwritten card", caption: "Every order, gift wrapped." },
  ],
  products: [
    {
      title: "Soy Wax Candle",
      description:
        "A hand-poured soy candle with a cotton wick and a calm, natural scent. Burns for around 40 hours.",
      price: [22, 28],
      options: [{ name: "Scent", values: ["Fig and cedar", "Sea salt", "Lavender"] }],
    },
    {
      title: "Chunky Knit Throw",
      description:
        "A cosy throw hand-knitted from soft merino, perfect for the end of the bed or the sofa.",
      price: [140, 180],
      options: [{ name: "Colour", values: ["Cream", "Sage", "Rust"] }],
    },
    {
      title: "Macramé Wall Hanging",
      description:
        "A textured wall hanging knotted from recycled cotton cord on a driftwood branch.",
      price: [55, 70],
    },
    {
      title: "Embroidered Tote",
      description: "A sturdy canvas tote with a hand-embroidered botanical design.",
      price: [32, 40],
    },
    {
      title: "Crochet Plant Hanger",
      description: "A crochet hanger for a small pot, made from soft cotton cord.",
      price: [20, 26],
    },
    {
      title: "Beeswax Food Wraps",
      description:
        "A set of three reusable wraps in cheerful prints, a natural alternative to cling film.",
      price: [18, 22],
      onSale: true,
    },
    {
      title: "Wooden Spoon Set",
      description: "Three spoons carved by hand from cherry wood and finished with food-safe oil.",
      price: [38, 48],
    },
    {
      title: "Gift Box",
      description: "A candle, a wooden spoon and a set of food wraps in a keepsake box.",
      price: [60, 75],
    },
  ],
  productNote: "Handmade to order. Free gift wrapping on every order.",
  art: {
    hero: "Illustration of a candle and a ball of yarn",
    story: "Illustration of a maker's workbench",
  },
};

export const stationery: IndustryKnowledge = {
  id: "stationery",
  keywords: [
    ["stationery", 4],
    ["notebooks", 3],
    ["notebook", 2],
    ["journals", 3],
    ["journal", 2],
    ["pens", 2],
    ["paper", 1],
    ["planners", 3],
    ["planner", 2],
    ["greeting cards", 3],
    ["cards", 1],
    ["letterpress", 3],
    ["fountain pen", 3],
  ],
  noun: "stationery",
  goods: "notebooks and papers",
  makers: "our studio",
  moods: ["minimal", "playful", "calm", "elegant"],
  recipes: [
    ["products", "highlights", "story", "featured", "testimonials", "newsletter"],
    ["highlights", "products", "story", "gallery", "testimonials", "closing"],
  ],
  eyebrows: ["Paper goods", "For writers and planners", "Designed in our studio", "New in"],
  heroHeadings: [
    "Beautiful paper for everyday writing",
    "Stationery that makes you want to write",
    "Notebooks made for good ideas",
    "Paper goods designed in {place}",
  ],
  heroSubheadings: [
    "{name} designs notebooks, planners and cards on fountain-pen-friendly paper, bound to lie flat and built to be carried everywhere.",
    "Thoughtfully designed paper goods, printed {in_place} on responsibly sourced paper.",
    "For lists, letters, plans and sketches: stationery that makes small daily moments a little nicer.",
  ],
  taglines: [
    "Paper goods for everyday writing",
    "Thoughtful stationery, made to be used",
    "Stationery from {place}",
  ],
  announcements: [
    "Free shipping on orders over {threshold}.",
    "The new undated planner is here.",
    "Buy three notebooks, get a free pen.",
  ],
  valueProps: [
    {
      icon: "sparkle",
      title: "Fountain-pen friendly",
      text: "Smooth 100 gsm paper that takes ink without feathering or bleeding.",
    },
    {
      icon: "leaf",
      title: "Responsibly sourced",
      text: "FSC-certified paper and recycled board covers.",
    },
    {
      icon: "check",
      title: "Lies flat",
      text: "Sewn bindings that open flat, so every page is easy to write on.",
    },
    { icon: "gift", title: "Gift ready", text: "Wrapped in tissue with a card, ready to give." },
    {
      icon: "truck",
      title: "Fast dispatch",
      text: "Orders leave our studio within one working day.",
    },
  ],
  collection: {
    headings: ["Notebooks and more", "New in the studio", "Desk favourites"],
    texts: [
      "Notebooks, planners, pens and cards designed to work beautifully together.",
      "Paper you will want to use every day, not save for best.",
    ],
  },
  story: {
    headings: ["A love letter to paper", "Why we care about paper", "Designed to be used"],
    paragraphs: [
      [
        "{name} started with a notebook we could not find anywhere: plain, sturdy, and kind to fountain pens.",
        "So we designed it ourselves, and people kept asking for more.",
      ],
      [
        "We test every paper with pencils, gel pens and fountain pens before it earns a place in our range.",
        "Our designs are drawn {in_place}, and printed with printers we have worked with for years.",
      ],
    ],
  },
  stats: [
    { value: "100 gsm", label: "fountain-pen-friendly paper" },
    { value: "FSC", label: "certified paper in every notebook" },
    { value: "1 day", label: "to dispatch" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote:
        "The only notebook where my fountain pen does not bleed through. I buy them three at a time.",
      name: "Beatrice L.",
      detail: "Verified buyer",
    },
    {
      quote: "The planner keeps my week sane, and it is beautiful enough to leave on my desk.",
      name: "Chris M.",
      detail: "Returning customer",
    },
    {
      quote: "Lovely cards for every occasion. People always ask where I found them.",
      name: "Yuki T.",
      detail: "Verified buyer",
    },
  ],
  faqs: [
    {
      question: "Is your paper good with fountain pens?",
      answer:
        "Yes. Our 100 gsm paper handles most fountain pen inks without feathering or bleed-through.",
    },
    {
      question: "Are your planners dated?",
      answer: "Our planners are undated, so you can start any time and never waste a page.",
    },
    {
      question: "Do you offer custom printing?",
      answer:
        "We print custom notebooks for businesses and events from 50 copies. Write to us for a quote.",
    },
    {
      question: "How quickly do orders ship?",
      answer: "Orders placed before 2 pm on working days leave the studio the same day.",
    },
  ],
  gallery: [
    { alt: "An open notebook with handwriting and a pen", caption: "Paper that loves ink." },
    { alt: "A stack of notebooks in muted colours", caption: "Sewn bindings that lie flat." },
    { alt: "Greeting cards spread on a desk", caption: "Cards for every occasion." },
    { alt: "A tidy desk with a planner and pens", caption: "A week planned on paper." },
  ],
  products: [
    {
      title: "Everyday Notebook",
      description:
        "A sewn-bound A5 notebook with 192 pages of smooth 100 gsm paper and a sturdy linen cover.",
      price: [18, 24],
      options: [
        { name: "Ruling", values: ["Dotted", "Lined", "Plain"] },
        { name: "Colour", values: ["Ink blue", "Sage", "Terracotta"] },
      ],
    },
    {
      title: "Undated Weekly Planner",
      description:
        "A year of weekly spreads with space for goals, habits and notes. Start any week you like.",
      price: [26, 32],
    },
    {
      title: "Pocket Notebook Set",
      description:
        "Three slim notebooks that fit in a jacket pocket, for lists and ideas on the go.",
      price: [14, 18],
    },
    {
      title: "Brass Ballpoint Pen",
      description:
        "A solid brass pen that develops a warm patina with use. Takes standard refills.",
      price: [38, 48],
    },
    {
      title: "Letterpress Card Set",
      description: "Six letterpress cards with envelopes, for thank-yous and hellos.",
      price: [16, 20],
      onSale: true,
    },
    {
      title: "Desk Pad",
      description: "A tear-off A4 pad of 50 sheets for daily lists and plans.",
      price: [14, 18],
    },
    {
      title: "Fountain Pen Starter Kit",
      description: "A reliable steel-nib fountain pen, a converter and a bottle of ink.",
      price: [30, 40],
      options: [{ name: "Nib", values: ["Fine", "Medium"] }],
    },
    {
      title: "Sticky Note Set",
      description: "Four pads of sticky notes in our studio colours, in a recycled box.",
      price: [10, 12],
    },
  ],
  productNote: "Ships from our studio within one working day.",
  freeShippingOver: 40,
  art: { hero: "Illustration of a notebook and a pen", story: "Illustration of a designer's desk" },
};

export const books: IndustryKnowledge = {
  id: "books",
  keywords: [
    ["books", 3],
    ["bookshop", 4],
    ["bookstore", 4],
    ["book", 1],
    ["novels", 3],
    ["reading", 1],
    ["publisher", 2],
    ["second-hand books", 4],
    ["comics", 2],
    ["poetry", 2],
    ["literature", 2],
  ],
  noun: "books",
  goods: "books",
  makers: "our booksellers",
  moods: ["warm", "calm", "elegant", "playful"],
  recipes: [
    ["featured", "products", "highlights", "story", "testimonials", "newsletter"],
    ["products", "highlights", "story", "stats", "testimonials", "closing"],
  ],
  eyebrows: ["Independent bookshop", "Hand-picked reads", "Staff picks", "New this month"],
  heroHeadings: [
    "Find your next favourite book",
    "Good books, chosen by real readers",
    "An independent bookshop, open all hours",
    "The independent bookshop of {place}",
  ],
  heroSubheadings: [
    "{name} is an independent bookshop run by people who read everything. Browse our staff picks, or ask us for a recommendation.",
    "Fiction, non-fiction, poetry and children's books, chosen by our booksellers {in_place} and sent out wrapped with care.",
    "We read widely so you do not have to guess. Every book here comes with an honest note on why we love it.",
  ],
  taglines: [
    "An independent bookshop with hand-picked reads",
    "Books chosen by real readers",
    "The bookshop of {place}",
  ],
  announcements: [
    "Free delivery on orders over {threshold}.",
    "Join our reading club: a hand-picked book every month.",
    "Signed copies available while stocks last.",
  ],
  valueProps: [
    {
      icon: "heart",
      title: "Hand-picked",
      text: "Every book on our shelves has been read and loved by one of us.",
    },
    {
      icon: "chat",
      title: "Honest recommendations",
      text: "Tell us what you loved last and we will suggest what to read next.",
    },
    {
      icon: "gift",
      title: "Gift wrapping",
      text: "Books wrapped in paper and string, with a handwritten note.",
    },
    {
      icon: "globe",
      title: "Independent",
      text: "Buying here supports an independent shop and the writers we champion.",
    },
    { icon: "truck", title: "Fast delivery", text: "In-stock books ship the next working day." },
  ],
  collection: {
    headings: ["Staff picks", "New and notable", "What we are reading"],
    texts: [
      "A changing shelf of books our booksellers cannot stop talking about.",
      "New releases, overlooked gems and books we press into friends' hands.",
    ],
  },
  story: {
    headings: [
      "A bookshop for readers",
      "Why independent bookshops matter",
      "Books, chosen with care",
    ],
    paragraphs: [
      [
        "{name} began with a simple idea: a bookshop where every book is there because someone loved it.",
        "We still choose every title by hand, write our own recommendations, and talk about books all day.",
      ],
      [
        "Independent bookshops help new writers find readers and keep reading communities alive.",
        "We host readings and a monthly book club {in_place}, and we ship our picks wherever you are.",
      ],
    ],
  },
  stats: [
    { value: "3,000+", label: "titles on our shelves" },
    { value: "12", label: "book club picks a year" },
    { value: "1 day", label: "to dispatch in-stock books" },
    { value: "4.9/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote:
        "They recommended a novel I would never have picked up, and it is now my favourite book.",
      name: "Harriet G.",
      detail: "Book club member",
    },
    {
      quote: "Beautifully wrapped and arrived the next day. My go-to for gifts.",
      name: "Samuel O.",
      detail: "Verified buyer",
    },
    {
      quote: "A proper bookshop, run by people who know and love books.",
      name: "Ingrid P.",
      detail: "Regular customer",
    },
  ],
  faqs: [
    {
      question: "Can you order a book that is not listed?",
      answer:
        "Yes. Write to us with the title and we will order it in and let you know when it ships.",
    },
    {
      question: "How does the book club work?",
      answer:
        "Each month we send a hand-picked book with a note on why we chose it. Pause or cancel any time.",
    },
    {
      question: "Do you gift wrap?",
      answer: "Yes, free of charge. Add a message at checkout and we will handwrite it on a card.",
    },
    {
      question: "Do you buy used books?",
      answer: "We buy good-condition used books by appointment. Write to us with a list of titles.",
    },
  ],
  gallery: [
    { alt: "Shelves of books in a cosy bookshop", caption: "Our shelves, always changing." },
    { alt: "A stack of novels on a wooden table", caption: "This month's staff picks." },
    { alt: "A reader in an armchair with a book", caption: "The reading corner." },
    { alt: "A book wrapped in brown paper and string", caption: "Wrapped and ready to give." },
  ],
  products: [
    {
      title: "Staff Pick: Fiction",
      description:
        "This month's favourite novel, chosen by our booksellers, with a handwritten note on why we love it.",
      price: [16, 22],
      options: [
        {
          name: "Format",
          values: [
            ["Paperback", 0],
            ["Hardback", 8],
          ],
        },
      ],
    },
    {
      title: "Book Club Subscription",
      description:
        "A hand-picked book every month, gift wrapped with a reading guide. Pause or cancel any time.",
      price: [18, 22],
      options: [
        {
          name: "Plan",
          values: [
            ["Monthly", 0],
            ["Three months", 34],
            ["Six months", 86],
          ],
        },
      ],
    },
    {
      title: "Children's Picture Book Bundle",
      description:
        "Three beautifully illustrated picture books for ages three to six, chosen by our children's bookseller.",
      price: [30, 38],
    },
    {
      title: "Poetry Collection",
      description: "A slim, moving collection from one of our favourite contemporary poets.",
      price: [12, 16],
    },
    {
      title: "Mystery Book",
      description: "A surprise read wrapped in paper, with three clues on the front to tempt you.",
      price: [15, 18],
      onSale: true,
    },
    {
      title: "Signed First Edition",
      description: "A signed hardback first edition of this season's most talked-about debut.",
      price: [25, 35],
    },
    {
      title: "Cookbook of the Season",
      description:
        "Our favourite new cookbook, full of recipes we have tested in our own kitchens.",
      price: [28, 35],
    },
    {
      title: "Canvas Book Bag",
      description: "A sturdy canvas tote with room for a week's worth of reading.",
      price: [15, 18],
    },
    {
      title: "Gift Card",
      description: "A gift card for any book in the shop, delivered by email or in a card.",
      price: [20, 20],
      options: [
        {
          name: "Amount",
          values: [
            ["20", 0],
            ["40", 20],
            ["60", 40],
          ],
        },
      ],
    },
  ],
  productNote: "In-stock books ship the next working day. Free gift wrapping.",
  freeShippingOver: 30,
  art: { hero: "Illustration of a stack of books", story: "Illustration of bookshop shelves" },
};
