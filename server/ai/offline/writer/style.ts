import { contrastRatio, readableTextOn } from "../../../../blocks/theme/index.ts";
import type { BriefFacts } from "../../brief/facts.ts";
import type { PlanColors, PlanStyle } from "../../site/plan.ts";
import type { Mood } from "../../../../domain/ai-vocabulary.ts";
import type { Random } from "../random.ts";
import { applyThemeHints, chooseStyle } from "../styles.ts";
import type { TradeEntry } from "../trades/types.ts";
import type { LanguageKit } from "./kit.ts";

/**
 * The store's look from the brief: its mood (or the trade's), the colours it names in the roles
 * it gives them, "dark", "light", "cream" or "pastel", and its fonts. What cannot be honoured
 * (a colour that would leave text unreadable in its role, a font outside the curated set) is
 * said in the returned notes, in the store's language.
 */
export function writeStyle(
  facts: BriefFacts,
  entry: TradeEntry | undefined,
  kit: LanguageKit,
  random: Random,
): { style: PlanStyle; notes: string[] } {
  const notes: string[] = [];
  const moods = entry?.moods ?? [];
  const mood: Mood =
    facts.mood ??
    (moods.length > 0 && random.next() < 0.7
      ? moods[0]!
      : random.pick(moods.length > 0 ? moods : (["warm", "fresh", "minimal", "calm"] as const)));
  const style = chooseStyle(mood, random.fork("palette"));
  let colors: PlanColors = applyThemeHints(style.colors, facts.themeHints);

  const free = ["primary", "accent", "secondary"] as const;
  let next = 0;
  for (const color of facts.colors) {
    const hex = color.hex.toLowerCase();
    if (color.role === "text") {
      if (contrastRatio(hex, colors.background) >= 4.5) colors.text = hex;
      else {
        // Unreadable as text: it still shows, as a brand colour.
        notes.push(kit.notes.colour(color.word));
        if (next < free.length) colors[free[next++]!] = hex;
      }
    } else if (color.role === "background") {
      colors = { ...colors, background: hex, surface: hex };
      if (contrastRatio(colors.text, hex) < 4.5) colors.text = readableTextOn(hex);
      if (contrastRatio(colors.muted, hex) < 4.5) colors.muted = colors.text;
    } else if (color.role === "primary" || color.role === "accent") {
      colors[color.role] = hex;
    } else if (next < free.length) {
      colors[free[next++]!] = hex;
    }
  }

  const [heading, body] = facts.fonts;
  for (const font of facts.fonts) {
    if (font.asked.toLowerCase() !== font.font.toLowerCase())
      notes.push(kit.notes.font(font.asked, font.font));
  }
  return {
    style: {
      ...style,
      colors,
      headingFont: heading?.font ?? style.headingFont,
      bodyFont: body?.font ?? style.bodyFont,
    },
    notes,
  };
}
