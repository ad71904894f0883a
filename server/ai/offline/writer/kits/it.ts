import type { Random } from "../../random.ts";
import type { Gender } from "../../trades/types.ts";
import type { LanguageKit, NamedItem, Point, QA, Subject } from "../kit.ts";
import {
  capitalise as cap,
  firstNamed,
  oneHighlight,
  oneNamed,
  onlyServices,
  sellsGoods,
  sellsServices,
  streetNames,
} from "./helpers.ts";

/**
 * Italiano: per botteghe in Italia e nella Svizzera italiana, dando del tu al cliente come fa
 * oggi quasi tutto il commercio online, senza anglicismi dove l'italiano ha la sua parola
 * (negozio, ritiro in negozio, domande frequenti). Gli accordi che dipendono dal genere delle
 * parole del mestiere si scrivono solo quando il genere è noto.
 */

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} e ${items.at(-1)}`;
}

/** "un" / "una" / "un'" / "uno" davanti a un nome. */
function un(word: string, gender: Gender): string {
  if (gender === "f") return /^[aeiouàèéìòù]/i.test(word) ? `un’${word}` : `una ${word}`;
  return /^(s[^aeiou]|z|gn|ps|x|y)/i.test(word) ? `uno ${word}` : `un ${word}`;
}

const IT_STEMS: Record<string, string> = { di: "de", da: "da", a: "a", in: "ne", su: "su" };
const IT_ENDINGS: Record<string, string> = {
  il: "l ",
  lo: "llo ",
  la: "lla ",
  i: "i ",
  gli: "gli ",
  le: "lle ",
  "l’": "ll’",
};

const goods = (s: Subject) => s.words.goods;
const business = (s: Subject) => s.words.business;
/** "i nostri pani" / "le nostre torte". */
const our = (s: Subject) => (s.words.goodsGender === "f" ? "le nostre" : "i nostri");
const agree = (s: Subject, m: string, f: string) =>
  s.words.goodsGender === "f" ? f : s.words.goodsGender === "m" ? m : null;
const aP = (s: Subject) => (s.place ? ` a ${s.place}` : "");
const diP = (s: Subject) => (s.place ? ` di ${s.place}` : "");
const named3 = (s: Subject) => {
  const items = firstNamed(s, 3);
  return items ? list(items) : null;
};
const verb = (s: Subject) =>
  onlyServices(s) ? "offre" : s.delivery.madeToOrder ? "realizza su ordinazione" : "vende";
const weVerb = (s: Subject) =>
  onlyServices(s) ? "Offriamo" : s.delivery.madeToOrder ? "Realizziamo su ordinazione" : "Vendiamo";
const aBusiness = (s: Subject) => un(business(s), s.words.businessGender);
/** "da Bottega Rossi": "da" + nome, per dire "presso". */
const da = (s: Subject) => `da ${s.name}`;
const bare = (words: string) => words.replace(/^(i|gli|le|il|lo|la|i nostri|le nostre)\s+/i, "");

const STREETS = [
  "del Ponte",
  "della Piazza",
  "del Mulino",
  "della Fontana",
  "del Mercato",
  "del Borgo",
  "dell’Arco",
  "del Porto",
  "dei Tigli",
  "della Torre",
  "del Chiostro",
  "della Loggia",
  "del Castello",
  "dei Portici",
  "della Pieve",
  "del Vicolo",
  "dell’Orologio",
  "del Duomo",
  "della Rocca",
  "del Pozzo",
];

function deliverySentence(s: Subject): string | null {
  const d = s.delivery;
  if (d.perishable && d.localPickup) return "Ordina in anticipo e ritira tutto fresco in giornata.";
  if (d.perishable && d.localDelivery)
    return `Fresco di giornata, consegnato ${d.area ? `a ${d.area}` : "in zona"}.`;
  if (d.perishable) return "È tutto fresco: l’ordine si ritira o si consegna in giornata.";
  if (d.madeToOrder && d.leadTime) return `Realizzato su ordinazione, pronto in ${d.leadTime}.`;
  if (d.madeToOrder) return "Realizzato su ordinazione: ti diciamo i tempi quando ordini.";
  if (d.localPickup && d.shipping) return "Ritiro in negozio o spedizione, come preferisci.";
  if (d.localPickup) return `Ordina online e ritira${aP(s)}.`;
  if (d.localDelivery) return `Consegniamo ${d.area ? `a ${d.area}` : "in zona"}.`;
  if (d.shipping) return "Spedito con cura, ovunque tu sia.";
  return null;
}

const point = (icon: Point["icon"], title: string | null | false, text: string | null | false) =>
  title && text ? { icon, title, text } : null;

function productDescription(s: Subject, r: Random, item: NamedItem): string[] {
  const details = item.details ? cap(item.details.replace(/\.?$/, ".")) : "";
  const price = item.price
    ? item.priceFrom
      ? ` Prezzo a partire da ${item.price}.`
      : ""
    : item.kind === "service"
      ? " Prezzo su richiesta: dicci di cosa hai bisogno e ti facciamo un preventivo."
      : "";
  const made = r.pick([
    `${item.name}, ${da(s)}${aP(s)}.`,
    `Una delle specialità ${s.place ? `di ${s.name}${aP(s)}` : `di ${s.name}`}.`,
    `${item.name} fa parte di ciò che ${s.name} ${verb(s)}${aP(s)}.`,
  ]);
  const how =
    item.kind === "service"
      ? r.pick([
          "Scrivici per prenotare o per qualsiasi domanda.",
          "Mandaci un messaggio e troviamo insieme un orario.",
          "Prenota dal modulo di contatto e ti confermiamo l’appuntamento.",
        ])
      : r.pick([deliverySentence(s) ?? "", "Una domanda prima di ordinare? Scrivici.", ""]);
  return [`${details} ${made}${price} ${how}`.trim(), `${made} ${details}${price} ${how}`.trim()];
}

export const IT: LanguageKit = {
  language: "it",
  locales: ["it-IT", "it-CH", "it-SM"],
  finish: (text) => text.replace(/'/g, "’"),
  contract: (text) =>
    // "di Il Forno" → "del Forno", "da La Bottega" → "dalla Bottega": a name's article joins
    // the preposition before it, as Italian always writes it.
    text.replace(
      /(^|[\s(])(di|da|a|in|su|Di|Da|In|Su) (Il|Lo|La|I|Gli|Le|L’|L') ?(?=\p{Lu})/gu,
      (_, lead: string, prep: string, art: string) => {
        const joined = `${IT_STEMS[prep.toLowerCase()]}${IT_ENDINGS[art.toLowerCase().replace("'", "’")]}`;
        return `${lead}${prep === prep.toLowerCase() ? joined : cap(joined)}`;
      },
    ),
  fallbackWords: (words, sells) => ({
    business: sells === "services" ? "studio" : "bottega",
    businessGender: sells === "services" ? "m" : "f",
    goods: words ? bare(words) : sells === "services" ? "servizi" : "prodotti",
    goodsGender: words ? "n" : "m",
    craft: "mestiere",
    makers: "il nostro team",
  }),
  fallbackName: (s) => [
    s.place && `Bottega di ${s.place}`,
    s.place && `Casa ${s.place}`,
    s.place && `Laboratorio di ${s.place}`,
    ...streetNames([cap(business(s)), ...["Bottega", "Casa", "Laboratorio"]], STREETS),
  ],
  from: (price) => `da ${price}`,
  sampleLabel: "Esempio",
  onRequest: "Su richiesta",
  list,

  tagline: (s, r) => [
    s.place && `${cap(goods(s))} di ${s.place}`,
    s.place && `${cap(s.words.craft)} a ${s.place}, con cura`,
    agree(s, "x", "x") && `${cap(goods(s))} ${agree(s, "scelti", "scelte")} con cura`,
    `${s.name}: ${goods(s)}${aP(s)}`,
    named3(s) && `${named3(s)}, ${da(s)}`,
    oneHighlight(s, r) && `${cap(goods(s))}: ${oneHighlight(s, r)}`,
    s.audience && `${cap(goods(s))} per ${s.audience}`,
    "Il gusto del lavoro ben fatto",
    "Piccoli, attenti, vicini",
  ],
  announcement: (s, r) => [
    deliverySentence(s),
    s.place && `${s.name} apre il suo negozio online${aP(s)}.`,
    oneNamed(s, r) && `Novità: ${oneNamed(s, r)}, ora in negozio.`,
    s.lowestPrice && `${cap(goods(s))} a partire da ${s.lowestPrice}.`,
    sellsServices(s) && "Prenotazioni aperte: scrivici e troviamo un appuntamento.",
    `Benvenuto ${da(s)}: ${goods(s)}${aP(s)}.`,
    oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}, ${da(s)}.`,
  ],
  description: (s, r) => [
    `${s.name} ${verb(s)} ${goods(s)}${aP(s)}.${named3(s) ? ` Tra questi: ${named3(s)}.` : ""}`,
    `${s.name} è ${aBusiness(s)}${aP(s)}.${oneHighlight(s, r) ? ` ${cap(oneHighlight(s, r)!)}.` : ""}`,
    `${cap(goods(s))}${diP(s)}, per mano di ${s.name}.${deliverySentence(s) ? ` ${deliverySentence(s)}` : ""}`,
  ],
  hero: {
    eyebrow: (s, r) => [
      s.place && `${cap(business(s))} · ${s.place}`,
      s.place && `Da ${s.place}`,
      s.place && `Fatto a ${s.place}`,
      cap(s.words.craft),
      oneHighlight(s, r),
      `Benvenuto ${da(s)}`,
      sellsServices(s) ? "Su appuntamento" : "Negozio online",
    ],
    heading: (s, r) => [
      s.place &&
        agree(s, "x", "x") &&
        `${cap(goods(s))} ${agree(s, "fatti", "fatte")} a ${s.place}`,
      s.place && `${s.name}, ${business(s)} a ${s.place}`,
      s.place && `${cap(goods(s))} di ${s.place}`,
      oneNamed(s, r) && `${oneNamed(s, r)} e molto altro ${da(s)}`,
      named3(s),
      `${cap(goods(s))} con carattere`,
      `${s.name}: ${goods(s)} e mestiere`,
      `${cap(goods(s))} veri, vicino a te`.replace(/veri/, agree(s, "veri", "vere") ?? "veri"),
      s.audience && `${cap(goods(s))} per ${s.audience}`,
      oneHighlight(s, r) && cap(oneHighlight(s, r)!),
      "Il mestiere, come si deve",
    ],
    subheading: (s, r) => [
      `${s.name} ${verb(s)} ${goods(s)}${aP(s)}. ${deliverySentence(s) ?? "Fai un giro nel negozio e chiedici quello che vuoi."}`,
      named3(s) && `${named3(s)}: tutto scelto con cura${aP(s)}.`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: è così che lavora ${s.name}${aP(s)}.`,
      s.audience && `${cap(goods(s))} per ${s.audience}, senza fretta e con cura.`,
      s.lowestPrice && `${cap(goods(s))} a partire da ${s.lowestPrice}${aP(s)}.`,
      `${cap(da(s))} tutto è scelto con cura e senza complicazioni.`,
    ],
    primaryButton: (s) =>
      onlyServices(s)
        ? ["Prenota", "Prendi appuntamento", "Scrivici", "Vedi i servizi"]
        : [
            "Vai al negozio",
            "Scopri il negozio",
            "Acquista ora",
            "Vedi il catalogo",
            "Entra nel negozio",
          ],
    secondaryButton: (s) => [
      "La nostra storia",
      `Conosci ${s.name}`.slice(0, 30),
      "Chi siamo",
      "Conoscici",
      s.place && `La nostra bottega a ${s.place}`.slice(0, 30),
    ],
    imageAlt: (s) => [
      `${cap(goods(s))} ${da(s)}${aP(s)}`,
      `Una selezione di ${s.name}`,
      `Il laboratorio di ${s.name}`,
    ],
  },
  highlights: {
    heading: (s) => [
      `Perché ${s.name}?`,
      `Cosa rende diverso ${s.name}`,
      "Ciò che conta per noi",
      s.place && `${s.name}, a ${s.place}`,
      "L’essenziale, in poche parole",
      `Lo stile di ${s.name}`,
    ],
    items: (s, r) => [
      point("heart", s.place && `A ${s.place}`, s.place && `Un lavoro fatto qui, a ${s.place}.`),
      point(
        "sparkle",
        oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
        oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: parte di ciò che è ${s.name}.`,
      ),
      point(
        "gift",
        oneNamed(s, r) && `Scopri ${oneNamed(s, r)}`.slice(0, 60),
        oneNamed(s, r) && `${oneNamed(s, r)}, ${da(s)}, ora in negozio.`,
      ),
      point(
        "chat",
        "Ti risponde una persona",
        `Scrivi a ${s.name}: ti risponde una persona, non un centralino.`,
      ),
      point(
        "leaf",
        "Mestiere vero",
        `${cap(goods(s))} scelti da chi se ne intende.`.replace(
          /scelti/,
          agree(s, "scelti", "scelte") ?? "scelti",
        ),
      ),
      point(
        "clock",
        s.delivery.madeToOrder && "Fatto per te",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Ogni ordine è realizzato per te, pronto in ${s.delivery.leadTime}.`
            : "Ogni ordine è realizzato per te; ti diciamo i tempi quando ordini."),
      ),
      point(
        "package",
        s.delivery.localPickup && "Ritiro in negozio",
        s.delivery.localPickup && `Ordina online e ritira${aP(s)}.`,
      ),
      point(
        "truck",
        s.delivery.localDelivery && "Consegna in zona",
        s.delivery.localDelivery &&
          `Consegniamo ${s.delivery.area ? `a ${s.delivery.area}` : "in zona"}.`,
      ),
      point(
        "check",
        s.delivery.perishable && "Fresco di giornata",
        s.delivery.perishable && "Da gustare fresco, in giornata.",
      ),
      point(
        "star",
        s.audience && `Per ${s.audience}`.slice(0, 60),
        s.audience && `${s.name} pensa prima di tutto a ${s.audience}.`,
      ),
      point(
        "globe",
        s.delivery.shipping === true && "Spedizione",
        s.delivery.shipping === true && "Imballato con cura e spedito a casa tua.",
      ),
      point(
        "clock",
        sellsServices(s) && "Prenotare è facile",
        sellsServices(s) && "Dicci di cosa hai bisogno e troviamo insieme un orario.",
      ),
      point("shield", "Prezzi chiari", "I prezzi sono in vista e le domande hanno una risposta."),
    ],
  },
  collection: {
    eyebrow: (s) => [
      "La collezione",
      "In negozio",
      cap(goods(s)).slice(0, 30),
      s.place && `Da ${s.place}`,
      "La nostra selezione",
    ],
    heading: (s, r) => [
      `${cap(our(s))} ${goods(s)}`,
      `${cap(goods(s))} di ${s.name}`,
      oneNamed(s, r) && `${oneNamed(s, r)} e tutta la gamma`,
      s.place && `${cap(goods(s))} di ${s.place}`,
      `Tutto ciò che ${s.name} ${verb(s)}`,
      `Scopri ${our(s)} ${goods(s)}`,
    ],
    text: (s, r) => [
      named3(s) && `Comincia da ${named3(s)} e lasciati tentare dal resto.`,
      `Ogni articolo è scelto con cura. ${deliverySentence(s) ?? "Ti serve un consiglio? Chiedici."}`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: si sente in tutto quello che facciamo.`,
      s.lowestPrice && `${cap(goods(s))} a partire da ${s.lowestPrice}, con prezzi chiari.`,
      `${cap(goods(s))} di cui andiamo fieri${aP(s)}.`,
    ],
  },
  story: {
    eyebrow: (s) => [
      "La nostra storia",
      "Chi siamo",
      s.place && `A ${s.place}`,
      `La storia di ${s.name}`.slice(0, 30),
      "La bottega",
    ],
    heading: (s, r) => [
      `Come è nato ${s.name}`,
      s.place && `${cap(aBusiness(s))} a ${s.place}`,
      `Le persone dietro ${s.name}`,
      "Perché facciamo quello che facciamo",
      oneHighlight(s, r) && cap(oneHighlight(s, r)!),
      "Il mestiere, con cura",
    ],
    paragraphs: [
      [
        (s) => [
          `${s.name} nasce da un’idea semplice: ${goods(s)} che fanno venire voglia di tornare.`,
          `${s.name} è ${aBusiness(s)}${aP(s)}, nelle mani di chi ama il proprio mestiere.`,
          s.place && `A ${s.place}, ${s.name} ${verb(s)} ${goods(s)} come vorremmo trovarli noi.`,
          `${cap(da(s))} ogni ordine è seguito di persona.`,
        ],
        (s, r) => [
          oneHighlight(s, r) &&
            `${cap(oneHighlight(s, r)!)}: non è uno slogan, è il nostro modo di lavorare.`,
          named3(s) && `Qui trovi ${named3(s)}, e altro ancora secondo la stagione.`,
          s.audience && `Lavoriamo per ${s.audience} e li ascoltiamo.`,
          "Teniamo una gamma corta per fare bene ogni cosa.",
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) &&
            "Prenotare è semplicissimo: dicci di cosa hai bisogno e troviamo un orario.",
          "Alle tue domande risponde il nostro team, non un centralino.",
        ],
        (s) => [
          `Grazie per la visita ${da(s)}.`,
          s.place && `Sei a ${s.place}? Passa a salutarci.`,
          "Scrivici quando vuoi: i tuoi messaggi ci fanno sempre piacere.",
        ],
      ],
    ],
    buttonLabel: (s) => [
      "Leggi la nostra storia",
      `Conosci ${s.name}`.slice(0, 30),
      "Chi siamo",
      "Scopri di più",
    ],
    imageAlt: (s) => [
      `Il team di ${s.name} al lavoro`,
      `${cap(da(s))}${aP(s)}`,
      `Il mestiere ${da(s)}`,
    ],
    caption: (s) => [s.place && `${s.name}, ${s.place}`],
  },
  featured: {
    eyebrow: (s) => [
      "In evidenza",
      "Da scoprire",
      `Scelto ${da(s)}`.slice(0, 30),
      "Il nostro preferito",
      "Dalla selezione",
    ],
    detailsLabel: () => ["Dettagli", "Vedi i dettagli", "Più informazioni", "Scopri di più"],
  },
  gallery: {
    heading: (s) => [
      `Dietro le quinte di ${s.name}`,
      `${cap(goods(s))} da vicino`,
      s.place && `${s.name} a ${s.place}`,
      "Dal laboratorio",
      "Qualche immagine del negozio",
    ],
    alt: (s, r) => [
      `${cap(goods(s))} ${da(s)}`,
      `Lavoro in corso ${da(s)}`,
      oneNamed(s, r) && `${oneNamed(s, r)}, ${da(s)}`,
      `Un dettaglio del negozio ${s.name}`,
      s.place && `${s.name}${aP(s)}`,
      `Mani al lavoro ${da(s)}`,
    ],
    caption: (s, r) => [
      oneNamed(s, r),
      cap(s.words.craft),
      cap(da(s)),
      s.place,
      cap(goods(s)),
      "Da vicino",
    ],
  },
  newsletter: {
    heading: (s) => [
      `Notizie da ${s.name}`,
      "Restiamo in contatto",
      "Scoprilo per primo",
      s.place && `Notizie da ${s.place}`,
      "La nostra newsletter",
    ],
    text: (s, r) => [
      `Novità e notizie di ${s.name}, nient’altro. Ti cancelli con un clic.`,
      oneNamed(s, r) && `Sappi quando torna ${oneNamed(s, r)} e tutte le novità di ${s.name}.`,
      "Un messaggio ogni tanto: cosa arriva e cosa stiamo preparando.",
      s.place && `Cosa succede ${da(s)}${aP(s)}, qualche volta a stagione.`,
    ],
    buttonLabel: () => ["Iscriviti", "Mi iscrivo", "Ricevi le novità", "Tienimi aggiornato"],
    success: (s) => [
      `Grazie: presto avrai notizie da ${s.name}.`,
      "Iscrizione fatta, grazie!",
      `Benvenuto nella newsletter di ${s.name}.`,
    ],
  },
  closing: {
    heading: (s, r) => [
      `${cap(goods(s))} di ${s.name} ti aspettano`,
      oneNamed(s, r) && `Voglia di ${oneNamed(s, r)}?`,
      s.place && `A presto a ${s.place}`,
      sellsServices(s) ? `Prenota con ${s.name}` : `Entra nel negozio di ${s.name}`,
      "Una domanda prima di decidere?",
      "Il lavoro ben fatto ti aspetta",
    ],
    text: (s) => [
      `Guarda ${our(s)} ${goods(s)} online o scrivici se vuoi un consiglio.`,
      deliverySentence(s),
      sellsServices(s) && "Dicci di cosa hai bisogno: ti rispondiamo per fissare un appuntamento.",
      `Che tu sappia già cosa vuoi o no, ${s.name} è qui per aiutarti.`,
    ],
    buttonLabel: (s) =>
      onlyServices(s)
        ? ["Prenota", "Contattaci", "Scrivici"]
        : ["Vai al negozio", "Acquista ora", "Entra nel negozio"],
  },
  shop: {
    heading: (s) => [
      `${cap(our(s))} ${goods(s)}`,
      `Il negozio di ${s.name}`,
      "Il negozio",
      "Tutto il catalogo",
      s.place && `${cap(goods(s))} di ${s.place}`,
    ],
    intro: (s) => [
      `Tutto ciò che ${s.name} ${verb(s)}, in un solo posto. ${deliverySentence(s) ?? "Ti serve un consiglio? Chiedici."}`,
      named3(s) && `${named3(s)} e tutto il resto del catalogo.`,
      "Una selezione fatta con cura. Il prezzo che vedi è quello che paghi: niente di nascosto.",
      s.lowestPrice && `${cap(goods(s))} a partire da ${s.lowestPrice}.`,
    ],
  },
  services: {
    heading: (s) => [
      "I nostri servizi",
      `I servizi di ${s.name}`,
      "Cosa possiamo fare per te",
      `Prenota ${da(s)}`,
      s.place && `I nostri servizi a ${s.place}`,
    ],
    intro: (s) => [
      `${s.services.length ? `${list(s.services.slice(0, 3))}. ` : ""}I prezzi indicati sono prezzi «a partire da»: dicci di cosa hai bisogno e confermiamo prima di prenotare.`,
      `Scegli un servizio e mandaci un messaggio: ti rispondiamo per fissare un appuntamento${aP(s)}.`,
      s.lowestPrice &&
        `Servizi a partire da ${s.lowestPrice}. Scrivici per prenotare o per qualsiasi domanda.`,
      "Ogni prenotazione comincia con una chiacchierata, perché il lavoro sia quello che ti serve.",
    ],
    buttonLabel: () => ["Prenota", "Chiedi un appuntamento", "Scrivici", "Chiedi un preventivo"],
  },
  productPage: {
    note: (s) => [
      deliverySentence(s),
      sellsServices(s) && "Prenotazione via messaggio: confermiamo con te orario e prezzo.",
      `Una domanda? Scrivi a ${s.name}, ti risponde una persona.`,
    ],
    points: (s) => [
      point(
        "lock",
        sellsGoods(s) && "Pagamento protetto",
        `Gli ordini da ${s.name} si pagano online in modo sicuro.`,
      ),
      point(
        "chat",
        "Chiedi prima di comprare",
        `Hai dubbi? Da ${s.name} ti diciamo con franchezza cosa fa per te.`,
      ),
      point(
        "truck",
        s.delivery.shipping === true && "Spedizione",
        s.delivery.shipping === true && "Imballato con cura; le spese si vedono prima di pagare.",
      ),
      point(
        "package",
        s.delivery.localPickup && "Ritiro in negozio",
        s.delivery.localPickup && `Ritira il tuo ordine${aP(s)}.`,
      ),
      point(
        "clock",
        s.delivery.perishable && "Fresco di giornata",
        s.delivery.perishable && "Ritirato o consegnato il giorno stesso in cui è preparato.",
      ),
      point(
        "clock",
        s.delivery.madeToOrder && "Su ordinazione",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Pronto in ${s.delivery.leadTime}.`
            : "Ti diciamo i tempi quando ordini."),
      ),
      point(
        "check",
        sellsServices(s) && "Su appuntamento",
        sellsServices(s) && "Orario e dettagli si concordano con te prima di prenotare.",
      ),
      point("chat", "Chiedi pure", `Chiedi a ${s.name} tutto quello che vuoi prima di ordinare.`),
      point("lock", "Pagamento sicuro", "Paghi in modo sicuro quando ordini."),
      point("heart", "Scelto con cura", "Ogni articolo lo scegliamo noi."),
    ],
  },
  about: {
    eyebrow: () => ["Chi siamo", "La nostra storia", "Su di noi", "La bottega"],
    heading: (s) => [
      `Su ${s.name}`,
      `Conosci ${s.name}`,
      s.place && `${s.name}, ${s.place}`,
      `La storia di ${s.name}`,
      `Chi c’è dietro ${s.name}?`,
    ],
    subheading: (s, r) => [
      `${cap(aBusiness(s))}${aP(s)}, con ${goods(s)} fatti con cura.`.replace(
        /fatti/,
        agree(s, "fatti", "fatte") ?? "fatti",
      ),
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: il cuore di ${s.name}.`,
      s.audience && `${cap(goods(s))} per ${s.audience}, con cura.`,
      "Un mestiere nelle mani di chi lo ama.",
    ],
    paragraphs: [
      [
        (s) => [
          `${s.name} è ${aBusiness(s)}${aP(s)}. ${weVerb(s)} ${goods(s)} e cerchiamo di farlo bene.`,
          `Abbiamo creato ${s.name} per offrire ${goods(s)} che compreremmo noi stessi.`,
          s.place && `Casa nostra è ${s.place}, ed è lì che succede tutto.`,
        ],
        (s) => [
          named3(s) && `Nella nostra gamma ci sono ${named3(s)}.`,
          s.audience && `Pensiamo prima di tutto a ${s.audience}.`,
          "Preferiamo essere piccoli e attenti piuttosto che grandi e di fretta.",
        ],
      ],
      [
        (s, r) => [
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}.`,
          "Tutto comincia dal mestiere: tempo, attenzione e i materiali giusti.",
        ],
        (s) => [
          s.highlights.length > 1 &&
            `Ci teniamo anche a questo: ${list(s.highlights.slice(0, 3))}.`,
          "Controlliamo ogni ordine prima che parta.",
          "Ti spieghiamo volentieri come e perché lavoriamo così.",
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) &&
            "Ogni prenotazione comincia con un messaggio: dicci di cosa hai bisogno.",
        ],
        (s) => [
          "Se qualcosa non va, parliamone: troveremo insieme una soluzione giusta.",
          `Scrivi a ${s.name} quando vuoi.`,
        ],
      ],
    ],
    values: {
      heading: (s) => [
        "Ciò che conta per noi",
        `In cosa crede ${s.name}`,
        "I nostri valori",
        "Il nostro modo di lavorare",
      ],
      items: (s, r) => [
        point("heart", "La cura", `Ogni ordine riceve la stessa attenzione ${da(s)}.`),
        point("chat", "La schiettezza", "Prezzi chiari e risposte dirette."),
        point(
          "leaf",
          oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: ci teniamo.`,
        ),
        point("globe", s.place && "Di qui", s.place && `Una bottega con radici a ${s.place}.`),
        point("sparkle", "Il mestiere", "Un mestiere fatto sul serio, senza scorciatoie."),
        point(
          "check",
          "La parola data",
          "Diciamo quello che facciamo e facciamo quello che diciamo.",
        ),
      ],
    },
    closing: {
      heading: (s) => [
        `Scopri ${s.name}`,
        "Vieni a trovarci",
        s.place && `Ti aspettiamo a ${s.place}`,
        "Parliamone",
      ],
      text: (s) => [
        "Guarda il negozio o scrivici: ti aiutiamo volentieri.",
        sellsServices(s) && "Dicci di cosa hai bisogno e troviamo insieme un orario.",
        `Domande, idee o richieste particolari: ${da(s)} ti ascoltiamo.`,
      ],
      buttonLabel: (s) =>
        onlyServices(s)
          ? ["Contattaci", "Prenota"]
          : ["Vai al negozio", "Acquista ora", "Contattaci"],
    },
  },
  contact: {
    heading: (s) => [
      "Contatti",
      `Scrivi a ${s.name}`,
      "Salutaci",
      "Scrivici",
      s.place && `${s.name}, ${s.place}`,
    ],
    intro: (s) => [
      `Una domanda su ${our(s)} ${goods(s)}, un ordine o una richiesta particolare? Scrivi a ${s.name}, ti risponderemo.`,
      sellsServices(s) &&
        "Per prenotare, dicci di cosa hai bisogno e quando; confermiamo i dettagli con te.",
      `Ogni messaggio è letto da una persona di ${s.name}.`,
    ],
    formHeading: () => [
      "Mandaci un messaggio",
      "Scrivici",
      "Il tuo messaggio",
      "Fai la tua domanda",
    ],
    formText: (s) => [
      `Nome, email e la tua domanda: è tutto quello che serve a ${s.name}.`,
      "Indica il tuo nome, la tua e-mail e il tuo messaggio: ti rispondiamo il prima possibile.",
      sellsServices(s) && "Indica il servizio, la data che preferisci e come contattarti.",
      `Dicci come può aiutarti ${s.name}.`,
    ],
    success: (s) => [
      `Grazie per aver scritto a ${s.name}: ti rispondiamo presto.`,
      `${s.name} ha ricevuto il tuo messaggio e ti risponderà presto.`,
      "Grazie, il tuo messaggio è arrivato.",
      "Messaggio ricevuto: ti rispondiamo il prima possibile.",
      "Grazie per averci scritto, ti rispondiamo presto.",
    ],
    asideHeading: (s) => [
      s.place ? `Dove trovarci a ${s.place}` : "Dove trovarci",
      "Altri modi per contattarci",
      "Vieni a trovarci",
    ],
    asideText: (s) => [
      `Il modulo arriva direttamente a ${s.name}, qualunque sia la tua domanda.`,
      s.place &&
        `${s.name} si trova a ${s.place}.${s.delivery.localPickup ? " Lì puoi ritirare i tuoi ordini." : ""}`,
      `Il modulo serve per tutto: ordini, domande, idee. ${deliverySentence(s) ?? ""}`,
      s.delivery.area && `Lavoriamo a ${s.delivery.area}.`,
    ],
  },
  faq: {
    heading: (s) => [
      "Domande frequenti",
      `Le tue domande su ${s.name}`,
      "Buono a sapersi",
      "Domande e risposte",
    ],
    intro: (s) => [
      `Le risposte alle domande che ci fanno più spesso ${da(s)}. Un’altra domanda? Scrivici.`,
      `Tutto su ${our(s)} ${goods(s)}, gli ordini e il resto. Ancora dubbi? Contattaci.`,
      "Qui le risposte brevi; per quelle lunghe, mandaci un messaggio.",
    ],
    groupHeadings: {
      about: (s) => [`Su ${s.name}`, `${cap(our(s))} ${goods(s)}`, "Chi siamo"],
      orders: (s) =>
        s.delivery.perishable
          ? ["Ordini e ritiro", "Ordinare"]
          : ["Ordini e spedizioni", "Ordinare", "Spedizioni e resi"],
      booking: () => ["Prenotazioni", "Appuntamenti", "Prenotazioni e prezzi"],
    },
    offer: (s): QA[] => [
      {
        question: `Cosa offre ${s.name}?`,
        answer: `${cap(goods(s))}${named3(s) ? `, tra cui ${named3(s)}` : ""}. Trovi tutto ${onlyServices(s) ? "nei nostri servizi" : "nel negozio"}.`,
      },
      {
        question: `Cosa si trova ${da(s)}?`,
        answer: `${cap(goods(s))}${aP(s)}${named3(s) ? `: ${named3(s)}, tra gli altri` : ""}.`,
      },
    ],
    where: (s): QA[] => [
      { question: "Dove siete?", answer: `${s.name} si trova a ${s.place ?? ""}.` },
      {
        question: `Siete davvero a ${s.place ?? ""}?`,
        answer: `Sì: ${s.name} è ${aBusiness(s)} a ${s.place ?? ""}.`,
      },
    ],
    audience: (s): QA[] => [
      {
        question: `Per chi è ${s.name}?`,
        answer: `Per ${s.audience ?? ""}, e per chiunque ami ${goods(s)} di qualità.`,
      },
    ],
    highlight: (s, r): QA[] => [
      {
        question: `Cosa conta di più per ${s.name}?`,
        answer: `${cap(oneHighlight(s, r) ?? s.words.craft)}. Chiedici e te ne parliamo volentieri.`,
      },
    ],
    shipping: (s): QA[] => [
      {
        question: `${s.name} spedisce per posta?`,
        answer: `Sì: ogni ordine viene imballato con cura. Costi e opzioni li vedi prima di pagare.`,
      },
      {
        question: "Spedite?",
        answer:
          "Sì: gli ordini sono imballati con cura e spediti. Le spese e le opzioni si vedono prima di pagare.",
      },
      {
        question: "Come viene spedito il mio ordine?",
        answer:
          "Con corriere o posta, imballato con cura. Vedi le opzioni di spedizione e il loro prezzo prima di pagare.",
      },
    ],
    noShipping: (s): QA[] => [
      {
        question: "Spedite gli ordini?",
        answer: `No, non spediamo.${s.delivery.localPickup ? " Ritiri il tuo ordine da noi." : ""}${s.delivery.localDelivery ? " Consegniamo in zona." : ""}`,
      },
    ],
    shippingUnknown: (s): QA[] => [
      {
        question: `Come mi arriva un ordine di ${s.name}?`,
        answer: `Scegli tra le opzioni che vedi al pagamento. Ti serve qualcosa di particolare? Chiedi prima a ${s.name}.`,
      },
      {
        question: "Come ricevo il mio ordine?",
        answer: `Vedi le opzioni al momento di pagare. Per una richiesta particolare, scrivi prima a ${s.name}.`,
      },
    ],
    pickup: (s): QA[] => [
      {
        question: `Posso ritirare l’ordine da ${s.name}?`,
        answer: `Sì: scegli il ritiro al pagamento e ${s.name} ti avvisa quando è pronto.`,
      },
      {
        question: "Posso ritirare l’ordine in negozio?",
        answer: `Sì: ordina online e ritira${aP(s)}. Ti avvisiamo appena è pronto.`,
      },
      {
        question: "Si può ritirare di persona?",
        answer: `Sì${s.place ? `, a ${s.place}` : ""}. Scegli il ritiro quando paghi e ti diciamo quando passare.`,
      },
    ],
    localDelivery: (s): QA[] => [
      {
        question: "Fate consegne?",
        answer: `Sì, in zona${s.delivery.area ? `: ${s.delivery.area}` : ""}. Se hai dubbi sul tuo indirizzo, chiedici.`,
      },
    ],
    perishable: (s): QA[] => [
      {
        question: `${s.name} accetta resi di prodotti freschi?`,
        answer: `Il fresco non si rende. Se qualcosa nel tuo ordine da ${s.name} non va, dillo il giorno stesso e sistemiamo.`,
      },
      {
        question: "Si possono restituire i prodotti freschi?",
        answer:
          "I prodotti freschi non si possono restituire né cambiare. Se qualcosa non va con il tuo ordine, avvisaci in giornata e rimediamo.",
      },
      {
        question: "Quando ritiro o ricevo il mio ordine?",
        answer:
          "Il giorno in cui è pronto: è tutto fresco, quindi si ritira o si consegna in giornata.",
      },
    ],
    madeToOrder: (s): QA[] => [
      {
        question: `Quanto impiega ${s.name} per un ordine?`,
        answer: s.delivery.leadTime
          ? `Conta ${s.delivery.leadTime}: ${s.name} prepara ogni ordine per te.`
          : `${s.name} prepara ogni ordine per te e ti dice i tempi prima che tu ti impegni.`,
      },
      {
        question: "Quanto ci vuole per un ordine?",
        answer: s.delivery.leadTime
          ? `Ogni ordine è realizzato per te: conta ${s.delivery.leadTime}.`
          : "Ogni ordine è realizzato per te; ti diciamo i tempi quando ordini.",
      },
      {
        question: "È tutto su ordinazione?",
        answer: `Sì. ${s.delivery.leadTime ? `Conta ${s.delivery.leadTime}.` : "Ti diciamo i tempi prima che tu ti impegni."}`,
      },
    ],
    returns: (s): QA[] => [
      {
        question: `E se il mio ordine da ${s.name} non va bene?`,
        answer: `Dillo a ${s.name} il prima possibile, con una foto se aiuta, e troviamo insieme una soluzione giusta.`,
      },
      {
        question: "Posso restituire un articolo?",
        answer: `Scrivi a ${s.name} prima di rispedire qualcosa: ti spieghiamo come fare e troviamo con te una soluzione.`,
      },
      {
        question: "E se il mio ordine ha un problema?",
        answer:
          "Diccelo il prima possibile, con una foto se aiuta. Troveremo una soluzione giusta.",
      },
    ],
    returnsMadeToOrder: (s): QA[] => [
      {
        question: `E se un pezzo che ${s.name} ha fatto per me non va bene?`,
        answer: `Spiega a ${s.name} cosa non va: è stato fatto per te, quindi cerchiamo la soluzione insieme.`,
      },
      {
        question: "Si può restituire un pezzo fatto su ordinazione?",
        answer:
          "È stato fatto per te: parliamone prima, vediamo insieme cosa non va e come rimediare.",
      },
    ],
    booking: (s): QA[] => [
      {
        question: `Come prenoto da ${s.name}?`,
        answer: `Scrivi a ${s.name} il servizio e il momento che preferisci; l’appuntamento è fissato quando l’abbiamo confermato tutti e due.`,
      },
      {
        question: "Come prenoto?",
        answer: `Manda un messaggio a ${s.name} con il servizio e il momento che preferisci. Confermiamo i dettagli con te prima di fissare qualsiasi cosa.`,
      },
      {
        question: "Come funziona una prenotazione?",
        answer:
          "Scegli un servizio, ci scrivi e fissiamo insieme un orario. Niente è prenotato finché non lo confermiamo entrambi.",
      },
    ],
    servicePrices: (s): QA[] => [
      {
        question: `Quanto costa da ${s.name}?`,
        answer: `${s.lowestPrice ? `Da ${s.lowestPrice}. ` : ""}Ogni servizio mostra il prezzo di partenza e ${s.name} ti conferma quello esatto prima di prenotare.`,
      },
      {
        question: "Quanto costa?",
        answer: `${s.lowestPrice ? `I nostri servizi partono da ${s.lowestPrice}. ` : ""}Ogni servizio indica il prezzo di partenza; confermiamo il prezzo esatto prima di prenotare.`,
      },
    ],
    reschedule: (s): QA[] => [
      {
        question: `Posso spostare un appuntamento da ${s.name}?`,
        answer: `Sì: avvisa ${s.name} il prima possibile e troviamo un altro momento.`,
      },
      {
        question: "Posso spostare l’appuntamento?",
        answer: "Sì: avvisaci il prima possibile e troviamo un altro orario.",
      },
    ],
    payment: (s): QA[] => [
      {
        question: `Come pago un ordine da ${s.name}?`,
        answer: `Online e in modo sicuro, quando confermi l’ordine da ${s.name}.`,
      },
      { question: "Come si paga?", answer: "In modo sicuro, quando fai l’ordine." },
      { question: "Quando viene addebitato?", answer: "Nel momento in cui fai l’ordine." },
    ],
    contact: (s): QA[] => [
      {
        question: `Come contatto ${s.name}?`,
        answer: `Dalla pagina contatti: ogni messaggio lo legge una persona di ${s.name}, che ti risponde.`,
      },
      {
        question: "Ho un’altra domanda: come vi contatto?",
        answer: `Dalla pagina dei contatti: ti risponde una persona di ${s.name}.`,
      },
      {
        question: "Posso fare una richiesta particolare?",
        answer: `Sì: scrivi a ${s.name} e raccontaci cosa hai in mente.`,
      },
    ],
  },
  footer: (s, r) => [
    `${s.name}: ${goods(s)}${aP(s)}.`,
    s.place && `${cap(goods(s))} di ${s.place}, con cura.`,
    oneHighlight(s, r) && `${s.name}. ${cap(oneHighlight(s, r)!)}.`,
    `${s.name}, ${business(s)}${aP(s)}.`,
  ],
  seo: {
    home: {
      title: (s) => [
        `${s.name} | ${cap(goods(s))}${aP(s)}`,
        `${s.name}: ${business(s)}${aP(s)}`,
        `${s.name} | ${cap(goods(s))}`,
      ],
      description: (s) => [
        `${s.name} ${verb(s)} ${goods(s)}${aP(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `${cap(goods(s))}${diP(s)} ${da(s)}. ${deliverySentence(s) ?? ""}`,
      ],
    },
    shop: {
      title: (s) => [`Negozio | ${s.name}`, `${cap(goods(s))} | ${s.name}`],
      description: (s) => [
        `Scopri ${our(s)} ${goods(s)} ${da(s)}${aP(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `Tutto il catalogo di ${s.name}, con prezzi chiari.`,
      ],
    },
    about: {
      title: (s) => [`Chi siamo | ${s.name}`, `La nostra storia | ${s.name}`],
      description: (s) => [
        `Chi c’è dietro ${s.name}, ${aBusiness(s)}${aP(s)}.`,
        `La storia di ${s.name} e il nostro modo di lavorare.`,
      ],
    },
    contact: {
      title: (s) => [`Contatti | ${s.name}`, `Scrivi a ${s.name}`],
      description: (s) => [
        `Scrivi a ${s.name}${aP(s)}: domande, ordini${sellsServices(s) ? ", prenotazioni" : ""}.`,
        `Contatta ${s.name}.`,
      ],
    },
    faq: {
      title: (s) => [`Domande frequenti | ${s.name}`, `Le tue domande | ${s.name}`],
      description: (s) => [
        `Risposte su ${our(s)} ${goods(s)}, gli ordini${sellsServices(s) ? " e le prenotazioni" : " e le spedizioni"} ${da(s)}.`,
        `Le domande che ci fanno ${da(s)}, con le risposte.`,
      ],
    },
  },
  product: {
    description: productDescription,
    sampleLine: (s) => [
      `Proposto ${da(s)}${aP(s)}.`,
      `Uno degli articoli del negozio ${s.name}.`,
      s.place && `${s.name}, ${s.place}.`,
      `Una domanda? Chiedi a ${s.name} prima di ordinare.`,
    ],
    imageAlt: (s, item) => `${item.name}, ${s.name}`,
    options: (name, labels) => `${name}: ${labels.slice(0, -1).join(", ")} o ${labels.at(-1)}.`,
  },
  notes: {
    font: (asked, font) =>
      `Non abbiamo potuto usare il carattere richiesto (${asked}); abbiamo usato il più simile tra i nostri, ${font}.`,
    colour: (word) =>
      `Non abbiamo potuto usare ${word} per il testo: su questo sfondo sarebbe difficile da leggere. Lo usiamo come colore del marchio.`,
    noProducts: () =>
      "Il brief non nomina nessun prodotto: il negozio parte vuoto. Aggiungi i tuoi in Prodotti.",
    avoided: (word) => `Abbiamo tolto gli esempi che contraddicevano il tuo brief (${word}).`,
  },
};
