import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState, type FormEvent } from "react";
import {
  LANGUAGES,
  MOOD_CHOICES,
  type LanguageCode,
  type Mood,
} from "../../../domain/ai-vocabulary.ts";
import { defineMessages, FormattedMessage, useIntl, type IntlShape } from "react-intl";
import { useTRPC } from "../api/trpc.ts";
import type { RouterInputs } from "../api/types.ts";
import { suggestSlug } from "../dashboard/slug.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button, ButtonLink } from "../ui/Button.tsx";
import { TextField } from "../ui/Field.tsx";
import { ArrowLeftIcon, CheckIcon } from "../ui/icons.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { toDraft, toFacts, type DraftErrors, type FactsDraft } from "./factsDraft.ts";
import { LogoStep } from "./LogoStep.tsx";
import { OnboardingChat, type ChatBrief } from "./OnboardingChat.tsx";
import { aiProblem, AiProblemNotice, readableMessage } from "./problems.tsx";
import { UnderstoodStep, type Understood } from "./UnderstoodStep.tsx";
import { useLanguageName, useMoodWords } from "./vocabulary.ts";
import "./ai.css";

type Step = "business" | "understood" | "style" | "competitors" | "generate";
const STEP_MESSAGES = defineMessages({
  business: { id: "ai.wizard.step.business", defaultMessage: "Your business" },
  understood: { id: "ai.wizard.step.understood", defaultMessage: "What we understood" },
  style: { id: "ai.wizard.step.style", defaultMessage: "Style" },
  competitors: { id: "ai.wizard.step.competitors", defaultMessage: "Competitors" },
  generate: { id: "ai.wizard.step.generate", defaultMessage: "Generate" },
});
const STEPS: { id: Step }[] = [
  { id: "business" },
  { id: "understood" },
  { id: "style" },
  { id: "competitors" },
  { id: "generate" },
];

/**
 * /sites/new: describe the business (or chat), check what Pegasus understood of it, choose a look,
 * optionally name competitors, then generate: the site is created and the store written from the
 * checked facts with live progress. Once it is ready the merchant picks a logo drawn from the
 * generated brand, or skips, and lands in the editor.
 */
/** The start of a web address, the same in every language. */
const WEB = "https://";

export function CreateWithAiPage() {
  const intl = useIntl();
  const moods = useMoodWords();
  useDocumentTitle(
    intl.formatMessage({ id: "ai.wizard.title", defaultMessage: "Create a store with AI" }),
  );
  const [step, setStep] = useState<Step>("business");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [language, setLanguage] = useState<LanguageCode>("en");
  const [mood, setMood] = useState<Mood | null>(null);
  const [colors, setColors] = useState<string[]>([]);
  const [urls, setUrls] = useState<string[]>([""]);
  const [chatting, setChatting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [understood, setUnderstood] = useState<(Understood & { of: string }) | null>(null);
  const [draft, setDraft] = useState<FactsDraft | null>(null);
  const [draftErrors, setDraftErrors] = useState<DraftErrors>({});
  const languages = useWritableLanguages();
  // A language chosen before the server said which it writes falls back to English.
  const storeLanguage = languages.includes(language) ? language : "en";
  const trpc = useTRPC();
  const understand = useMutation(trpc.ai.understandBrief.mutationOptions());

  const briefReady = name.trim().length > 0 && description.trim().length >= 10;
  const index = STEPS.findIndex((s) => s.id === step);

  const fromChat = (brief: ChatBrief) => {
    if (brief.name) setName(brief.name);
    if (brief.description) setDescription(brief.description);
    if (brief.mood) setMood(brief.mood);
    if (brief.colors.length) setColors(brief.colors);
    if (brief.competitorUrls.length) setUrls(brief.competitorUrls);
  };

  const next = (event?: FormEvent) => {
    event?.preventDefault();
    setProblem(null);
    setFieldErrors({});
    setStep(STEPS[Math.min(index + 1, STEPS.length - 1)]!.id);
  };

  /** Reads the brief (again only when it changed, so the merchant's corrections stay). */
  const readBrief = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!briefReady) {
      setFieldErrors(
        !name.trim()
          ? {
              name: intl.formatMessage({
                id: "ai.wizard.nameMissing",
                defaultMessage: "Give your business a name.",
              }),
            }
          : {
              description: intl.formatMessage({
                id: "ai.wizard.descriptionShort",
                defaultMessage:
                  "Describe what you sell in a sentence or two (at least 10 characters).",
              }),
            },
      );
      return;
    }
    const of = JSON.stringify([name.trim(), description.trim()]);
    if (understood?.of !== of) {
      try {
        const answer = await understand.mutateAsync({
          name: name.trim(),
          description: description.trim(),
        });
        setUnderstood({ ...answer, of });
        setDraft(toDraft(answer.facts));
        setDraftErrors({});
        const detected = answer.facts.language;
        if (answer.display.language.writes && detected in LANGUAGES) {
          setLanguage(detected as LanguageCode);
        }
      } catch (error) {
        const readable = aiProblem(error, intl);
        setFieldErrors(readable.fields);
        setProblem(Object.keys(readable.fields).length ? null : readable.message);
        return;
      }
    }
    next();
  };

  const checkFacts = (event: FormEvent) => {
    event.preventDefault();
    const { errors } = toFacts(draft!, { name, language: storeLanguage });
    setDraftErrors(errors);
    if (Object.keys(errors).length) {
      setProblem(
        intl.formatMessage({
          id: "ai.wizard.factsInvalid",
          defaultMessage: "Some products or services need a change: see the fields marked.",
        }),
      );
      return;
    }
    if (!name.trim()) {
      setProblem(
        intl.formatMessage({
          id: "ai.wizard.nameMissing",
          defaultMessage: "Give your business a name.",
        }),
      );
      return;
    }
    next();
  };

  return (
    <div className="page ai-wizard">
      <PageHeader
        title={intl.formatMessage({
          id: "ai.wizard.title",
          defaultMessage: "Create a store with AI",
        })}
        description={intl.formatMessage({
          id: "ai.wizard.description",
          defaultMessage:
            "Describe your business and Pegasus writes the whole store: pages, words, look and sample products. You can change everything afterwards.",
        })}
        actions={
          <ButtonLink to="/" icon={<ArrowLeftIcon />}>
            <FormattedMessage id="ai.wizard.backToSites" defaultMessage="Back to your sites" />
          </ButtonLink>
        }
      />
      <ol
        className="ai-wizard__steps"
        aria-label={intl.formatMessage({ id: "ai.wizard.steps", defaultMessage: "Steps" })}
      >
        {STEPS.map((s, i) => (
          <li
            key={s.id}
            className={["ai-wizard__step", i === index && "is-current", i < index && "is-done"]
              .filter(Boolean)
              .join(" ")}
            aria-current={i === index ? "step" : undefined}
          >
            <span className="ai-wizard__step-number">
              {i < index ? <CheckIcon size={14} /> : i + 1}
            </span>
            {intl.formatMessage(STEP_MESSAGES[s.id])}
          </li>
        ))}
      </ol>

      {step === "business" ? (
        // The chat is a form of its own, so it sits beside this one, never inside it: a form in a
        // form is invalid HTML, and the browser submitted the chat natively, reloading the page.
        <section className="ai-wizard__card" aria-labelledby="ai-business-title">
          <form className="ai-wizard__form" noValidate onSubmit={(event) => void readBrief(event)}>
            <h2 id="ai-business-title">
              <FormattedMessage
                id="ai.wizard.business.title"
                defaultMessage="Tell us about your business"
              />
            </h2>
            <TextField
              label={intl.formatMessage({
                id: "ai.wizard.business.name",
                defaultMessage: "Business name",
              })}
              name="name"
              value={name}
              maxLength={80}
              autoComplete="organization"
              error={fieldErrors.name}
              onChange={(event) => setName(event.target.value)}
            />
            <DescriptionField
              value={description}
              error={fieldErrors.description}
              onChange={setDescription}
            />
            <FormError message={problem ?? undefined} />
            <div className="ai-wizard__actions">
              <Button type="button" variant="ghost" onClick={() => setChatting((c) => !c)}>
                {chatting
                  ? intl.formatMessage({
                      id: "ai.wizard.business.hideChat",
                      defaultMessage: "Hide the assistant",
                    })
                  : intl.formatMessage({
                      id: "ai.wizard.business.showChat",
                      defaultMessage: "Prefer to chat? Answer a few questions",
                    })}
              </Button>
              <Button type="submit" variant="primary" loading={understand.isPending}>
                <FormattedMessage
                  id="ai.wizard.business.next"
                  defaultMessage="Next: check what we understood"
                />
              </Button>
            </div>
          </form>
          {chatting ? (
            <OnboardingChat
              initial={{
                name,
                description,
                industry: null,
                mood,
                colors,
                competitorUrls: urls.filter(Boolean),
              }}
              onBrief={fromChat}
              onReady={() => {
                setChatting(false);
                void readBrief();
              }}
            />
          ) : null}
        </section>
      ) : null}

      {step === "understood" && understood && draft ? (
        <>
          <UnderstoodStep
            understood={understood}
            draft={draft}
            onDraft={setDraft}
            name={name}
            onName={setName}
            language={storeLanguage}
            languages={languages}
            onLanguage={setLanguage}
            errors={draftErrors}
            onBack={() => setStep("business")}
            onNext={checkFacts}
          />
          <FormError message={problem ?? undefined} />
        </>
      ) : null}

      {step === "style" ? (
        <form className="ai-wizard__card" noValidate onSubmit={next}>
          <h2>
            <FormattedMessage id="ai.wizard.style.title" defaultMessage="Choose a look" />
          </h2>
          <fieldset className="ai-moods">
            <legend>
              <FormattedMessage id="ai.wizard.style.mood" defaultMessage="Mood" />
            </legend>
            {Object.entries(MOOD_CHOICES).map(([id, choice]) => (
              <label
                key={id}
                className={["ai-mood", mood === id && "is-selected"].filter(Boolean).join(" ")}
              >
                <input
                  type="radio"
                  name="mood"
                  value={id}
                  checked={mood === id}
                  onChange={() => setMood(id as Mood)}
                />
                <span className="ai-mood__swatch" aria-hidden="true">
                  {choice.swatch.map((c) => (
                    <span key={c} style={{ background: c }} />
                  ))}
                </span>
                <span className="ai-mood__label">{moods[id as Mood].label}</span>
                <span className="ai-mood__hint">{moods[id as Mood].hint}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="ai-colors">
            <legend>
              <FormattedMessage
                id="ai.wizard.style.colors"
                defaultMessage="Brand colours (optional)"
              />
            </legend>
            {colors.map((color, i) => (
              <span key={i} className="ai-colors__item">
                <input
                  type="color"
                  aria-label={intl.formatMessage(
                    { id: "ai.wizard.style.color", defaultMessage: "Brand colour {number}" },
                    { number: i + 1 },
                  )}
                  value={color}
                  onChange={(event) =>
                    setColors(colors.map((c, j) => (j === i ? event.target.value : c)))
                  }
                />
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  onClick={() => setColors(colors.filter((_, j) => j !== i))}
                >
                  <FormattedMessage id="ai.wizard.style.removeColor" defaultMessage="Remove" />
                </Button>
              </span>
            ))}
            {colors.length < 3 ? (
              <Button type="button" size="sm" onClick={() => setColors([...colors, "#1f4d3a"])}>
                <FormattedMessage id="ai.wizard.style.addColor" defaultMessage="Add a colour" />
              </Button>
            ) : null}
          </fieldset>
          <div className="ai-wizard__actions">
            <Button type="button" onClick={() => setStep("understood")}>
              <FormattedMessage id="ai.wizard.back" defaultMessage="Back" />
            </Button>
            <Button type="submit" variant="primary">
              <FormattedMessage id="ai.wizard.style.next" defaultMessage="Next: competitors" />
            </Button>
          </div>
        </form>
      ) : null}

      {step === "competitors" ? (
        <CompetitorsStep
          urls={urls}
          onChange={setUrls}
          onBack={() => setStep("style")}
          onNext={() => setStep("generate")}
        />
      ) : null}

      {step === "generate" ? (
        <GenerateStep
          brief={{
            name: name.trim(),
            description: description.trim(),
            language: storeLanguage,
            style: { ...(mood ? { mood } : {}), colors },
            competitorUrls: urls.map((u) => u.trim()).filter(Boolean),
            ...(draft && understood
              ? {
                  facts: toFacts(draft, { name, language: storeLanguage }).facts,
                  industry: understood.trades.find((trade) => trade.id === draft.trade.id)?.id,
                }
              : {}),
          }}
          onBack={() => setStep("competitors")}
        />
      ) : null}
    </div>
  );
}

/**
 * The store languages the configured AI writes. English, which every writer writes, until the
 * server answers (or if it cannot).
 */
function useWritableLanguages(): LanguageCode[] {
  const trpc = useTRPC();
  const capabilities = useQuery(trpc.ai.capabilities.queryOptions());
  const languages = capabilities.data?.languages.filter((l) => l in LANGUAGES);
  return languages?.length ? languages : ["en"];
}

function DescriptionField({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const intl = useIntl();
  return (
    <div className={["field", error && "field--invalid"].filter(Boolean).join(" ")}>
      <label htmlFor={id} className="field__label">
        <FormattedMessage
          id="ai.wizard.business.description"
          defaultMessage="What do you sell, and to whom?"
        />
      </label>
      <textarea
        id={id}
        name="description"
        className="field__input ai-textarea"
        rows={4}
        maxLength={2000}
        value={value}
        placeholder={intl.formatMessage({
          id: "ai.wizard.business.descriptionExample",
          defaultMessage:
            "A small-batch coffee roastery in Portland: single-origin beans, espresso and brewing gear for home baristas.",
        })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint">
        <FormattedMessage
          id="ai.wizard.business.descriptionHint"
          defaultMessage="Mention where you are, what you sell and at what price, and what makes you different; the more specific, the better the store."
        />
      </p>
      <p id={`${id}-error`} className="field__error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}

type Report = {
  url: string;
  title: string;
  description: string;
  headings: string[];
  colors: string[];
  fonts: string[];
  nav: string[];
  prices: { amount: number; currency: string }[];
};

function CompetitorsStep({
  urls,
  onChange,
  onBack,
  onNext,
}: {
  urls: string[];
  onChange: (urls: string[]) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const trpc = useTRPC();
  const analyse = useMutation(trpc.ai.competitors.mutationOptions());
  const intl = useIntl();
  const filled = urls.map((u) => u.trim()).filter(Boolean);
  return (
    <form
      className="ai-wizard__card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <h2>
        <FormattedMessage
          id="ai.wizard.competitors.title"
          defaultMessage="Shops you admire (optional)"
        />
      </h2>
      <p className="ai-muted">
        <FormattedMessage
          id="ai.wizard.competitors.help"
          defaultMessage="Up to three addresses. Pegasus reads their public page (politely: it obeys robots.txt) to understand your market and price level. It never copies their words or colours."
        />
      </p>
      {urls.map((url, i) => (
        <TextField
          key={i}
          label={intl.formatMessage(
            { id: "ai.wizard.competitors.url", defaultMessage: "Competitor {number}" },
            { number: i + 1 },
          )}
          name={`competitor-${i}`}
          type="url"
          inputMode="url"
          placeholder={WEB}
          value={url}
          onChange={(event) => onChange(urls.map((u, j) => (j === i ? event.target.value : u)))}
        />
      ))}
      <div className="ai-wizard__actions ai-wizard__actions--start">
        {urls.length < 3 ? (
          <Button type="button" size="sm" onClick={() => onChange([...urls, ""])}>
            <FormattedMessage id="ai.wizard.competitors.add" defaultMessage="Add another" />
          </Button>
        ) : null}
        <Button
          type="button"
          size="sm"
          disabled={filled.length === 0}
          loading={analyse.isPending}
          onClick={() => analyse.mutate({ urls: filled })}
        >
          <FormattedMessage id="ai.wizard.competitors.analyse" defaultMessage="Analyse" />
        </Button>
      </div>
      <AiProblemNotice error={analyse.error} />
      {analyse.data ? (
        <CompetitorReports reports={analyse.data.reports} failures={analyse.data.failures} />
      ) : null}
      <div className="ai-wizard__actions">
        <Button type="button" onClick={onBack}>
          <FormattedMessage id="ai.wizard.back" defaultMessage="Back" />
        </Button>
        <Button type="submit" variant="primary">
          {filled.length
            ? intl.formatMessage({
                id: "ai.wizard.competitors.next",
                defaultMessage: "Next: generate",
              })
            : intl.formatMessage({
                id: "ai.wizard.competitors.skip",
                defaultMessage: "Skip: generate",
              })}
        </Button>
      </div>
    </form>
  );
}

export function CompetitorReports({
  reports,
  failures,
}: {
  reports: Report[];
  failures: { url: string; reason: string }[];
}) {
  const intl = useIntl();
  return (
    <div className="ai-reports" aria-live="polite">
      {reports.map((report) => (
        <article key={report.url} className="ai-report">
          <h3>{report.title || report.url}</h3>
          {report.description ? <p>{report.description}</p> : null}
          <dl>
            {report.headings.length ? (
              <>
                <dt>
                  <FormattedMessage id="ai.report.headings" defaultMessage="Headings" />
                </dt>
                <dd>{report.headings.slice(0, 4).join(" · ")}</dd>
              </>
            ) : null}
            {report.nav.length ? (
              <>
                <dt>
                  <FormattedMessage id="ai.report.menu" defaultMessage="Menu" />
                </dt>
                <dd>{report.nav.join(" · ")}</dd>
              </>
            ) : null}
            {report.prices.length ? (
              <>
                <dt>
                  <FormattedMessage id="ai.report.prices" defaultMessage="Prices seen" />
                </dt>
                <dd>
                  <FormattedMessage
                    id="ai.report.priceRange"
                    defaultMessage="{low} to {high}"
                    values={{
                      low: priceOf(
                        intl,
                        Math.min(...report.prices.map((p) => p.amount)),
                        report.prices[0]!.currency,
                      ),
                      high: priceOf(
                        intl,
                        Math.max(...report.prices.map((p) => p.amount)),
                        report.prices[0]!.currency,
                      ),
                    }}
                  />
                </dd>
              </>
            ) : null}
            {report.fonts.length ? (
              <>
                <dt>
                  <FormattedMessage id="ai.report.fonts" defaultMessage="Fonts" />
                </dt>
                <dd>{report.fonts.join(", ")}</dd>
              </>
            ) : null}
            {report.colors.length ? (
              <>
                <dt>
                  <FormattedMessage id="ai.report.colors" defaultMessage="Colours" />
                </dt>
                <dd className="ai-report__colors">
                  {report.colors.map((c) => (
                    <span key={c} title={c} style={{ background: c }} />
                  ))}
                </dd>
              </>
            ) : null}
          </dl>
        </article>
      ))}
      {failures.map((failure) => (
        <Notice
          key={failure.url}
          tone="warning"
          title={intl.formatMessage(
            { id: "ai.report.failed", defaultMessage: "Could not read {url}" },
            { url: failure.url },
          )}
        >
          {failure.reason}
        </Notice>
      ))}
    </div>
  );
}

type Brief = RouterInputs["ai"]["generateSite"]["brief"] & {
  name: string;
  language: LanguageCode;
  style: { mood?: Mood; colors: string[] };
  competitorUrls: string[];
};

/**
 * What the writer could not do of what the brief asked (the plan's notes, in the job's result), so
 * the merchant knows rather than discovers.
 */
function notesOf(result: object): string[] {
  const notes = "notes" in result ? result.notes : null;
  return Array.isArray(notes) ? notes.filter((n): n is string => typeof n === "string") : [];
}

/** "4 sample items top up the catalogue…", when the writer drew samples to fill the shop out. */
function samplesNote(intl: IntlShape, products: { sample: boolean }[]): string[] {
  const count = products.filter((p) => p.sample).length;
  if (count === 0) return [];
  return [
    intl.formatMessage(
      {
        id: "ai.generate.samplesNote",
        defaultMessage:
          "{count, plural, one {# sample item tops up the catalogue: replace or remove it before publishing.} other {# sample items top up the catalogue: replace or remove them before publishing.}}",
      },
      { count },
    ),
  ];
}

/** "7 pages and 3 products, 1 of them a sample to replace": the brief's own items are not samples. */
function madeCount(intl: IntlShape, pages: number, products: { sample: boolean }[]): string {
  const samples = products.filter((p) => p.sample).length;
  return intl.formatMessage(
    {
      id: "ai.generate.made",
      defaultMessage:
        "{pages, plural, one {# page} other {# pages}} and {products, plural, one {# product} other {# products}}{samples, plural, =0 {.} one {, # of them a sample to replace or remove before you publish.} other {, # of them samples to replace or remove before you publish.}}",
    },
    { pages, products: products.length, samples },
  );
}

/** A price as the app's language writes it ("12,50 €"); the amount is in major units. */
function priceOf(intl: IntlShape, amount: number, currency: string): string {
  try {
    return intl.formatNumber(amount, { style: "currency", currency });
  } catch {
    return `${intl.formatNumber(amount)} ${currency}`;
  }
}

const STEP_WORDS = defineMessages({
  understanding: { id: "ai.generate.step.understanding", defaultMessage: "Reading your brief" },
  writing: { id: "ai.generate.step.writing", defaultMessage: "Writing your store's words" },
  written: { id: "ai.generate.step.written", defaultMessage: "Words written" },
  building: {
    id: "ai.generate.step.building",
    defaultMessage: "Laying out pages, products and pictures",
  },
  checking: {
    id: "ai.generate.step.checking",
    defaultMessage: "Checking readability and accessibility",
  },
  saving: { id: "ai.generate.step.saving", defaultMessage: "Saving your store" },
  products: { id: "ai.generate.step.products", defaultMessage: "Adding sample products as drafts" },
  done: { id: "ai.generate.step.done", defaultMessage: "Your store is ready" },
});

/** A generation step in the app's language, by its stage (the server's English for one it does not know). */
function stepWords(
  intl: IntlShape,
  step: { stage: string; message: string },
  current: boolean,
  brief: Brief,
): string {
  switch (step.stage) {
    case "competitors":
      return intl.formatMessage(
        {
          id: "ai.generate.step.competitors",
          defaultMessage:
            "{count, plural, one {Reading # competitor site} other {Reading # competitor sites}}",
        },
        { count: brief.competitorUrls.length },
      );
    case "writing":
      return intl.formatMessage(current ? STEP_WORDS.writing : STEP_WORDS.written);
    case "understanding":
    case "building":
    case "checking":
    case "saving":
    case "products":
    case "done":
      return intl.formatMessage(STEP_WORDS[step.stage]);
    default:
      return step.message;
  }
}

function PlanNotes({ notes }: { notes: string[] }) {
  const intl = useIntl();
  if (notes.length === 0) return null;
  return (
    <Notice
      tone="warning"
      title={intl.formatMessage({
        id: "ai.generate.notes",
        defaultMessage: "What we could not do",
      })}
    >
      <ul className="ai-notes">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </Notice>
  );
}

function GenerateStep({ brief, onBack }: { brief: Brief; onBack: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const intl = useIntl();
  const moods = useMoodWords();
  const languageName = useLanguageName();
  const [slug, setSlug] = useState(() => suggestSlug(brief.name));
  const [running, setRunning] = useState<{ siteId: string; jobId: string } | null>(null);
  const create = useMutation(trpc.sites.create.mutationOptions());
  const generate = useMutation(trpc.ai.generateSite.mutationOptions());
  const job = useQuery({
    ...trpc.ai.job.queryOptions(running ?? { siteId: "", jobId: "" }),
    enabled: running !== null,
    refetchInterval: (query) => (query.state.data?.job.status === "running" ? 400 : false),
    staleTime: 0,
  });
  const status = job.data?.job.status;

  useEffect(() => {
    if (status === "done") void queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
  }, [status, queryClient, trpc]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const siteId =
        running?.siteId ?? (await create.mutateAsync({ name: brief.name, slug })).site.id;
      const { job: started } = await generate.mutateAsync({ siteId, brief });
      setRunning({ siteId, jobId: started.id });
    } catch {
      // Shown below from the mutation's error.
    }
  };

  const error = create.error ?? generate.error;
  const view = job.data?.job;
  const percent = Math.round((view?.progress.fraction ?? 0) * 100);

  if (view) {
    return (
      <section className="ai-wizard__card" aria-labelledby="ai-progress-title">
        <h2 id="ai-progress-title">
          {view.status === "done"
            ? intl.formatMessage({ id: "ai.generate.ready", defaultMessage: "Your store is ready" })
            : view.status === "failed"
              ? intl.formatMessage({
                  id: "ai.generate.failed",
                  defaultMessage: "Generation failed",
                })
              : intl.formatMessage({
                  id: "ai.generate.building",
                  defaultMessage: "Building your store",
                })}
        </h2>
        <div
          className="ai-progress"
          role="progressbar"
          aria-label={intl.formatMessage({
            id: "ai.generate.progress",
            defaultMessage: "Generation progress",
          })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <span style={{ width: `${percent}%` }} />
        </div>
        <ol className="ai-progress__steps" aria-live="polite">
          {view.steps.map((s) => (
            <li
              key={s.stage}
              className={
                s.stage === view.progress.stage && view.status === "running"
                  ? "is-current"
                  : "is-done"
              }
            >
              {stepWords(
                intl,
                s,
                s.stage === view.progress.stage && view.status === "running",
                brief,
              )}
            </li>
          ))}
        </ol>
        {view.status === "failed" ? (
          <Notice
            tone="danger"
            title={intl.formatMessage({
              id: "ai.generate.unchanged",
              defaultMessage: "Nothing was changed",
            })}
            action={
              <Button onClick={() => setRunning(null)}>
                <FormattedMessage id="ai.generate.retry" defaultMessage="Try again" />
              </Button>
            }
          >
            {readableMessage(view.error, undefined, intl)}
          </Notice>
        ) : null}
        {view.status === "done" && view.result ? (
          <>
            <p>{madeCount(intl, view.result.pages.length, view.result.products)}</p>
            {view.result.warnings.map((w) => (
              <Notice key={w} tone="info">
                {w}
              </Notice>
            ))}
            <PlanNotes
              notes={[...samplesNote(intl, view.result.products), ...notesOf(view.result)]}
            />
            <LogoStep siteId={running!.siteId} />
          </>
        ) : null}
      </section>
    );
  }

  return (
    <form className="ai-wizard__card" noValidate onSubmit={(event) => void start(event)}>
      <h2>
        <FormattedMessage id="ai.generate.title" defaultMessage="Ready to generate" />
      </h2>
      <dl className="ai-summary">
        <dt>
          <FormattedMessage id="ai.generate.summary.business" defaultMessage="Business" />
        </dt>
        <dd>{brief.name}</dd>
        <dt>
          <FormattedMessage id="ai.generate.summary.description" defaultMessage="Description" />
        </dt>
        <dd>{brief.description}</dd>
        <dt>
          <FormattedMessage id="ai.generate.summary.language" defaultMessage="Language" />
        </dt>
        <dd>{languageName(brief.language)}</dd>
        {brief.facts?.offerings.length ? (
          <>
            <dt>
              <FormattedMessage id="ai.generate.summary.offerings" defaultMessage="Offerings" />
            </dt>
            <dd>{brief.facts.offerings.map((o) => o.name).join(", ")}</dd>
          </>
        ) : null}
        <dt>
          <FormattedMessage id="ai.generate.summary.look" defaultMessage="Look" />
        </dt>
        <dd>
          {brief.style.mood
            ? moods[brief.style.mood].label
            : intl.formatMessage({
                id: "ai.generate.summary.lookAuto",
                defaultMessage: "Chosen for your trade",
              })}
        </dd>
        {brief.competitorUrls.length ? (
          <>
            <dt>
              <FormattedMessage id="ai.generate.summary.competitors" defaultMessage="Competitors" />
            </dt>
            <dd>{brief.competitorUrls.join(", ")}</dd>
          </>
        ) : null}
      </dl>
      <TextField
        label={intl.formatMessage({ id: "ai.generate.slug", defaultMessage: "Web address" })}
        name="slug"
        prefix="/s/"
        value={slug}
        disabled={running !== null}
        onChange={(event) => setSlug(event.target.value.toLowerCase().replace(/[^a-z0-9-]/g, ""))}
        error={create.error ? aiProblem(create.error, intl).message : undefined}
      />
      {error && !create.error ? <FormError message={aiProblem(error, intl).message} /> : null}
      <div className="ai-wizard__actions">
        <Button type="button" onClick={onBack}>
          <FormattedMessage id="ai.wizard.back" defaultMessage="Back" />
        </Button>
        <Button type="submit" variant="primary" loading={create.isPending || generate.isPending}>
          <FormattedMessage id="ai.generate.submit" defaultMessage="Generate my store" />
        </Button>
      </div>
    </form>
  );
}
