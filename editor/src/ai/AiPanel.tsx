import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { FormattedMessage, defineMessage, useIntl } from "react-intl";
import { LANGUAGES } from "../../../domain/ai-vocabulary.ts";
import { useTRPC } from "../api/trpc.ts";
import { useBlockWords } from "../i18n/blockWords.ts";
import type { RouterOutputs } from "../api/types.ts";
import { Button } from "../ui/Button.tsx";
import { Select } from "../ui/Field.tsx";
import { Notice } from "../ui/Notice.tsx";
import { DescribeChangeForm } from "./DescribeChangeForm.tsx";
import { REWRITE_CHOICES, useLanguageName } from "./vocabulary.ts";
import { AiProblemNotice } from "./problems.tsx";
import "./ai.css";

export type Suggestion = RouterOutputs["ai"]["suggestions"]["suggestions"][number];
type Capabilities = RouterOutputs["ai"]["capabilities"];
type Scope = "block" | "page" | "site";

/**
 * The AI panel for the selected block, the open page or the whole site. Every action comes back
 * as suggestions, each shown as before/after with Accept and Reject; accepting applies the chosen
 * ones as one AI change (one undo step for this person), and an accepted change can be undone here.
 *
 * Self-contained: it needs the site id, the selected block and the open page. The editor mounts it
 * as a right-panel tab (./extension.tsx); any other host can render <AiPanel ...> directly.
 */
/** Signs, the same in every language: between two facts, and for an empty value. */
const SEPARATOR = " · ";
const NOTHING = "—";

export function AiPanel({
  siteId,
  blockId,
  blockType,
  pageId,
  canEdit,
}: {
  siteId: string;
  blockId: string | null;
  blockType: string | null;
  pageId: string | null;
  canEdit: boolean;
}) {
  const intl = useIntl();
  const blockWords = useBlockWords();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [scope, setScope] = useState<Scope>(blockId ? "block" : pageId ? "page" : "site");
  const effectiveScope: Scope =
    scope === "block" && !blockId
      ? pageId
        ? "page"
        : "site"
      : scope === "page" && !pageId
        ? "site"
        : scope;
  const [shown, setShown] = useState<Suggestion[]>([]);
  const [accepted, setAccepted] = useState<Suggestion[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const credits = useQuery(trpc.ai.credits.queryOptions({ siteId }));
  const capabilities = useQuery(trpc.ai.capabilities.queryOptions());

  const refreshCredits = () =>
    queryClient.invalidateQueries({ queryKey: trpc.ai.credits.queryKey({ siteId }) });
  const onSuggestions = (result: { suggestions: Suggestion[]; summary?: string }) => {
    setShown(result.suggestions);
    setSummary(result.summary ?? null);
    void refreshCredits();
  };
  const fill = useMutation(trpc.ai.fillBlock.mutationOptions({ onSuccess: onSuggestions }));
  const rewrite = useMutation(trpc.ai.rewrite.mutationOptions({ onSuccess: onSuggestions }));
  const restyle = useMutation(trpc.ai.restyle.mutationOptions({ onSuccess: onSuggestions }));
  const seo = useMutation(trpc.ai.seo.mutationOptions({ onSuccess: onSuggestions }));
  const alt = useMutation(trpc.ai.altText.mutationOptions({ onSuccess: onSuggestions }));
  const describe = useMutation(
    trpc.ai.describeChange.mutationOptions({ onSuccess: onSuggestions }),
  );
  const accept = useMutation(trpc.ai.accept.mutationOptions());
  const reject = useMutation(trpc.ai.reject.mutationOptions());
  const undo = useMutation(trpc.ai.undo.mutationOptions());
  const busy = [fill, rewrite, restyle, seo, alt, describe].some((m) => m.isPending);
  const actionError = [fill, rewrite, restyle, seo, alt, accept, reject, undo].find(
    (m) => m.error,
  )?.error;

  const decide = async (ids: string[], how: "accept" | "reject") => {
    if (how === "accept") {
      await accept.mutateAsync({ siteId, suggestionIds: ids });
      setAccepted((list) => [...shown.filter((s) => ids.includes(s.id)), ...list]);
    } else {
      await reject.mutateAsync({ siteId, suggestionIds: ids });
    }
    setShown((list) => list.filter((s) => !ids.includes(s.id)));
  };

  const label = blockType ? blockWords.name(blockType) : null;

  return (
    <div className="ai-panel">
      <div
        className="ai-panel__scope"
        role="radiogroup"
        aria-label={intl.formatMessage({
          id: "ai.panel.scope",
          defaultMessage: "What the AI works on",
        })}
      >
        {(["block", "page", "site"] as const).map((s) => (
          <label key={s} className={effectiveScope === s ? "is-selected" : undefined}>
            <input
              type="radio"
              name="ai-scope"
              value={s}
              checked={effectiveScope === s}
              disabled={(s === "block" && !blockId) || (s === "page" && !pageId)}
              onChange={() => setScope(s)}
            />
            {s === "block" ? (
              label ? (
                <FormattedMessage
                  id="ai.panel.scopeBlockNamed"
                  defaultMessage="Block: {name}"
                  values={{ name: label }}
                />
              ) : (
                <FormattedMessage id="ai.panel.scopeBlock" defaultMessage="Block" />
              )
            ) : s === "page" ? (
              <FormattedMessage id="ai.panel.scopePage" defaultMessage="Page" />
            ) : (
              <FormattedMessage id="ai.panel.scopeSite" defaultMessage="Site" />
            )}
          </label>
        ))}
      </div>
      {credits.data ? (
        <p className="ai-panel__credits">
          <FormattedMessage
            id="ai.panel.credits"
            defaultMessage="{remaining, number} of {limit, plural, one {# AI credit} other {# AI credits}} left this month"
            values={{
              remaining: credits.data.credits.remaining,
              limit: credits.data.credits.limit,
            }}
          />
          {SEPARATOR}
          {credits.data.provider.kind === "offline" ? (
            <FormattedMessage id="ai.panel.builtInWriter" defaultMessage="built-in writer" />
          ) : (
            credits.data.provider.model
          )}
        </p>
      ) : null}
      {!canEdit ? (
        <Notice tone="info">
          <FormattedMessage
            id="ai.panel.readOnly"
            defaultMessage="You can view this site but not change it, so AI actions are off."
          />
        </Notice>
      ) : null}

      {canEdit && pageId ? (
        <DescribeChangeForm
          busy={busy}
          error={describe.error}
          onSubmit={(request) => {
            [fill, rewrite, restyle, seo, alt, accept, reject, undo].forEach((m) => m.reset());
            describe.mutate({
              siteId,
              pageId,
              request,
              ...(effectiveScope === "block" && blockId ? { blockId } : {}),
            });
          }}
        />
      ) : null}
      {canEdit && effectiveScope === "block" && blockId ? (
        <BlockActions
          busy={busy}
          translate={capabilities.data?.translate}
          onFill={(instruction) => fill.mutate({ siteId, blockId, instruction })}
          onRewrite={(mode, language) =>
            rewrite.mutate({ siteId, blockId, mode, ...(language ? { language } : {}) })
          }
          onRestyle={(instruction) =>
            restyle.mutate({ siteId, scope: "block", blockId, instruction })
          }
        />
      ) : null}
      {canEdit && effectiveScope === "page" && pageId ? (
        <div className="ai-panel__actions">
          <Button
            size="sm"
            disabled={busy}
            onClick={() => seo.mutate({ siteId, target: { kind: "page", pageId } })}
          >
            <FormattedMessage id="ai.panel.seo" defaultMessage="Write SEO title and description" />
          </Button>
          <Button size="sm" disabled={busy} onClick={() => alt.mutate({ siteId, pageId })}>
            <FormattedMessage
              id="ai.panel.altText"
              defaultMessage="Suggest alt text for pictures"
            />
          </Button>
          <InstructionForm
            label={intl.formatMessage({
              id: "ai.panel.restylePage",
              defaultMessage: "Restyle this page",
            })}
            placeholder={intl.formatMessage({
              id: "ai.panel.restylePageHint",
              defaultMessage: "e.g. alternate the section backgrounds",
            })}
            busy={busy}
            onSubmit={(instruction) =>
              restyle.mutate({ siteId, scope: "page", pageId, instruction })
            }
          />
        </div>
      ) : null}
      {canEdit && effectiveScope === "site" ? (
        <InstructionForm
          label={intl.formatMessage({
            id: "ai.panel.restyleSite",
            defaultMessage: "Restyle the whole site",
          })}
          placeholder={intl.formatMessage({
            id: "ai.panel.restyleSiteHint",
            defaultMessage: "e.g. warmer and more playful, rounder buttons",
          })}
          busy={busy}
          onSubmit={(instruction) => restyle.mutate({ siteId, scope: "site", instruction })}
        />
      ) : null}

      {busy ? (
        <p className="ai-panel__working" role="status">
          <FormattedMessage id="ai.panel.working" defaultMessage="The AI is writing…" />
        </p>
      ) : null}
      <AiProblemNotice error={actionError} />
      {summary && shown.length ? <p className="ai-panel__summary">{summary}</p> : null}

      {shown.length ? (
        <section
          aria-label={intl.formatMessage({
            id: "ai.panel.suggestions",
            defaultMessage: "Suggestions",
          })}
          className="ai-suggestions"
        >
          <div className="ai-suggestions__header">
            <h3>
              <FormattedMessage id="ai.panel.suggestions" defaultMessage="Suggestions" />
            </h3>
            {shown.length > 1 ? (
              <Button
                size="sm"
                variant="primary"
                loading={accept.isPending}
                onClick={() =>
                  void decide(
                    shown.map((s) => s.id),
                    "accept",
                  ).catch(() => {})
                }
              >
                <FormattedMessage id="ai.panel.acceptAll" defaultMessage="Accept all" />
              </Button>
            ) : null}
          </div>
          {shown.map((suggestion) => (
            <SuggestionCard
              key={suggestion.id}
              suggestion={suggestion}
              pending={accept.isPending || reject.isPending}
              onAccept={() => void decide([suggestion.id], "accept").catch(() => {})}
              onReject={() => void decide([suggestion.id], "reject").catch(() => {})}
            />
          ))}
        </section>
      ) : null}

      {accepted.length ? (
        <section
          aria-label={intl.formatMessage({
            id: "ai.panel.appliedChanges",
            defaultMessage: "Applied changes",
          })}
          className="ai-suggestions ai-suggestions--applied"
        >
          <h3>
            <FormattedMessage id="ai.panel.applied" defaultMessage="Applied" />
          </h3>
          {accepted.map((suggestion) => (
            <div key={suggestion.id} className="ai-applied">
              <span>{suggestion.label}</span>
              <Button
                size="sm"
                variant="ghost"
                loading={undo.isPending}
                onClick={() =>
                  void undo
                    .mutateAsync({ siteId, suggestionIds: [suggestion.id] })
                    .then(() => setAccepted((list) => list.filter((s) => s.id !== suggestion.id)))
                    .catch(() => {})
                }
              >
                <FormattedMessage id="ai.panel.undo" defaultMessage="Undo" />
              </Button>
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}

function BlockActions({
  busy,
  translate,
  onFill,
  onRewrite,
  onRestyle,
}: {
  busy: boolean;
  /** Whether the configured AI translates; offered until the server says it does not. */
  translate: Capabilities["translate"] | undefined;
  onFill: (instruction: string) => void;
  onRewrite: (
    mode: (typeof REWRITE_CHOICES)[number]["mode"],
    language?: keyof typeof LANGUAGES,
  ) => void;
  onRestyle: (instruction: string) => void;
}) {
  const intl = useIntl();
  const languageName = useLanguageName();
  const [language, setLanguage] = useState<keyof typeof LANGUAGES>("fr");
  const reasonId = useId();
  const cannotTranslate =
    translate?.available !== false
      ? null
      : translate.code === "offlineWriter"
        ? intl.formatMessage({
            id: "ai.panel.translateOffline",
            defaultMessage:
              "Translation needs an AI model, and this Pegasus runs the built-in offline writer. Ask your administrator to set OPENAI_API_KEY.",
          })
        : translate.reason;
  return (
    <div className="ai-panel__actions">
      <InstructionForm
        label={intl.formatMessage({ id: "ai.panel.fill", defaultMessage: "Write new content" })}
        placeholder={intl.formatMessage({
          id: "ai.panel.fillHint",
          defaultMessage: "Optional: what should it say?",
        })}
        busy={busy}
        optional
        onSubmit={onFill}
        submitLabel={intl.formatMessage({ id: "ai.panel.write", defaultMessage: "Write" })}
      />
      <fieldset className="ai-panel__rewrite">
        <legend>
          <FormattedMessage id="ai.panel.rewrite" defaultMessage="Rewrite the text" />
        </legend>
        {REWRITE_CHOICES.filter((c) => c.mode !== "translate").map((choice) => (
          <Button
            key={choice.mode}
            size="sm"
            disabled={busy}
            onClick={() => onRewrite(choice.mode)}
          >
            {intl.formatMessage(choice.label)}
          </Button>
        ))}
        <span className="ai-panel__translate">
          <Select
            label={intl.formatMessage({ id: "ai.panel.language", defaultMessage: "Language" })}
            labelHidden
            value={language}
            disabled={cannotTranslate !== null}
            onChange={(e) => setLanguage(e.target.value as keyof typeof LANGUAGES)}
          >
            {(Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[]).map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </Select>
          <Button
            size="sm"
            disabled={busy || cannotTranslate !== null}
            aria-describedby={cannotTranslate ? reasonId : undefined}
            onClick={() => onRewrite("translate", language)}
          >
            {intl.formatMessage(REWRITE_CHOICES[4].label)}
          </Button>
        </span>
        {cannotTranslate ? (
          <p id={reasonId} className="ai-panel__unavailable">
            {cannotTranslate}
          </p>
        ) : null}
      </fieldset>
      <InstructionForm
        label={intl.formatMessage({
          id: "ai.panel.restyleBlock",
          defaultMessage: "Restyle this block",
        })}
        placeholder={intl.formatMessage({
          id: "ai.panel.restyleBlockHint",
          defaultMessage: "e.g. make it stand out",
        })}
        busy={busy}
        onSubmit={onRestyle}
      />
    </div>
  );
}

function InstructionForm({
  label,
  placeholder,
  busy,
  optional = false,
  submitLabel,
  onSubmit,
}: {
  label: string;
  placeholder: string;
  busy: boolean;
  optional?: boolean;
  submitLabel?: string;
  onSubmit: (instruction: string) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const [value, setValue] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!optional && value.trim().length < 2) return;
    onSubmit(value.trim());
  };
  return (
    <form className="ai-panel__instruction" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <div>
        <input
          id={id}
          className="field__input"
          value={value}
          maxLength={500}
          placeholder={placeholder}
          onChange={(e) => setValue(e.target.value)}
        />
        <Button type="submit" size="sm" disabled={busy || (!optional && value.trim().length < 2)}>
          {submitLabel ?? intl.formatMessage({ id: "ai.panel.suggest", defaultMessage: "Suggest" })}
        </Button>
      </div>
    </form>
  );
}

export function SuggestionCard({
  suggestion,
  pending,
  onAccept,
  onReject,
}: {
  suggestion: Suggestion;
  pending: boolean;
  onAccept: () => void;
  onReject: () => void;
}) {
  const intl = useIntl();
  const colors = suggestion.target.kind === "theme" ? themeColors(suggestion) : null;
  return (
    <article
      className="ai-suggestion"
      aria-label={intl.formatMessage(
        { id: "ai.suggestion.label", defaultMessage: "Suggestion for {what}" },
        { what: suggestion.label },
      )}
    >
      <h4>{suggestion.label}</h4>
      {colors ? (
        <div className="ai-suggestion__colors">
          <ColorRow label={intl.formatMessage(BEFORE)} colors={colors.before} />
          <ColorRow label={intl.formatMessage(AFTER)} colors={colors.after} />
        </div>
      ) : null}
      <dl className="ai-diff">
        {suggestion.preview
          .filter((row) => row.before !== row.after && (row.before || row.after))
          .map((row) => (
            <div key={row.field} className="ai-diff__row">
              <dt>{row.field}</dt>
              <dd className="ai-diff__before">
                <span className="visually-hidden">
                  {intl.formatMessage(
                    { id: "ai.suggestion.beforeLabel", defaultMessage: "{before}: " },
                    { before: intl.formatMessage(BEFORE) },
                  )}
                </span>
                {row.before || NOTHING}
              </dd>
              <dd className="ai-diff__after">
                <span className="visually-hidden">
                  {intl.formatMessage(
                    { id: "ai.suggestion.afterLabel", defaultMessage: "{after}: " },
                    { after: intl.formatMessage(AFTER) },
                  )}
                </span>
                {row.after || NOTHING}
              </dd>
            </div>
          ))}
      </dl>
      <div className="ai-suggestion__actions">
        <Button size="sm" variant="primary" disabled={pending} onClick={onAccept}>
          <FormattedMessage id="ai.suggestion.accept" defaultMessage="Accept" />
        </Button>
        <Button size="sm" variant="ghost" disabled={pending} onClick={onReject}>
          <FormattedMessage id="ai.suggestion.reject" defaultMessage="Reject" />
        </Button>
      </div>
    </article>
  );
}

const BEFORE = defineMessage({ id: "ai.suggestion.before", defaultMessage: "Before" });
const AFTER = defineMessage({ id: "ai.suggestion.after", defaultMessage: "After" });

function themeColors(suggestion: Suggestion): { before: string[]; after: string[] } | null {
  const pickColors = (value: Record<string, unknown>) => {
    const colors = value.colors as Record<string, string> | undefined;
    return colors
      ? ["primary", "secondary", "accent", "background", "surface", "text"].map(
          (k) => colors[k] ?? "#ffffff",
        )
      : [];
  };
  const before = pickColors(suggestion.before);
  const after = pickColors(suggestion.after);
  return before.length || after.length ? { before, after } : null;
}

function ColorRow({ label, colors }: { label: string; colors: string[] }) {
  return (
    <div className="ai-colors-row">
      <span>{label}</span>
      {colors.map((c, i) => (
        <span key={i} className="ai-colors-row__swatch" style={{ background: c }} title={c} />
      ))}
    </div>
  );
}
