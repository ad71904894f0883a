import type { Random } from "../../random.ts";
import type { Gender } from "../../trades/types.ts";
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
 * Français : écrit pour des commerçants de France, de Belgique, de Suisse, du Québec et du
 * Luxembourg, au vouvoiement, sans anglicismes (boutique, lettre d’information, retrait sur place,
 * questions fréquentes). Les espaces insécables avant : ; ! ? et à l’intérieur des « guillemets »
 * sont posées par `finish`, comme les apostrophes typographiques. Les accords qui dépendent du
 * genre d’un mot du brief (genre inconnu) ne sont écrits que lorsque le genre est connu.
 */

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items.at(-1)}`;
}

const VOWEL = /^[aeiouyhàâäéèêëîïôöûüœ]/i;

/** « le », « la » ou « l’ » devant un nom. */
function le(word: string, gender: Gender): string {
  if (VOWEL.test(word)) return `l’${word}`;
  return gender === "f" ? `la ${word}` : `le ${word}`;
}

/** « un » ou « une ». */
const un = (gender: Gender) => (gender === "f" ? "une" : "un");

/** Régions et pays : « en Bretagne », « au Québec » ; une ville : « à Lyon ». */
const FEMININE_PLACES =
  /^(france|belgique|suisse|bretagne|normandie|provence|alsace|bourgogne|savoie|haute-savoie|corse|dordogne|occitanie|auvergne|ard[eè]che|vend[ée]e|gironde|touraine|champagne|lorraine|picardie|gascogne|aquitaine|camargue|charente|drôme|dr[oô]me|sologne|vienne|martinique|guadeloupe|r[ée]union)$/i;
const MASCULINE_PLACES =
  /^(jura|p[ée]rigord|var|vercors|luberon|qu[ée]bec|pays basque|berry|limousin|morvan|beaujolais|languedoc|roussillon|nord|gers|lot|tarn|vaucluse|luxembourg|canada|maroc|s[ée]n[ée]gal)$/i;

function aPlace(place: string): string {
  if (FEMININE_PLACES.test(place)) return `en ${place}`;
  if (MASCULINE_PLACES.test(place)) return VOWEL.test(place) ? `en ${place}` : `au ${place}`;
  return `à ${place}`;
}

function dePlace(place: string): string {
  if (MASCULINE_PLACES.test(place)) return VOWEL.test(place) ? `de l’${place}` : `du ${place}`;
  return VOWEL.test(place) ? `d’${place}` : `de ${place}`;
}

/** « de Marie » / « d’Atelier Lune » devant un nom propre. */
const deName = (name: string) => (VOWEL.test(name) ? `d’${name}` : `de ${name}`);

const goods = (s: Subject) => s.words.goods;
const FR_STEMS = [
  "du Moulin",
  "des Tilleuls",
  "du Marché",
  "de la Fontaine",
  "des Lilas",
  "du Pont",
  "des Halles",
  "de la Place",
  "du Vieux Quai",
  "des Remparts",
  "du Cloître",
  "de la Treille",
  "des Capucins",
  "du Grand Pré",
  "de l’Horloge",
  "des Platanes",
  "du Belvédère",
  "de la Source",
  "des Glycines",
  "du Faubourg",
];
/** Un accord sur les marchandises (faits / faites), ou null quand le genre n’est pas connu. */
const agree = (s: Subject, m: string, f: string) =>
  s.words.goodsGender === "f" ? f : s.words.goodsGender === "m" ? m : null;
const business = (s: Subject) => s.words.business;
const aP = (s: Subject) => (s.place ? ` ${aPlace(s.place)}` : "");
const named3 = (s: Subject) => {
  const items = firstNamed(s, 3);
  return items ? list(items) : null;
};
const verb = (s: Subject) =>
  onlyServices(s) ? "propose" : s.delivery.madeToOrder ? "fabrique" : "vend";
/** « de pains » / « d’huiles » devant les marchandises. */
const deGoods = (s: Subject) => (VOWEL.test(goods(s)) ? `d’${goods(s)}` : `de ${goods(s)}`);
/** Le verbe accordé avec l’équipe : « notre équipe répond », « nos boulangers répondent ». */
const makersDo = (s: Subject, singular: string, plural: string) =>
  /^(nos|les|mes|ses)\s/i.test(s.words.makers) ? plural : singular;
/** « aux jeunes parents », « au quartier », « à vous » : à + le public du brief. */
const toAudience = (s: Subject) =>
  `à ${s.audience ?? ""}`.replace(/^à les /i, "aux ").replace(/^à le /i, "au ");
/** « tenu » / « tenue » : accordé avec le commerce. */
const bAgree = (s: Subject, m: string, f: string) => (s.words.businessGender === "f" ? f : m);
/** Un article du brief en tête (« des violons ») est retiré : le kit pose les siens. */
const bare = (words: string) => words.replace(/^(des|les|du|de la|de l’|nos|mes)\s+/i, "");

function deliverySentence(s: Subject): string | null {
  const d = s.delivery;
  if (d.perishable && d.localPickup)
    return "Commandez à l’avance et passez la chercher le jour même, toute fraîche.";
  if (d.perishable && d.localDelivery)
    return `Tout est frais du jour, livré ${d.area ? `à ${d.area}` : "près de chez vous"}.`;
  if (d.perishable) return "Tout est frais : votre commande est retirée ou livrée le jour même.";
  if (d.madeToOrder && d.leadTime) return `Fabriqué sur commande, prêt en ${d.leadTime}.`;
  if (d.madeToOrder)
    return "Fabriqué sur commande : nous vous indiquons le délai au moment de la commande.";
  if (d.localPickup && d.shipping) return "Retrait sur place ou envoi par la poste, au choix.";
  if (d.localPickup) return `Commandez en ligne, retirez sur place${aP(s)}.`;
  if (d.localDelivery)
    return `Livraison ${d.area ? `à ${d.area}` : "dans le quartier et alentour"}.`;
  if (d.shipping) return "Expédié avec soin, où que vous soyez.";
  return null;
}

const point = (icon: Point["icon"], title: string | null | false, text: string | null | false) =>
  title && text ? { icon, title, text } : null;

function productDescription(s: Subject, r: Random, item: NamedItem): string[] {
  const details = item.details ? cap(item.details.replace(/\.?$/, ".")) : "";
  const price = item.price
    ? item.priceFrom
      ? ` Tarif à partir de ${item.price}.`
      : ""
    : item.kind === "service"
      ? " Tarif sur devis : dites-nous ce dont vous avez besoin."
      : "";
  const made = r.pick([
    `${item.name}, ${s.place ? `${s.name}, ${s.place}` : `signé ${s.name}`}.`,
    `Une spécialité de la maison ${s.name}${aP(s)}.`,
    `${item.name} fait partie de ce que ${s.name} ${verb(s)}${aP(s)}.`,
  ]);
  const how =
    item.kind === "service"
      ? r.pick([
          "Écrivez-nous pour réserver ou pour poser vos questions.",
          "Envoyez-nous un message : nous conviendrons ensemble d’un créneau.",
          "Réservez par le formulaire de contact, nous vous confirmons le rendez-vous.",
        ])
      : r.pick([
          oneHighlight(s, r) ? `${cap(oneHighlight(s, r)!)}, comme tout chez ${s.name}.` : "",
          "Une question avant de commander ? Écrivez-nous.",
          "",
        ]);
  return [`${details} ${made}${price} ${how}`.trim(), `${made} ${details}${price} ${how}`.trim()];
}

export const FR: LanguageKit = {
  language: "fr",
  locales: ["fr-FR", "fr-BE", "fr-CH", "fr-CA", "fr-LU"],
  finish: (text) =>
    text
      .replace(/'/g, "’")
      .replace(/«\s*/g, "«\u00a0")
      .replace(/\s*»/g, "\u00a0»")
      .replace(/[ \u00a0\u202f]*([;!?])/g, "\u202f$1")
      .replace(/[ \u00a0\u202f]*:(?=\s|$)/g, "\u00a0:"),
  contract: (text) =>
    text
      .replace(/\b([dD])e Le (?=\p{Lu})/gu, (_, d: string) => (d === "d" ? "du " : "Du "))
      .replace(/\b([dD])e Les (?=\p{Lu})/gu, (_, d: string) => (d === "d" ? "des " : "Des "))
      .replace(/(^|\s)à Le (?=\p{Lu})/gu, "$1au ")
      .replace(/(^|\s)à Les (?=\p{Lu})/gu, "$1aux ")
      .replace(/(^|\s)À Le (?=\p{Lu})/gu, "$1Au ")
      .replace(/(^|\s)À Les (?=\p{Lu})/gu, "$1Aux "),
  fallbackWords: (words, sells) => ({
    business: sells === "services" ? "cabinet" : "maison",
    businessGender: sells === "services" ? "m" : "f",
    goods: words ? bare(words) : sells === "services" ? "prestations" : "produits",
    goodsGender: words ? "n" : sells === "services" ? "f" : "m",
    craft: "savoir-faire",
    makers: "notre équipe",
  }),
  fallbackName: (s) => [
    s.place && `Maison ${dePlace(s.place)}`,
    s.place && `L’Atelier ${dePlace(s.place)}`,
    s.place && `Comptoir ${dePlace(s.place)}`,
    ...streetNames([cap(business(s)), ...["Maison", "Atelier", "Comptoir"]], FR_STEMS),
  ],
  from: (price) => `à partir de ${price}`,
  sampleLabel: "Exemple",
  onRequest: "Sur devis",
  list,

  tagline: (s, r) => [
    s.place && `${cap(goods(s))} ${dePlace(s.place)}`,
    s.place &&
      `${cap(le(business(s), s.words.businessGender))} ${dePlace(s.place)}, tout simplement`,
    sellsGoods(s) &&
      agree(s, "x", "x") &&
      `${cap(goods(s))} ${agree(s, "choisis", "choisies")} avec soin`,
    `${s.name} : ${goods(s)}${aP(s)}`,
    named3(s) && `${named3(s)}, par ${s.name}`,
    oneHighlight(s, r) && `${cap(goods(s))} : ${lowerFirst(oneHighlight(s, r)!)}`,
    s.audience && `${cap(goods(s))} pour ${s.audience}`,
    `Le goût du travail bien fait`,
    `Petite maison, vrai savoir-faire`,
  ],
  announcement: (s, r) => [
    deliverySentence(s),
    sellsGoods(s) && s.place && `${s.name} ouvre sa boutique en ligne${aP(s)}.`,
    oneNamed(s, r) &&
      (sellsGoods(s)
        ? `Nouveau : ${oneNamed(s, r)}, à découvrir dans la boutique.`
        : `Nouveau : ${oneNamed(s, r)}, sur rendez-vous.`),
    onlyServices(s) && `${cap(s.words.craft)}, sur rendez-vous${aP(s)}`,
    s.lowestPrice && `${cap(goods(s))} à partir de ${s.lowestPrice}.`,
    sellsServices(s) && "Réservations ouvertes : écrivez-nous pour convenir d’un créneau.",
    `Bienvenue chez ${s.name} : ${goods(s)}${aP(s)}.`,
    oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}, chez ${s.name}.`,
  ],
  description: (s, r) => [
    `${s.name} ${verb(s)} des ${goods(s)}${aP(s)}.${named3(s) ? ` Parmi eux : ${named3(s)}.` : ""}`,
    `${s.name}, c’est ${un(s.words.businessGender)} ${business(s)}${aP(s)}.${oneHighlight(s, r) ? ` ${cap(oneHighlight(s, r)!)}.` : ""}`,
    `Des ${goods(s)}${s.place ? ` ${dePlace(s.place)}` : ""}, par ${s.name}.${deliverySentence(s) ? ` ${deliverySentence(s)}` : ""}`,
  ],
  hero: {
    eyebrow: (s, r) => [
      s.place && `${cap(business(s))} · ${s.place}`,
      s.place && `${cap(aPlace(s.place))}`,
      s.place &&
        !FEMININE_PLACES.test(s.place) &&
        !MASCULINE_PLACES.test(s.place) &&
        `Depuis ${s.place}`,
      cap(s.words.craft),
      oneHighlight(s, r),
      `Bienvenue chez ${s.name}`,
      sellsServices(s) ? "Sur rendez-vous" : "Boutique en ligne",
    ],
    heading: (s, r) => [
      s.place &&
        agree(s, "x", "x") &&
        `${cap(goods(s))}, ${agree(s, "faits", "faites")} ${aPlace(s.place)}`,
      s.place && `${s.name}, ${business(s)} ${aPlace(s.place)}`,
      s.place && `Les ${goods(s)} ${dePlace(s.place)}`,
      oneNamed(s, r) && `${oneNamed(s, r)} et bien d’autres, chez ${s.name}`,
      named3(s),
      `Des ${goods(s)} qui ont du caractère`,
      `${s.name} : ${goods(s)} et savoir-faire`,
      `De bons ${goods(s)}, près de chez vous`,
      s.audience && `Des ${goods(s)} pour ${s.audience}`,
      oneHighlight(s, r) && cap(oneHighlight(s, r)!),
      `Le ${s.words.craft === "savoir-faire" ? "savoir-faire" : "métier"}, comme il se doit`,
    ],
    subheading: (s, r) => [
      `${s.name} ${verb(s)} des ${goods(s)}${aP(s)}. ${deliverySentence(s) ?? "Faites le tour de la boutique et posez-nous vos questions."}`,
      s.products.length > 0 &&
        `${list(s.products.slice(0, 3))} : ${s.products.length > 1 ? "chaque produit est choisi" : "un produit choisi"} par ${s.words.makers}${aP(s)}.`,
      oneHighlight(s, r) &&
        `${cap(oneHighlight(s, r)!)} : c’est ainsi que ${s.name} travaille${aP(s)}.`,
      s.audience &&
        `Des ${goods(s)} pour ${s.audience}, par ${un(s.words.businessGender)} ${business(s)} qui prend le temps de bien faire.`,
      s.lowestPrice &&
        `Des ${goods(s)} à partir de ${s.lowestPrice}, par ${s.words.makers}${aP(s)}.`,
      sellsGoods(s) &&
        `Chez ${s.name}, tout est choisi par ${s.words.makers}, avec soin et sans chichis.`,
      onlyServices(s) &&
        `Chez ${s.name}, ${s.words.makers} ${makersDo(s, "prend", "prennent")} le temps de comprendre votre besoin avant toute réservation.`,
    ],
    primaryButton: (s) =>
      onlyServices(s)
        ? ["Prendre rendez-vous", "Réserver", "Nous écrire", "Voir nos prestations"]
        : [
            "Voir la boutique",
            "Découvrir la boutique",
            `Voir nos ${goods(s)}`,
            "Commander",
            "Entrer dans la boutique",
          ],
    secondaryButton: (s) => [
      "Notre histoire",
      `Qui est ${s.name} ?`,
      "Qui sommes-nous ?",
      "Nous connaître",
      s.place && `Notre maison ${aPlace(s.place)}`,
    ],
    imageAlt: (s) => [
      `Des ${goods(s)} chez ${s.name}${aP(s)}`,
      `Une sélection ${deGoods(s)} ${deName(s.name)}`,
      `L’atelier ${deName(s.name)}`,
    ],
  },
  highlights: {
    heading: (s) => [
      `Pourquoi ${s.name} ?`,
      `Ce qui fait la différence chez ${s.name}`,
      "Ce qui compte pour nous",
      s.place && `${s.name}, ${aPlace(s.place)}`,
      "L’essentiel en quelques mots",
      `L’esprit ${s.name}`,
    ],
    items: (s, r) => [
      point(
        "heart",
        s.place && cap(aPlace(s.place)),
        s.place && `Un travail de ${s.words.makers}, ici même, ${aPlace(s.place)}.`,
      ),
      point(
        "sparkle",
        oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
        oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)} : une part de ce qui fait ${s.name}.`,
      ),
      point(
        "gift",
        oneNamed(s, r) && `À découvrir : ${oneNamed(s, r)}`.slice(0, 60),
        oneNamed(s, r) && `${oneNamed(s, r)} : une spécialité de la maison ${s.name}.`,
      ),
      point(
        "chat",
        "Une vraie personne vous répond",
        `Écrivez à ${s.name} : ${s.words.makers} vous ${makersDo(s, "répond", "répondent")} en personne.`,
      ),
      point("leaf", "Un vrai savoir-faire", `Un choix ${deGoods(s)} fait par des gens du métier.`),
      point(
        "clock",
        s.delivery.madeToOrder && "Fait pour vous",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Chaque commande est réalisée pour vous, prête en ${s.delivery.leadTime}.`
            : "Chaque commande est réalisée pour vous ; nous vous indiquons le délai en commandant."),
      ),
      point(
        "package",
        s.delivery.localPickup && "Retrait sur place",
        s.delivery.localPickup && `Commandez en ligne et passez la retirer${aP(s)}.`,
      ),
      point(
        "truck",
        s.delivery.localDelivery && "Livraison locale",
        s.delivery.localDelivery &&
          `Livré ${s.delivery.area ? `à ${s.delivery.area}` : "près de chez vous"}.`,
      ),
      point(
        "check",
        s.delivery.perishable && "Frais du jour",
        s.delivery.perishable && `Des ${goods(s)} à savourer frais, le jour même.`,
      ),
      point(
        "star",
        s.audience && `Pour ${s.audience}`.slice(0, 60),
        s.audience && `${s.name} pense d’abord ${toAudience(s)}.`,
      ),
      point(
        "globe",
        s.delivery.shipping === true && "Envoi par la poste",
        s.delivery.shipping === true && "Soigneusement emballé et expédié chez vous.",
      ),
      point(
        "clock",
        sellsServices(s) && "Réservation simple",
        sellsServices(s) &&
          "Dites-nous ce dont vous avez besoin, nous trouvons un créneau ensemble.",
      ),
      point(
        "shield",
        "Des prix clairs",
        `Chez ${s.name}, les prix sont affichés et les questions ont une réponse.`,
      ),
    ],
  },
  collection: {
    eyebrow: (s) => [
      "La collection",
      "En boutique",
      cap(goods(s)),
      s.place && cap(aPlace(s.place)),
      "Notre sélection",
    ],
    heading: (s, r) => [
      `Nos ${goods(s)}`,
      `Les ${goods(s)} ${deName(s.name)}`,
      oneNamed(s, r) && `${oneNamed(s, r)} et toute la gamme`,
      s.place && `Des ${goods(s)} ${dePlace(s.place)}`,
      `Tout ce que ${s.name} ${verb(s)}`,
      `Découvrez nos ${goods(s)}`,
    ],
    text: (s, r) => [
      named3(s) && `Commencez par ${named3(s)}, puis laissez-vous tenter par le reste.`,
      sellsGoods(s) &&
        `Chaque article est choisi par ${s.words.makers}. ${deliverySentence(s) ?? "Besoin d’un conseil ? Demandez-nous."}`,
      onlyServices(s) &&
        `Chaque prestation est assurée par ${s.words.makers}. Vous hésitez ? Demandez-nous conseil.`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)} : cela se sent dans tous nos ${goods(s)}.`,
      s.lowestPrice && `Des ${goods(s)} à partir de ${s.lowestPrice}, avec des prix clairs.`,
      `Les ${goods(s)} dont nous sommes fiers${aP(s)}.`,
    ],
  },
  story: {
    eyebrow: (s) => [
      "Notre histoire",
      "Qui sommes-nous",
      s.place && cap(aPlace(s.place)),
      `L’histoire ${deName(s.name)}`,
      "La maison",
    ],
    heading: (s, r) => [
      `Comment ${s.name} a commencé`,
      s.place && `${cap(un(s.words.businessGender))} ${business(s)} ${aPlace(s.place)}`,
      `Les visages de ${s.name}`,
      `Pourquoi nous faisons ce métier`,
      oneHighlight(s, r) && cap(oneHighlight(s, r)!),
      `Le savoir-faire, avec soin`,
    ],
    paragraphs: [
      [
        (s) => [
          `Au départ ${deName(s.name)}, une idée simple : des ${goods(s)} qui donnent envie de revenir.`,
          `${s.name}, c’est ${un(s.words.businessGender)} ${business(s)}${aP(s)}, ${bAgree(s, "tenu", "tenue")} par des passionnés.`,
          s.place &&
            `${cap(aPlace(s.place))}, ${s.name} ${verb(s)} des ${goods(s)} comme nous aimerions en trouver nous-mêmes.`,
          `Chez ${s.name}, ${s.words.makers} ${makersDo(s, "s’occupe", "s’occupent")} de chaque ${sellsGoods(s) ? "commande" : "rendez-vous"}.`,
        ],
        (s, r) => [
          oneHighlight(s, r) &&
            `${cap(oneHighlight(s, r)!)} : ce n’est pas un slogan, c’est notre façon de travailler.`,
          named3(s) &&
            `Vous trouverez ici ${named3(s)}, et d’autres ${s.delivery.perishable ? "au fil des saisons" : "encore"}.`,
          s.audience && `Nous travaillons pour ${s.audience}, et nous les écoutons.`,
          "Nous gardons une gamme courte pour bien faire chaque chose.",
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) &&
            "Pour réserver, rien de plus simple : dites-nous ce dont vous avez besoin et nous trouvons un créneau.",
          `Vos questions reçoivent la réponse de ${s.words.makers}, pas d’un centre d’appels.`,
        ],
        (s) => [
          `Merci de votre visite chez ${s.name}.`,
          s.place && `De passage ${aPlace(s.place)} ? Venez nous dire bonjour.`,
          "Écrivez-nous quand vous voulez : vos messages nous font toujours plaisir.",
        ],
      ],
    ],
    buttonLabel: (s) => [
      "Lire notre histoire",
      `Découvrir ${s.name}`,
      "Qui sommes-nous ?",
      "Faire connaissance",
    ],
    imageAlt: (s) => [
      `L’équipe ${deName(s.name)} au travail`,
      `Chez ${s.name}${aP(s)}`,
      `Le savoir-faire ${deName(s.name)}`,
    ],
    caption: (s) => [s.place && `${s.name}, ${s.place}`],
  },
  featured: {
    eyebrow: (s) => [
      "À la une",
      "À découvrir",
      `Le choix ${deName(s.name)}`,
      "Coup de cœur",
      "De notre sélection",
    ],
    detailsLabel: () => ["Détails", "Voir le détail", "En savoir plus", "Plus d’informations"],
  },
  gallery: {
    heading: (s) => [
      `Dans les coulisses ${deName(s.name)}`,
      `Nos ${goods(s)} de près`,
      s.place && `${s.name} ${aPlace(s.place)}`,
      "Depuis l’atelier",
      sellsGoods(s) && "Quelques images de la boutique",
    ],
    alt: (s, r) => [
      `Des ${goods(s)} chez ${s.name}`,
      `Le travail en cours chez ${s.name}`,
      oneNamed(s, r) && `${oneNamed(s, r)}, chez ${s.name}`,
      `Un détail de nos ${goods(s)}`,
      s.place && `${s.name}${aP(s)}`,
      `${cap(s.words.makers)} au travail chez ${s.name}`,
    ],
    caption: (s, r) => [
      oneNamed(s, r),
      cap(s.words.craft),
      `Chez ${s.name}`,
      s.place,
      cap(goods(s)),
      "De près",
    ],
  },
  newsletter: {
    heading: (s) => [
      `Des nouvelles ${deName(s.name)}`,
      "Restons en contact",
      "Soyez les premiers informés",
      s.place && `Des nouvelles ${dePlace(s.place)}`,
      "Notre lettre",
    ],
    text: (s, r) => [
      `Les nouveautés et les nouvelles de ${s.name}, rien d’autre. Désinscription en un clic.`,
      oneNamed(s, r) &&
        `Soyez prévenu dès le retour de ${oneNamed(s, r)} et des nouveautés de ${s.name}.`,
      `Une lettre de temps en temps, écrite par ${s.words.makers} : ce qui arrive et ce qui se prépare.`,
      s.place && `Ce qui se passe chez ${s.name}${aP(s)}, quelques fois par saison.`,
    ],
    buttonLabel: () => ["S’inscrire", "Je m’inscris", "Recevoir la lettre", "Tenez-moi informé"],
    success: (s) => [
      `Merci : vous aurez bientôt des nouvelles de ${s.name}.`,
      "C’est noté, merci !",
      `Bienvenue parmi les lecteurs de ${s.name}.`,
    ],
  },
  closing: {
    heading: (s, r) => [
      `Vos ${goods(s)} vous attendent chez ${s.name}`,
      oneNamed(s, r) && `Envie ${deName(oneNamed(s, r)!)} ?`,
      s.place && `À bientôt ${aPlace(s.place)}`,
      sellsServices(s) ? `Réservez avec ${s.name}` : `Entrez dans la boutique ${deName(s.name)}`,
      "Une question avant de vous décider ?",
      "Le travail bien fait vous attend",
    ],
    text: (s) => [
      sellsGoods(s) &&
        `Parcourez nos ${goods(s)} en ligne, ou écrivez-nous si vous souhaitez un conseil.`,
      deliverySentence(s),
      sellsServices(s) &&
        "Dites-nous ce dont vous avez besoin : nous revenons vers vous pour fixer un créneau.",
      `Que vous sachiez ce que vous voulez ou non, ${s.name} est là pour vous.`,
    ],
    buttonLabel: (s) =>
      onlyServices(s)
        ? ["Réserver", "Nous contacter", "Nous écrire"]
        : ["Voir la boutique", "Commander", "Aller à la boutique"],
  },
  shop: {
    heading: (s) => [
      `Nos ${goods(s)}`,
      `La boutique ${deName(s.name)}`,
      "La boutique",
      `Tous nos ${goods(s)}`,
      s.place && `Des ${goods(s)} ${dePlace(s.place)}`,
    ],
    intro: (s) => [
      `Tout ce que ${s.name} ${verb(s)}, au même endroit. ${deliverySentence(s) ?? "Besoin d’un conseil ? Demandez-nous."}`,
      named3(s) && `${named3(s)}, et tous nos autres ${goods(s)}.`,
      `Un choix ${deGoods(s)} fait par ${s.words.makers}. Les prix affichés sont les prix payés : rien de caché.`,
      s.lowestPrice && `Des ${goods(s)} à partir de ${s.lowestPrice}.`,
    ],
  },
  services: {
    heading: (s) => [
      "Nos prestations",
      `Les prestations ${deName(s.name)}`,
      "Ce que nous pouvons faire pour vous",
      `Réserver chez ${s.name}`,
      s.place && `Nos prestations ${aPlace(s.place)}`,
    ],
    intro: (s) => [
      `${s.services.length ? `${list(s.services.slice(0, 3))}. ` : ""}Les prix indiqués sont des prix « à partir de » : dites-nous ce dont vous avez besoin, nous confirmons avant toute réservation.`,
      `Choisissez une prestation et envoyez-nous un message : ${s.words.makers} vous ${makersDo(s, "répond", "répondent")} pour convenir d’un rendez-vous${aP(s)}.`,
      s.lowestPrice &&
        `Prestations à partir de ${s.lowestPrice}. Écrivez-nous pour réserver ou pour poser vos questions.`,
      "Chaque réservation commence par un échange, pour que le travail corresponde à vos besoins.",
    ],
    buttonLabel: () => ["Réserver", "Demander un rendez-vous", "Nous écrire", "Demander un devis"],
  },
  productPage: {
    note: (s) => [
      deliverySentence(s),
      sellsServices(s) &&
        "Réservation par message : nous confirmons avec vous l’horaire et le prix.",
      `Une question ? Écrivez à ${s.name}, une vraie personne vous répondra.`,
    ],
    points: (s) => [
      point(
        "lock",
        sellsGoods(s) && "Paiement sécurisé",
        `Les commandes chez ${s.name} se règlent en ligne, de façon sécurisée.`,
      ),
      point(
        "chat",
        "Un conseil avant d’acheter",
        `Vous hésitez ? ${s.name} vous dit franchement ce qui vous conviendra.`,
      ),
      point(
        "truck",
        s.delivery.shipping === true && "Envoi par la poste",
        s.delivery.shipping === true &&
          "Emballé avec soin ; les frais s’affichent avant le paiement.",
      ),
      point(
        "package",
        s.delivery.localPickup && "Retrait sur place",
        s.delivery.localPickup && `Passez retirer votre commande${aP(s)}.`,
      ),
      point(
        "clock",
        s.delivery.perishable && "Frais du jour",
        s.delivery.perishable && `Retiré ou livré le jour même de sa préparation chez ${s.name}.`,
      ),
      point(
        "clock",
        s.delivery.madeToOrder && "Sur commande",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Prêt en ${s.delivery.leadTime}.`
            : "Nous vous indiquons le délai en commandant."),
      ),
      point(
        "check",
        sellsServices(s) && "Sur rendez-vous",
        sellsServices(s) &&
          `L’horaire et les détails sont convenus avec ${s.name} avant toute réservation.`,
      ),
      point(
        "chat",
        "Vos questions sont les bienvenues",
        `Demandez à ${s.name} ce que vous voulez avant de ${sellsGoods(s) ? "commander" : "réserver"}.`,
      ),
      point(
        "lock",
        sellsGoods(s) && "Paiement sécurisé",
        "Réglez en toute sécurité au moment de commander.",
      ),
      point(
        "heart",
        sellsGoods(s) && "Choisi avec soin",
        `Chez ${s.name}, chaque article est choisi par ${s.words.makers}.`,
      ),
      point(
        "heart",
        onlyServices(s) && "Avec soin",
        `Chez ${s.name}, chaque rendez-vous est préparé par ${s.words.makers}.`,
      ),
    ],
  },
  about: {
    eyebrow: () => ["À propos", "Notre histoire", "Qui sommes-nous", "La maison"],
    heading: (s) => [
      `À propos de ${s.name}`,
      `Faites connaissance avec ${s.name}`,
      s.place && `${s.name}, ${s.place}`,
      `L’histoire ${deName(s.name)}`,
      `Qui se cache derrière ${s.name} ?`,
    ],
    subheading: (s, r) => [
      `${cap(un(s.words.businessGender))} ${business(s)}${aP(s)}, pour des ${goods(s)} ${agree(s, "bien faits", "bien faites") ?? "de qualité"}.`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)} : le cœur de ${s.name}.`,
      s.audience && `Des ${goods(s)} pour ${s.audience}, avec soin.`,
      "Un métier fait par des gens qui l’aiment.",
    ],
    paragraphs: [
      [
        (s) => [
          `${s.name} est ${un(s.words.businessGender)} ${business(s)}${aP(s)}. Nous ${onlyServices(s) ? "proposons" : s.delivery.madeToOrder ? "fabriquons" : "vendons"} des ${goods(s)}, et nous tâchons de bien le faire.`,
          `Nous avons créé ${s.name} pour proposer des ${goods(s)} que nous serions heureux ${sellsGoods(s) ? "d’acheter" : "de réserver"} nous-mêmes.`,
          s.place && `Notre port d’attache, c’est ${s.place}, et c’est là que tout se passe.`,
        ],
        (s) => [
          named3(s) && `Notre gamme comprend ${named3(s)}.`,
          s.audience && `Nous pensons d’abord ${toAudience(s)}.`,
          `${s.name} préfère rester petite et soigneuse plutôt que grande et pressée.`,
        ],
      ],
      [
        (s, r) => [
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}.`,
          `Tout commence par le savoir-faire : du temps, de l’attention et ${sellsGoods(s) ? "les bons matériaux" : "de l’écoute"}.`,
        ],
        (s) => [
          s.highlights.length > 1 &&
            `Nous tenons aussi à ceci : ${list(s.highlights.slice(0, 3).map(lowerFirst))}.`,
          sellsGoods(s) &&
            `${cap(s.words.makers)} ${makersDo(s, "vérifie", "vérifient")} chaque commande avant son départ.`,
          onlyServices(s) &&
            `${cap(s.words.makers)} ${makersDo(s, "prépare", "préparent")} chaque rendez-vous avec soin.`,
          "Nous expliquons volontiers comment et pourquoi nous travaillons ainsi.",
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) &&
            "Chaque réservation commence par un message : dites-nous ce dont vous avez besoin.",
        ],
        (s) => [
          "Si quelque chose ne va pas, parlons-en : nous chercherons ensemble une solution juste.",
          `Écrivez à ${s.name} quand vous le souhaitez.`,
        ],
      ],
    ],
    values: {
      heading: (s) => [
        "Ce qui compte pour nous",
        `Ce que défend ${s.name}`,
        "Nos valeurs",
        "Notre façon de travailler",
      ],
      items: (s, r) => [
        point(
          "heart",
          "Le soin",
          `Chaque ${sellsGoods(s) ? "commande" : "client"} reçoit la même attention chez ${s.name}.`,
        ),
        point("chat", "La franchise", `Des prix clairs et des réponses directes, chez ${s.name}.`),
        point(
          "leaf",
          oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)} : nous y tenons.`,
        ),
        point(
          "globe",
          s.place && "L’ancrage local",
          s.place && `Une maison enracinée ${aPlace(s.place)}.`,
        ),
        point(
          "sparkle",
          "Le métier",
          `Un savoir-faire exercé sérieusement chez ${s.name}, sans raccourcis.`,
        ),
        point(
          "check",
          "La fiabilité",
          `Chez ${s.name}, nous disons ce que nous faisons, et nous faisons ce que nous disons.`,
        ),
      ],
    },
    closing: {
      heading: (s) => [
        `Venez découvrir ${s.name}`,
        "Passez nous voir",
        s.place && `Retrouvez-nous ${aPlace(s.place)}`,
        "Parlons-en",
      ],
      text: (s) => [
        sellsGoods(s) &&
          `Parcourez la boutique ou écrivez-nous : ${s.words.makers} ${makersDo(s, "se fera", "se feront")} un plaisir de vous aider.`,
        sellsServices(s) &&
          "Dites-nous ce dont vous avez besoin, nous trouverons un créneau ensemble.",
        `Questions, idées ou demandes particulières : ${s.name} vous écoute.`,
      ],
      buttonLabel: (s) =>
        onlyServices(s)
          ? ["Nous contacter", "Réserver"]
          : ["Voir la boutique", "Commander", "Nous contacter"],
    },
  },
  contact: {
    heading: (s) => [
      "Nous contacter",
      `Écrire à ${s.name}`,
      "Dites-nous bonjour",
      "Écrivez-nous",
      s.place && `${s.name}, ${s.place}`,
    ],
    intro: (s) => [
      `Une question sur nos ${goods(s)}, ${sellsGoods(s) ? "une commande" : "un rendez-vous"} ou une demande particulière ? Écrivez à ${s.name}, nous vous répondrons.`,
      sellsServices(s) &&
        "Pour réserver, dites-nous ce dont vous avez besoin et à quel moment ; nous confirmons les détails avec vous.",
      `Chaque message est lu par une vraie personne chez ${s.name}.`,
    ],
    formHeading: () => [
      "Envoyez-nous un message",
      "Écrivez-nous",
      "Votre message",
      "Posez votre question",
    ],
    formText: (s) => [
      `Votre nom, votre e-mail et votre question : c’est tout ce qu’il faut à ${s.name}.`,
      "Indiquez votre nom, votre adresse électronique et votre message : nous répondons dès que possible.",
      sellsServices(s) && "Précisez la prestation, la date envisagée et le moyen de vous joindre.",
      `Dites-nous comment ${s.name} peut vous aider.`,
    ],
    success: (s) => [
      `Merci d’avoir écrit à ${s.name} : nous vous répondons bientôt.`,
      `${s.name} a bien reçu votre message et vous répondra vite.`,
      "Merci, votre message est bien parti.",
      "Message reçu : nous vous répondons au plus vite.",
      "Merci de nous avoir écrit, nous revenons vers vous rapidement.",
    ],
    asideHeading: (s) => [
      s.place ? `Nous trouver ${aPlace(s.place)}` : "Où nous trouver",
      "Autres moyens de nous joindre",
      "Nous rendre visite",
    ],
    asideText: (s) => [
      `Le formulaire arrive directement chez ${s.name}, quelle que soit votre question.`,
      s.place &&
        `${s.name} se trouve ${aPlace(s.place)}.${s.delivery.localPickup ? " Les commandes peuvent y être retirées." : ""}`,
      `Le formulaire sert à tout : ${sellsGoods(s) ? "commandes" : "rendez-vous"}, questions, idées. ${deliverySentence(s) ?? ""}`,
      s.delivery.area && `Nous intervenons à ${s.delivery.area}.`,
    ],
  },
  faq: {
    heading: (s) => [
      "Questions fréquentes",
      `Vos questions sur ${s.name}`,
      "Bon à savoir",
      "Vos questions, nos réponses",
    ],
    intro: (s) => [
      `Les réponses aux questions que l’on pose le plus souvent à ${s.name}. Une autre question ? Écrivez-nous.`,
      `Tout sur nos ${goods(s)}, ${sellsGoods(s) ? "les commandes" : "les réservations"} et le reste. Toujours un doute ? Contactez-nous.`,
      "Les réponses courtes ici ; pour les longues, envoyez-nous un message.",
    ],
    groupHeadings: {
      about: (s) => [`À propos de ${s.name}`, `Nos ${goods(s)}`, "Qui sommes-nous"],
      orders: (s) =>
        s.delivery.perishable
          ? ["Commandes et retrait", "Commander"]
          : ["Commandes et livraison", "Commander", "Livraison et retours"],
      booking: () => ["Réservation", "Rendez-vous", "Réservation et tarifs"],
    },
    offer: (s): QA[] => [
      {
        question: `Que propose ${s.name} ?`,
        answer: `Des ${goods(s)}${named3(s) ? `, dont ${named3(s)}` : ""}. Tout est présenté ${onlyServices(s) ? "dans nos prestations" : "dans la boutique"}.`,
      },
      {
        question: `Que trouve-t-on chez ${s.name} ?`,
        answer: `Des ${goods(s)}${aP(s)}${named3(s) ? ` : ${named3(s)}, entre autres` : ""}.`,
      },
    ],
    where: (s): QA[] => [
      {
        question: "Où êtes-vous installés ?",
        answer: `${s.name} se trouve ${aPlace(s.place ?? "")}.`,
      },
      {
        question: `Êtes-vous vraiment ${aPlace(s.place ?? "")} ?`,
        answer: `Oui : ${s.name} est ${un(s.words.businessGender)} ${business(s)} ${aPlace(s.place ?? "")}.`,
      },
    ],
    audience: (s): QA[] => [
      {
        question: `À qui s’adresse ${s.name} ?`,
        answer: `${cap(toAudience(s))}, et à tous ceux qui aiment les bons ${goods(s)}.`,
      },
    ],
    highlight: (s, r): QA[] => [
      {
        question: `Qu’est-ce qui compte le plus pour ${s.name} ?`,
        answer: `${cap(oneHighlight(s, r) ?? s.words.craft)}. Demandez-nous, nous vous en parlerons volontiers.`,
      },
    ],
    shipping: (s): QA[] => [
      {
        question: `Est-ce que ${s.name} expédie par la poste ?`,
        answer: `Oui : chaque commande est emballée avec soin. Le coût et les options s’affichent avant le paiement.`,
      },
      {
        question: "Livrez-vous par la poste ?",
        answer:
          "Oui : les commandes sont emballées avec soin et expédiées par la poste. Les frais et les options s’affichent avant le paiement.",
      },
      {
        question: "Comment ma commande est-elle expédiée ?",
        answer:
          "Par la poste, soigneusement emballée. Vous voyez les options de livraison et leur prix avant de payer.",
      },
    ],
    noShipping: (s): QA[] => [
      {
        question: "Expédiez-vous les commandes ?",
        answer: `Non, nous n’expédions pas par la poste.${s.delivery.localPickup ? " Vous retirez votre commande chez nous." : ""}${s.delivery.localDelivery ? " Nous livrons localement." : ""}`,
      },
    ],
    shippingUnknown: (s): QA[] => [
      {
        question: `Comment ma commande chez ${s.name} me parvient-elle ?`,
        answer: `Vous choisissez parmi les options proposées au paiement. Un besoin particulier ? Demandez d’abord à ${s.name}.`,
      },
      {
        question: "Comment recevoir ma commande ?",
        answer: `Les options s’affichent au moment de payer. Pour une demande particulière, écrivez d’abord à ${s.name}.`,
      },
    ],
    pickup: (s): QA[] => [
      {
        question: `Puis-je retirer ma commande chez ${s.name} ?`,
        answer: `Oui : choisissez le retrait au moment de payer, ${s.name} vous prévient dès qu’elle est prête.`,
      },
      {
        question: "Puis-je retirer ma commande sur place ?",
        answer: `Oui : commandez en ligne et retirez-la${aP(s)}. Nous vous prévenons dès qu’elle est prête.`,
      },
      {
        question: "Le retrait sur place est-il possible ?",
        answer: `Oui${s.place ? `, ${aPlace(s.place)}` : ""}. Choisissez le retrait au moment de payer, nous vous dirons quand passer.`,
      },
    ],
    localDelivery: (s): QA[] => [
      {
        question: "Livrez-vous ?",
        answer: `Oui, localement${s.delivery.area ? ` : ${s.delivery.area}` : ""}. En cas de doute sur votre adresse, demandez-nous.`,
      },
    ],
    perishable: (s): QA[] => [
      {
        question: `Est-ce que ${s.name} reprend les produits frais ?`,
        answer: `Non, le frais ne se reprend pas. Si votre commande chez ${s.name} pose problème, dites-le le jour même : nous arrangeons cela.`,
      },
      {
        question: "Peut-on retourner des produits frais ?",
        answer: `Les produits frais ne sont ni repris ni échangés. Si quelque chose ne va pas avec votre commande, prévenez-nous le jour même et nous arrangerons cela.`,
      },
      {
        question: "Quand retirer ou recevoir ma commande ?",
        answer:
          "Le jour où elle est prête : tout est frais, votre commande est donc retirée ou livrée le jour même. Les produits frais ne sont ni repris ni échangés.",
      },
    ],
    madeToOrder: (s): QA[] => [
      {
        question: `Combien de temps faut-il à ${s.name} pour une commande ?`,
        answer: s.delivery.leadTime
          ? `Comptez ${s.delivery.leadTime} : ${s.name} fabrique chaque commande pour vous.`
          : `${s.name} fabrique chaque commande pour vous et vous indique le délai avant que vous ne vous engagiez.`,
      },
      {
        question: "Quel est le délai pour une commande ?",
        answer: s.delivery.leadTime
          ? `Chaque commande est réalisée pour vous : comptez ${s.delivery.leadTime}.`
          : "Chaque commande est réalisée pour vous ; nous vous indiquons le délai en commandant.",
      },
      {
        question: "Tout est-il fait sur commande ?",
        answer: `Oui. ${s.delivery.leadTime ? `Comptez ${s.delivery.leadTime}.` : "Nous vous donnons le délai avant que vous ne vous engagiez."}`,
      },
    ],
    returns: (s): QA[] => [
      {
        question: `Et si ma commande chez ${s.name} ne convient pas ?`,
        answer: `Dites-le à ${s.name} au plus vite, avec une photo si besoin : nous trouverons ensemble une solution juste.`,
      },
      {
        question: "Puis-je retourner un article ?",
        answer: `Écrivez à ${s.name} avant de renvoyer quoi que ce soit : nous vous expliquerons comment faire et trouverons une solution avec vous.`,
      },
      {
        question: "Et si ma commande a un problème ?",
        answer:
          "Dites-le-nous au plus vite, avec une photo si cela aide. Nous trouverons une solution juste.",
      },
    ],
    returnsMadeToOrder: (s): QA[] => [
      {
        question: `Et si une pièce faite pour moi par ${s.name} ne va pas ?`,
        answer: `Expliquez à ${s.name} ce qui ne va pas : elle a été faite pour vous, nous cherchons la solution ensemble.`,
      },
      {
        question: "Peut-on retourner une pièce faite sur commande ?",
        answer: `Elle a été réalisée pour vous : parlez-en d’abord à ${s.name}, nous verrons ensemble ce qui ne va pas et comment y remédier.`,
      },
    ],
    booking: (s): QA[] => [
      {
        question: `Comment réserver chez ${s.name} ?`,
        answer: `Écrivez à ${s.name} en indiquant la prestation et le moment qui vous convient ; le rendez-vous est fixé quand nous l’avons confirmé tous les deux.`,
      },
      {
        question: "Comment réserver ?",
        answer: `Envoyez un message à ${s.name} en précisant la prestation et le moment souhaité. Nous confirmons les détails avec vous avant de fixer quoi que ce soit.`,
      },
      {
        question: "Comment se passe une réservation ?",
        answer:
          "Choisissez une prestation, écrivez-nous, et nous convenons ensemble d’un créneau. Rien n’est réservé tant que nous ne l’avons pas confirmé tous les deux.",
      },
    ],
    servicePrices: (s): QA[] => [
      {
        question: `Quels sont les tarifs de ${s.name} ?`,
        answer: `${s.lowestPrice ? `À partir de ${s.lowestPrice}. ` : ""}Chaque prestation indique son prix de départ ; ${s.name} vous confirme le prix exact avant de réserver.`,
      },
      {
        question: "Combien cela coûte-t-il ?",
        answer: `${s.lowestPrice ? `Nos prestations commencent à ${s.lowestPrice}. ` : ""}Chaque prestation indique son prix de départ ; ${s.name} confirme le prix exact avant la réservation.`,
      },
    ],
    reschedule: (s): QA[] => [
      {
        question: `Puis-je déplacer un rendez-vous chez ${s.name} ?`,
        answer: `Oui : prévenez ${s.name} le plus tôt possible et nous trouverons un autre moment.`,
      },
      {
        question: "Puis-je déplacer mon rendez-vous ?",
        answer: `Oui : prévenez ${s.name} le plus tôt possible et nous trouverons un autre créneau.`,
      },
    ],
    payment: (s): QA[] => [
      {
        question: `Comment payer une commande chez ${s.name} ?`,
        answer: `En ligne, de façon sécurisée, au moment où vous validez votre commande chez ${s.name}.`,
      },
      {
        question: "Comment payer ?",
        answer: `En toute sécurité, au moment de passer commande chez ${s.name}.`,
      },
      {
        question: "Quand suis-je débité ?",
        answer: `Au moment où vous passez commande chez ${s.name}.`,
      },
    ],
    contact: (s): QA[] => [
      {
        question: `Comment joindre ${s.name} ?`,
        answer: `Par la page contact : chaque message est lu par une personne de ${s.name}, qui vous répond.`,
      },
      {
        question: "J’ai une autre question : comment vous joindre ?",
        answer: `Passez par la page de contact : une personne de ${s.name} vous répondra.`,
      },
      {
        question: "Puis-je faire une demande particulière ?",
        answer: `Oui : écrivez à ${s.name} et dites-nous ce que vous avez en tête.`,
      },
    ],
  },
  footer: (s, r) => [
    `${s.name} : des ${goods(s)}${aP(s)}.`,
    s.place && `${cap(goods(s))} ${dePlace(s.place)}, avec soin.`,
    oneHighlight(s, r) && `${s.name}. ${cap(oneHighlight(s, r)!)}.`,
    `${s.name}, ${business(s)}${aP(s)}.`,
  ],
  seo: {
    home: {
      title: (s) => [
        `${s.name} | ${cap(goods(s))}${aP(s)}`,
        `${s.name} : ${business(s)}${aP(s)}`,
        `${s.name} | ${cap(goods(s))}`,
      ],
      description: (s) => [
        `${s.name} ${verb(s)} des ${goods(s)}${aP(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `Des ${goods(s)}${s.place ? ` ${dePlace(s.place)}` : ""} par ${s.name}. ${deliverySentence(s) ?? ""}`,
      ],
    },
    shop: {
      title: (s) => [sellsGoods(s) && `Boutique | ${s.name}`, `${cap(goods(s))} | ${s.name}`],
      description: (s) => [
        `Découvrez les ${goods(s)} ${deName(s.name)}${aP(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `Tous les ${goods(s)} ${deName(s.name)}, à prix clairs.`,
      ],
    },
    about: {
      title: (s) => [`À propos | ${s.name}`, `Notre histoire | ${s.name}`],
      description: (s) => [
        `Qui se cache derrière ${s.name}, ${un(s.words.businessGender)} ${business(s)}${aP(s)}.`,
        `L’histoire ${deName(s.name)} et notre façon de travailler.`,
      ],
    },
    contact: {
      title: (s) => [`Contact | ${s.name}`, `Écrire à ${s.name}`],
      description: (s) => [
        `Écrivez à ${s.name}${aP(s)} : questions, ${onlyServices(s) ? "réservations" : sellsServices(s) ? "commandes, réservations" : "commandes"}.`,
        `Contactez ${s.name}.`,
      ],
    },
    faq: {
      title: (s) => [`Questions fréquentes | ${s.name}`, `Vos questions | ${s.name}`],
      description: (s) => [
        `Réponses sur nos ${goods(s)}, ${onlyServices(s) ? "les réservations et les tarifs" : sellsServices(s) ? "les commandes et les réservations" : "les commandes et la livraison"} chez ${s.name}.`,
        `Les questions que l’on pose à ${s.name}, avec leurs réponses.`,
      ],
    },
  },
  product: {
    description: productDescription,
    sampleLine: (s) => [
      `Proposé par ${s.name}${aP(s)}.`,
      `L’un des articles de la boutique ${deName(s.name)}.`,
      s.place && `${s.name}, ${s.place}.`,
      `Une question ? Demandez à ${s.name} avant de commander.`,
    ],
    imageAlt: (s, item) => `${item.name}, ${s.name}`,
    options: (name, labels) => `${name} : ${labels.slice(0, -1).join(", ")} ou ${labels.at(-1)}.`,
  },
  notes: {
    font: (asked, font) =>
      `Nous n’avons pas pu utiliser la police demandée (${asked}) ; nous avons pris la plus proche dont nous disposons, ${font}.`,
    colour: (word) =>
      `Nous n’avons pas pu utiliser ${word} pour le texte : il serait difficile à lire sur ce fond. Cette couleur sert donc de couleur de marque.`,
    noProducts: () =>
      "Le brief ne cite aucun produit : la boutique démarre vide. Ajoutez les vôtres dans Produits.",
    avoided: (word) => `Les exemples contraires à votre brief (${word}) ont été écartés.`,
  },
};
