import { relativeLuminance } from "../../../blocks/theme/index.ts";
import {
  readColours,
  readFonts,
  readThemeHints,
  type AskedFont,
  type ColourRole,
} from "../brief/style.ts";

/**
 * What a restyle instruction asks for, read without a model by the brief's own style reader
 * (../brief/style.ts): colour words (six languages, or #rrggbb) with the role the words around them
 * give ("navy buttons", "a cream background", "gold accents"), fonts mapped to the nearest curated
 * font for headings or body, and dark/light/cream/pastel. What is restyle's own is here: a colour
 * the instruction gives no role takes the next free one.
 */
export type ColorRole = ColourRole;
export type FontRole = AskedFont["role"];
export type ThemeHint = "dark" | "light" | "cream" | "pastel";

export type StyleRequest = {
  colors: { word: string; hex: string; role: ColorRole }[];
  fonts: AskedFont[];
  hints: ThemeHint[];
};

export function parseStyleRequest(instruction: string): StyleRequest {
  const text = instruction.replace(/\s+/g, " ").trim();
  const colors = readColours(text, { aboutStyle: true }).slice(0, 5);
  return {
    colors: assignRoles(colors),
    fonts: readFonts(text, { aboutStyle: true }),
    hints: readThemeHints(text, { aboutStyle: true }),
  };
}

/** Colours without a stated role take the next free one: main colour, then accent, then the rest. */
function assignRoles(found: ReturnType<typeof readColours>): StyleRequest["colors"] {
  const used = new Set(found.map((f) => f.role).filter(Boolean));
  return found.map((f) => {
    if (f.role) return { word: f.word, hex: f.hex, role: f.role };
    const order: ColorRole[] =
      relativeLuminance(f.hex) > 0.6
        ? ["background", "accent", "secondary"]
        : ["primary", "accent", "secondary", "text"];
    const role = order.find((r) => !used.has(r)) ?? order[0]!;
    used.add(role);
    return { word: f.word, hex: f.hex, role };
  });
}
