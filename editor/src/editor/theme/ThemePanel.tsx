import { useEffect, useId, useState } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { message } from "../../i18n/message.ts";
import { shared } from "../i18n/messages.ts";
import {
  BUTTON_SHAPES,
  BUTTON_STYLES,
  checkThemeContrast,
  ensureReadableTheme,
  FONT_FAMILIES,
  FONTS,
  type FontCategory,
  THEME_COLOR_TOKENS,
  type Theme,
  type ThemeColorToken,
} from "../../../../blocks/theme/index.ts";
import type { setTheme } from "../../../../collab/doc/ops.ts";
import { EditorStillLoading, isSiteEditError, loadSharedOps, sharedOps } from "../session/ops.ts";
import { Button } from "../../ui/Button.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { useEditor, useTheme } from "../state/hooks.ts";

const HEX = /^#[0-9a-fA-F]{6}$/;

const COLOR_LABELS: Record<ThemeColorToken, MessageDescriptor> = {
  primary: message({ id: "editor.theme.color.primary", defaultMessage: "Primary" }),
  onPrimary: message({ id: "editor.theme.color.onPrimary", defaultMessage: "Text on primary" }),
  secondary: message({ id: "editor.theme.color.secondary", defaultMessage: "Secondary" }),
  onSecondary: message({
    id: "editor.theme.color.onSecondary",
    defaultMessage: "Text on secondary",
  }),
  accent: message({ id: "editor.theme.color.accent", defaultMessage: "Accent" }),
  onAccent: message({ id: "editor.theme.color.onAccent", defaultMessage: "Text on accent" }),
  background: message({ id: "editor.theme.color.background", defaultMessage: "Page background" }),
  surface: message({ id: "editor.theme.color.surface", defaultMessage: "Cards and panels" }),
  text: message({ id: "editor.theme.color.text", defaultMessage: "Text" }),
  muted: message({ id: "editor.theme.color.muted", defaultMessage: "Secondary text" }),
};

const SHAPE_LABELS = {
  square: message({ id: "editor.theme.shape.square", defaultMessage: "Square" }),
  rounded: message({ id: "editor.theme.shape.rounded", defaultMessage: "Rounded" }),
  pill: message({ id: "editor.theme.shape.pill", defaultMessage: "Pill" }),
};
const STYLE_LABELS = {
  solid: message({ id: "editor.theme.style.solid", defaultMessage: "Filled" }),
  outline: message({ id: "editor.theme.style.outline", defaultMessage: "Outline" }),
};
const FONT_CATEGORIES: Record<FontCategory, MessageDescriptor> = {
  serif: message({ id: "editor.theme.font.serif", defaultMessage: "{family} (serif)" }),
  sans: message({ id: "editor.theme.font.sans", defaultMessage: "{family} (sans)" }),
  display: message({ id: "editor.theme.font.display", defaultMessage: "{family} (display)" }),
};

type ThemePatch = Parameters<typeof setTheme>[1];

/**
 * The site's look: colours, fonts, corners and buttons. Every change shows on the canvas at once
 * (and for collaborators); colour pairs that become hard to read are flagged, with a fix.
 */
export function ThemePanel() {
  const intl = useIntl();
  const session = useEditor();
  const theme = useTheme();
  const problems = checkThemeContrast(theme);
  const apply = (patch: ThemePatch, key: string | null = null) => {
    // Dragging a colour picker or a slider is one undo step; a click is one of its own.
    session.beginEdit(key === null ? null : `theme:${key}`);
    try {
      sharedOps().setTheme(session.ydoc, patch, session.origin);
    } catch (error) {
      if (isSiteEditError(error))
        session.notify(
          session.intl.formatMessage(shared.valueRefused, { reason: error.message }),
          "danger",
        );
      else if (error instanceof EditorStillLoading)
        void loadSharedOps().then(() => apply(patch, key));
      else throw error;
    }
  };
  const tokensWithProblems = new Set(
    problems.flatMap((problem) => [problem.foreground, problem.background]),
  );

  return (
    <div className="theme-panel">
      {problems.length > 0 ? (
        <Notice
          tone="warning"
          title={intl.formatMessage({
            id: "editor.theme.contrastTitle",
            defaultMessage: "Some colours are hard to read",
          })}
        >
          <ul className="contrast-list">
            {problems.map((problem) => (
              <li key={`${problem.foreground}-${problem.background}`}>
                <FormattedMessage
                  id="editor.theme.contrastPair"
                  defaultMessage="{foreground} on {background}: {ratio}:1 (needs {minimum}:1)"
                  values={{
                    foreground: intl.formatMessage(COLOR_LABELS[problem.foreground]),
                    background: intl.formatMessage(COLOR_LABELS[problem.background]).toLowerCase(),
                    ratio: intl.formatNumber(problem.ratio, { maximumFractionDigits: 2 }),
                    minimum: intl.formatNumber(problem.minimum, { maximumFractionDigits: 1 }),
                  }}
                />
              </li>
            ))}
          </ul>
          <Button
            size="sm"
            className="contrast-fix"
            onClick={() => {
              const { theme: fixed } = ensureReadableTheme(theme);
              apply({ colors: fixed.colors });
            }}
          >
            <FormattedMessage id="editor.theme.contrastFix" defaultMessage="Fix them for me" />
          </Button>
        </Notice>
      ) : null}

      <section className="theme-panel__section" aria-labelledby="theme-colors">
        <h3 id="theme-colors" className="panel-subtitle">
          <FormattedMessage id="editor.theme.colors" defaultMessage="Colours" />
        </h3>
        <div className="palette">
          {THEME_COLOR_TOKENS.map((token) => (
            <ColorRow
              key={token}
              label={intl.formatMessage(COLOR_LABELS[token])}
              value={theme.colors[token]}
              flagged={tokensWithProblems.has(token)}
              onChange={(value) => apply({ colors: { [token]: value } }, `color:${token}`)}
            />
          ))}
        </div>
      </section>

      <section className="theme-panel__section" aria-labelledby="theme-fonts">
        <h3 id="theme-fonts" className="panel-subtitle">
          <FormattedMessage id="editor.theme.fonts" defaultMessage="Fonts" />
        </h3>
        <FontSelect
          label={intl.formatMessage({ id: "editor.theme.headings", defaultMessage: "Headings" })}
          value={theme.fonts.heading}
          onChange={(heading) => apply({ fonts: { heading } })}
        />
        <FontSelect
          label={intl.formatMessage({ id: "editor.theme.body", defaultMessage: "Body text" })}
          value={theme.fonts.body}
          onChange={(body) => apply({ fonts: { body } })}
        />
        <RangeRow
          label={intl.formatMessage({
            id: "editor.theme.headingWeight",
            defaultMessage: "Heading weight",
          })}
          min={300}
          max={900}
          step={100}
          value={theme.fonts.headingWeight}
          onChange={(headingWeight) => apply({ fonts: { headingWeight } }, "headingWeight")}
        />
      </section>

      <section className="theme-panel__section" aria-labelledby="theme-shape">
        <h3 id="theme-shape" className="panel-subtitle">
          <FormattedMessage id="editor.theme.shape" defaultMessage="Shape" />
        </h3>
        <RangeRow
          label={intl.formatMessage({ id: "editor.theme.radius", defaultMessage: "Corner radius" })}
          min={0}
          max={48}
          step={1}
          unit="px"
          value={theme.radius}
          onChange={(radius) => apply({ radius }, "radius")}
        />
        <RangeRow
          label={intl.formatMessage({ id: "editor.theme.spacing", defaultMessage: "Spacing" })}
          min={2}
          max={16}
          step={1}
          unit="px"
          value={theme.spacing}
          onChange={(spacing) => apply({ spacing }, "spacing")}
        />
        <Choice
          label={intl.formatMessage({ id: "editor.theme.buttons", defaultMessage: "Buttons" })}
          options={BUTTON_STYLES.map((value) => ({
            value,
            label: intl.formatMessage(STYLE_LABELS[value]),
          }))}
          value={theme.buttonStyle}
          onChange={(buttonStyle) => apply({ buttonStyle: buttonStyle as Theme["buttonStyle"] })}
        />
        <Choice
          label={intl.formatMessage({
            id: "editor.theme.buttonShape",
            defaultMessage: "Button shape",
          })}
          options={BUTTON_SHAPES.map((value) => ({
            value,
            label: intl.formatMessage(SHAPE_LABELS[value]),
          }))}
          value={theme.buttonShape}
          onChange={(buttonShape) => apply({ buttonShape: buttonShape as Theme["buttonShape"] })}
        />
      </section>
    </div>
  );
}

function ColorRow({
  label,
  value,
  flagged,
  onChange,
}: {
  label: string;
  value: string;
  flagged: boolean;
  onChange: (value: string) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const [hex, setHex] = useState(value);
  useEffect(() => setHex(value), [value]);
  return (
    <div className="palette__row" data-flagged={flagged || undefined}>
      <input
        type="color"
        className="palette__picker"
        value={value}
        aria-label={intl.formatMessage(
          { id: "editor.theme.colorPicker", defaultMessage: "{label} colour" },
          { label },
        )}
        data-doc-field=""
        onChange={(event) => onChange(event.target.value.toLowerCase())}
      />
      <label htmlFor={id} className="palette__label">
        {label}
        {flagged ? (
          <span className="visually-hidden">
            <FormattedMessage id="editor.theme.hardToRead" defaultMessage=" (hard to read)" />
          </span>
        ) : null}
      </label>
      <input
        id={id}
        className="input palette__hex"
        value={hex}
        maxLength={7}
        spellCheck={false}
        data-doc-field=""
        aria-invalid={!HEX.test(hex) || undefined}
        onChange={(event) => {
          setHex(event.target.value);
          if (HEX.test(event.target.value.trim()))
            onChange(event.target.value.trim().toLowerCase());
        }}
        onBlur={() => setHex(value)}
      />
    </div>
  );
}

function FontSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: (typeof FONT_FAMILIES)[number]) => void;
}) {
  const intl = useIntl();
  const id = useId();
  return (
    <div className="prop-field">
      <label htmlFor={id} className="prop-field__label-row">
        <span className="prop-field__label">{label}</span>
      </label>
      <div className="select select--sm">
        <select
          id={id}
          className="select__control"
          value={value}
          onChange={(event) => onChange(event.target.value as (typeof FONT_FAMILIES)[number])}
        >
          {FONT_FAMILIES.map((family) => (
            <option key={family} value={family}>
              {intl.formatMessage(FONT_CATEGORIES[FONTS[family].category], { family })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function RangeRow({
  label,
  min,
  max,
  step,
  unit,
  value,
  onChange,
}: {
  label: string;
  min: number;
  max: number;
  step: number;
  unit?: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const intl = useIntl();
  const id = useId();
  return (
    <div className="prop-field">
      <label htmlFor={id} className="prop-field__label-row">
        <span className="prop-field__head">
          <span className="prop-field__label">{label}</span>
          <span className="prop-field__counter">
            {intl.formatNumber(value)}
            {unit}
          </span>
        </span>
      </label>
      <input
        id={id}
        type="range"
        className="number-control__range"
        min={min}
        max={max}
        step={step}
        value={value}
        data-doc-field=""
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </div>
  );
}

function Choice({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: Array<{ value: string; label: string }>;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <fieldset className="prop-field prop-field--group">
      <legend className="prop-field__legend">
        <span className="prop-field__label">{label}</span>
      </legend>
      <div className="segmented segmented--full" role="radiogroup" aria-label={label}>
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={option.value === value}
            className="segmented__button segmented__button--text"
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
