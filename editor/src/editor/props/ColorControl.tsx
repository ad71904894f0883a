import { useEffect, useId, useState } from "react";
import type { ColorField } from "../../../../blocks/fields/types.ts";
import {
  AA_TEXT,
  AA_UI,
  BACKGROUND_TOKENS,
  contrastRatio,
  TEXT_ON_BACKGROUND,
  themeCssVariables,
  type BackgroundToken,
  type Theme,
} from "../../../../blocks/theme/index.ts";
import { useTheme } from "../state/hooks.ts";
import { describedBy, FieldFrame, type FieldProps } from "./FieldFrame.tsx";

const HEX = /^#[0-9a-fA-F]{6}$/;

const TOKEN_LABELS: Record<string, string> = {
  none: "None",
  background: "Page background",
  surface: "Surface",
  primary: "Primary",
  secondary: "Secondary",
  accent: "Accent",
  text: "Text",
  muted: "Muted",
  border: "Border",
};

/** The colour a token or custom value paints with in this theme (null for "none"). */
export function resolveColor(value: string, theme: Theme): string | null {
  if (HEX.test(value)) return value.toLowerCase();
  if (value === "none") return null;
  if (value === "border") return themeCssVariables(theme)["--pg-color-border"] ?? null;
  return (theme.colors as Record<string, string>)[value] ?? null;
}

/** A background field is one whose tokens are block backgrounds (text is drawn on it). */
function isBackgroundField(field: ColorField): boolean {
  return field.tokens.some((token) => token === "background" || token === "surface");
}

/**
 * Whether a colour choice leaves text (on a background) or lines (on the page) hard to see, in
 * the merchant's words, with the WCAG ratio. Null when it reads well.
 */
export function contrastWarning(field: ColorField, value: unknown, theme: Theme): string | null {
  if (typeof value !== "string" || value === "none") return null;
  if (isBackgroundField(field)) {
    let ratio: number;
    if ((BACKGROUND_TOKENS as readonly string[]).includes(value)) {
      const token = value as BackgroundToken;
      ratio = contrastRatio(theme.colors[TEXT_ON_BACKGROUND[token]], theme.colors[token]);
    } else if (HEX.test(value)) {
      // The storefront writes white or near-black text on a custom background, whichever reads better.
      ratio = Math.max(contrastRatio("#ffffff", value), contrastRatio("#111111", value));
    } else {
      return null;
    }
    return ratio < AA_TEXT
      ? `Text on this colour is hard to read (contrast ${ratio.toFixed(1)}:1, aim for ${AA_TEXT}:1). Choose another colour or adjust the theme.`
      : null;
  }
  const color = resolveColor(value, theme);
  if (!color) return null;
  const ratio = contrastRatio(color, theme.colors.background);
  return ratio < AA_UI
    ? `This colour is hard to see on the page background (contrast ${ratio.toFixed(1)}:1, aim for ${AA_UI}:1).`
    : null;
}

export function ColorControl({ field, value, onChange, label }: FieldProps<ColorField>) {
  const id = useId();
  const theme = useTheme();
  const current = typeof value === "string" ? value : "none";
  const custom = HEX.test(current);
  const [hex, setHex] = useState(custom ? current : "");
  useEffect(() => {
    if (HEX.test(current)) setHex(current);
  }, [current]);
  const warning = contrastWarning(field, current, theme);
  const name = label ?? field.label;

  return (
    <FieldFrame
      id={id}
      label={name}
      help={field.help}
      note={warning ? <span className="contrast-warning">{warning}</span> : null}
      as="legend"
    >
      <div
        className="swatches"
        role="radiogroup"
        aria-label={name}
        aria-describedby={describedBy(id, { help: field.help, note: warning })}
      >
        {field.tokens.map((token) => {
          const color = resolveColor(token, theme);
          return (
            <button
              key={token}
              type="button"
              role="radio"
              aria-checked={current === token}
              aria-label={TOKEN_LABELS[token] ?? token}
              title={TOKEN_LABELS[token] ?? token}
              className="swatch"
              data-none={color === null || undefined}
              style={color ? { background: color } : undefined}
              onClick={() => onChange(token)}
            />
          );
        })}
      </div>
      {field.allowCustom ? (
        <div className="color-custom">
          <input
            type="color"
            className="color-custom__picker"
            aria-label={`${name}: custom colour`}
            value={custom ? current : (resolveColor(current, theme) ?? "#ffffff")}
            data-doc-field=""
            onChange={(event) => onChange(event.target.value.toLowerCase())}
          />
          <input
            id={id}
            className="input color-custom__hex"
            aria-label={`${name}: custom colour code`}
            placeholder="#1f4d3a"
            value={hex}
            maxLength={7}
            spellCheck={false}
            data-doc-field=""
            aria-invalid={hex !== "" && !HEX.test(hex) ? true : undefined}
            onChange={(event) => {
              const next = event.target.value.trim();
              setHex(next);
              if (HEX.test(next)) onChange(next.toLowerCase());
            }}
          />
        </div>
      ) : null}
    </FieldFrame>
  );
}
