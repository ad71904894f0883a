import type { OfflineLanguage } from "../../../server/ai/brief/facts.ts";
import type { IndustryId } from "../../../domain/ai-vocabulary.ts";

/**
 * Vague one-line briefs, three for each of four trades in each offline language, as merchants
 * type them when they have not thought about it yet: a few words, sometimes a place or a name in
 * the wizard's field, rarely more. They give the writer the fewest facts to tell two stores of a
 * trade apart, so the sameness test (tests/ai/sameness.test.ts) pairs them. The wizard sends the
 * language and trade the merchant checked, as these do.
 */
export type OneLiner = {
  language: OfflineLanguage;
  trade: IndustryId;
  brief: string;
  /** The name typed in the wizard's own field, when the merchant did. */
  name?: string;
};

const lines: [OfflineLanguage, IndustryId, string, string?][] = [
  ["en", "candles", "I make candles."],
  ["en", "candles", "Scented candles, made by hand."],
  ["en", "candles", "Soy wax candles from Leeds.", "Wick & Wax"],
  ["en", "bakery", "Bakery in Leeds."],
  ["en", "bakery", "We bake bread and cakes."],
  ["en", "bakery", "Small family bakery.", "Crust"],
  ["en", "florist", "Small florist."],
  ["en", "florist", "Flowers for weddings in Devon."],
  ["en", "florist", "Bouquets delivered in Bath.", "Posy"],
  ["en", "lessons", "Piano lessons."],
  ["en", "lessons", "Guitar lessons in Bristol."],
  ["en", "lessons", "Maths tutoring for children.", "Number Nook"],

  ["fr", "candles", "Je vends des bougies."],
  ["fr", "candles", "Bougies artisanales coulées à la main."],
  ["fr", "candles", "Bougies à la cire de soja, à Nantes.", "Mèche & Cire"],
  ["fr", "bakery", "Boulangerie de quartier."],
  ["fr", "bakery", "Petite boulangerie à Lille."],
  ["fr", "bakery", "Nous faisons du pain au levain.", "Au Bon Grain"],
  ["fr", "florist", "Je suis fleuriste."],
  ["fr", "florist", "Fleurs pour mariages à Bordeaux."],
  ["fr", "florist", "Bouquets de saison livrés à Rennes.", "Pétale"],
  ["fr", "lessons", "Cours de piano."],
  ["fr", "lessons", "Cours de guitare à Toulouse."],
  ["fr", "lessons", "Soutien scolaire en maths.", "Le Bon Calcul"],

  ["de", "candles", "Ich verkaufe Kerzen."],
  ["de", "candles", "Handgegossene Duftkerzen."],
  ["de", "candles", "Kerzen aus Sojawachs aus Hamburg.", "Dochtwerk"],
  ["de", "bakery", "Bäckerei im Viertel."],
  ["de", "bakery", "Kleine Bäckerei in Köln."],
  ["de", "bakery", "Wir backen Sauerteigbrot.", "Krume"],
  ["de", "florist", "Blumenladen."],
  ["de", "florist", "Hochzeitsblumen in Leipzig."],
  ["de", "florist", "Sträuße aus der Saison, geliefert in Bremen.", "Blütezeit"],
  ["de", "lessons", "Klavierunterricht."],
  ["de", "lessons", "Gitarrenunterricht in Dresden."],
  ["de", "lessons", "Nachhilfe in Mathe für Schüler.", "Rechenstube"],

  ["es", "candles", "Vendo velas."],
  ["es", "candles", "Velas aromáticas hechas a mano."],
  ["es", "candles", "Velas de cera de soja en Valencia.", "Mecha"],
  ["es", "bakery", "Panadería de barrio."],
  ["es", "bakery", "Pequeña panadería en Zaragoza."],
  ["es", "bakery", "Hacemos pan de masa madre.", "La Miga"],
  ["es", "florist", "Floristería."],
  ["es", "florist", "Flores para bodas en Málaga."],
  ["es", "florist", "Ramos de temporada a domicilio en Bilbao.", "Pétalo"],
  ["es", "lessons", "Clases de piano."],
  ["es", "lessons", "Clases de guitarra en Granada."],
  ["es", "lessons", "Clases particulares de matemáticas.", "Cuentas Claras"],

  ["pt", "candles", "Vendo velas."],
  ["pt", "candles", "Velas perfumadas feitas à mão."],
  ["pt", "candles", "Velas de cera de soja no Porto.", "Pavio"],
  ["pt", "bakery", "Padaria de bairro."],
  ["pt", "bakery", "Pequena padaria em Braga."],
  ["pt", "bakery", "Fazemos pão de fermentação natural.", "Miolo"],
  ["pt", "florist", "Sou florista."],
  ["pt", "florist", "Flores para casamentos em Coimbra."],
  ["pt", "florist", "Ramos da época entregues em Faro.", "Pétala"],
  ["pt", "lessons", "Aulas de piano."],
  ["pt", "lessons", "Aulas de guitarra em Aveiro."],
  ["pt", "lessons", "Explicações de matemática.", "Contas Certas"],

  ["it", "candles", "Vendo candele."],
  ["it", "candles", "Candele profumate fatte a mano."],
  ["it", "candles", "Candele di cera di soia a Torino.", "Stoppino"],
  ["it", "bakery", "Panificio di quartiere."],
  ["it", "bakery", "Piccolo forno a Verona."],
  ["it", "bakery", "Facciamo pane con lievito madre.", "La Mollica"],
  ["it", "florist", "Fioraio di quartiere."],
  ["it", "florist", "Fiori per matrimoni a Firenze."],
  ["it", "florist", "Mazzi di stagione consegnati a Padova.", "Petalo"],
  ["it", "lessons", "Lezioni di pianoforte."],
  ["it", "lessons", "Lezioni di chitarra a Napoli."],
  ["it", "lessons", "Ripetizioni di matematica.", "Conti Chiari"],
];

export const ONE_LINERS: OneLiner[] = lines.map(([language, trade, brief, name]) => ({
  language,
  trade,
  brief,
  ...(name ? { name } : {}),
}));
