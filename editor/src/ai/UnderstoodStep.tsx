import { useId, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { FONT_FAMILIES, type FontFamily } from "../../../blocks/theme/fonts.ts";
import {
  LANGUAGES,
  TRADE_GROUPS,
  type IndustryId,
  type TradeGroup,
} from "../../../domain/ai-vocabulary.ts";
import { SUPPORTED_CURRENCIES } from "../../../domain/money.ts";
import type { RouterOutputs } from "../api/types.ts";
import { Button } from "../ui/Button.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { Notice } from "../ui/Notice.tsx";
import { blankOffering, type DraftErrors, type FactsDraft } from "./factsDraft.ts";
import {
  COLOR_ROLE_CHOICES,
  SELLS_CHOICES,
  TRADE_GROUP_WORDS,
  TRADE_WORDS,
  useLanguageName,
} from "./vocabulary.ts";

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
  const intl = useIntl();
  const languageName = useLanguageName();
  const set = (patch: Partial<FactsDraft>) => onDraft({ ...draft, ...patch });
  const setDelivery = (patch: Partial<Delivery>) =>
    set({ delivery: { ...draft.delivery, ...patch } });
  const groups = (Object.keys(TRADE_GROUPS) as TradeGroup[]).map((group) => ({
    label: intl.formatMessage(TRADE_GROUP_WORDS[group]),
    trades: understood.trades.filter((trade) => trade.group === group),
  }));
  const detected = understood.display.language;

  return (
    <form className="ai-wizard__card ai-understood" noValidate onSubmit={onNext}>
      <div>
        <h2 id="ai-understood-title">
          <FormattedMessage id="ai.understood.title" defaultMessage="What we understood" />
        </h2>
        <p className="ai-muted">
          <FormattedMessage
            id="ai.understood.help"
            defaultMessage="Check these facts: the store is written from them. Change anything that is wrong."
          />
        </p>
      </div>

      <fieldset className="ai-understood__group">
        <legend>
          <FormattedMessage id="ai.understood.business" defaultMessage="Your business" />
        </legend>
        <div className="ai-understood__row">
          <TextField
            label={intl.formatMessage({
              id: "ai.wizard.business.name",
              defaultMessage: "Business name",
            })}
            name="facts-name"
            value={name}
            maxLength={80}
            onChange={(event) => onName(event.target.value)}
          />
          <TextField
            label={intl.formatMessage({ id: "ai.understood.place", defaultMessage: "Place" })}
            name="facts-place"
            value={draft.place ?? ""}
            maxLength={80}
            hint={
              draft.country
                ? intl.formatMessage(
                    { id: "ai.understood.placeCountry", defaultMessage: "In {country}." },
                    { country: understood.display.country ?? draft.country },
                  )
                : intl.formatMessage({
                    id: "ai.understood.placeHint",
                    defaultMessage: "Town or region, if it matters to your customers.",
                  })
            }
            onChange={(event) => set({ place: event.target.value })}
          />
        </div>
        <div className="ai-understood__row">
          <Select
            label={intl.formatMessage({
              id: "ai.understood.language",
              defaultMessage: "Language of the store",
            })}
            name="facts-language"
            value={language}
            hint={
              languages.length < Object.keys(LANGUAGES).length
                ? intl.formatMessage(
                    {
                      id: "ai.understood.languagesOnly",
                      defaultMessage: "This Pegasus writes stores in {languages} only.",
                    },
                    {
                      languages: intl.formatList(languages.map(languageName), {
                        type: "conjunction",
                      }),
                    },
                  )
                : undefined
            }
            onChange={(event) => onLanguage(event.target.value as Language)}
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </Select>
          <Select
            label={intl.formatMessage({ id: "ai.understood.currency", defaultMessage: "Currency" })}
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
          <Notice
            tone="warning"
            title={intl.formatMessage(
              {
                id: "ai.understood.briefLanguage",
                defaultMessage: "Your brief is written in {language}",
              },
              { language: detected.name },
            )}
          >
            {detected.message}
          </Notice>
        )}
        <div className="ai-understood__row">
          <Select
            label={intl.formatMessage({ id: "ai.understood.trade", defaultMessage: "Trade" })}
            name="facts-trade"
            value={draft.trade.id}
            onChange={(event) => set({ trade: { ...draft.trade, id: event.target.value } })}
          >
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.trades.map((trade) => (
                  <option key={trade.id} value={trade.id}>
                    {trade.id in TRADE_WORDS
                      ? intl.formatMessage(TRADE_WORDS[trade.id as IndustryId])
                      : trade.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
          <TextField
            label={intl.formatMessage({
              id: "ai.understood.tradeWords",
              defaultMessage: "What you sell, in your words",
            })}
            name="facts-trade-words"
            value={draft.trade.words ?? ""}
            maxLength={80}
            onChange={(event) => set({ trade: { ...draft.trade, words: event.target.value } })}
          />
        </div>
        <fieldset className="ai-understood__choices">
          <legend>
            <FormattedMessage id="ai.understood.sells" defaultMessage="You sell" />
          </legend>
          {Object.entries(SELLS_CHOICES).map(([value, message]) => (
            <label key={value} className="ai-check">
              <input
                type="radio"
                name="facts-sells"
                value={value}
                checked={draft.sells === value}
                onChange={() => set({ sells: value as FactsDraft["sells"] })}
              />
              {intl.formatMessage(message)}
            </label>
          ))}
        </fieldset>
      </fieldset>

      <Offerings draft={draft} onDraft={onDraft} errors={errors} />

      <fieldset className="ai-understood__group">
        <legend>
          <FormattedMessage id="ai.understood.delivery" defaultMessage="Delivery" />
        </legend>
        <div className="ai-understood__choices">
          <Check
            label={intl.formatMessage({
              id: "ai.understood.shipping",
              defaultMessage: "Ships by post or courier",
            })}
            checked={draft.delivery.shipping === true}
            onChange={(shipping) => setDelivery({ shipping })}
          />
          <Check
            label={intl.formatMessage({
              id: "ai.understood.pickup",
              defaultMessage: "Local pickup",
            })}
            checked={draft.delivery.localPickup}
            onChange={(localPickup) => setDelivery({ localPickup })}
          />
          <Check
            label={intl.formatMessage({
              id: "ai.understood.localDelivery",
              defaultMessage: "Local delivery",
            })}
            checked={draft.delivery.localDelivery}
            onChange={(localDelivery) => setDelivery({ localDelivery })}
          />
          <Check
            label={intl.formatMessage({
              id: "ai.understood.perishable",
              defaultMessage: "Perishable (fresh food, flowers)",
            })}
            checked={draft.delivery.perishable}
            onChange={(perishable) => setDelivery({ perishable })}
          />
          <Check
            label={intl.formatMessage({
              id: "ai.understood.madeToOrder",
              defaultMessage: "Made to order",
            })}
            checked={draft.delivery.madeToOrder}
            onChange={(madeToOrder) => setDelivery({ madeToOrder })}
          />
        </div>
        <div className="ai-understood__row">
          <TextField
            label={intl.formatMessage({
              id: "ai.understood.leadTime",
              defaultMessage: "Lead time",
            })}
            name="facts-lead-time"
            placeholder={intl.formatMessage({
              id: "ai.understood.leadTimeExample",
              defaultMessage: "3 to 4 weeks",
            })}
            value={draft.delivery.leadTime ?? ""}
            maxLength={60}
            onChange={(event) => setDelivery({ leadTime: event.target.value })}
          />
          <TextField
            label={intl.formatMessage({ id: "ai.understood.area", defaultMessage: "Area served" })}
            name="facts-area"
            placeholder={intl.formatMessage(
              { id: "ai.understood.areaExample", defaultMessage: "{place} and around" },
              { place: draft.place?.trim() || "Lyon" },
            )}
            value={draft.delivery.area ?? ""}
            maxLength={80}
            onChange={(event) => setDelivery({ area: event.target.value })}
          />
        </div>
      </fieldset>

      {draft.colors.length || draft.fonts.length ? (
        <fieldset className="ai-understood__group">
          <legend>
            <FormattedMessage
              id="ai.understood.looks"
              defaultMessage="Colours and fonts you asked for"
            />
          </legend>
          {draft.colors.length ? (
            <ul
              className="ai-understood__colors"
              aria-label={intl.formatMessage({ id: "ai.report.colors", defaultMessage: "Colours" })}
            >
              {draft.colors.map((color, i) => (
                <li key={`${color.hex}-${i}`} className="ai-understood__color">
                  <span
                    className="ai-understood__swatch"
                    style={{ background: color.hex }}
                    aria-hidden="true"
                  />
                  <span className="ai-understood__color-name">
                    {color.word === color.hex
                      ? color.hex
                      : intl.formatMessage(
                          { id: "ai.understood.colorName", defaultMessage: "{word} ({hex})" },
                          { word: color.word, hex: color.hex },
                        )}
                  </span>
                  <Select
                    label={intl.formatMessage(
                      { id: "ai.understood.colorRole", defaultMessage: "Role of {color}" },
                      { color: color.word },
                    )}
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
                    <option value="">
                      <FormattedMessage
                        id="ai.understood.anyRole"
                        defaultMessage="Wherever it fits"
                      />
                    </option>
                    {Object.entries(COLOR_ROLE_CHOICES).map(([role, message]) => (
                      <option key={role} value={role}>
                        {intl.formatMessage(message)}
                      </option>
                    ))}
                  </Select>
                  <Button
                    type="button"
                    size="sm"
                    variant="ghost"
                    aria-label={intl.formatMessage(
                      { id: "ai.understood.removeNamed", defaultMessage: "Remove {name}" },
                      { name: color.word },
                    )}
                    onClick={() => set({ colors: draft.colors.filter((_, j) => j !== i) })}
                  >
                    <FormattedMessage id="ai.wizard.style.removeColor" defaultMessage="Remove" />
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          {draft.fonts.map((font, i) => (
            <div key={`${font.asked}-${i}`} className="ai-understood__font">
              <Select
                label={intl.formatMessage(
                  { id: "ai.understood.fontBecomes", defaultMessage: "{font} becomes" },
                  { font: font.asked },
                )}
                hint={intl.formatMessage({
                  id: "ai.understood.fontHint",
                  defaultMessage: "The nearest of the fonts every store can use.",
                })}
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
                <FormattedMessage
                  id="ai.understood.fontSample"
                  defaultMessage="{asked} → {font}"
                  values={{ asked: font.asked, font: font.font }}
                />
              </p>
            </div>
          ))}
        </fieldset>
      ) : null}

      <Phrases
        legend={intl.formatMessage({
          id: "ai.understood.avoid",
          defaultMessage: "Things the store must not say",
        })}
        itemLabel={intl.formatMessage({
          id: "ai.understood.avoidItem",
          defaultMessage: "Thing to avoid",
        })}
        addLabel={intl.formatMessage({
          id: "ai.understood.avoidAdd",
          defaultMessage: "Add something to avoid",
        })}
        items={draft.avoid}
        max={10}
        maxLength={120}
        onChange={(avoid) => set({ avoid })}
      />
      <Phrases
        legend={intl.formatMessage({
          id: "ai.understood.highlights",
          defaultMessage: "Worth saying",
        })}
        itemLabel={intl.formatMessage({
          id: "ai.understood.highlightItem",
          defaultMessage: "Highlight",
        })}
        addLabel={intl.formatMessage({
          id: "ai.understood.highlightAdd",
          defaultMessage: "Add a highlight",
        })}
        items={draft.highlights}
        max={12}
        maxLength={160}
        onChange={(highlights) => set({ highlights })}
      />

      <div className="ai-wizard__actions">
        <Button type="button" onClick={onBack}>
          <FormattedMessage id="ai.wizard.back" defaultMessage="Back" />
        </Button>
        <Button type="submit" variant="primary">
          <FormattedMessage id="ai.understood.next" defaultMessage="Next: style" />
        </Button>
      </div>
    </form>
  );
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
  const intl = useIntl();
  const nameOf = (offering: { name: string }, i: number) =>
    offering.name ||
    intl.formatMessage(
      { id: "ai.understood.offeringN", defaultMessage: "offering {number}" },
      { number: i + 1 },
    );
  return (
    <fieldset className="ai-understood__group">
      <legend>
        <FormattedMessage id="ai.understood.offerings" defaultMessage="What you offer" />
      </legend>
      {draft.offerings.length === 0 ? (
        <p className="ai-muted">
          <FormattedMessage
            id="ai.understood.noOfferings"
            defaultMessage="No products or services were named. Add yours, or let Pegasus suggest samples."
          />
        </p>
      ) : (
        <ul
          className="ai-offerings"
          aria-label={intl.formatMessage({
            id: "ai.understood.offeringsList",
            defaultMessage: "Products and services",
          })}
        >
          {draft.offerings.map((offering, i) => (
            <li key={offering.key} className="ai-offering">
              <TextField
                label={intl.formatMessage(
                  { id: "ai.understood.offeringName", defaultMessage: "Name of offering {number}" },
                  { number: i + 1 },
                )}
                name={`${offering.key}-name`}
                value={offering.name}
                maxLength={80}
                error={errors[`${offering.key}.name`]}
                onChange={(event) => setOffering(offering.key, { name: event.target.value })}
              />
              <TextField
                // A short visible label keeps the row's inputs level; the name says whose price.
                label={intl.formatMessage({ id: "ai.understood.price", defaultMessage: "Price" })}
                aria-label={intl.formatMessage(
                  { id: "ai.understood.priceOf", defaultMessage: "Price of {name}" },
                  { name: nameOf(offering, i) },
                )}
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
                <FormattedMessage id="ai.understood.priceFrom" defaultMessage="From" />
              </label>
              <Button
                type="button"
                size="sm"
                variant="ghost"
                className="ai-offering__remove"
                aria-label={intl.formatMessage(
                  { id: "ai.understood.removeNamed", defaultMessage: "Remove {name}" },
                  { name: nameOf(offering, i) },
                )}
                onClick={() =>
                  onDraft({
                    ...draft,
                    offerings: draft.offerings.filter((o) => o.key !== offering.key),
                  })
                }
              >
                <FormattedMessage id="ai.wizard.style.removeColor" defaultMessage="Remove" />
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
            <FormattedMessage
              id="ai.understood.addOffering"
              defaultMessage="Add a product or service"
            />
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
  const intl = useIntl();
  return (
    <fieldset className="ai-understood__group" aria-describedby={items.length ? undefined : id}>
      <legend>{legend}</legend>
      {items.length === 0 ? (
        <p id={id} className="ai-muted">
          <FormattedMessage id="ai.understood.nothingYet" defaultMessage="Nothing yet." />
        </p>
      ) : (
        <ul className="ai-phrases">
          {items.map((item, i) => (
            <li key={i} className="ai-phrase">
              <TextField
                label={intl.formatMessage(
                  { id: "ai.understood.phrase", defaultMessage: "{item} {number}" },
                  { item: itemLabel, number: i + 1 },
                )}
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
                aria-label={intl.formatMessage(
                  { id: "ai.understood.removePhrase", defaultMessage: "Remove {item} {number}" },
                  { item: itemLabel.toLowerCase(), number: i + 1 },
                )}
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                <FormattedMessage id="ai.wizard.style.removeColor" defaultMessage="Remove" />
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
