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
 * Deutsch: für Geschäfte in Deutschland, Österreich und der Schweiz, mit „Sie“, ohne
 * Anglizismen (Laden, Newsletter ist üblich, Abholung, häufige Fragen). Die Waren des Gewerbes
 * (`words.goods`, z. B. „Brot und Backwaren“) stehen ohne Artikel und nur dort, wo Nominativ
 * und Akkusativ gleich lauten; wer die Arbeit macht (`words.makers`, „unsere Bäckerinnen und
 * Bäcker“), steht nur im Nominativ und ohne Verb, das sich nach ihm richten müsste. So bleibt
 * jeder Satz richtig, welche Wörter der Brief auch liefert. In der Schweiz schreibt `finish`
 * „ss“ statt „ß“.
 */

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} und ${items.at(-1)}`;
}

/** Regionen und Länder mit Artikel: „in der Schweiz“, „aus der Pfalz“. */
const FEMININE_PLACES =
  /^(schweiz|pfalz|eifel|steiermark|oberpfalz|lausitz|uckermark|wachau|toskana|provence|bretagne|normandie|t[üu]rkei|slowakei|rh[öo]n|altmark|prignitz|wetterau|ortenau)$/i;

const inPlace = (place: string) =>
  FEMININE_PLACES.test(place) ? `in der ${place}` : `in ${place}`;
const fromPlace = (place: string) =>
  FEMININE_PLACES.test(place) ? `aus der ${place}` : `aus ${place}`;

/** „ein“ oder „eine“ vor einem Nomen im Nominativ. */
const ein = (gender: Gender) => (gender === "f" ? "eine" : "ein");

const goods = (s: Subject) => s.words.goods;
const business = (s: Subject) => s.words.business;
const iP = (s: Subject) => (s.place ? ` ${inPlace(s.place)}` : "");
const aP = (s: Subject) => (s.place ? ` ${fromPlace(s.place)}` : "");
const named3 = (s: Subject) => {
  const items = firstNamed(s, 3);
  return items ? list(items) : null;
};
/** Was das Geschäft tut, als Verb in der 3. Person: verkauft, fertigt, bietet … an. */
const does = (s: Subject, object: string) =>
  onlyServices(s)
    ? `bietet ${object} an`
    : s.delivery.madeToOrder
      ? `fertigt ${object}`
      : `verkauft ${object}`;
/** „Wir verkaufen …“, „Wir fertigen …“, „Wir bieten … an“. */
const weDo = (s: Subject, object: string) =>
  onlyServices(s)
    ? `Wir bieten ${object} an`
    : s.delivery.madeToOrder
      ? `Wir fertigen ${object}`
      : `Wir verkaufen ${object}`;
/** Ein Nominativ-Substantiv am Satzanfang: „Ein Laden in Köln“. */
const aBusiness = (s: Subject) => `${ein(s.words.businessGender)} ${business(s)}`;
/** Artikel aus den Worten des Briefs am Anfang („die Geigen“) fallen weg: das Kit setzt eigene. */
const bare = (words: string) => words.replace(/^(die|der|das|unsere|meine|unser|mein)\s+/i, "");

const DE_STEMS = [
  "am Markt",
  "am Brunnen",
  "an der Mühle",
  "am Park",
  "an der Brücke",
  "am Eck",
  "im Hof",
  "am Tor",
  "an der Linde",
  "am Hafen",
  "am Anger",
  "am Kirchplatz",
  "an der Kastanie",
  "im Winkel",
  "am Deich",
  "am Rathaus",
  "an der Schleuse",
  "am Lindenplatz",
  "im Gässchen",
  "am Wall",
];

function deliverySentence(s: Subject): string | null {
  const d = s.delivery;
  if (d.perishable && d.localPickup) return "Vorbestellen und am selben Tag frisch abholen.";
  if (d.perishable && d.localDelivery)
    return `Tagesfrisch geliefert, ${d.area ? `in ${d.area}` : "in der Umgebung"}.`;
  if (d.perishable) return "Alles ist frisch: Abholung oder Lieferung am selben Tag.";
  if (d.madeToOrder && d.leadTime) return `Auf Bestellung gefertigt, fertig in ${d.leadTime}.`;
  if (d.madeToOrder)
    return "Auf Bestellung gefertigt: Die Lieferzeit nennen wir Ihnen bei der Bestellung.";
  if (d.localPickup && d.shipping)
    return "Abholung vor Ort oder Versand per Post, ganz wie Sie möchten.";
  if (d.localPickup)
    return `Online bestellen, vor Ort abholen${s.place ? ` ${inPlace(s.place)}` : ""}.`;
  if (d.localDelivery) return `Lieferung ${d.area ? `in ${d.area}` : "in der Nachbarschaft"}.`;
  if (d.shipping) return "Sorgfältig verpackt und verschickt, wo immer Sie sind.";
  return null;
}

const point = (icon: Point["icon"], title: string | null | false, text: string | null | false) =>
  title && text ? { icon, title, text } : null;

function productDescription(s: Subject, r: Random, item: NamedItem): string[] {
  const details = item.details ? cap(item.details.replace(/\.?$/, ".")) : "";
  const price = item.price
    ? item.priceFrom
      ? ` Preise ab ${item.price}.`
      : ""
    : item.kind === "service"
      ? " Preis auf Anfrage: Sagen Sie uns, was Sie brauchen, wir machen Ihnen ein Angebot."
      : "";
  const made = r.pick([
    `${item.name} von ${s.name}${aP(s)}.`,
    `Aus dem Sortiment von ${s.name}${iP(s)}.`,
    `${item.name}: Das gibt es bei ${s.name}${iP(s)}.`,
  ]);
  const how =
    item.kind === "service"
      ? r.pick([
          "Schreiben Sie uns, um einen Termin zu vereinbaren oder vorab Fragen zu stellen.",
          "Schicken Sie uns eine Nachricht, wir finden gemeinsam einen Termin.",
          "Buchen Sie über das Kontaktformular, wir bestätigen Ihnen den Termin.",
        ])
      : r.pick([deliverySentence(s) ?? "", "Fragen vor der Bestellung? Schreiben Sie uns.", ""]);
  return [`${details} ${made}${price} ${how}`.trim(), `${made} ${details}${price} ${how}`.trim()];
}

export const DE: LanguageKit = {
  language: "de",
  locales: ["de-DE", "de-AT", "de-CH", "de-LU", "de-LI", "de-BE"],
  finish: (text, locale) => {
    const typeset = text.replace(/'/g, "’");
    return locale === "de-CH" || locale === "de-LI" ? typeset.replace(/ß/g, "ss") : typeset;
  },
  // German names keep their article after a preposition ("bei Die Werkstatt" is rare and legal).
  contract: (text) => text,
  fallbackWords: (words, sells) => ({
    business: sells === "services" ? "Büro" : "Geschäft",
    businessGender: "n",
    goods: words ? bare(words) : sells === "services" ? "Dienstleistungen" : "ausgewählte Produkte",
    goodsGender: sells === "services" && !words ? "f" : "n",
    craft: sells === "services" ? "Fach" : "Handwerk",
    makers: "unser Team",
  }),
  fallbackName: (s) => [
    s.place && `Werkstatt ${s.place}`,
    s.place && `Laden ${s.place}`,
    s.place && `Manufaktur ${s.place}`,
    ...streetNames([cap(business(s)), ...["Laden", "Werkstatt", "Kontor"]], DE_STEMS),
  ],
  from: (price) => `ab ${price}`,
  sampleLabel: "Beispiel",
  onRequest: "Auf Anfrage",
  list,

  tagline: (s, r) => [
    s.place && `${cap(goods(s))} ${fromPlace(s.place)}`,
    s.place && `${cap(s.words.craft)} ${inPlace(s.place)}, mit Sorgfalt`,
    `${cap(goods(s))}, mit Sorgfalt ausgewählt`,
    `${s.name}: ${goods(s)}${iP(s)}`,
    named3(s) && `${named3(s)} von ${s.name}`,
    oneHighlight(s, r) && `${cap(goods(s))}: ${oneHighlight(s, r)}`,
    s.audience && `${cap(goods(s))} für ${s.audience}`,
    "Gutes Handwerk, ehrlich gemacht",
    "Klein, sorgfältig, persönlich",
  ],
  announcement: (s, r) => [
    deliverySentence(s),
    s.place && `${s.name} hat jetzt einen Online-Shop, direkt ${fromPlace(s.place)}.`,
    oneNamed(s, r) && `Neu im Shop: ${oneNamed(s, r)}.`,
    s.lowestPrice && `${cap(goods(s))} ab ${s.lowestPrice}.`,
    sellsServices(s) && "Termine frei: Schreiben Sie uns und vereinbaren Sie einen Termin.",
    `Willkommen bei ${s.name}: ${goods(s)}${iP(s)}.`,
    oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}, bei ${s.name}.`,
  ],
  description: (s, r) => [
    `${s.name} ${does(s, goods(s))}${iP(s)}.${named3(s) ? ` Zum Beispiel ${named3(s)}.` : ""}`,
    `${s.name} ist ${aBusiness(s)}${iP(s)}.${oneHighlight(s, r) ? ` ${cap(oneHighlight(s, r)!)}.` : ""}`,
    `${cap(goods(s))}${aP(s)}, von ${s.name}.${deliverySentence(s) ? ` ${deliverySentence(s)}` : ""}`,
  ],
  hero: {
    eyebrow: (s, r) => [
      s.place && `${cap(business(s))} · ${s.place}`,
      s.place && cap(inPlace(s.place)),
      s.place && cap(fromPlace(s.place)),
      cap(s.words.craft),
      oneHighlight(s, r),
      `Willkommen bei ${s.name}`,
      sellsServices(s) ? "Nach Vereinbarung" : "Online-Shop",
    ],
    heading: (s, r) => [
      s.place && `${cap(goods(s))}, gemacht ${inPlace(s.place)}`,
      s.place && `${s.name}: ${aBusiness(s)} ${inPlace(s.place)}`,
      s.place && `${cap(goods(s))} ${fromPlace(s.place)}`,
      oneNamed(s, r) && `${oneNamed(s, r)} und mehr bei ${s.name}`,
      named3(s),
      `${cap(goods(s))} mit Charakter`,
      `${s.name}: ${goods(s)} und Handwerk`,
      `Gute ${goods(s)}, ganz in Ihrer Nähe`,
      s.audience && `${cap(goods(s))} für ${s.audience}`,
      oneHighlight(s, r) && cap(oneHighlight(s, r)!),
      `${cap(s.words.craft)}, wie es sein soll`,
    ],
    subheading: (s, r) => [
      `${s.name} ${does(s, goods(s))}${iP(s)}. ${deliverySentence(s) ?? "Schauen Sie sich im Shop um und fragen Sie uns, was Sie wissen möchten."}`,
      named3(s) && `${named3(s)}: sorgfältig ausgewählt${iP(s)}.`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: So arbeitet ${s.name}${iP(s)}.`,
      s.audience && `${cap(goods(s))} für ${s.audience}, mit Zeit und Sorgfalt ausgewählt.`,
      s.lowestPrice && `${cap(goods(s))} ab ${s.lowestPrice}, ausgewählt${iP(s)}.`,
      `Bei ${s.name} wird alles mit Sorgfalt ausgewählt, ohne viel Aufhebens.`,
    ],
    primaryButton: (s) =>
      onlyServices(s)
        ? ["Termin vereinbaren", "Jetzt buchen", "Schreiben Sie uns", "Unsere Leistungen"]
        : ["Zum Shop", "Shop entdecken", "Jetzt bestellen", "Sortiment ansehen", "Jetzt stöbern"],
    secondaryButton: (s) => [
      "Unsere Geschichte",
      `Über ${s.name}`,
      "Wer wir sind",
      "Lernen Sie uns kennen",
      s.place && `Unser Laden ${inPlace(s.place)}`,
    ],
    imageAlt: (s) => [
      `${cap(goods(s))} bei ${s.name}${iP(s)}`,
      `Eine Auswahl von ${s.name}`,
      `Die Werkstatt von ${s.name}`,
    ],
  },
  highlights: {
    heading: (s) => [
      `Warum ${s.name}?`,
      `Was ${s.name} ausmacht`,
      "Worauf es uns ankommt",
      s.place && `${s.name} ${inPlace(s.place)}`,
      "Das Wichtigste in Kürze",
      `So arbeitet ${s.name}`,
    ],
    items: (s, r) => [
      point(
        "heart",
        s.place && cap(inPlace(s.place)),
        s.place && `Gemacht und ausgewählt hier vor Ort, ${inPlace(s.place)}.`,
      ),
      point(
        "sparkle",
        oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
        oneHighlight(s, r) &&
          `${cap(oneHighlight(s, r)!)}: ein Teil dessen, was ${s.name} ausmacht.`,
      ),
      point(
        "gift",
        oneNamed(s, r) && `Entdecken Sie ${oneNamed(s, r)}`.slice(0, 60),
        oneNamed(s, r) && `${oneNamed(s, r)} gibt es bei ${s.name}, direkt im Shop.`,
      ),
      point(
        "chat",
        "Ein Mensch antwortet",
        `Schreiben Sie an ${s.name}: Sie bekommen eine persönliche Antwort, kein Callcenter.`,
      ),
      point("leaf", "Echtes Handwerk", `${cap(goods(s))}, ausgewählt von Leuten vom Fach.`),
      point(
        "clock",
        s.delivery.madeToOrder && "Für Sie gemacht",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Jede Bestellung wird für Sie gefertigt, fertig in ${s.delivery.leadTime}.`
            : "Jede Bestellung wird für Sie gefertigt; die Lieferzeit nennen wir bei der Bestellung."),
      ),
      point(
        "package",
        s.delivery.localPickup && "Abholung vor Ort",
        s.delivery.localPickup && `Online bestellen und abholen${iP(s)}.`,
      ),
      point(
        "truck",
        s.delivery.localDelivery && "Lieferung vor Ort",
        s.delivery.localDelivery &&
          `Wir liefern ${s.delivery.area ? `in ${s.delivery.area}` : "in der Umgebung"}.`,
      ),
      point(
        "check",
        s.delivery.perishable && "Tagesfrisch",
        s.delivery.perishable && "Frisch genießen, am selben Tag.",
      ),
      point(
        "star",
        s.audience && `Für ${s.audience}`.slice(0, 60),
        s.audience && `${s.name} denkt zuerst an ${s.audience}.`,
      ),
      point(
        "globe",
        s.delivery.shipping === true && "Versand per Post",
        s.delivery.shipping === true && "Sorgfältig verpackt und zu Ihnen geschickt.",
      ),
      point(
        "clock",
        sellsServices(s) && "Einfach buchen",
        sellsServices(s) && "Sagen Sie uns, was Sie brauchen, wir finden gemeinsam einen Termin.",
      ),
      point("shield", "Klare Preise", "Die Preise stehen dabei, Fragen werden beantwortet."),
    ],
  },
  collection: {
    eyebrow: (s) => [
      "Das Sortiment",
      "Im Shop",
      cap(goods(s)).slice(0, 30),
      s.place && cap(fromPlace(s.place)),
      "Unsere Auswahl",
    ],
    heading: (s, r) => [
      `${cap(goods(s))} von ${s.name}`,
      `Unser Sortiment`,
      oneNamed(s, r) && `${oneNamed(s, r)} und das ganze Sortiment`,
      s.place && `${cap(goods(s))} ${fromPlace(s.place)}`,
      `Alles, was es bei ${s.name} gibt`,
      `Entdecken Sie ${goods(s)}`,
    ],
    text: (s, r) => [
      named3(s) && `Fangen Sie mit ${named3(s)} an und lassen Sie sich vom Rest überraschen.`,
      `Jeder Artikel ist sorgfältig ausgewählt. ${deliverySentence(s) ?? "Sie brauchen Rat? Fragen Sie uns."}`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: Das merkt man am ganzen Sortiment.`,
      s.lowestPrice && `${cap(goods(s))} ab ${s.lowestPrice}, mit klaren Preisen.`,
      `${cap(goods(s))}, auf die wir stolz sind${iP(s)}.`,
    ],
  },
  story: {
    eyebrow: (s) => [
      "Unsere Geschichte",
      "Wer wir sind",
      s.place && cap(inPlace(s.place)),
      `Über ${s.name}`.slice(0, 30),
      "Das Haus",
    ],
    heading: (s, r) => [
      `Wie ${s.name} angefangen hat`,
      s.place && `${cap(aBusiness(s))} ${inPlace(s.place)}`,
      `Die Menschen hinter ${s.name}`,
      "Warum wir tun, was wir tun",
      oneHighlight(s, r) && cap(oneHighlight(s, r)!),
      `${cap(s.words.craft)} mit Sorgfalt`,
    ],
    paragraphs: [
      [
        (s) => [
          `Am Anfang von ${s.name} stand eine einfache Idee: ${goods(s)}, für die man gern wiederkommt.`,
          `${s.name} ist ${aBusiness(s)}${iP(s)}, geführt von Menschen, die ihr Handwerk lieben.`,
          s.place &&
            `${cap(inPlace(s.place))} ${does(s, goods(s))} ${s.name} so, wie wir sie selbst gern finden würden.`,
          `Bei ${s.name} wird jede Bestellung persönlich betreut.`,
        ],
        (s, r) => [
          oneHighlight(s, r) &&
            `${cap(oneHighlight(s, r)!)}: Das ist kein Werbespruch, so arbeiten wir.`,
          named3(s) && `Hier finden Sie ${named3(s)} und je nach Saison noch mehr.`,
          s.audience && `Wir arbeiten für ${s.audience} und hören genau zu.`,
          "Unser Sortiment bleibt bewusst klein, damit jedes Stück stimmt.",
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) &&
            "Buchen ist ganz einfach: Sagen Sie uns, was Sie brauchen, und wir finden einen Termin.",
          "Ihre Fragen beantworten Menschen aus unserem Team, kein Callcenter.",
        ],
        (s) => [
          `Danke für Ihren Besuch bei ${s.name}.`,
          s.place && `Sie sind ${inPlace(s.place)}? Kommen Sie vorbei und sagen Sie Hallo.`,
          "Schreiben Sie uns jederzeit: Wir freuen uns über jede Nachricht.",
        ],
      ],
    ],
    buttonLabel: (s) => [
      "Unsere Geschichte lesen",
      `${s.name} kennenlernen`.slice(0, 30),
      "Wer wir sind",
      "Mehr über uns",
    ],
    imageAlt: (s) => [
      `Das Team von ${s.name} bei der Arbeit`,
      `Bei ${s.name}${iP(s)}`,
      `Handwerk bei ${s.name}`,
    ],
    caption: (s) => [s.place && `${s.name}, ${s.place}`],
  },
  featured: {
    eyebrow: (s) => [
      "Im Blickpunkt",
      "Neu entdeckt",
      `Die Wahl von ${s.name}`.slice(0, 30),
      "Unser Tipp",
      "Aus dem Sortiment",
    ],
    detailsLabel: () => ["Details", "Mehr erfahren", "Zum Artikel", "Alle Details"],
  },
  gallery: {
    heading: (s) => [
      `Ein Blick hinter die Kulissen von ${s.name}`,
      `${cap(goods(s))} aus der Nähe`,
      s.place && `${s.name} ${inPlace(s.place)}`,
      "Aus der Werkstatt",
      "Ein paar Bilder aus dem Laden",
    ],
    alt: (s, r) => [
      `${cap(goods(s))} bei ${s.name}`,
      `Bei der Arbeit in der Werkstatt von ${s.name}`,
      oneNamed(s, r) && `${oneNamed(s, r)} bei ${s.name}`,
      `Ein Detail aus dem Sortiment von ${s.name}`,
      s.place && `${s.name}${iP(s)}`,
      `Handarbeit bei ${s.name}`,
    ],
    caption: (s, r) => [
      oneNamed(s, r),
      cap(s.words.craft),
      `Bei ${s.name}`,
      s.place,
      cap(goods(s)),
      "Aus der Nähe",
    ],
  },
  newsletter: {
    heading: (s) => [
      `Neues von ${s.name}`,
      "Bleiben wir in Kontakt",
      "Als Erste erfahren",
      s.place && `Neues ${fromPlace(s.place)}`,
      "Unser Newsletter",
    ],
    text: (s, r) => [
      `Neuheiten und Nachrichten von ${s.name}, sonst nichts. Abmelden mit einem Klick.`,
      oneNamed(s, r) &&
        `Erfahren Sie als Erste, wenn ${oneNamed(s, r)} wieder da ist und was neu ist.`,
      "Ab und zu eine Nachricht von uns: was gerade kommt und was in Arbeit ist.",
      s.place && `Was bei ${s.name}${iP(s)} passiert, ein paar Mal pro Saison.`,
    ],
    buttonLabel: () => [
      "Anmelden",
      "Jetzt anmelden",
      "Newsletter erhalten",
      "Auf dem Laufenden bleiben",
    ],
    success: (s) => [
      `Danke! Sie hören bald von ${s.name}.`,
      "Angemeldet, vielen Dank!",
      `Willkommen im Newsletter von ${s.name}.`,
    ],
  },
  closing: {
    heading: (s, r) => [
      `${cap(goods(s))} von ${s.name} warten auf Sie`,
      oneNamed(s, r) && `Lust auf ${oneNamed(s, r)}?`,
      s.place && `Bis bald ${inPlace(s.place)}`,
      sellsServices(s) ? `Buchen Sie bei ${s.name}` : `Besuchen Sie den Shop von ${s.name}`,
      "Noch eine Frage, bevor Sie sich entscheiden?",
      "Gute Arbeit wartet auf Sie",
    ],
    text: (s) => [
      `Stöbern Sie online in ${goods(s)} oder schreiben Sie uns, wenn Sie einen Rat möchten.`,
      deliverySentence(s),
      sellsServices(s) &&
        "Sagen Sie uns, was Sie brauchen: Wir melden uns und vereinbaren einen Termin.",
      `Ob Sie schon wissen, was Sie möchten, oder nicht: ${s.name} ist für Sie da.`,
    ],
    buttonLabel: (s) =>
      onlyServices(s)
        ? ["Termin buchen", "Kontakt aufnehmen", "Schreiben Sie uns"]
        : ["Zum Shop", "Jetzt bestellen", "Shop öffnen"],
  },
  shop: {
    heading: (s) => [
      `${cap(goods(s))}`,
      `Der Shop von ${s.name}`,
      "Der Shop",
      `Das ganze Sortiment`,
      s.place && `${cap(goods(s))} ${fromPlace(s.place)}`,
    ],
    intro: (s) => [
      `Alles von ${s.name} an einem Ort. ${deliverySentence(s) ?? "Sie brauchen Rat? Fragen Sie uns."}`,
      named3(s) && `${named3(s)} und das übrige Sortiment.`,
      "Sorgfältig ausgewählt. Die angezeigten Preise sind die Preise, die Sie zahlen: nichts Verstecktes.",
      s.lowestPrice && `${cap(goods(s))} ab ${s.lowestPrice}.`,
    ],
  },
  services: {
    heading: (s) => [
      "Unsere Leistungen",
      `Die Leistungen von ${s.name}`,
      "Was wir für Sie tun können",
      `Termin bei ${s.name}`,
      s.place && `Unsere Leistungen ${inPlace(s.place)}`,
    ],
    intro: (s) => [
      `${s.services.length ? `${list(s.services.slice(0, 3))}. ` : ""}Die angegebenen Preise sind Ab-Preise: Sagen Sie uns, was Sie brauchen, wir bestätigen alles vor der Buchung.`,
      `Wählen Sie eine Leistung und schicken Sie uns eine Nachricht: Wir melden uns und vereinbaren einen Termin${iP(s)}.`,
      s.lowestPrice &&
        `Leistungen ab ${s.lowestPrice}. Schreiben Sie uns, um zu buchen oder Fragen zu stellen.`,
      "Jede Buchung beginnt mit einem Gespräch, damit die Arbeit zu Ihnen passt.",
    ],
    buttonLabel: () => [
      "Termin buchen",
      "Termin anfragen",
      "Schreiben Sie uns",
      "Angebot anfragen",
    ],
  },
  productPage: {
    note: (s) => [
      deliverySentence(s),
      sellsServices(s) && "Buchung per Nachricht: Uhrzeit und Preis stimmen wir mit Ihnen ab.",
      `Eine Frage? Schreiben Sie an ${s.name}, ein Mensch antwortet Ihnen.`,
    ],
    points: (s) => [
      point(
        "lock",
        sellsGoods(s) && "Sicher bezahlen",
        `Bestellungen bei ${s.name} bezahlen Sie sicher im Shop.`,
      ),
      point(
        "chat",
        "Erst fragen, dann kaufen",
        `Unsicher? ${s.name} sagt Ihnen ehrlich, was zu Ihnen passt.`,
      ),
      point(
        "truck",
        s.delivery.shipping === true && "Versand per Post",
        s.delivery.shipping === true &&
          "Sorgfältig verpackt; die Versandkosten sehen Sie vor dem Bezahlen.",
      ),
      point(
        "package",
        s.delivery.localPickup && "Abholung vor Ort",
        s.delivery.localPickup && `Holen Sie Ihre Bestellung ab${iP(s)}.`,
      ),
      point(
        "clock",
        s.delivery.perishable && "Tagesfrisch",
        s.delivery.perishable && "Abholung oder Lieferung am Tag der Zubereitung.",
      ),
      point(
        "clock",
        s.delivery.madeToOrder && "Auf Bestellung",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Fertig in ${s.delivery.leadTime}.`
            : "Die Lieferzeit nennen wir Ihnen bei der Bestellung."),
      ),
      point(
        "check",
        sellsServices(s) && "Nach Vereinbarung",
        sellsServices(s) && "Termin und Details stimmen wir vor der Buchung mit Ihnen ab.",
      ),
      point("chat", "Fragen willkommen", `Fragen Sie ${s.name} alles, bevor Sie bestellen.`),
      point("lock", "Sicher bezahlen", "Sie bezahlen sicher beim Bestellen."),
      point("heart", "Mit Sorgfalt ausgewählt", "Jeder Artikel wird von uns selbst ausgewählt."),
    ],
  },
  about: {
    eyebrow: () => ["Über uns", "Unsere Geschichte", "Wer wir sind", "Das Haus"],
    heading: (s) => [
      `Über ${s.name}`,
      `Lernen Sie ${s.name} kennen`,
      s.place && `${s.name}, ${s.place}`,
      `Die Geschichte von ${s.name}`,
      `Wer steckt hinter ${s.name}?`,
    ],
    subheading: (s, r) => [
      `${cap(aBusiness(s))}${iP(s)}, für ${goods(s)} mit Sorgfalt.`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: das Herz von ${s.name}.`,
      s.audience && `${cap(goods(s))} für ${s.audience}, mit Sorgfalt gemacht.`,
      "Ein Handwerk, betrieben von Menschen, die es lieben.",
    ],
    paragraphs: [
      [
        (s) => [
          `${s.name} ist ${aBusiness(s)}${iP(s)}. ${weDo(s, goods(s))} und geben uns Mühe, es gut zu machen.`,
          `Wir haben ${s.name} gegründet, um ${goods(s)} anzubieten, die wir selbst gern kaufen würden.`,
          s.place && `Unser Zuhause ist ${s.place}, und hier passiert alles.`,
        ],
        (s) => [
          named3(s) && `Zu unserem Sortiment gehören ${named3(s)}.`,
          s.audience && `Wir denken zuerst an ${s.audience}.`,
          "Wir bleiben lieber klein und sorgfältig als groß und eilig.",
        ],
      ],
      [
        (s, r) => [
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}.`,
          "Alles beginnt mit dem Handwerk: Zeit, Aufmerksamkeit und die richtigen Materialien.",
        ],
        (s) => [
          s.highlights.length > 1 && `Außerdem ist uns wichtig: ${list(s.highlights.slice(0, 3))}.`,
          "Jede Bestellung wird vor dem Versand noch einmal geprüft.",
          "Wir erklären gern, wie und warum wir so arbeiten.",
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) &&
            "Jede Buchung beginnt mit einer Nachricht: Sagen Sie uns, was Sie brauchen.",
        ],
        (s) => [
          "Wenn etwas nicht stimmt, sprechen Sie mit uns: Wir finden gemeinsam eine faire Lösung.",
          `Schreiben Sie ${s.name}, wann immer Sie möchten.`,
        ],
      ],
    ],
    values: {
      heading: (s) => [
        "Worauf es uns ankommt",
        `Wofür ${s.name} steht`,
        "Unsere Werte",
        "Wie wir arbeiten",
      ],
      items: (s, r) => [
        point(
          "heart",
          "Sorgfalt",
          `Jede Bestellung bekommt bei ${s.name} dieselbe Aufmerksamkeit.`,
        ),
        point("chat", "Ehrlichkeit", "Klare Preise und direkte Antworten."),
        point(
          "leaf",
          oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: Darauf legen wir Wert.`,
        ),
        point(
          "globe",
          s.place && "Hier zu Hause",
          s.place && `Fest verwurzelt ${inPlace(s.place)}.`,
        ),
        point("sparkle", "Handwerk", "Ein Handwerk, ernsthaft betrieben, ohne Abkürzungen."),
        point("check", "Verlässlichkeit", "Wir sagen, was wir tun, und tun, was wir sagen."),
      ],
    },
    closing: {
      heading: (s) => [
        `Entdecken Sie ${s.name}`,
        "Schauen Sie vorbei",
        s.place && `Besuchen Sie uns ${inPlace(s.place)}`,
        "Sprechen wir darüber",
      ],
      text: (s) => [
        "Stöbern Sie im Shop oder schreiben Sie uns: Wir helfen Ihnen gern weiter.",
        sellsServices(s) && "Sagen Sie uns, was Sie brauchen, wir finden gemeinsam einen Termin.",
        `Fragen, Ideen oder besondere Wünsche: ${s.name} hört zu.`,
      ],
      buttonLabel: (s) =>
        onlyServices(s)
          ? ["Kontakt aufnehmen", "Termin buchen"]
          : ["Zum Shop", "Jetzt bestellen", "Kontakt aufnehmen"],
    },
  },
  contact: {
    heading: (s) => [
      "Kontakt",
      `Schreiben Sie an ${s.name}`,
      "Sagen Sie Hallo",
      "Schreiben Sie uns",
      s.place && `${s.name}, ${s.place}`,
    ],
    intro: (s) => [
      `Eine Frage zum Sortiment, zu einer Bestellung oder ein besonderer Wunsch? Schreiben Sie an ${s.name}, wir antworten Ihnen.`,
      sellsServices(s) &&
        "Für eine Buchung sagen Sie uns, was Sie brauchen und wann; die Details stimmen wir mit Ihnen ab.",
      `Jede Nachricht wird bei ${s.name} von einem Menschen gelesen.`,
    ],
    formHeading: () => [
      "Schicken Sie uns eine Nachricht",
      "Schreiben Sie uns",
      "Ihre Nachricht",
      "Ihre Frage",
    ],
    formText: (s) => [
      `Name, E-Mail und Ihre Frage: Mehr braucht ${s.name} nicht.`,
      "Geben Sie Ihren Namen, Ihre E-Mail-Adresse und Ihre Nachricht an: Wir antworten so bald wie möglich.",
      sellsServices(s) &&
        "Nennen Sie die Leistung, den gewünschten Termin und wie wir Sie erreichen.",
      `Sagen Sie uns, wie ${s.name} Ihnen helfen kann.`,
    ],
    success: (s) => [
      `Danke für Ihre Nachricht an ${s.name}: Wir antworten bald.`,
      `${s.name} hat Ihre Nachricht erhalten und meldet sich bald.`,
      "Danke, Ihre Nachricht ist angekommen.",
      "Nachricht erhalten: Wir antworten so bald wie möglich.",
      "Danke für Ihre Nachricht, wir melden uns bald.",
    ],
    asideHeading: (s) => [
      s.place ? `So finden Sie uns ${inPlace(s.place)}` : "So finden Sie uns",
      "Weitere Wege zu uns",
      "Besuchen Sie uns",
    ],
    asideText: (s) => [
      `Das Formular geht direkt an ${s.name}, egal worum es geht.`,
      s.place &&
        `${s.name} finden Sie ${inPlace(s.place)}.${s.delivery.localPickup ? " Bestellungen können dort abgeholt werden." : ""}`,
      `Das Formular ist für alles da: Bestellungen, Fragen, Ideen. ${deliverySentence(s) ?? ""}`,
      s.delivery.area && `Wir sind in ${s.delivery.area} für Sie da.`,
    ],
  },
  faq: {
    heading: (s) => [
      "Häufige Fragen",
      `Ihre Fragen an ${s.name}`,
      "Gut zu wissen",
      "Fragen und Antworten",
    ],
    intro: (s) => [
      `Antworten auf die Fragen, die ${s.name} am häufigsten gestellt werden. Noch etwas offen? Schreiben Sie uns.`,
      "Alles zum Sortiment, zu Bestellungen und mehr. Noch Zweifel? Nehmen Sie Kontakt auf.",
      "Die kurzen Antworten stehen hier; für die langen schicken Sie uns eine Nachricht.",
    ],
    groupHeadings: {
      about: (s) => [`Über ${s.name}`, "Unser Sortiment", "Wer wir sind"],
      orders: (s) =>
        s.delivery.perishable
          ? ["Bestellung und Abholung", "Bestellen"]
          : ["Bestellung und Lieferung", "Bestellen", "Versand und Rückgabe"],
      booking: () => ["Buchung", "Termine", "Buchung und Preise"],
    },
    offer: (s): QA[] => [
      {
        question: `Was bietet ${s.name} an?`,
        answer: `${cap(goods(s))}${named3(s) ? `, darunter ${named3(s)}` : ""}. Alles finden Sie ${onlyServices(s) ? "bei unseren Leistungen" : "im Shop"}.`,
      },
      {
        question: `Was gibt es bei ${s.name}?`,
        answer: `${cap(goods(s))}${iP(s)}${named3(s) ? `: unter anderem ${named3(s)}` : ""}.`,
      },
    ],
    where: (s): QA[] => [
      {
        question: "Wo sind Sie zu finden?",
        answer: `${s.name} ist ${inPlace(s.place ?? "")} zu Hause.`,
      },
      {
        question: `Sind Sie wirklich ${inPlace(s.place ?? "")}?`,
        answer: `Ja: ${s.name} ist ${aBusiness(s)} ${inPlace(s.place ?? "")}.`,
      },
    ],
    audience: (s): QA[] => [
      {
        question: `Für wen ist ${s.name} da?`,
        answer: `Für ${s.audience ?? ""} und für alle, die gute ${goods(s)} mögen.`,
      },
    ],
    highlight: (s, r): QA[] => [
      {
        question: `Was ist ${s.name} am wichtigsten?`,
        answer: `${cap(oneHighlight(s, r) ?? s.words.craft)}. Fragen Sie uns, wir erzählen gern mehr.`,
      },
    ],
    shipping: (s): QA[] => [
      {
        question: `Verschickt ${s.name} per Post?`,
        answer: `Ja, jede Bestellung wird sorgfältig verpackt. Kosten und Möglichkeiten sehen Sie vor dem Bezahlen.`,
      },
      {
        question: "Verschicken Sie per Post?",
        answer:
          "Ja: Bestellungen werden sorgfältig verpackt und per Post verschickt. Kosten und Optionen sehen Sie vor dem Bezahlen.",
      },
      {
        question: "Wie wird meine Bestellung verschickt?",
        answer:
          "Per Post, sorgfältig verpackt. Die Versandoptionen und ihre Preise sehen Sie vor dem Bezahlen.",
      },
    ],
    noShipping: (s): QA[] => [
      {
        question: "Verschicken Sie Bestellungen?",
        answer: `Nein, wir verschicken nicht per Post.${s.delivery.localPickup ? " Sie holen Ihre Bestellung bei uns ab." : ""}${s.delivery.localDelivery ? " Wir liefern in der Umgebung." : ""}`,
      },
    ],
    shippingUnknown: (s): QA[] => [
      {
        question: `Wie kommt meine Bestellung von ${s.name} zu mir?`,
        answer: `Sie wählen beim Bezahlen aus den angezeigten Möglichkeiten. Etwas Besonderes? Fragen Sie ${s.name} vorher.`,
      },
      {
        question: "Wie bekomme ich meine Bestellung?",
        answer: `Die Möglichkeiten sehen Sie beim Bezahlen. Für besondere Wünsche schreiben Sie zuerst an ${s.name}.`,
      },
    ],
    pickup: (s): QA[] => [
      {
        question: `Kann ich meine Bestellung bei ${s.name} abholen?`,
        answer: `Ja: Wählen Sie beim Bezahlen die Abholung, ${s.name} sagt Ihnen Bescheid, sobald sie bereitliegt.`,
      },
      {
        question: "Kann ich meine Bestellung abholen?",
        answer: `Ja: Bestellen Sie online und holen Sie sie ab${iP(s)}. Wir sagen Bescheid, sobald sie fertig ist.`,
      },
      {
        question: "Ist Abholung vor Ort möglich?",
        answer: `Ja${s.place ? `, ${inPlace(s.place)}` : ""}. Wählen Sie beim Bezahlen die Abholung, wir sagen Ihnen, wann Sie kommen können.`,
      },
    ],
    localDelivery: (s): QA[] => [
      {
        question: "Liefern Sie?",
        answer: `Ja, in der Umgebung${s.delivery.area ? `: ${s.delivery.area}` : ""}. Bei Zweifeln an Ihrer Adresse fragen Sie uns.`,
      },
    ],
    perishable: (s): QA[] => [
      {
        question: `Nimmt ${s.name} frische Ware zurück?`,
        answer: `Frische Ware nicht, nein. Stimmt mit Ihrer Bestellung bei ${s.name} etwas nicht, sagen Sie es am selben Tag: Wir bringen es in Ordnung.`,
      },
      {
        question: "Kann ich frische Ware zurückgeben?",
        answer:
          "Frische Ware ist vom Umtausch ausgeschlossen. Wenn mit Ihrer Bestellung etwas nicht stimmt, sagen Sie es uns am selben Tag, und wir finden eine Lösung.",
      },
      {
        question: "Wann hole ich meine Bestellung ab oder bekomme sie?",
        answer:
          "Am Tag, an dem sie fertig ist: Alles ist frisch, deshalb wird am selben Tag abgeholt oder geliefert.",
      },
    ],
    madeToOrder: (s): QA[] => [
      {
        question: `Wie lange braucht ${s.name} für eine Bestellung?`,
        answer: s.delivery.leadTime
          ? `Rechnen Sie mit ${s.delivery.leadTime}: ${s.name} fertigt jede Bestellung für Sie.`
          : `${s.name} fertigt jede Bestellung für Sie und nennt Ihnen die Dauer, bevor Sie sich festlegen.`,
      },
      {
        question: "Wie lange dauert eine Bestellung?",
        answer: s.delivery.leadTime
          ? `Jede Bestellung wird für Sie gefertigt: Rechnen Sie mit ${s.delivery.leadTime}.`
          : "Jede Bestellung wird für Sie gefertigt; die Lieferzeit nennen wir Ihnen bei der Bestellung.",
      },
      {
        question: "Wird alles auf Bestellung gefertigt?",
        answer: `Ja. ${s.delivery.leadTime ? `Rechnen Sie mit ${s.delivery.leadTime}.` : "Die Lieferzeit erfahren Sie, bevor Sie sich festlegen."}`,
      },
    ],
    returns: (s): QA[] => [
      {
        question: `Was, wenn meine Bestellung bei ${s.name} nicht passt?`,
        answer: `Sagen Sie es ${s.name} so bald wie möglich, gern mit einem Foto. Wir finden gemeinsam eine faire Lösung.`,
      },
      {
        question: "Kann ich einen Artikel zurückgeben?",
        answer: `Schreiben Sie ${s.name}, bevor Sie etwas zurückschicken: Wir erklären Ihnen den Ablauf und finden mit Ihnen eine Lösung.`,
      },
      {
        question: "Was, wenn mit meiner Bestellung etwas nicht stimmt?",
        answer:
          "Sagen Sie es uns so bald wie möglich, gern mit einem Foto. Wir finden eine faire Lösung.",
      },
    ],
    returnsMadeToOrder: (s): QA[] => [
      {
        question: `Was, wenn ein Stück, das ${s.name} für mich gemacht hat, nicht passt?`,
        answer: `Schreiben Sie ${s.name}, was nicht stimmt: Es wurde für Sie gemacht, also suchen wir die Lösung gemeinsam.`,
      },
      {
        question: "Kann ich ein auf Bestellung gefertigtes Stück zurückgeben?",
        answer:
          "Es wurde für Sie gefertigt: Sprechen Sie zuerst mit uns, dann schauen wir gemeinsam, was nicht passt und wie wir es lösen.",
      },
    ],
    booking: (s): QA[] => [
      {
        question: `Wie buche ich bei ${s.name}?`,
        answer: `Schreiben Sie ${s.name}, welche Leistung Sie möchten und wann es Ihnen passt; fest ist der Termin, wenn wir beide ihn bestätigt haben.`,
      },
      {
        question: "Wie buche ich einen Termin?",
        answer: `Schicken Sie ${s.name} eine Nachricht mit der gewünschten Leistung und dem Zeitraum. Die Details stimmen wir mit Ihnen ab, bevor etwas feststeht.`,
      },
      {
        question: "Wie läuft eine Buchung ab?",
        answer:
          "Leistung wählen, uns schreiben, gemeinsam einen Termin finden. Gebucht ist erst, wenn wir beide ihn bestätigt haben.",
      },
    ],
    servicePrices: (s): QA[] => [
      {
        question: `Was kostet es bei ${s.name}?`,
        answer: `${s.lowestPrice ? `Ab ${s.lowestPrice}. ` : ""}Jede Leistung zeigt ihren Ab-Preis; ${s.name} bestätigt den genauen Preis vor der Buchung.`,
      },
      {
        question: "Was kostet das?",
        answer: `${s.lowestPrice ? `Unsere Leistungen beginnen bei ${s.lowestPrice}. ` : ""}Bei jeder Leistung steht der Ab-Preis; den genauen Preis bestätigen wir vor der Buchung.`,
      },
    ],
    reschedule: (s): QA[] => [
      {
        question: `Kann ich einen Termin bei ${s.name} verschieben?`,
        answer: `Ja: Sagen Sie ${s.name} so früh wie möglich Bescheid, dann finden wir einen anderen Termin.`,
      },
      {
        question: "Kann ich meinen Termin verschieben?",
        answer:
          "Ja: Sagen Sie uns so früh wie möglich Bescheid, dann finden wir einen neuen Termin.",
      },
    ],
    payment: (s): QA[] => [
      {
        question: `Wie bezahle ich eine Bestellung bei ${s.name}?`,
        answer: `Sicher beim Bezahlen im Shop, wenn Sie Ihre Bestellung bei ${s.name} abschließen.`,
      },
      { question: "Wie bezahle ich?", answer: "Sicher, direkt bei der Bestellung." },
      { question: "Wann wird bezahlt?", answer: "Bei der Bestellung." },
    ],
    contact: (s): QA[] => [
      {
        question: `Wie erreiche ich ${s.name}?`,
        answer: `Über die Kontaktseite: Jede Nachricht liest ein Mensch bei ${s.name} und antwortet Ihnen.`,
      },
      {
        question: "Ich habe eine andere Frage: Wie erreiche ich Sie?",
        answer: `Über die Kontaktseite: Ein Mensch von ${s.name} antwortet Ihnen.`,
      },
      {
        question: "Kann ich einen besonderen Wunsch äußern?",
        answer: `Ja: Schreiben Sie an ${s.name} und erzählen Sie uns, was Ihnen vorschwebt.`,
      },
    ],
  },
  footer: (s, r) => [
    `${s.name}: ${goods(s)}${iP(s)}.`,
    s.place && `${cap(goods(s))} ${fromPlace(s.place)}, mit Sorgfalt.`,
    oneHighlight(s, r) && `${s.name}. ${cap(oneHighlight(s, r)!)}.`,
    `${s.name}, ${business(s)}${iP(s)}.`,
  ],
  seo: {
    home: {
      title: (s) => [
        `${s.name} | ${cap(goods(s))}${iP(s)}`,
        `${s.name}: ${business(s)}${iP(s)}`,
        `${s.name} | ${cap(goods(s))}`,
      ],
      description: (s) => [
        `${s.name} ${does(s, goods(s))}${iP(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `${cap(goods(s))}${aP(s)} von ${s.name}. ${deliverySentence(s) ?? ""}`,
      ],
    },
    shop: {
      title: (s) => [`Shop | ${s.name}`, `${cap(goods(s))} | ${s.name}`],
      description: (s) => [
        `Entdecken Sie das Sortiment von ${s.name}${iP(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `Alles von ${s.name}, mit klaren Preisen.`,
      ],
    },
    about: {
      title: (s) => [`Über uns | ${s.name}`, `Unsere Geschichte | ${s.name}`],
      description: (s) => [
        `Wer hinter ${s.name} steckt: ${aBusiness(s)}${iP(s)}.`,
        `Die Geschichte von ${s.name} und wie wir arbeiten.`,
      ],
    },
    contact: {
      title: (s) => [`Kontakt | ${s.name}`, `Schreiben Sie an ${s.name}`],
      description: (s) => [
        `Schreiben Sie an ${s.name}${iP(s)}: Fragen, Bestellungen${sellsServices(s) ? ", Termine" : ""}.`,
        `Nehmen Sie Kontakt mit ${s.name} auf.`,
      ],
    },
    faq: {
      title: (s) => [`Häufige Fragen | ${s.name}`, `Ihre Fragen | ${s.name}`],
      description: (s) => [
        `Antworten zum Sortiment, zu Bestellungen${sellsServices(s) ? " und Terminen" : " und zur Lieferung"} bei ${s.name}.`,
        `Die Fragen, die man ${s.name} stellt, mit den Antworten.`,
      ],
    },
  },
  product: {
    description: productDescription,
    sampleLine: (s) => [
      `Angeboten von ${s.name}${iP(s)}.`,
      `Aus dem Sortiment von ${s.name}.`,
      s.place && `${s.name}, ${s.place}.`,
      `Eine Frage? Fragen Sie ${s.name} vor der Bestellung.`,
    ],
    imageAlt: (s, item) => `${item.name}, ${s.name}`,
    options: (name, labels) => `${name}: ${labels.slice(0, -1).join(", ")} oder ${labels.at(-1)}.`,
  },
  notes: {
    font: (asked, font) =>
      `Die gewünschte Schrift (${asked}) konnten wir nicht verwenden; wir haben die ähnlichste unserer Schriften genommen: ${font}.`,
    colour: (word) =>
      `${cap(word)} konnten wir nicht als Textfarbe verwenden, auf diesem Hintergrund wäre der Text schwer lesbar. Die Farbe dient deshalb als Markenfarbe.`,
    noProducts: () =>
      "Der Brief nennt keine Produkte: Der Shop beginnt leer. Fügen Sie Ihre unter „Produkte“ hinzu.",
    avoided: (word) => `Beispiele, die Ihrem Brief widersprechen (${word}), haben wir weggelassen.`,
  },
};
