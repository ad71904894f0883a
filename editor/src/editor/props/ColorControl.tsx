import { useEffect, useId, useState } from "react";
import { useIntl, type IntlShape, type MessageDescriptor } from "react-intl";
import { message } from "../../i18n/message.ts";
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
/** A colour code, the same in every language. */
const HEX_EXAMPLE = "#1f4d3a";

const TOKEN_LABELS: Record<string, MessageDescriptor> = {
  none: message({ id: "editor.color.none", defaultMessage: "None" }),
  background: message({ id: "editor.color.background", defaultMessage: "Page background" }),
  surface: message({ id: "editor.color.surface", defaultMessage: "Surface" }),
  primary: message({ id: "editor.color.primary", defaultMessage: "Primary" }),
  secondary: message({ id: "editor.color.secondary", defaultMessage: "Secondary" }),
  accent: message({ id: "editor.color.accent", defaultMessage: "Accent" }),
  text: message({ id: "editor.color.text", defaultMessage: "Text" }),
  muted: message({ id: "editor.color.muted", defaultMessage: "Muted" }),
  border: message({ id: "editor.color.border", defaultMessage: "Border" }),
};

/** A theme colour's name in the app's language (the token itself when it has none). */
export function tokenLabel(intl: IntlShape, token: string): string {
  const descriptor = TOKEN_LABELS[token];
  return descriptor ? intl.formatMessage(descriptor) : token;
}

/** A contrast ratio as the merchant reads it: one decimal, in the app's number format. */
function ratioText(intl: IntlShape, ratio: number): string {
  return intl.formatNumber(ratio, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

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
export function contrastWarning(
  field: ColorField,
  value: unknown,
  theme: Theme,
  intl: IntlShape,
): string | null {
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
      ? intl.formatMessage(
          {
            id: "editor.color.textContrast",
            defaultMessage:
              "Text on this colour is hard to read (contrast {ratio}:1, aim for {aim}:1). Choose another colour or adjust the theme.",
          },
          { ratio: ratioText(intl, ratio), aim: ratioText(intl, AA_TEXT) },
        )
      : null;
  }
  const color = resolveColor(value, theme);
  if (!color) return null;
  const ratio = contrastRatio(color, theme.colors.background);
  return ratio < AA_UI
    ? intl.formatMessage(
        {
          id: "editor.color.uiContrast",
          defaultMessage:
            "This colour is hard to see on the page background (contrast {ratio}:1, aim for {aim}:1).",
        },
        { ratio: ratioText(intl, ratio), aim: ratioText(intl, AA_UI) },
      )
    : null;
}

export function ColorControl({ field, value, onChange, label }: FieldProps<ColorField>) {
  const intl = useIntl();
  const id = useId();
  const theme = useTheme();
  const current = typeof value === "string" ? value : "none";
  const custom = HEX.test(current);
  const [hex, setHex] = useState(custom ? current : "");
  useEffect(() => {
    if (HEX.test(current)) setHex(current);
  }, [current]);
  const warning = contrastWarning(field, current, theme, intl);
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
              aria-label={tokenLabel(intl, token)}
              title={tokenLabel(intl, token)}
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
            aria-label={intl.formatMessage(
              { id: "editor.color.customPicker", defaultMessage: "{name}: custom colour" },
              { name },
            )}
            value={custom ? current : (resolveColor(current, theme) ?? "#ffffff")}
            data-doc-field=""
            onChange={(event) => onChange(event.target.value.toLowerCase())}
          />
          <input
            id={id}
            className="input color-custom__hex"
            aria-label={intl.formatMessage(
              { id: "editor.color.customCode", defaultMessage: "{name}: custom colour code" },
              { name },
            )}
            placeholder={HEX_EXAMPLE}
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
