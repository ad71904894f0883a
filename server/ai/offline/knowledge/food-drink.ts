import type { IndustryKnowledge } from "./types.ts";

const GRIND = {
  name: "Grind",
  values: ["Whole bean", "Filter", "Espresso", "Cafetière"],
} as const;
const BAG = {
  name: "Size",
  values: [
    ["250 g", 0],
    ["1 kg", 24],
  ],
} as const;

export const coffee: IndustryKnowledge = {
  id: "coffee",
  keywords: [
    ["coffee", 3],
    ["roaster", 3],
    ["roastery", 3],
    ["espresso", 2],
    ["beans", 2],
    ["café", 1],
    ["cafe", 1],
    ["barista", 2],
    ["brew", 1],
    ["pour-over", 2],
    ["single origin", 2],
    ["latte", 1],
  ],
  noun: "coffee",
  goods: "coffees",
  makers: "our roasters",
  moods: ["warm", "earthy", "bold", "minimal"],
  recipes: [
    ["highlights", "products", "story", "featured", "testimonials", "newsletter", "closing"],
    ["products", "highlights", "featured", "stats", "story", "testimonials", "faq", "newsletter"],
    ["highlights", "featured", "products", "story", "gallery", "testimonials", "closing"],
  ],
  eyebrows: [
    "Roasted this week",
    "Small-batch roasters",
    "Fresh from the roaster",
    "Specialty coffee",
  ],
  heroHeadings: [
    "Coffee roasted this week, at your door the next",
    "Small-batch coffee from {place}",
    "Better mornings start with fresher beans",
    "Coffee worth getting up for",
    "Roasted in {place}, brewed wherever you are",
  ],
  heroSubheadings: [
    "{name} buys green coffee from farms we know by name, roasts it in small batches and ships it within a day, so every bag arrives at its best.",
    "Single origins, house espresso and decaf that tastes like coffee, roasted to order in {place} and stamped with the roast date.",
    "We roast a handful of seasonal coffees each week and send them out fresh. No warehouses, no stale bags, no guesswork.",
  ],
  taglines: [
    "Fresh, small-batch coffee roasted to order",
    "Seasonal coffee, roasted in {place}",
    "Coffee from farms we know, roasted with care",
  ],
  announcements: [
    "Free shipping on coffee orders over {threshold}. Roasted Monday, shipped Tuesday.",
    "Every bag is roasted to order and stamped with its roast date.",
    "New this month: a washed Ethiopian with notes of jasmine and peach.",
  ],
  valueProps: [
    {
      icon: "clock",
      title: "Roasted to order",
      text: "Every bag is roasted in the week you order it and stamped with its roast date.",
    },
    {
      icon: "globe",
      title: "Bought direct",
      text: "We pay farmers well above market price and visit the farms we buy from.",
    },
    {
      icon: "truck",
      title: "Shipped within a day",
      text: "Coffee leaves the roastery the day after roasting, packed in recyclable bags.",
    },
    {
      icon: "leaf",
      title: "Seasonal, never stale",
      text: "We roast what is in season and retire coffees before they lose their sparkle.",
    },
    {
      icon: "chat",
      title: "Brewing help included",
      text: "Every order comes with a recipe card, and we answer brewing questions by email.",
    },
  ],
  collection: {
    headings: ["This week's roasts", "On the roaster now", "Our current coffees"],
    texts: [
      "Bright single origins for the filter, syrupy blends for the espresso machine, and a decaf we are proud of.",
      "A short list on purpose: every coffee here is in season and roasted in small batches.",
    ],
  },
  story: {
    headings: [
      "From seed to cup, no shortcuts",
      "Why we roast the way we do",
      "A roastery built on patience",
    ],
    paragraphs: [
      [
        "{name} started with a secondhand roaster and a stubborn idea: coffee should be as fresh as bread.",
        "Today we still roast in small batches, taste every one, and only send out coffee we would happily drink ourselves.",
      ],
      [
        "We buy from a small circle of farms and co-operatives, pay them well, and go back year after year.",
        "That patience shows in the cup: clean, sweet coffee that tastes of where it was grown, roasted {in_place} with care.",
      ],
    ],
  },
  stats: [
    { value: "12", label: "farms we buy from directly" },
    { value: "48 h", label: "from roaster to your door" },
    { value: "4.9/5", label: "average customer rating" },
    { value: "100%", label: "recyclable packaging" },
  ],
  testimonials: [
    {
      quote:
        "The freshest coffee I have ever bought online. You can smell it the moment the box opens.",
      name: "Hannah L.",
      detail: "Subscriber",
    },
    {
      quote: "Their espresso blend finally made my home shots taste like my favourite café's.",
      name: "Marco D.",
      detail: "Home barista",
    },
    {
      quote: "I asked for help dialling in my grinder and got a thoughtful reply within the hour.",
      name: "Priya S.",
      detail: "Verified buyer",
    },
    {
      quote: "The decaf tastes like real coffee. My evenings are better for it.",
      name: "Tom W.",
      detail: "Regular customer",
    },
  ],
  faqs: [
    {
      question: "When is my coffee roasted?",
      answer:
        "We roast from Monday to Thursday and ship the next day, so your coffee arrives within days of roasting.",
    },
    {
      question: "Whole bean or ground?",
      answer:
        "Whole bean stays fresh longest. If you do not have a grinder, choose your brewing method and we grind it for you just before packing.",
    },
    {
      question: "How should I store coffee?",
      answer:
        "Keep it in its resealable bag, away from light and heat. It tastes best between four and thirty days after the roast date.",
    },
    {
      question: "Do you sell wholesale?",
      answer: "Yes. Cafés and offices can write to us for wholesale prices and a tasting box.",
    },
  ],
  gallery: [
    {
      alt: "Coffee cherries ripening on the branch",
      caption: "Cherries a few weeks from picking.",
    },
    {
      alt: "Green coffee beans in a burlap sack",
      caption: "Green coffee waiting for the roaster.",
    },
    {
      alt: "Freshly roasted beans cooling in the tray",
      caption: "The cooling tray after a morning roast.",
    },
    {
      alt: "A pour-over brewing into a glass carafe",
      caption: "Our favourite way to taste a new lot.",
    },
  ],
  products: [
    {
      title: "Ethiopia Guji",
      description:
        "A washed coffee from the Guji highlands with notes of jasmine, peach and black tea. Lovely as a pour-over.",
      price: [17, 21],
      options: [BAG, GRIND],
    },
    {
      title: "Colombia Huila",
      description:
        "Round and sweet, with red apple, caramel and a gentle citrus finish. An easy favourite for every brewer.",
      price: [15, 18],
      options: [BAG, GRIND],
    },
    {
      title: "House Espresso",
      description:
        "Our everyday espresso blend: chocolate, hazelnut and a syrupy body that stands up to milk.",
      price: [15, 17],
      options: [BAG, GRIND],
    },
    {
      title: "Kenya Nyeri",
      description:
        "Bold and juicy, with blackcurrant, grapefruit and a long sweet finish. For those who like their coffee bright.",
      price: [19, 23],
      options: [BAG, GRIND],
    },
    {
      title: "Sumatra Gayo",
      description:
        "Earthy and deep, with dark chocolate, cedar and a heavy body. Wonderful in a cafetière.",
      price: [16, 19],
      options: [BAG, GRIND],
    },
    {
      title: "Swiss Water Decaf",
      description:
        "Decaffeinated without chemicals, with milk chocolate and toffee notes. All the comfort, none of the jitters.",
      price: [15, 18],
      options: [BAG, GRIND],
    },
    {
      title: "Guatemala Acatenango",
      description:
        "Grown on volcanic slopes: cocoa, brown sugar and a soft hint of orange. Balanced in any brewer.",
      price: [16, 19],
      options: [BAG, GRIND],
    },
    {
      title: "Hand Burr Grinder",
      description:
        "A steel burr grinder that fits in a travel bag and grinds evenly from espresso to cafetière.",
      price: [65, 95],
    },
    {
      title: "Pour-Over Dripper",
      description: "A ceramic cone dripper that keeps heat steady for a sweeter, cleaner cup.",
      price: [24, 32],
      options: [{ name: "Colour", values: ["White", "Charcoal", "Sand"] }],
    },
    {
      title: "Gooseneck Kettle",
      description:
        "A stovetop kettle with a slim spout for a slow, even pour and a built-in thermometer.",
      price: [45, 60],
      onSale: true,
    },
  ],
  productNote: "Roasted to order and shipped the next working day.",
  art: {
    hero: "Illustration of a coffee cup and beans",
    story: "Illustration of a coffee roaster at work",
  },
};

export const bakery: IndustryKnowledge = {
  id: "bakery",
  keywords: [
    ["bakery", 3],
    ["bake", 2],
    ["baker", 3],
    ["bread", 3],
    ["sourdough", 3],
    ["pastry", 2],
    ["pastries", 2],
    ["croissant", 2],
    ["cake", 2],
    ["cakes", 2],
    ["cookies", 2],
    ["patisserie", 3],
  ],
  noun: "bread and pastries",
  goods: "bakes",
  makers: "our bakers",
  moods: ["warm", "playful", "earthy", "calm"],
  recipes: [
    ["highlights", "products", "story", "testimonials", "faq", "closing"],
    ["products", "story", "highlights", "gallery", "testimonials", "newsletter"],
    ["featured", "products", "highlights", "story", "testimonials", "closing"],
  ],
  eyebrows: ["Baked this morning", "Slow-fermented", "Fresh from the oven", "Neighbourhood bakery"],
  heroHeadings: [
    "Bread worth waking up early for",
    "Baked this morning in {place}",
    "Slow bread, honest pastries",
    "The neighbourhood bakery, now online",
  ],
  heroSubheadings: [
    "{name} bakes sourdough, pastries and celebration cakes from scratch every morning, with flour from mills we trust and butter we are fussy about.",
    "Long-fermented loaves, flaky croissants and cakes made to order, baked {in_place} and ready for pickup or local delivery.",
    "Everything is mixed, shaped and baked by hand, in small batches, on the day you collect it.",
  ],
  taglines: [
    "Sourdough, pastries and cakes baked from scratch",
    "Fresh bread from {place} every morning",
    "Slow-fermented bread and honest pastries",
  ],
  announcements: [
    "Order by 2 pm for next-morning pickup. Local delivery on weekends.",
    "Celebration cakes need 48 hours' notice. We will make it special.",
    "Fresh sourdough every day from 7 am.",
  ],
  valueProps: [
    {
      icon: "clock",
      title: "Slow fermentation",
      text: "Our sourdough rests for 36 hours, which gives it flavour, a crackling crust and easier digestion.",
    },
    {
      icon: "leaf",
      title: "Simple ingredients",
      text: "Flour, water, salt and real butter. Nothing you would not keep in your own kitchen.",
    },
    {
      icon: "heart",
      title: "Made by hand",
      text: "Every loaf is shaped by one of our bakers, not a machine.",
    },
    {
      icon: "gift",
      title: "Cakes to order",
      text: "Birthday, wedding or just-because cakes, decorated the way you picture them.",
    },
    {
      icon: "truck",
      title: "Pickup or delivery",
      text: "Collect from the counter or have it delivered locally the same morning.",
    },
  ],
  collection: {
    headings: ["From today's ovens", "Our daily bakes", "Fresh this week"],
    texts: [
      "Loaves, viennoiserie and sweet things, baked in small batches so nothing sits around.",
      "Order ahead and we will have it wrapped and waiting, still warm if you are early.",
    ],
  },
  story: {
    headings: [
      "Flour on our hands since day one",
      "Why we take the slow road",
      "Baking the way it used to be done",
    ],
    paragraphs: [
      [
        "{name} began with a single sourdough starter and a borrowed oven. The starter is still going strong, and so are we.",
        "We bake every night so the counter is full by morning, and we give what is left at closing time to a local food bank.",
      ],
      [
        "Good bread needs time more than anything else. We let our doughs rest overnight, shape them by hand and bake them in a deck oven.",
        "It is slower than the alternatives, and it is the only way we know how to bake {in_place}.",
      ],
    ],
  },
  stats: [
    { value: "36 h", label: "of fermentation in every loaf" },
    { value: "5 am", label: "when the first ovens go on" },
    { value: "0", label: "preservatives or improvers" },
    { value: "300+", label: "celebration cakes a year" },
  ],
  testimonials: [
    {
      quote:
        "The country loaf is the best bread I have eaten outside of France. It keeps for days, too.",
      name: "Claire M.",
      detail: "Saturday regular",
    },
    {
      quote:
        "They made my daughter's birthday cake exactly as she drew it. She still talks about it.",
      name: "Daniel K.",
      detail: "Cake order",
    },
    {
      quote: "Flaky, buttery croissants that shatter when you bite in. Worth the queue every time.",
      name: "Aisha R.",
      detail: "Verified buyer",
    },
    {
      quote: "Ordering online for pickup is so easy, and everything is ready when I arrive.",
      name: "Ben T.",
      detail: "Weekly customer",
    },
  ],
  faqs: [
    {
      question: "How long does sourdough keep?",
      answer:
        "Wrapped in a cloth at room temperature it keeps three to four days. It also freezes well: slice it first and toast from frozen.",
    },
    {
      question: "Do you make gluten-free bakes?",
      answer:
        "We bake a few naturally gluten-free treats, but our kitchen handles wheat flour all day, so we cannot promise they are free of traces.",
    },
    {
      question: "How far ahead should I order a cake?",
      answer:
        "Give us at least 48 hours for a celebration cake, and a week for tiered or heavily decorated cakes.",
    },
    {
      question: "Do you deliver?",
      answer:
        "We deliver locally on weekend mornings. Everything else is ready for pickup at the counter from 7 am.",
    },
  ],
  gallery: [
    { alt: "Loaves of sourdough cooling on a rack", caption: "The first bake of the morning." },
    {
      alt: "Croissants lined up on a baking tray",
      caption: "Laminated by hand, three folds each.",
    },
    {
      alt: "A baker scoring dough before baking",
      caption: "Scoring lets the loaf open up in the oven.",
    },
    { alt: "A decorated layer cake on a stand", caption: "Celebration cakes, made to order." },
  ],
  products: [
    {
      title: "Country Sourdough",
      description:
        "Our signature loaf: a blistered crust, an open crumb and a gentle tang from 36 hours of fermentation.",
      price: [7, 9],
      options: [
        {
          name: "Size",
          values: [
            ["Half loaf", 0],
            ["Whole loaf", 4],
          ],
        },
      ],
    },
    {
      title: "Seeded Rye",
      description:
        "Dense and nutty, packed with sunflower, pumpkin and flax seeds. Perfect with butter and a little salt.",
      price: [8, 10],
    },
    {
      title: "Butter Croissants",
      description:
        "Made with cultured butter and laminated by hand for layers that shatter when you bite in.",
      price: [10, 14],
      options: [
        {
          name: "Box",
          values: [
            ["Box of 4", 0],
            ["Box of 8", 11],
          ],
        },
      ],
    },
    {
      title: "Cinnamon Knots",
      description:
        "Soft, buttery dough twisted with cinnamon sugar and finished with a cardamom glaze.",
      price: [12, 15],
      options: [
        {
          name: "Box",
          values: [
            ["Box of 4", 0],
            ["Box of 8", 12],
          ],
        },
      ],
    },
    {
      title: "Olive and Rosemary Focaccia",
      description: "Airy focaccia dimpled with green olives, rosemary and plenty of olive oil.",
      price: [9, 12],
    },
    {
      title: "Chocolate Celebration Cake",
      description:
        "Three layers of dark chocolate sponge with salted caramel and a silky ganache. Decorated to your wishes.",
      price: [45, 60],
      options: [
        {
          name: "Size",
          values: [
            ["6 inch", 0],
            ["8 inch", 18],
            ["10 inch", 35],
          ],
        },
      ],
    },
    {
      title: "Lemon Drizzle Loaf",
      description:
        "A tender lemon sponge soaked in tangy syrup and topped with a crackly sugar crust.",
      price: [16, 20],
    },
    {
      title: "Brown Butter Cookies",
      description:
        "Chewy in the middle, crisp at the edges, with dark chocolate chunks and a pinch of sea salt.",
      price: [12, 16],
      options: [
        {
          name: "Box",
          values: [
            ["Box of 6", 0],
            ["Box of 12", 11],
          ],
        },
      ],
    },
    {
      title: "Weekend Pastry Box",
      description:
        "A mixed box of our favourite pastries for a slow weekend breakfast, chosen fresh each morning.",
      price: [26, 34],
      onSale: true,
    },
  ],
  productNote: "Baked fresh on the morning of pickup or delivery.",
  art: {
    hero: "Illustration of a sourdough loaf and wheat",
    story: "Illustration of a baker's oven",
  },
};

export const wine: IndustryKnowledge = {
  id: "wine",
  keywords: [
    ["wine", 3],
    ["wines", 3],
    ["winery", 3],
    ["vineyard", 3],
    ["vintner", 3],
    ["natural wine", 3],
    ["sommelier", 2],
    ["bottle shop", 2],
    ["champagne", 2],
    ["riesling", 2],
    ["merlot", 2],
    ["cellar", 1],
  ],
  noun: "wine",
  goods: "wines",
  makers: "our winemakers",
  moods: ["elegant", "earthy", "bold", "warm"],
  recipes: [
    ["highlights", "products", "story", "featured", "testimonials", "newsletter", "closing"],
    ["featured", "products", "story", "stats", "testimonials", "faq", "closing"],
  ],
  eyebrows: ["Small growers", "Chosen by taste", "From the cellar", "Independent wine"],
  heroHeadings: [
    "Wine from people, not factories",
    "Small-grower wine, chosen by taste",
    "Bottles worth opening tonight",
    "The wine shop of {place}",
  ],
  heroSubheadings: [
    "{name} brings you wines from small family estates, tasted and chosen by us, with honest notes on what to expect and what to cook.",
    "Every bottle comes from a grower we have met, farmed with care and made with as little intervention as possible.",
    "From everyday reds to special-occasion sparkling, chosen {in_place} and delivered to your door.",
  ],
  taglines: [
    "Small-grower wine, chosen by taste",
    "Honest wine from family estates",
    "Wine from {place}, for every table",
  ],
  announcements: [
    "Free delivery on any six bottles. Mix and match as you like.",
    "Save 10% on every mixed case of twelve.",
    "Our autumn tasting case has arrived: six bottles, six regions.",
  ],
  valueProps: [
    {
      icon: "globe",
      title: "Small growers only",
      text: "Family estates and independent winemakers, never big brands or bulk wine.",
    },
    {
      icon: "star",
      title: "Tasted by us",
      text: "Every bottle on the shelf has been opened, tasted and argued over by our team.",
    },
    {
      icon: "package",
      title: "Packed to travel",
      text: "Bottles ship in recyclable moulded cases that keep them safe in transit.",
    },
    {
      icon: "chat",
      title: "Pairing advice",
      text: "Tell us what you are cooking and we will suggest the bottle to open.",
    },
    {
      icon: "leaf",
      title: "Farmed with care",
      text: "Most of our growers farm organically or biodynamically, certified or not.",
    },
  ],
  collection: {
    headings: ["On the shelf now", "Bottles we love right now", "This month's wines"],
    texts: [
      "Crisp whites, easy reds and a few special bottles, each with tasting notes and food pairings.",
      "A short, changing list of wines we would happily open at our own table.",
    ],
  },
  story: {
    headings: [
      "Every bottle has a grower behind it",
      "Why we only work with small estates",
      "Wine chosen the slow way",
    ],
    paragraphs: [
      [
        "{name} began with a simple idea: sell only wines we would happily open at home, and know the people who made them.",
        "We visit our growers, taste through their cellars and bring back the bottles that made us stop and smile.",
      ],
      [
        "Small estates make wine that tastes of a place and a year. It is rarely the cheapest, and it is always worth it.",
        "We keep our list short and our notes honest, so choosing a bottle {in_place} feels easy.",
      ],
    ],
  },
  stats: [
    { value: "40", label: "family estates on our list" },
    { value: "9", label: "wine regions we visit" },
    { value: "600+", label: "wines tasted every year" },
    { value: "4.8/5", label: "average customer rating" },
  ],
  testimonials: [
    {
      quote:
        "Their tasting case introduced me to grapes I had never heard of. Every bottle was a hit.",
      name: "Sophie B.",
      detail: "Tasting club member",
    },
    {
      quote: "I asked for a wine for a fish supper and got a perfect suggestion in minutes.",
      name: "James O.",
      detail: "Verified buyer",
    },
    {
      quote:
        "Beautifully packed, delivered on time, and the notes on each bottle are genuinely useful.",
      name: "Lena H.",
      detail: "Regular customer",
    },
    {
      quote: "Honest prices for wine with real character. My go-to for dinner parties now.",
      name: "Rafael C.",
      detail: "Verified buyer",
    },
  ],
  faqs: [
    {
      question: "Do I need to be of legal drinking age to order?",
      answer:
        "Yes. We check age at delivery, and an adult needs to be home to sign for the parcel.",
    },
    {
      question: "Can I mix bottles in a case?",
      answer:
        "Of course. Any six or twelve bottles count as a case, and mixed cases get the same discount.",
    },
    {
      question: "How should I store wine?",
      answer:
        "Lay bottles on their side somewhere cool, dark and steady. A cupboard away from the oven works well for a few months.",
    },
    {
      question: "Do you offer gift wrapping?",
      answer:
        "Yes. Add a gift note at checkout and we will wrap the bottles in tissue and a sturdy gift box.",
    },
  ],
  gallery: [
    {
      alt: "Rows of vines on a sunny hillside",
      caption: "Old vines at one of our partner estates.",
    },
    { alt: "Wine glasses on a wooden table", caption: "Tasting through a new vintage." },
    { alt: "Oak barrels in a cool cellar", caption: "Where the reds rest before bottling." },
    { alt: "A hand-picked bunch of grapes", caption: "Harvest day, picked by hand." },
  ],
  products: [
    {
      title: "Albariño, Rías Baixas",
      description:
        "Bright and salty with white peach and lime. Made for seafood and sunny afternoons.",
      price: [18, 24],
    },
    {
      title: "Old-Vine Garnacha",
      description:
        "Juicy red fruit, soft spice and a silky finish from vines over sixty years old. Lovely slightly chilled.",
      price: [16, 22],
    },
    {
      title: "Chenin Blanc, Loire",
      description:
        "Honeyed apple and quince with lively acidity. Dry, layered and wonderful with roast chicken.",
      price: [20, 28],
    },
    {
      title: "Pinot Noir Reserve",
      description:
        "Cherry, forest floor and a whisper of oak. Elegant, light on its feet and great with mushrooms.",
      price: [28, 38],
    },
    {
      title: "Skin-Contact Orange",
      description:
        "A white wine made like a red: apricot, tea and a gentle grip. A conversation starter at any table.",
      price: [22, 28],
    },
    {
      title: "Traditional Method Sparkling",
      description:
        "Fine bubbles, green apple and brioche, made the same way as Champagne at a fraction of the price.",
      price: [26, 34],
      onSale: true,
    },
    {
      title: "Syrah, Northern Rhône",
      description:
        "Blackberry, black pepper and violets. Serious, savoury and ready for a slow-cooked stew.",
      price: [30, 42],
    },
    {
      title: "Dry Provence Rosé",
      description: "Pale and crisp, with strawberry and herbs. Summer in a glass.",
      price: [15, 20],
    },
    {
      title: "Discovery Case",
      description:
        "Six bottles from six regions, chosen by our team with tasting notes and pairing cards.",
      price: [95, 120],
      options: [{ name: "Style", values: ["Mixed", "All red", "All white"] }],
    },
  ],
  productNote: "Shipped in protective recyclable packaging. Age checked on delivery.",
  art: {
    hero: "Illustration of a wine bottle and glass",
    story: "Illustration of vines on a hillside",
  },
};

export const tea: IndustryKnowledge = {
  id: "tea",
  keywords: [
    ["tea", 3],
    ["teas", 3],
    ["matcha", 3],
    ["oolong", 3],
    ["sencha", 3],
    ["herbal", 1],
    ["infusion", 2],
    ["loose leaf", 3],
    ["chai", 2],
    ["teahouse", 3],
  ],
  noun: "loose-leaf tea",
  goods: "teas",
  makers: "our tea blenders",
  moods: ["calm", "fresh", "elegant", "earthy"],
  recipes: [
    ["highlights", "products", "story", "featured", "testimonials", "newsletter"],
    ["products", "highlights", "story", "faq", "testimonials", "closing"],
  ],
  eyebrows: ["Loose-leaf tea", "Picked at its best", "Small-estate teas", "Steep, sip, repeat"],
  heroHeadings: [
    "Tea that tastes of where it grew",
    "Loose-leaf tea for slower moments",
    "A better cup, steeped your way",
    "Fine tea, blended in {place}",
  ],
  heroSubheadings: [
    "{name} sources whole-leaf tea from small estates and blends it by hand, so every cup is fragrant, clean and full of character.",
    "Greens, oolongs, black teas and calming herbal blends, packed fresh in {place} and sent out in recyclable tins.",
    "From morning black tea to evening chamomile, every blend is made in small batches with nothing artificial added.",
  ],
  taglines: [
    "Loose-leaf tea from small estates",
    "Whole-leaf tea, blended by hand",
    "Fine tea from {place}",
  ],
  announcements: [
    "Free shipping on orders over {threshold}, and a sample with every order.",
    "New harvest: first-flush Darjeeling is here.",
    "Try any tea in a sample pouch before you commit to a tin.",
  ],
  valueProps: [
    {
      icon: "leaf",
      title: "Whole leaves only",
      text: "No dust or fannings: just whole leaves that unfurl in the pot and steep again and again.",
    },
    {
      icon: "globe",
      title: "From small estates",
      text: "We buy from family gardens and co-operatives we know, at fair prices.",
    },
    {
      icon: "sparkle",
      title: "Nothing artificial",
      text: "Our blends use real fruit, flowers and spices. No flavourings, ever.",
    },
    {
      icon: "package",
      title: "Fresh in every tin",
      text: "Packed in small batches in airtight, recyclable tins that keep tea fragrant.",
    },
    {
      icon: "gift",
      title: "Samples with every order",
      text: "Each parcel includes a sample of something new to try.",
    },
  ],
  collection: {
    headings: ["Our teas", "Steeping now", "This season's teas"],
    texts: [
      "From grassy greens to malty breakfast blends, each tea comes with steeping notes on the label.",
      "Every tea is available in a sample pouch, a tin or a refill bag.",
    ],
  },
  story: {
    headings: ["Tea, the slow way", "Why we blend by hand", "A love of leaves"],
    paragraphs: [
      [
        "{name} started at a kitchen table covered in tins, tasting teas until we found the ones worth sharing.",
        "We still taste every batch before it is packed, and we still blend by hand in small quantities.",
      ],
      [
        "Great tea starts with great leaves, picked at the right moment and processed with care.",
        "We buy directly whenever we can and pack {in_place} in small batches, so every tin arrives fragrant.",
      ],
    ],
  },
  stats: [
    { value: "30+", label: "teas and tisanes" },
    { value: "8", label: "tea-growing regions" },
    { value: "3", label: "steeps from every good leaf" },
    { value: "0", label: "artificial flavourings" },
  ],
  testimonials: [
    {
      quote: "The jasmine green smells incredible the moment you open the tin. I am hooked.",
      name: "Mei L.",
      detail: "Verified buyer",
    },
    {
      quote:
        "Finally a breakfast tea that is strong without being bitter. My morning ritual is sorted.",
      name: "George P.",
      detail: "Regular customer",
    },
    {
      quote: "The samples are a lovely touch. I have discovered three new favourites that way.",
      name: "Nadia F.",
      detail: "Subscriber",
    },
    {
      quote: "Beautiful tins, fast delivery and tea that tastes as good as it looks.",
      name: "Oliver J.",
      detail: "Gift buyer",
    },
  ],
  faqs: [
    {
      question: "How much tea should I use?",
      answer:
        "About one teaspoon, or 2 to 3 grams, per cup. Every label has the temperature and steeping time for that tea.",
    },
    {
      question: "How long does loose-leaf tea keep?",
      answer:
        "In its airtight tin, away from light and strong smells, most teas stay lovely for a year. Green teas are best within six months.",
    },
    {
      question: "Do you sell caffeine-free tea?",
      answer: "Yes. Our herbal blends and rooibos are naturally caffeine-free.",
    },
    {
      question: "Are your tins recyclable?",
      answer:
        "Yes, tins and refill bags are both recyclable. Refill bags are also the cheaper way to restock.",
    },
  ],
  gallery: [
    { alt: "Tea leaves unfurling in a glass pot", caption: "Whole leaves open up as they steep." },
    {
      alt: "Rows of tea bushes on a misty hillside",
      caption: "A partner garden in the early morning.",
    },
    { alt: "Tins of tea on a wooden shelf", caption: "Packed in small batches." },
    { alt: "A cup of green tea beside a teapot", caption: "The first steep of a new harvest." },
  ],
  products: [
    {
      title: "Jasmine Silver Needle",
      description:
        "Tender white tea buds scented with fresh jasmine blossoms over several nights. Sweet, floral and delicate.",
      price: [18, 24],
      options: [
        {
          name: "Size",
          values: [
            ["50 g tin", 0],
            ["100 g refill", 12],
          ],
        },
      ],
    },
    {
      title: "Breakfast Blend",
      description:
        "A brisk, malty black tea that loves a splash of milk. Strong enough for early starts.",
      price: [10, 13],
      options: [
        {
          name: "Size",
          values: [
            ["100 g tin", 0],
            ["250 g refill", 11],
          ],
        },
      ],
    },
    {
      title: "Ceremonial Matcha",
      description:
        "Stone-ground shade-grown green tea with a creamy, savoury sweetness. Whisk it or add it to milk.",
      price: [26, 34],
      options: [
        {
          name: "Size",
          values: [
            ["30 g", 0],
            ["100 g", 40],
          ],
        },
      ],
    },
    {
      title: "Roasted Oolong",
      description:
        "Charcoal-roasted leaves with notes of toasted nuts, honey and stone fruit. Steep it five times or more.",
      price: [16, 22],
      options: [
        {
          name: "Size",
          values: [
            ["50 g tin", 0],
            ["100 g refill", 10],
          ],
        },
      ],
    },
    {
      title: "Earl Grey Cream",
      description:
        "Black tea with real bergamot oil and a touch of vanilla. Smooth, fragrant and comforting.",
      price: [11, 14],
      options: [
        {
          name: "Size",
          values: [
            ["100 g tin", 0],
            ["250 g refill", 12],
          ],
        },
      ],
    },
    {
      title: "Chamomile and Lavender",
      description:
        "Whole chamomile flowers with lavender and lemon balm. A calm, caffeine-free cup before bed.",
      price: [10, 13],
    },
    {
      title: "Masala Chai",
      description:
        "Assam tea with cardamom, cinnamon, ginger and black pepper. Simmer it with milk for the real thing.",
      price: [11, 14],
      options: [
        {
          name: "Size",
          values: [
            ["100 g tin", 0],
            ["250 g refill", 12],
          ],
        },
      ],
    },
    {
      title: "Glass Teapot",
      description:
        "A heat-resistant glass teapot with a removable stainless infuser. Watch the leaves dance.",
      price: [28, 36],
      onSale: true,
    },
    {
      title: "Tasting Flight",
      description:
        "Six sample pouches across green, white, oolong and black teas, with a guide to each.",
      price: [22, 28],
    },
  ],
  productNote: "Packed fresh in small batches. Free sample with every order.",
  art: { hero: "Illustration of a teapot and a cup of tea", story: "Illustration of tea leaves" },
};
