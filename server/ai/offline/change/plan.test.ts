import { describe, expect, it } from "vitest";
import { parseBlockProps } from "../../../../blocks/registry.ts";
import { defaultTheme, relativeLuminance } from "../../../../blocks/theme/index.ts";
import { decodeProps } from "../../describe-change/operations.ts";
import { CHANGE_SECTION_KINDS, type DescribeChangeData } from "../../tasks.ts";
import { offlineDescribeChange } from "./plan.ts";
import { TONE_RULES } from "../tone/index.ts";
import { MESSAGES, REFUSALS } from "./words.ts";

function block(id: string, type: string, props: Record<string, unknown> = {}) {
  const parsed = parseBlockProps(type, props);
  if (!parsed.ok) throw new Error(parsed.error);
  return { id, type, label: type, props: parsed.props };
}

function page(request: string, options: Partial<DescribeChangeData> = {}): DescribeChangeData {
  return {
    request,
    pageLanguage: "en",
    site: { name: "Rise and Crumb", industry: "bakery" },
    selectedBlockId: null,
    page: { id: "home", title: "Home", seo: { title: "", description: "" } },
    blocks: [
      block("header1", "header"),
      block("hero1", "hero", {
        heading: "Bread baked at dawn",
        subheading: "Sourdough and pastries from our oven in Lyon.",
        background: "surface",
      }),
      block("features1", "features"),
      block("news1", "newsletter"),
      block("footer1", "footer"),
    ],
    theme: defaultTheme,
    sections: CHANGE_SECTION_KINDS,
    ...options,
  };
}

const plan = (request: string, options: Partial<DescribeChangeData> = {}) =>
  offlineDescribeChange(page(request, options));

function propsOf(op: { props: { prop: string; json: string }[] }) {
  const decoded = decodeProps(op.props);
  if (!decoded.ok) throw new Error(decoded.prop);
  return decoded.props;
}

describe("the offline change planner", () => {
  it.each([
    "make the hero darker",
    "rends le hero plus sombre",
    "darken the hero",
    "mach den Hero dunkler",
  ])("%s: a darker hero background, still readable", (request) => {
    const out = plan(request);
    expect(out.refusal).toBeNull();
    expect(out.operations).toHaveLength(1);
    const [op] = out.operations;
    expect(op).toMatchObject({ op: "set_block_props", blockId: "hero1" });
    const props = propsOf(op!);
    const colours = defaultTheme.colors as Record<string, string>;
    const after = colours[props.background as string] ?? (props.background as string);
    expect(relativeLuminance(after)).toBeLessThan(relativeLuminance(colours.surface!));
    // A primary button on a primary background would vanish: it becomes inverse.
    if (props.background === "primary")
      expect((props.buttons as { variant: string }[])[0]!.variant).toBe("inverse");
  });

  it("darkens a hero over a photo with its overlay", () => {
    const out = plan("make the hero darker", {
      blocks: [
        block("hero1", "hero", {
          layout: "background",
          overlay: 40,
          image: { src: "/media/a.jpg", alt: "Loaves", decorative: false },
        }),
      ],
    });
    expect(propsOf(out.operations[0]!)).toEqual({ overlay: 60 });
  });

  it("makes the hero lighter (plus clair)", () => {
    const out = plan("rends le hero plus clair", {
      blocks: [block("hero1", "hero", { background: "primary" })],
    });
    const props = propsOf(out.operations[0]!);
    expect(props.background).not.toBe("primary");
  });

  it.each([
    ["use navy and gold", "en"],
    ["utilise du bleu marine et du doré", "fr"],
  ])("%s: the theme in those colours, readable", (request) => {
    const out = plan(request);
    expect(out.operations).toHaveLength(1);
    const [op] = out.operations;
    expect(op!.op).toBe("set_theme");
    const tokens = Object.fromEntries(op!.colors.map((c) => [c.token, c.hex]));
    expect(Object.keys(tokens)).toEqual(["primary", "accent"]);
    expect(tokens.primary).toBe("#1f2f4d");
  });

  it.each([
    ["use Playfair for the headings", "Playfair Display", "headingFont"],
    ["mets les titres en Playfair", "Playfair Display", "headingFont"],
    ["use a sans-serif font for the body text", "Inter", "bodyFont"],
  ])("%s: %s", (request, font, field) => {
    const [op] = plan(request).operations;
    expect(op).toMatchObject({ op: "set_theme", [field]: font });
  });

  it.each(["add an FAQ about gluten", "ajoute une FAQ sur le gluten"])(
    "%s: a new FAQ section about that topic, in the page's language, before the closing sections",
    (request) => {
      const out = plan(request, { pageLanguage: request.startsWith("ajoute") ? "fr" : "en" });
      const [op] = out.operations;
      expect(op).toMatchObject({ op: "add_section", section: "faq", blockId: "features1" });
      const props = propsOf(op!);
      expect(props.heading).toMatch(/gluten/);
      expect(parseBlockProps("faq", props).ok).toBe(true);
      if (request.startsWith("ajoute")) expect(props.heading).toBe("Vos questions sur gluten");
    },
  );

  it.each(["remove the newsletter", "supprime la newsletter", "entferne den Newsletter"])(
    "%s: the newsletter block removed",
    (request) => {
      expect(plan(request).operations).toEqual([
        expect.objectContaining({ op: "remove_block", blockId: "news1" }),
      ]);
    },
  );

  it("says there is nothing to remove when the page has no such section", () => {
    const out = plan("remove the gallery");
    expect(out.operations).toEqual([]);
    expect(out.refusal).toMatch(/no gallery section/);
  });

  it.each(["add testimonials", "ajoute des avis clients"])(
    "%s: refused, quotes are never invented",
    (request) => {
      const out = plan(request);
      expect(out.operations).toEqual([]);
      expect(out.refusal).toMatch(/never invents|n'en invente jamais/);
    },
  );

  it.each([
    ["mention delivery in Lyon", "Delivery in Lyon."],
    ["mentionne la livraison à domicile", "La livraison à domicile."],
  ])("%s: a sentence appended to the hero's subheading", (request, sentence) => {
    const [op] = plan(request).operations;
    expect(op).toMatchObject({ op: "set_block_props", blockId: "hero1" });
    expect(propsOf(op!).subheading).toBe(
      `Sourdough and pastries from our oven in Lyon. ${sentence}`,
    );
  });

  it("does two changes asked at once: darker hero and a fact", () => {
    const out = plan("make the hero darker and mention delivery in Lyon");
    expect(out.operations.map((o) => o.op)).toEqual(["set_block_props", "set_block_props"]);
    expect(out.refusal).toBeNull();
    expect(out.summary).toMatch(/2 suggestions/);
  });

  it("rewrites the hero in a friendlier or more formal tone", () => {
    const blocks = [
      block("hero1", "hero", {
        heading: "Bread baked at dawn",
        subheading: "We don't use additives!",
      }),
    ];
    const [friendly] = plan("more playful tone", { blocks }).operations;
    expect(friendly).toMatchObject({ op: "set_block_props", blockId: "hero1" });
    expect(propsOf(friendly!).heading).not.toBe("Bread baked at dawn");
    const [formal] = plan("make it more formal", { blocks }).operations;
    expect(propsOf(formal!).subheading).toBe("We do not use additives.");
  });

  const HEROES = {
    en: ["Bread baked at dawn", "We don't use additives! Come and see us."],
    fr: ["Du pain cuit à l'aube", "Nous n'utilisons aucun additif. Venez nous voir à la boutique."],
    de: [
      "Brot, gebacken im Morgengrauen",
      "Wir verwenden keine Zusatzstoffe. Besuchen Sie uns im Laden.",
    ],
    es: ["Pan horneado al amanecer", "No usamos aditivos. Ven a vernos a la tienda."],
    pt: ["Pão cozido ao amanhecer", "Não usamos aditivos. Venha visitar-nos na loja."],
    it: ["Pane sfornato all'alba", "Non usiamo additivi. Vieni a trovarci in negozio."],
  } as const;
  const ENGLISH_CLOSINGS = [...TONE_RULES.en.friendlyClosings, ...TONE_RULES.en.formalClosings];

  it.each([
    ["en", "make it warmer", "friendlier"],
    ["en", "more formal, please", "formal"],
    ["fr", "rends le ton plus chaleureux", "friendlier"],
    ["fr", "plus formel", "formal"],
    ["de", "mach den Text freundlicher", "friendlier"],
    ["de", "formeller", "formal"],
    ["es", "hazlo más cercano", "friendlier"],
    ["es", "más formal", "formal"],
    ["pt", "mais caloroso", "friendlier"],
    ["pt", "deixe o texto mais formal", "formal"],
    ["it", "rendi il testo più amichevole", "friendlier"],
    ["it", "più formale", "formal"],
  ] as const)(
    "%s page, %s: the hero rewritten in its own language, labelled in the request's",
    (language, request, how) => {
      const [heading, subheading] = HEROES[language];
      const out = plan(request, {
        pageLanguage: language,
        blocks: [block("hero1", "hero", { heading, subheading })],
      });
      expect(out.refusal).toBeNull();
      const [op] = out.operations;
      const said = MESSAGES[language];
      expect(op).toMatchObject({
        op: "set_block_props",
        blockId: "hero1",
        label: said.tone(how === "formal" ? said.formal : said.friendlier),
      });
      const before: Record<string, string> = { heading, subheading };
      const after = propsOf(op!);
      expect(Object.keys(after).length).toBeGreaterThan(0);
      for (const [prop, text] of Object.entries(after)) expect(text).not.toBe(before[prop]);
      if (language !== "en")
        for (const closing of ENGLISH_CLOSINGS)
          expect(String(after.subheading ?? "")).not.toContain(closing);
      expect(parseBlockProps("hero", { heading, subheading, ...after }).ok).toBe(true);
    },
  );

  it("says a model is needed for the tone of a page in a language without tone rules", () => {
    const out = plan("make it more formal", { pageLanguage: "ja" });
    expect(out.operations).toEqual([]);
    expect(out.refusal).toBe(MESSAGES.en.toneNeedsModel);
  });

  it.each([
    ["translate the page into Japanese and add a booking calendar", "en", "en"],
    ["écris un poème sur nos croissants", "en", "fr"],
    ["schreib bitte ein Gedicht über unser Brot", "en", "de"],
    ["escribe un poema sobre los cruasanes", "en", "es"],
    ["escreva um poema sobre os croissants", "en", "pt"],
    ["scrivi una poesia sui cornetti", "en", "it"],
    // Too few words to tell the request's language: the store's.
    ["Gedicht", "de", "de"],
    ["poema", "es", "es"],
  ] as const)(
    "%s (a %s page): the clear refusal in the merchant's language",
    (request, pageLanguage, language) => {
      const out = plan(request, { pageLanguage });
      expect(out.operations).toEqual([]);
      expect(out.refusal).toBe(REFUSALS[language]);
    },
  );

  it.each([
    ["de", "füge eine FAQ zu Gluten hinzu", "Fragen zu Gluten", "Neuer Abschnitt: FAQ"],
    ["es", "añade una FAQ sobre el gluten", "Preguntas sobre gluten", "Nueva sección"],
    ["pt", "adicione uma FAQ sobre o glúten", "Perguntas sobre glúten", "Nova secção"],
    ["it", "aggiungi una FAQ sul glutine", "Domande su glutine", "Nuova sezione: FAQ"],
  ] as const)(
    "%s page, %s: a new FAQ written in the page's language",
    (pageLanguage, request, heading, label) => {
      const [op] = plan(request, { pageLanguage }).operations;
      expect(op).toMatchObject({ op: "add_section", section: "faq" });
      expect(op!.label).toContain(label);
      const props = propsOf(op!);
      expect(props.heading).toBe(heading);
      expect(parseBlockProps("faq", props).ok).toBe(true);
    },
  );

  it("leaves a section in a language it has no words for to a model", () => {
    const out = plan("add an FAQ about gluten", { pageLanguage: "ja" });
    expect(out.operations).toEqual([]);
    expect(out.refusal).toBe(REFUSALS.en);
  });
});
