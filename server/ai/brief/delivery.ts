import type { DeliveryFacts } from "./facts.ts";
import type { IndustryId } from "../../../domain/ai-vocabulary.ts";
import { tidy } from "./text.ts";

/**
 * How the business hands over what it sells, as the brief says it in any of six languages: local
 * pickup ("click & collect", "retrait en boutique", "Abholung"), local delivery and its area,
 * shipping yes or no ("we don't ship"), fresh goods, made to order ("sur mesure", "auf
 * Bestellung") and lead times ("3 to 4 weeks", "sous 48 h"). Shipping the brief does not mention
 * stays null: the writer then says nothing rather than promising a dispatch time.
 */

const PICKUP =
  /click\s?(?:&|and|n'|et|\+)\s?collect|pick[- ]?up|collect (?:in|from) (?:the )?(?:store|shop|person)|collection (?:in|from)|retrait|à retirer|à emporter|abholung|abholen|selbstabholer|recogida|recoger en|para recoger|retirada|levantamento|levantar na loja|para levar|ritiro|ritirare|da asporto|takeaway|take-away/iu;
const LOCAL_DELIVERY =
  /local delivery|deliver(?:y|ies|ing)? (?:in|around|within|across|to your door|locally)|we deliver|home delivery|livraison (?:à domicile|locale|dans|sur|en vélo|à vélo)|nous livrons|on livre|livrons|lieferung (?:in|im|nach|innerhalb)|liefern (?:wir )?(?:in|im|nach|innerhalb|aus)|lieferservice|lieferdienst|entrega a domicilio|entregamos|reparto a domicilio|entrega ao domicílio|entrega em casa|entregas em|consegna a domicilio|consegniamo|consegne (?:a|in)/iu;
const NO_SHIPPING =
  /(?:don't|do not|doesn't|does not|never|cannot|can't|won't|we not) (?:ship|post|deliver by post)|no shipping|not shipped|pas d'envoi|pas d'expédition|n'expédions pas|n'envoyons pas|ne livrons pas par la poste|kein versand|keinen versand|versenden (?:wir )?nicht|verschicken (?:wir )?nicht|no hacemos envíos|sin envíos|no enviamos|não enviamos|sem envios?|não fazemos envios|non spediamo|niente spedizioni|nessuna spedizione/iu;
const SHIPPING =
  /\bship(?:s|ping)?\b|\bposted\b|\bdispatch|envoi|expédi|expédition|livraison partout|livraison dans toute|versand|versenden|verschicken|envío|envíos|enviamos|\benvio|spedizion|spediamo|spediti/iu;
const PERISHABLE =
  /perishable|périssable|verderblich|perecedero|perecível|deperibil|baked (?:fresh|daily|every)|fresh(?:ly)? (?:baked|cut|made|each|every)|cuit(?:s)? chaque|frais du jour|fraîches? du jour|du jour|täglich frisch|frisch gebacken|del día|do dia|del giorno|same[- ]day|cut flowers|fleurs coupées/iu;
const MADE_TO_ORDER =
  /made[- ]to[- ]order|made[- ]to[- ]measure|bespoke|custom[- ]made|\bcustom\b|commissions?\b|personali[sz]ed|sur[- ]mesure|sur commande|personnalisé|à la demande|auf bestellung|auf anfrage|maßanfertigung|massanfertigung|nach maß|individuell gefertigt|a medida|por encargo|personalizad[oa]s?|sob encomenda|por encomenda|sob medida|su misura|su ordinazione|su commissione|personalizzat[oi]/iu;

const UNIT = String.raw`(?:working days?|business days?|weeks?|days?|hours?|hrs?|h|semaines?|jours?(?: ouvrés)?|heures?|wochen?|werktagen?|tagen?|tage|stunden?|semanas?|días?|dias?(?: úteis)?|horas?|settimane?|giorni(?: lavorativi)?|giorno|ore)`;
const LEAD_TIME = new RegExp(
  String.raw`(?:within|in|under|takes?|allow|about|around|sous|en|comptez|délai de|d'environ|innerhalb von|in etwa|binnen|ca\.|en un plazo de|dentro de|em|prazo de|entro|in circa|lead time(?: is| of)?|ready in|prêt en|pronto en|pronto em|pronto in)\s+((?:\d+\s?(?:to|-|–|à|a|bis|o|ou|or|e)\s?)?\d+\s?${UNIT})(?![\p{L}])`,
  "iu",
);
const AREA =
  /(?:deliver(?:y|ies|ing)?|we cover|covering|serving|livr\p{L}*|interv\p{L}*|liefer\p{L}*|entreg\p{L}*|repart\p{L}*|consegn\p{L}*|atendemos|atend\p{L}*)\s+(?:(?:free|for free|gratuitement|gratis)\s+)?((?:in|to|within|around|across|throughout|dans|à|en|sur|autour de|im|nach|innerhalb|en|em|no|na|nos|a|in|entro|intorno a)\s+[^.;!?\n]{3,60})/iu;

/** "à domicile dans Nantes": to the door is how, not where. */
const HOME =
  /^(?:to your door|at home|à domicile|a domicile|zu hause|nach hause|a domicilio|ao domicílio|em casa|a casa)\s+/iu;

/** Trades whose goods are fresh by nature. */
const PERISHABLE_TRADES = new Set<IndustryId>([
  "bakery",
  "florist",
  "butcher",
  "cheesemonger",
  "restaurant",
  "catering",
]);
const BESPOKE_TRADES = new Set<IndustryId>(["catering", "photography"]);

export function findDelivery(text: string, trade: IndustryId): DeliveryFacts {
  const noShipping = NO_SHIPPING.test(text);
  const area = AREA.exec(text)?.[1];
  const lead = LEAD_TIME.exec(text)?.[1];
  return {
    shipping: noShipping ? false : SHIPPING.test(text) ? true : null,
    localPickup: PICKUP.test(text),
    localDelivery: LOCAL_DELIVERY.test(text),
    perishable: PERISHABLE_TRADES.has(trade) || PERISHABLE.test(text),
    madeToOrder: BESPOKE_TRADES.has(trade) || MADE_TO_ORDER.test(text),
    leadTime: lead ? tidy(lead).slice(0, 60) : null,
    area: area
      ? tidy(
          area.replace(HOME, "").split(/,\s+(?:and|et|und|y|e)?\s*(?:we|nous|wir)\b/iu)[0]!,
        ).slice(0, 80)
      : null,
  };
}
