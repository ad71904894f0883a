import { useId, type FormEvent } from "react";
import { FONT_FAMILIES, type FontFamily } from "../../../blocks/theme/fonts.ts";
import { LANGUAGES, TRADE_GROUPS } from "../../../domain/ai-vocabulary.ts";
import { SUPPORTED_CURRENCIES } from "../../../domain/money.ts";
import type { RouterOutputs } from "../api/types.ts";
import { Button } from "../ui/Button.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { Notice } from "../ui/Notice.tsx";
import { blankOffering, type DraftErrors, type FactsDraft } from "./factsDraft.ts";
import { COLOR_ROLE_CHOICES, SELLS_CHOICES } from "./vocabulary.ts";

export type Understood = RouterOutputs["ai"]["understandBrief"];
type Language = keyof typeof LANGUAGES;
type Delivery = FactsDraft["delivery"];
type ColorRole = keyof typeof COLOR_ROLE_CHOICES;

/**
 * "What we understood": the facts read from the brief as an editable summary, checked by the
 * merchant before a word of the store is written. Every fact has a labelled control; lists
 * (offerings, things to avoid, highlights) add and remove rows.
 */
export function UnderstoodStep({
  understood,
  draft,
  onDraft,
  name,
  onName,
  language,
  languages,
  onLanguage,
  errors,
  onBack,
  onNext,
}: {
  understood: Understood;
  draft: FactsDraft;
  onDraft: (draft: FactsDraft) => void;
  name: string;
  onName: (name: string) => void;
  language: Language;
  /** What the configured writer writes, of the wizard's languages. */
  languages: Language[];
  onLanguage: (language: Language) => void;
  errors: DraftErrors;
  onBack: () => void;
  onNext: (event: FormEvent) => void;
}) {
  const set = (patch: Partial<FactsDraft>) => onDraft({ ...draft, ...patch });
  const setDelivery = (patch: Partial<Delivery>) =>
    set({ delivery: { ...draft.delivery, ...patch } });
  const groups = Object.entries(TRADE_GROUPS).map(([group, label]) => ({
    label,
    trades: understood.trades.filter((trade) => trade.group === group),
  }));
  const detected = understood.display.language;

  return (
    <form className="ai-wizard__card ai-understood" noValidate onSubmit={onNext}>
      <div>
        <h2 id="ai-understood-title">What we understood</h2>
        <p className="ai-muted">
          Check these facts: the store is written from them. Change anything that is wrong.
        </p>
      </div>

      <fieldset className="ai-understood__group">
        <legend>Your business</legend>
        <div className="ai-understood__row">
          <TextField
            label="Business name"
            name="facts-name"
            value={name}
            maxLength={80}
            onChange={(event) => onName(event.target.value)}
          />
          <TextField
            label="Place"
            name="facts-place"
            value={draft.place ?? ""}
            maxLength={80}
            hint={
              draft.country
                ? `In ${understood.display.country ?? draft.country}.`
                : "Town or region, if it matters to your customers."
            }
            onChange={(event) => set({ place: event.target.value })}
          />
        </div>
        <div className="ai-understood__row">
          <Select
            label="Language of the store"
            name="facts-language"
            value={language}
            hint={
              languages.length < Object.keys(LANGUAGES).length
                ? `This Pegasus writes stores in ${listOf(languages.map((l) => LANGUAGES[l]))} only.`
                : undefined
            }
            onChange={(event) => onLanguage(event.target.value as Language)}
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {LANGUAGES[code]}
              </option>
            ))}
          </Select>
          <Select
            label="Currency"
            name="facts-currency"
            value={draft.currency}
            onChange={(event) => set({ currency: event.target.value })}
          >
            {SUPPORTED_CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </Select>
        </div>
        {detected.writes ? null : (
          <Notice tone="warning" title={`Your brief is written in ${detected.name}`}>
            {detected.message}
          </Notice>
        )}
        <div className="ai-understood__row">
          <Select
            label="Trade"
            name="facts-trade"
            value={draft.trade.id}
            onChange={(event) => set({ trade: { ...draft.trade, id: event.target.value } })}
          >
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.trades.map((trade) => (
                  <option key={trade.id} value={trade.id}>
                    {trade.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
          <TextField
            label="What you sell, in your words"
            name="facts-trade-words"
            value={draft.trade.words ?? ""}
            maxLength={80}
            onChange={(event) => set({ trade: { ...draft.trade, words: event.target.value } })}
          />
        </div>
        <fieldset className="ai-understood__choices">
          <legend>You sell</legend>
          {Object.entries(SELLS_CHOICES).map(([value, label]) => (
            <label key={value} className="ai-check">
              <input
                type="radio"
                name="facts-sells"
                value={value}
                checked={draft.sells === value}
                onChange={() => set({ sells: value as FactsDraft["sells"] })}
              />
              {label}
            </label>
          ))}
        </fieldset>
      </fieldset>

      <Offerings draft={draft} onDraft={onDraft} errors={errors} />

      <fieldset className="ai-understood__group">
        <legend>Delivery</legend>
        <div className="ai-understood__choices">
          <Check
            label="Ships by post or courier"
            checked={draft.delivery.shipping === true}
            onChange={(shipping) => setDelivery({ shipping })}
          />
          <Check
            label="Local pickup"
            checked={draft.delivery.localPickup}
            onChange={(localPickup) => setDelivery({ localPickup })}
          />
          <Check
            label="Local delivery"
            checked={draft.delivery.localDelivery}
            onChange={(localDelivery) => setDelivery({ localDelivery })}
          />
          <Check
            label="Perishable (fresh food, flowers)"
            checked={draft.delivery.perishable}
            onChange={(perishable) => setDelivery({ perishable })}
          />
          <Check
            label="Made to order"
            checked={draft.delivery.madeToOrder}
            onChange={(madeToOrder) => setDelivery({ madeToOrder })}
          />
        </div>
        <div className="ai-understood__row">
          <TextField
            label="Lead time"
            name="facts-lead-time"
            placeholder="3 to 4 weeks"
            value={draft.delivery.leadTime ?? ""}
            maxLength={60}
            onChange={(event) => setDelivery({ leadTime: event.target.value })}
          />
          <TextField
            label="Area served"
            name="facts-area"
            placeholder={`${draft.place?.trim() || "Lyon"} and around`}
            value={draft.delivery.area ?? ""}
            maxLength={80}
            onChange={(event) => setDelivery({ area: event.target.value })}
          />
        </div>
      </fieldset>

      {draft.colors.length || draft.fonts.length ? (
        <fieldset className="ai-understood__group">
          <legend>Colours and fonts you asked for</legend>
          {draft.colors.length ? (
            <ul className="ai-understood__colors" aria-label="Colours">
              {draft.colors.map((color, i) => (
                <li key={`${color.hex}-${i}`} className="ai-understood__color">
                  <span
                    className="ai-understood__swatch"
                    style={{ background: color.hex }}
                    aria-hidden="true"
                  />
                  <span className="ai-understood__color-name">
                    {color.word === color.hex ? color.hex : `${color.word} (${color.hex})`}
                  </span>
                  <Select
                    label={`Role of ${color.word}`}
                    labelHidden
                    size="sm"
                    value={color.role ?? ""}
                    onChange={(event) =>
                      set({
                        colors: draft.colors.map((c, j) =>
                          j === i
                            ? { ...c, role: (event.target.value || null) as ColorRole | null }
                            : c,
                        ),
                      })
                    }
                  >
                    <option value="">Wherever it fits</option>
                    {Object.entries(COLOR_ROLE_CHOICES).map(([role, label]) => (
                      <option key={role} value={role}>
                        {label}
                      </option>
                    ))}
                  </Select>
                  <Button
                    type="button"
                    size="sm"
                    variant="ghost"
                    aria-label={`Remove ${color.word}`}
                    onClick={() => set({ colors: draft.colors.filter((_, j) => j !== i) })}
                  >
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          {draft.fonts.map((font, i) => (
            <div key={`${font.asked}-${i}`} className="ai-understood__font">
              <Select
                label={`${font.asked} becomes`}
                hint="The nearest of the fonts every store can use."
                value={font.font}
                onChange={(event) =>
                  set({
                    fonts: draft.fonts.map((f, j) =>
                      j === i ? { ...f, font: event.target.value as FontFamily } : f,
                    ),
                  })
                }
              >
                {FONT_FAMILIES.map((family) => (
                  <option key={family} value={family}>
                    {family}
                  </option>
                ))}
              </Select>
              <p className="ai-understood__font-sample" style={{ fontFamily: font.font }}>
                {font.asked} → {font.font}
              </p>
            </div>
          ))}
        </fieldset>
      ) : null}

      <Phrases
        legend="Things the store must not say"
        itemLabel="Thing to avoid"
        addLabel="Add something to avoid"
        items={draft.avoid}
        max={10}
        maxLength={120}
        onChange={(avoid) => set({ avoid })}
      />
      <Phrases
        legend="Worth saying"
        itemLabel="Highlight"
        addLabel="Add a highlight"
        items={draft.highlights}
        max={12}
        maxLength={160}
        onChange={(highlights) => set({ highlights })}
      />

      <div className="ai-wizard__actions">
        <Button type="button" onClick={onBack}>
          Back
        </Button>
        <Button type="submit" variant="primary">
          Next: style
        </Button>
      </div>
    </form>
  );
}

function listOf(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : words[0]!;
}

function Offerings({
  draft,
  onDraft,
  errors,
}: {
  draft: FactsDraft;
  onDraft: (draft: FactsDraft) => void;
  errors: DraftErrors;
}) {
  const setOffering = (key: string, patch: Partial<FactsDraft["offerings"][number]>) =>
    onDraft({
      ...draft,
      offerings: draft.offerings.map((o) => (o.key === key ? { ...o, ...patch } : o)),
    });
  return (
    <fieldset className="ai-understood__group">
      <legend>What you offer</legend>
      {draft.offerings.length === 0 ? (
        <p className="ai-muted">
          No products or services were named. Add yours, or let Pegasus suggest samples.
        </p>
      ) : (
        <ul className="ai-offerings" aria-label="Products and services">
          {draft.offerings.map((offering, i) => (
            <li key={offering.key} className="ai-offering">
              <TextField
                label={`Name of offering ${i + 1}`}
                name={`${offering.key}-name`}
                value={offering.name}
                maxLength={80}
                error={errors[`${offering.key}.name`]}
                onChange={(event) => setOffering(offering.key, { name: event.target.value })}
              />
              <TextField
                // A short visible label keeps the row's inputs level; the name says whose price.
                label="Price"
                aria-label={`Price of ${offering.name || `offering ${i + 1}`}`}
                name={`${offering.key}-price`}
                inputMode="decimal"
                value={offering.priceText}
                suffix={draft.currency}
                error={errors[`${offering.key}.price`]}
                onChange={(event) => setOffering(offering.key, { priceText: event.target.value })}
              />
              <label className="ai-check ai-offering__from">
                <input
                  type="checkbox"
                  checked={offering.priceFrom}
                  onChange={(event) =>
                    setOffering(offering.key, { priceFrom: event.target.checked })
                  }
                />
                From
              </label>
              <Button
                type="button"
                size="sm"
                variant="ghost"
                className="ai-offering__remove"
                aria-label={`Remove ${offering.name || `offering ${i + 1}`}`}
                onClick={() =>
                  onDraft({
                    ...draft,
                    offerings: draft.offerings.filter((o) => o.key !== offering.key),
                  })
                }
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {draft.offerings.length < 24 ? (
        <div>
          <Button
            type="button"
            size="sm"
            onClick={() =>
              onDraft({ ...draft, offerings: [...draft.offerings, blankOffering(draft.sells)] })
            }
          >
            Add a product or service
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="ai-check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

/** A short list of the merchant's own phrases: each editable and removable, one more added. */
function Phrases({
  legend,
  itemLabel,
  addLabel,
  items,
  max,
  maxLength,
  onChange,
}: {
  legend: string;
  itemLabel: string;
  addLabel: string;
  items: string[];
  max: number;
  maxLength: number;
  onChange: (items: string[]) => void;
}) {
  const id = useId();
  return (
    <fieldset className="ai-understood__group" aria-describedby={items.length ? undefined : id}>
      <legend>{legend}</legend>
      {items.length === 0 ? (
        <p id={id} className="ai-muted">
          Nothing yet.
        </p>
      ) : (
        <ul className="ai-phrases">
          {items.map((item, i) => (
            <li key={i} className="ai-phrase">
              <TextField
                label={`${itemLabel} ${i + 1}`}
                labelHidden
                value={item}
                maxLength={maxLength}
                onChange={(event) =>
                  onChange(items.map((x, j) => (j === i ? event.target.value : x)))
                }
              />
              <Button
                type="button"
                size="sm"
                variant="ghost"
                aria-label={`Remove ${itemLabel.toLowerCase()} ${i + 1}`}
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {items.length < max ? (
        <div>
          <Button type="button" size="sm" onClick={() => onChange([...items, ""])}>
            {addLabel}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
