/**
 * Words that exclude each other in a brief: a sample is left out when its traits name one side
 * and the brief names the other but not its side (no gold ring for a silver jeweller, no cat toy
 * for a dog brand, no pork for a halal butcher). Each side is written once, in the six offline
 * languages, as word stems matched on accent-free lower-case text as
 * whole words (with a plural or inflection), or as stems when they end in "*".
 */

type Side = { id: string; words: readonly string[] };

/** In an exclusive group every side is the rival of every other. */
const EXCLUSIVE: readonly (readonly Side[])[] = [
  [
    {
      id: "gold",
      words: [
        "gold",
        "golden",
        "en or",
        "plaque or",
        "dore",
        "oro",
        "ouro",
        "dourad*",
        "vergoldet*",
      ],
    },
    {
      id: "silver",
      words: ["silver", "sterling", "argent", "silber", "plata", "prata", "argento"],
    },
    { id: "rose-gold", words: ["rose gold", "or rose", "rosegold", "oro rosa", "ouro rosa"] },
    { id: "brass", words: ["brass", "laiton", "messing", "laton", "latao", "ottone"] },
    { id: "titanium", words: ["titanium", "titane", "titan", "titanio"] },
  ],
  [
    {
      id: "dog",
      words: [
        "dog",
        "pupp*",
        "chien",
        "chiot",
        "hund",
        "welpe",
        "perro",
        "cachorro",
        "cao",
        "caes",
        "cani",
      ],
    },
    {
      id: "cat",
      words: [
        "cat",
        "cats",
        "kitten",
        "chat",
        "chaton",
        "katze",
        "gato",
        "gatos",
        "gatto",
        "gatti",
        "felin*",
      ],
    },
    {
      id: "horse",
      words: [
        "horse",
        "equestrian",
        "cheval",
        "chevaux",
        "equit*",
        "pferd",
        "caballo",
        "cavalo",
        "cavallo",
      ],
    },
    { id: "bird", words: ["bird", "oiseau", "vogel", "pajaro", "passaro", "uccell*"] },
    { id: "fish", words: ["aquarium", "fish tank", "poisson", "aquarien", "pecera"] },
  ],
  [
    {
      id: "violin",
      words: [
        "violin",
        "fiddle",
        "violon",
        "geige",
        "violin",
        "violino",
        "viola",
        "alto",
        "cello",
        "violoncell*",
      ],
    },
    {
      id: "guitar",
      words: ["guitar", "guitare", "gitarre", "guitarra", "chitarra", "ukulele", "bass guitar"],
    },
    { id: "piano", words: ["piano", "klavier", "keyboard", "clavier", "pianoforte"] },
    {
      id: "drums",
      words: ["drum", "batterie", "schlagzeug", "bateria", "batteria", "percussion*"],
    },
    {
      id: "wind",
      words: [
        "flute",
        "clarinet",
        "saxophon*",
        "trumpet",
        "trompette",
        "trompete",
        "tromba",
        "oboe",
        "hautbois",
      ],
    },
  ],
  [
    { id: "coffee", words: ["coffee", "espresso", "cafe", "kaffee", "caffe"] },
    { id: "tea", words: ["tea", "the vert", "the noir", "chai", "matcha"] },
  ],
];

/** Diets and what they rule out: a side named by the brief excludes samples with these traits. */
const DIET_RULES: readonly { brief: Side; excludes: readonly Side[] }[] = (() => {
  const pork: Side = {
    id: "pork",
    words: [
      "pork",
      "ham",
      "bacon",
      "porc",
      "jambon",
      "lard",
      "saucisson",
      "schwein",
      "schinken",
      "cerdo",
      "jamon",
      "porco",
      "presunto",
      "maiale",
      "prosciutto",
      "chorizo",
    ],
  };
  const meat: Side = {
    id: "meat",
    words: [
      "meat",
      "beef",
      "lamb",
      "chicken",
      "viande",
      "boeuf",
      "agneau",
      "poulet",
      "fleisch",
      "rind",
      "carne",
      "pollo",
      "frango",
      "manzo",
    ],
  };
  const fish: Side = {
    id: "seafood",
    words: [
      "fish",
      "salmon",
      "seafood",
      "poisson",
      "saumon",
      "fisch",
      "lachs",
      "pescado",
      "peixe",
      "pesce",
    ],
  };
  const dairy: Side = {
    id: "dairy",
    words: [
      "butter",
      "cheese",
      "cream",
      "milk",
      "beurre",
      "fromage",
      "creme",
      "lait",
      "kase",
      "sahne",
      "milch",
      "queso",
      "leche",
      "manteiga",
      "queijo",
      "leite",
      "burro",
      "formaggio",
      "latte",
    ],
  };
  const egg: Side = { id: "egg", words: ["egg", "oeuf", "eier", "huevo", "ovo", "uova"] };
  const alcohol: Side = {
    id: "alcohol",
    words: [
      "alcohol",
      "wine",
      "beer",
      "rum",
      "whisky",
      "alcool",
      "vin",
      "biere",
      "bier",
      "wein",
      "vino",
      "cerveza",
      "vinho",
      "cerveja",
      "birra",
    ],
  };
  const gluten: Side = {
    id: "gluten",
    words: ["gluten", "wheat", "ble", "froment", "weizen", "trigo", "grano"],
  };
  const side = (id: string, words: string[]): Side => ({ id, words });
  return [
    { brief: side("halal", ["halal"]), excludes: [pork, alcohol] },
    { brief: side("kosher", ["kosher", "casher", "cacher", "koscher"]), excludes: [pork] },
    {
      brief: side("vegan", ["vegan", "vegetalien", "vegano", "vegana", "plant-based", "vegetal"]),
      excludes: [pork, meat, fish, dairy, egg],
    },
    {
      brief: side("vegetarian", [
        "vegetarian",
        "vegetarien",
        "vegetarisch",
        "vegetariano",
        "vegetariana",
      ]),
      excludes: [pork, meat, fish],
    },
    {
      brief: side("gluten-free", [
        "gluten-free",
        "gluten free",
        "sans gluten",
        "glutenfrei",
        "sin gluten",
        "sem gluten",
        "senza glutine",
      ]),
      excludes: [gluten],
    },
    {
      brief: side("alcohol-free", [
        "alcohol-free",
        "sans alcool",
        "alkoholfrei",
        "sin alcohol",
        "sem alcool",
        "analcolic*",
      ]),
      excludes: [alcohol],
    },
  ];
})();

/** Lower case, accents and punctuation folded, padded with spaces for word-start matching. */
export function foldText(text: string): string {
  return ` ${text
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")} `;
}

/** A word ending in "*" is a stem; any other matches whole, or with a plural or inflection. */
function names(folded: string, side: Side): boolean {
  return side.words.some((word) => {
    const stem = word.endsWith("*");
    const core = foldText(stem ? word.slice(0, -1) : word).trim();
    return new RegExp(` ${core}${stem ? "" : "(s|es|x|e|n)? "}`).test(folded);
  });
}

/**
 * The word of the brief a sample with these traits would contradict, or null when it fits.
 * `brief` is every text of the brief (description, offerings, highlights), in any language.
 */
export function contradiction(traits: readonly string[], brief: string): string | null {
  const folded = foldText(brief);
  const traitText = foldText(traits.join(" "));
  for (const group of EXCLUSIVE) {
    for (const own of group) {
      if (!names(traitText, own) || names(folded, own)) continue;
      const rival = group.find((side) => side !== own && names(folded, side));
      if (rival) return rival.id;
    }
  }
  for (const rule of DIET_RULES) {
    if (!names(folded, rule.brief)) continue;
    if (rule.excludes.some((side) => names(traitText, side))) return rule.brief.id;
  }
  return null;
}
