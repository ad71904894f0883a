import { copySlotsOf } from "../../../../blocks/ai/slots.ts";
import { getBlockDefinition, parseBlockProps } from "../../../../blocks/registry.ts";
import { FONT_FAMILIES, closestFont, type FontFamily } from "../../../../blocks/theme/index.ts";
import { changeOperation, encodeProps } from "../../describe-change/operations.ts";
import type {
  ChangeOperation,
  ChangeSectionKind,
  DescribeChangeData,
  DescribeChangeOutput,
  RewriteMode,
} from "../../tasks.ts";
import { capitalise } from "../copy.ts";
import { languageOfLocale } from "../../brief/language.ts";
import { createRandom } from "../random.ts";
import { textKind } from "../rewrite.ts";
import { retone } from "../tone/index.ts";
import {
  namedColors,
  paintSection,
  shadeSection,
  shadeTheme,
  themeInColors,
  type Shade,
} from "./colors.ts";
import { sectionName, sectionProps } from "./sections.ts";
import {
  ADD,
  BODY_WORDS,
  clausesOf,
  DARKER,
  FONT_WORDS,
  HERO_WORDS,
  LIGHTER,
  MENTION,
  messagesFor,
  REFUSALS,
  REMOVE,
  requestLanguage,
  SANS_WORDS,
  SECTION_WORDS,
  SERIF_WORDS,
  THEME_WORDS,
  TONE_FORMAL,
  TONE_FRIENDLIER,
  TOPIC,
  type Messages,
  type RequestLanguage,
} from "./words.ts";

/**
 * The offline answer to "describe a change": the request split into the changes it asks for, each
 * planned by rules over the page's blocks and the theme: colours (darker, lighter, named), fonts,
 * tone, a section added or removed, a fact mentioned. What the rules do not understand gets the
 * clear "needs an AI model" answer in the merchant's language; testimonials and numbers are never
 * written. Every operation proposed already passes the readability rules it will be checked by.
 */
export function offlineDescribeChange(data: DescribeChangeData): DescribeChangeOutput {
  const language = requestLanguage(data.request, languageOfLocale(data.pageLanguage) ?? "en");
  const said = messagesFor(language);
  const operations: ChangeOperation[] = [];
  const notes: string[] = [];
  let unknown = 0;
  for (const clause of clausesOf(data.request)) {
    const planned = planClause(clause, { data, language, said });
    if (planned === null) unknown++;
    else if (typeof planned === "string") notes.push(planned);
    else operations.push(...planned);
  }
  if (operations.length === 0) {
    return { summary: "", operations: [], refusal: notes.join(" ") || REFUSALS[language] };
  }
  const summary = [
    said.summary(operations.length),
    notes.length ? `${said.notDone}: ${notes.join(" ")}` : "",
    unknown ? REFUSALS[language] : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { summary: summary.slice(0, 400), operations, refusal: null };
}

type Context = { data: DescribeChangeData; language: RequestLanguage; said: Messages };
/** Operations, a sentence saying why not, or null for "not understood". */
type Planned = ChangeOperation[] | string | null;
type PageBlock = DescribeChangeData["blocks"][number];

function planClause(clause: string, ctx: Context): Planned {
  const kind = SECTION_WORDS.find(([pattern]) => pattern.test(clause))?.[1] ?? null;
  if (REMOVE.test(clause) && kind) return removeSection(kind, ctx);
  const fact = MENTION.exec(clause)?.[1];
  if (fact) return mention(fact, ctx);
  if (ADD.test(clause) && kind) return addSection(kind, clause, ctx);
  const tone: RewriteMode | null = TONE_FRIENDLIER.test(clause)
    ? "friendlier"
    : TONE_FORMAL.test(clause)
      ? "more-formal"
      : null;
  if (tone) return changeTone(tone, ctx);
  const font = fontOf(clause, ctx.data.theme.fonts.heading);
  if (font) return setFont(font, BODY_WORDS.test(clause), ctx);
  const colours = namedColors(clause);
  if (colours.length) return setColours(colours, clause, ctx);
  const shade: Shade | null = DARKER.test(clause)
    ? "darker"
    : LIGHTER.test(clause)
      ? "lighter"
      : null;
  if (shade) return changeShade(shade, clause, ctx);
  return null;
}

// ---------------------------------------------------------------------------------------------
// sections

function removeSection(kind: string, { data, language, said }: Context): Planned {
  const blocks = data.blocks.filter((b) => b.type === kind);
  if (blocks.length === 0) return said.noSuchSection(sectionName(kind, language));
  return blocks.map((block) =>
    changeOperation({
      op: "remove_block",
      blockId: block.id,
      label: said.remove(sectionName(kind, language)),
    }),
  );
}

const NEVER_INVENTED = new Set(["testimonials", "stats"]);
/** Sections that close a page: a new section goes before them. */
const CLOSING = new Set(["footer", "newsletter", "cta-banner", "contact-form"]);

function addSection(kind: string, clause: string, { data, language, said }: Context): Planned {
  if (NEVER_INVENTED.has(kind)) return said.noQuotes;
  if (!(data.sections as readonly string[]).includes(kind)) return null;
  const topic =
    TOPIC.exec(clause)?.[1]
      ?.replace(/[.!?]+$/, "")
      .trim() || null;
  const props = sectionProps(kind as ChangeSectionKind, data.pageLanguage, topic, data.site.name);
  if (!props) return null;
  return [
    changeOperation({
      op: "add_section",
      section: kind as ChangeSectionKind,
      blockId: placeAfter(kind, data),
      props: encodeProps(props),
      label: said.add(sectionName(kind, language)),
    }),
  ];
}

/** After the selected block, else after the last block that does not close the page. */
function placeAfter(kind: string, data: DescribeChangeData): string | null {
  const selected = data.blocks.find((b) => b.id === data.selectedBlockId);
  if (selected && !["header", "footer"].includes(selected.type)) return selected.id;
  const closing = kind === "newsletter" ? new Set(["footer"]) : CLOSING;
  const open = data.blocks.filter((b) => !closing.has(b.type) && b.type !== "footer");
  return open.at(-1)?.id ?? null;
}

// ---------------------------------------------------------------------------------------------
// words

/** The block a words change is about: the selected one when it has words, else the hero. */
function wordsTarget(data: DescribeChangeData, props: string[]): PageBlock | null {
  const has = (b: PageBlock) => props.some((p) => typeof b.props[p] === "string");
  const selected = data.blocks.find((b) => b.id === data.selectedBlockId);
  if (selected && has(selected)) return selected;
  return data.blocks.find((b) => b.type === "hero") ?? data.blocks.find(has) ?? null;
}

function mention(raw: string, { data, said }: Context): Planned {
  const fact = raw.replace(/[\s.!?;:]+$/, "").trim();
  if (fact.length < 3) return null;
  const block = wordsTarget(data, ["subheading", "text"]);
  if (!block) return null;
  const prop = typeof block.props.subheading === "string" ? "subheading" : "text";
  const current = String(block.props[prop] ?? "").trim();
  const sentence = `${capitalise(fact)}.`;
  if (current.toLowerCase().includes(fact.toLowerCase())) return [];
  const next = current
    ? `${/[.!?…]$/.test(current) ? current : `${current}.`} ${sentence}`
    : sentence;
  if (!parseBlockProps(block.type, { ...block.props, [prop]: next }).ok) return said.tooLong;
  return [
    changeOperation({
      op: "set_block_props",
      blockId: block.id,
      props: encodeProps({ [prop]: next }),
      label: said.mention,
    }),
  ];
}

/**
 * The words of the block in view rewritten by the page language's tone rules (../tone/), told the
 * page's language rather than guessing it from a short heading. A page in a language without
 * rules, or words the rules cannot move, get the "needs an AI model" answer.
 */
function changeTone(mode: RewriteMode, { data, said }: Context): Planned {
  const language = languageOfLocale(data.pageLanguage);
  const block = wordsTarget(data, ["heading", "subheading", "text"]);
  const definition = block ? getBlockDefinition(block.type) : undefined;
  if (!language || !block || !definition) return said.toneNeedsModel;
  const tone = mode === "friendlier" ? "friendly" : "formal";
  const pick = createRandom(`${mode}|${data.site.name}`).next();
  const props: Record<string, string> = {};
  // The block's own plain texts (headings, lines, labels); list items and rich text stay as they are.
  for (const { path, kind, text, maxLength } of copySlotsOf(definition, block.props)) {
    if (kind !== "plain" || path.includes("[")) continue;
    const toneKind = textKind(path, text);
    const out = retone(text, tone, { kind: toneKind, language, maxLength, pick }).trim();
    if (out && out !== text && out.length <= maxLength) props[path] = out;
  }
  if (Object.keys(props).length === 0) return said.toneNeedsModel;
  return [
    changeOperation({
      op: "set_block_props",
      blockId: block.id,
      props: encodeProps(props),
      label: said.tone(mode === "friendlier" ? said.friendlier : said.formal),
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// fonts and colours

const SERIF_CHOICES: FontFamily[] = ["Playfair Display", "Fraunces", "Lora", "Libre Baskerville"];
const SANS_CHOICES: FontFamily[] = ["Inter", "DM Sans", "Montserrat", "Space Grotesk"];

/** The curated font a clause asks for: by name ("Playfair"), by style, or the nearest to a name. */
function fontOf(clause: string, current: string): FontFamily | null {
  const lower = clause.toLowerCase();
  const byName = FONT_FAMILIES.find((family) => {
    const name = family.toLowerCase();
    const key = name.split(" ").sort((a, b) => b.length - a.length)[0]!;
    const distinctive = key.length >= 5 && !["libre", "display", "serif"].includes(key);
    return (
      lower.includes(name) || (distinctive && new RegExp(`(?<![\\p{L}])${key}`, "u").test(lower))
    );
  });
  if (byName) return byName;
  if (!FONT_WORDS.test(clause)) return null;
  if (SANS_WORDS.test(clause)) return SANS_CHOICES.find((f) => f !== current) ?? null;
  if (SERIF_WORDS.test(clause)) return SERIF_CHOICES.find((f) => f !== current) ?? null;
  const named = /(?:font|police|schrift|fuente|fonte|carattere)\s+([A-Z][\w ]{2,30})/.exec(
    clause,
  )?.[1];
  return named ? closestFont(named) : null;
}

function setFont(font: FontFamily, body: boolean, { said }: Context): Planned {
  return [
    changeOperation({
      op: "set_theme",
      ...(body ? { bodyFont: font } : { headingFont: font }),
      label: said.fonts(font),
    }),
  ];
}

function setColours(
  colours: { name: string; hex: string }[],
  clause: string,
  ctx: Context,
): Planned {
  const { data, said } = ctx;
  const hero = data.blocks.find((b) => b.type === "hero");
  if (HERO_WORDS.test(clause) && hero && colours.length === 1) {
    const props = paintSection(hero.props, data.theme, colours[0]!.hex);
    if (!props) return said.unreadable;
    return [
      changeOperation({
        op: "set_block_props",
        blockId: hero.id,
        props: encodeProps(props),
        label: `${said.hero}: ${colours[0]!.name}`,
      }),
    ];
  }
  const colors = themeInColors(
    data.theme,
    colours.map((c) => c.hex),
  );
  if (!colors) return said.unreadable;
  return [
    changeOperation({
      op: "set_theme",
      colors: Object.entries(colors).map(([token, hex]) => ({ token: token as never, hex })),
      label: said.colors(colours.map((c) => c.name).join(" + ")),
    }),
  ];
}

function changeShade(shade: Shade, clause: string, { data, said }: Context): Planned {
  const selected = data.blocks.find((b) => b.id === data.selectedBlockId);
  const hero = data.blocks.find((b) => b.type === "hero");
  const section = HERO_WORDS.test(clause)
    ? hero
    : THEME_WORDS.test(clause)
      ? undefined
      : selected && "background" in selected.props
        ? selected
        : hero;
  if (section) {
    const props = shadeSection(section.props, data.theme, shade);
    if (!props) return shade === "darker" ? said.nothingToDarken : said.nothingToLighten;
    const name = section.type === "hero" ? said.hero : section.label;
    return [
      changeOperation({
        op: "set_block_props",
        blockId: section.id,
        props: encodeProps(props),
        label: shade === "darker" ? said.darker(name) : said.lighter(name),
      }),
    ];
  }
  const colors = shadeTheme(data.theme, shade);
  if (!colors) return said.unreadable;
  return [
    changeOperation({
      op: "set_theme",
      colors: Object.entries(colors).map(([token, hex]) => ({ token: token as never, hex })),
      label: shade === "darker" ? said.darker(said.theme) : said.lighter(said.theme),
    }),
  ];
}
