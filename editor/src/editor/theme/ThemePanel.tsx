import { useEffect, useId, useState } from "react";
import { shared } from "../i18n/messages.ts";
import {
  BUTTON_SHAPES,
  BUTTON_STYLES,
  checkThemeContrast,
  ensureReadableTheme,
  FONT_FAMILIES,
  FONTS,
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

const COLOR_LABELS: Record<ThemeColorToken, string> = {
  primary: "Primary",
  onPrimary: "Text on primary",
  secondary: "Secondary",
  onSecondary: "Text on secondary",
  accent: "Accent",
  onAccent: "Text on accent",
  background: "Page background",
  surface: "Cards and panels",
  text: "Text",
  muted: "Secondary text",
};

const SHAPE_LABELS = { square: "Square", rounded: "Rounded", pill: "Pill" } as const;
const STYLE_LABELS = { solid: "Filled", outline: "Outline" } as const;

type ThemePatch = Parameters<typeof setTheme>[1];

/**
 * The site's look: colours, fonts, corners and buttons. Every change shows on the canvas at once
 * (and for collaborators); colour pairs that become hard to read are flagged, with a fix.
 */
export function ThemePanel() {
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
        <Notice tone="warning" title="Some colours are hard to read">
          <ul className="contrast-list">
            {problems.map((problem) => (
              <li key={`${problem.foreground}-${problem.background}`}>
                {COLOR_LABELS[problem.foreground]} on{" "}
                {COLOR_LABELS[problem.background].toLowerCase()}: {problem.ratio}:1 (needs{" "}
                {problem.minimum}:1)
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
            Fix them for me
          </Button>
        </Notice>
      ) : null}

      <section className="theme-panel__section" aria-labelledby="theme-colors">
        <h3 id="theme-colors" className="panel-subtitle">
          Colours
        </h3>
        <div className="palette">
          {THEME_COLOR_TOKENS.map((token) => (
            <ColorRow
              key={token}
              label={COLOR_LABELS[token]}
              value={theme.colors[token]}
              flagged={tokensWithProblems.has(token)}
              onChange={(value) => apply({ colors: { [token]: value } }, `color:${token}`)}
            />
          ))}
        </div>
      </section>

      <section className="theme-panel__section" aria-labelledby="theme-fonts">
        <h3 id="theme-fonts" className="panel-subtitle">
          Fonts
        </h3>
        <FontSelect
          label="Headings"
          value={theme.fonts.heading}
          onChange={(heading) => apply({ fonts: { heading } })}
        />
        <FontSelect
          label="Body text"
          value={theme.fonts.body}
          onChange={(body) => apply({ fonts: { body } })}
        />
        <RangeRow
          label="Heading weight"
          min={300}
          max={900}
          step={100}
          value={theme.fonts.headingWeight}
          onChange={(headingWeight) => apply({ fonts: { headingWeight } }, "headingWeight")}
        />
      </section>

      <section className="theme-panel__section" aria-labelledby="theme-shape">
        <h3 id="theme-shape" className="panel-subtitle">
          Shape
        </h3>
        <RangeRow
          label="Corner radius"
          min={0}
          max={48}
          step={1}
          unit="px"
          value={theme.radius}
          onChange={(radius) => apply({ radius }, "radius")}
        />
        <RangeRow
          label="Spacing"
          min={2}
          max={16}
          step={1}
          unit="px"
          value={theme.spacing}
          onChange={(spacing) => apply({ spacing }, "spacing")}
        />
        <Choice
          label="Buttons"
          options={BUTTON_STYLES.map((value) => ({ value, label: STYLE_LABELS[value] }))}
          value={theme.buttonStyle}
          onChange={(buttonStyle) => apply({ buttonStyle: buttonStyle as Theme["buttonStyle"] })}
        />
        <Choice
          label="Button shape"
          options={BUTTON_SHAPES.map((value) => ({ value, label: SHAPE_LABELS[value] }))}
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
  const id = useId();
  const [hex, setHex] = useState(value);
  useEffect(() => setHex(value), [value]);
  return (
    <div className="palette__row" data-flagged={flagged || undefined}>
      <input
        type="color"
        className="palette__picker"
        value={value}
        aria-label={`${label} colour`}
        data-doc-field=""
        onChange={(event) => onChange(event.target.value.toLowerCase())}
      />
      <label htmlFor={id} className="palette__label">
        {label}
        {flagged ? <span className="visually-hidden"> (hard to read)</span> : null}
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
              {family} ({FONTS[family].category})
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
  const id = useId();
  return (
    <div className="prop-field">
      <label htmlFor={id} className="prop-field__label-row">
        <span className="prop-field__head">
          <span className="prop-field__label">{label}</span>
          <span className="prop-field__counter">
            {value}
            {unit ?? ""}
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
