import { z } from "zod";
import {
  checkThemeContrast,
  ensureReadableTheme,
  type ContrastCorrection,
  type ContrastProblem,
} from "./contrast.ts";
import { ZTheme, type Theme } from "./tokens.ts";

export type ParseThemeResult =
  | { ok: true; theme: Theme; corrections: ContrastCorrection[] }
  | { ok: false; error: string; issues: z.ZodError["issues"]; problems: ContrastProblem[] };

/**
 * Validate a theme from outside (theme panel, AI output, import). With `contrast: "correct"`
 * (the default) hard-to-read pairs are fixed and listed; with `"refuse"` they are an error.
 */
export function parseTheme(
  raw: unknown,
  options: { contrast?: "correct" | "refuse" } = {},
): ParseThemeResult {
  const parsed = ZTheme.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: z.prettifyError(parsed.error),
      issues: parsed.error.issues,
      problems: [],
    };
  }
  if (options.contrast === "refuse") {
    const problems = checkThemeContrast(parsed.data);
    if (problems.length > 0) {
      return {
        ok: false,
        error: `Some colours are hard to read:\n${problems.map((p) => `  - ${p.message}`).join("\n")}`,
        issues: [],
        problems,
      };
    }
    return { ok: true, theme: parsed.data, corrections: [] };
  }
  const { theme, corrections } = ensureReadableTheme(parsed.data);
  return { ok: true, theme, corrections };
}
