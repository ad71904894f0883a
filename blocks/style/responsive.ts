import { z } from "zod";
import { contrastRatio } from "../theme/contrast.ts";
import {
  BACKGROUND_TOKENS,
  SPACE_TOKENS,
  TEXT_ON_BACKGROUND,
  ZHexColor,
  type BackgroundToken,
  type SpaceToken,
} from "../theme/tokens.ts";

/** A prop that may differ per screen size. A plain value applies to every size. */
export type Responsive<T> = T | { desktop?: T; tablet?: T; mobile?: T };

export const BREAKPOINTS = { tablet: 768, desktop: 1024 } as const;

/** Wrap a prop schema so it also accepts `{ desktop?, tablet?, mobile? }`. */
export function responsive<S extends z.ZodType>(schema: S) {
  return z.union([
    schema,
    z.strictObject({
      desktop: schema.optional(),
      tablet: schema.optional(),
      mobile: schema.optional(),
    }),
  ]);
}

function isPerScreen<T>(value: Responsive<T>): value is { desktop?: T; tablet?: T; mobile?: T } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The value in force at each tier of mobile-first CSS: base (all screens) = mobile ?? tablet ??
 * desktop; from 768px tablet ?? desktop; from 1024px desktop. Unset tiers inherit from below.
 */
export function resolveResponsive<T>(value: Responsive<T> | undefined): {
  base?: T;
  tablet?: T;
  desktop?: T;
} {
  if (value === undefined) return {};
  if (!isPerScreen(value)) return { base: value };
  return {
    base: value.mobile ?? value.tablet ?? value.desktop,
    tablet: value.tablet ?? value.desktop,
    desktop: value.desktop,
  };
}

/** The value shown on a given screen (the editor's device preview uses this). */
export function valueAt<T>(
  value: Responsive<T> | undefined,
  screen: "mobile" | "tablet" | "desktop",
): T | undefined {
  const r = resolveResponsive(value);
  if (screen === "desktop") return r.desktop ?? r.tablet ?? r.base;
  if (screen === "tablet") return r.tablet ?? r.base;
  return r.base;
}

// ---------------------------------------------------------------------------------------------
// The style vocabulary. Each key accepts a small validated set of values and knows the CSS it
// produces; nothing a merchant types is ever copied into CSS text.

export const ZSpaceToken = z.enum(SPACE_TOKENS);
export const ZAlign = z.enum(["start", "center", "end"]);
export type Align = z.infer<typeof ZAlign>;
export const ZAspectRatio = z.enum([
  "auto",
  "1/1",
  "4/5",
  "3/4",
  "4/3",
  "3/2",
  "16/9",
  "21/9",
  "9/16",
]);
export type AspectRatio = z.infer<typeof ZAspectRatio>;
export const ZContentWidth = z.enum(["narrow", "normal", "wide", "full"]);
export type ContentWidth = z.infer<typeof ZContentWidth>;
export const ZTextSize = z.enum(["sm", "md", "lg", "xl", "2xl", "3xl", "4xl"]);
export type TextSize = z.infer<typeof ZTextSize>;
/** A block colour: a theme token, or a custom #rrggbb. */
export const ZBackgroundColor = z.union([z.enum(BACKGROUND_TOKENS), ZHexColor]);
export type BackgroundColor = z.infer<typeof ZBackgroundColor>;
export const ZLineColor = z.union([
  z.enum(["text", "muted", "primary", "accent", "border"]),
  ZHexColor,
]);
export type LineColor = z.infer<typeof ZLineColor>;

type Declarations = [property: string, value: string][];

function spaceValue(token: SpaceToken): string {
  return token === "none" ? "0" : `var(--pg-space-${token})`;
}

/** The text colour a block with a custom #rrggbb background gets: white or near-black. */
export function textOnCustomBackground(hex: string): "#ffffff" | "#111111" {
  return contrastRatio("#ffffff", hex) >= contrastRatio("#111111", hex) ? "#ffffff" : "#111111";
}

function backgroundDeclarations(color: BackgroundColor | "none"): Declarations {
  if (color === "none") return [];
  if ((BACKGROUND_TOKENS as readonly string[]).includes(color)) {
    const token = color as BackgroundToken;
    const fg = `var(--pg-color-${kebab(TEXT_ON_BACKGROUND[token])})`;
    const bg = `var(--pg-color-${kebab(token)})`;
    return [
      ["background-color", bg],
      ["color", fg],
      // Inner elements (inverse buttons, borders) follow the block's own pair.
      ["--pg-surface-bg", bg],
      ["--pg-surface-fg", fg],
    ];
  }
  const hex = color.toLowerCase();
  const fg = textOnCustomBackground(hex);
  return [
    ["background-color", hex],
    ["color", fg],
    ["--pg-surface-bg", hex],
    ["--pg-surface-fg", fg],
  ];
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

interface StyleProperty<T> {
  schema: z.ZodType<T>;
  /** `responsive(schema)`, built once: building zod schemas per call showed in render profiles. */
  responsiveSchema: z.ZodType<Responsive<T>>;
  css: (value: T) => Declarations;
}

function prop<T>(schema: z.ZodType<T>, css: (value: T) => Declarations): StyleProperty<T> {
  return { schema, responsiveSchema: responsive(schema) as z.ZodType<Responsive<T>>, css };
}

const ASPECT_CSS: Record<AspectRatio, string> = {
  auto: "auto",
  "1/1": "1 / 1",
  "4/5": "4 / 5",
  "3/4": "3 / 4",
  "4/3": "4 / 3",
  "3/2": "3 / 2",
  "16/9": "16 / 9",
  "21/9": "21 / 9",
  "9/16": "9 / 16",
};

const FLEX_ALIGN = { start: "flex-start", center: "center", end: "flex-end" } as const;

export const STYLE_PROPERTIES = {
  paddingBlock: prop(ZSpaceToken, (v) => [["padding-block", spaceValue(v)]]),
  paddingInline: prop(ZSpaceToken, (v) => [["padding-inline", spaceValue(v)]]),
  marginBlock: prop(ZSpaceToken, (v) => [["margin-block", spaceValue(v)]]),
  gap: prop(ZSpaceToken, (v) => [["--pg-gap", spaceValue(v)]]),
  height: prop(ZSpaceToken, (v) => [["height", spaceValue(v)]]),
  /** Grid tracks that the block's CSS reads as `var(--pg-columns)`. */
  columns: prop(z.number().int().min(1).max(12), (v) => [["--pg-columns", String(v)]]),
  span: prop(z.number().int().min(1).max(12), (v) => [["--pg-span", String(v)]]),
  textAlign: prop(ZAlign, (v) => [
    ["text-align", v],
    ["--pg-align", FLEX_ALIGN[v]],
  ]),
  alignItems: prop(z.enum(["start", "center", "end", "stretch"]), (v) => [
    ["align-items", v === "stretch" ? "stretch" : FLEX_ALIGN[v]],
  ]),
  minHeight: prop(z.number().int().min(0).max(1600), (v) => [["min-height", `${v}px`]]),
  maxWidth: prop(ZContentWidth, (v) => [["--pg-content-width", `var(--pg-width-${v})`]]),
  fontSize: prop(ZTextSize, (v) => [["font-size", `var(--pg-text-${v})`]]),
  aspectRatio: prop(ZAspectRatio, (v) => [["--pg-aspect", ASPECT_CSS[v]]]),
  background: prop(z.union([ZBackgroundColor, z.literal("none")]), backgroundDeclarations),
  lineColor: prop(ZLineColor, (v) => [
    ["--pg-line-color", v.startsWith("#") ? v.toLowerCase() : `var(--pg-color-${v})`],
  ]),
  lineWidth: prop(z.number().int().min(1).max(8), (v) => [["--pg-line-width", `${v}px`]]),
  overlayOpacity: prop(z.number().int().min(0).max(90), (v) => [["--pg-overlay", String(v / 100)]]),
  direction: prop(z.enum(["row", "row-reverse", "column", "column-reverse"]), (v) => [
    ["flex-direction", v],
  ]),
} as const;

export type StyleKey = keyof typeof STYLE_PROPERTIES;
type ValueOf<K extends StyleKey> =
  (typeof STYLE_PROPERTIES)[K] extends StyleProperty<infer T> ? T : never;

/** What a component registers for one block: each key may be responsive. */
export type StyleDeclarations = { [K in StyleKey]?: Responsive<ValueOf<K>> };

export interface StyleProblem {
  blockId: string;
  key: string;
  message: string;
}

const BLOCK_ID = /^[A-Za-z0-9_-]{1,64}$/;
type Tier = "base" | "tablet" | "desktop";

/**
 * Collects per-block responsive rules during a render and prints them as mobile-first CSS.
 * Components call `add(id, {...})` through the render context; the renderer calls `toCss()`
 * once the tree has rendered and appends it after the block-type CSS (same specificity, so
 * later wins). Values that fail validation are dropped and listed in `problems`.
 */
export class StyleSheetCollector {
  private readonly rules = new Map<string, Map<Tier, Map<string, string>>>();
  private readonly placeholderColors = new Set<string>();
  readonly problems: StyleProblem[] = [];

  /**
   * A class that paints an image's placeholder colour behind it while it loads (a class, not a
   * style attribute: storefront markup carries no inline styles). Undefined for anything but
   * `#rrggbb`.
   */
  imagePlaceholder(color: string): string | undefined {
    if (!/^#[0-9a-fA-F]{6}$/.test(color)) return undefined;
    const hex = color.slice(1).toLowerCase();
    this.placeholderColors.add(hex);
    return `pg-ph-${hex}`;
  }

  add(blockId: string, declarations: StyleDeclarations): void {
    if (!BLOCK_ID.test(blockId)) {
      this.problems.push({ blockId, key: "*", message: "block ids use letters, digits, _ and -" });
      return;
    }
    let tiers = this.rules.get(blockId);
    if (!tiers) {
      tiers = new Map([
        ["base", new Map()],
        ["tablet", new Map()],
        ["desktop", new Map()],
      ]);
      this.rules.set(blockId, tiers);
    }
    for (const [key, raw] of Object.entries(declarations)) {
      if (raw === undefined) continue;
      if (!Object.hasOwn(STYLE_PROPERTIES, key)) {
        this.problems.push({ blockId, key, message: "not a style this collector knows" });
        continue;
      }
      const property = STYLE_PROPERTIES[key as StyleKey] as StyleProperty<unknown>;
      const checked = property.responsiveSchema.safeParse(raw);
      if (!checked.success) {
        this.problems.push({
          blockId,
          key,
          message: checked.error.issues[0]?.message ?? "invalid",
        });
        continue;
      }
      const r = resolveResponsive(checked.data as Responsive<unknown>);
      for (const tier of ["base", "tablet", "desktop"] as const) {
        const value = r[tier];
        if (value === undefined) continue;
        for (const [cssProp, cssValue] of property.css(value)) {
          tiers.get(tier)!.set(cssProp, cssValue);
        }
      }
    }
  }

  /** Mobile-first CSS for every block added so far; media rules only where a value changes. */
  toCss(): string {
    const out: Record<Tier, string[]> = { base: [], tablet: [], desktop: [] };
    for (const [id, tiers] of this.rules) {
      const selector = `[data-block-id="${id}"]`;
      const inForce = new Map<string, string>();
      for (const tier of ["base", "tablet", "desktop"] as const) {
        const changed: string[] = [];
        for (const [p, v] of tiers.get(tier)!) {
          if (inForce.get(p) === v) continue;
          inForce.set(p, v);
          changed.push(`${p}:${v}`);
        }
        if (changed.length > 0) out[tier].push(`${selector}{${changed.join(";")}}`);
      }
    }
    const placeholders = [...this.placeholderColors].map(
      (hex) => `.pg-ph-${hex}{background-color:#${hex}}`,
    );
    const parts: string[] = [...placeholders, ...out.base];
    if (out.tablet.length > 0) {
      parts.push(`@media (min-width: ${BREAKPOINTS.tablet}px){${out.tablet.join("")}}`);
    }
    if (out.desktop.length > 0) {
      parts.push(`@media (min-width: ${BREAKPOINTS.desktop}px){${out.desktop.join("")}}`);
    }
    return parts.join("\n");
  }

  get size(): number {
    return this.rules.size;
  }
}

/** A block background: a theme colour, a custom #rrggbb, or none (transparent). */
export const ZBlockBackground = z.union([ZBackgroundColor, z.literal("none")]);
export type BlockBackground = z.infer<typeof ZBlockBackground>;
