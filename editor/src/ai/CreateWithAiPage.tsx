import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState, type FormEvent } from "react";
import { toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import { suggestSlug } from "../dashboard/slug.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button, ButtonLink } from "../ui/Button.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { ArrowLeftIcon, CheckIcon } from "../ui/icons.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { LogoStep } from "./LogoStep.tsx";
import { OnboardingChat, type ChatBrief } from "./OnboardingChat.tsx";
import { LANGUAGE_CHOICES, MOOD_CHOICES } from "./vocabulary.ts";
import "./ai.css";

type Step = "business" | "style" | "competitors" | "generate";
const STEPS: { id: Step; label: string }[] = [
  { id: "business", label: "Your business" },
  { id: "style", label: "Style" },
  { id: "competitors", label: "Competitors" },
  { id: "generate", label: "Generate" },
];

type Mood = keyof typeof MOOD_CHOICES;
type Language = keyof typeof LANGUAGE_CHOICES;

/**
 * /sites/new: describe the business (or chat), choose a look, optionally name competitors, then
 * generate: the site is created and the store written with live progress. Once it is ready the
 * merchant picks a logo drawn from the generated brand, or skips, and lands in the editor.
 */
export function CreateWithAiPage() {
  useDocumentTitle("Create a store with AI");
  const [step, setStep] = useState<Step>("business");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [language, setLanguage] = useState<Language>("en");
  const [mood, setMood] = useState<Mood | null>(null);
  const [colors, setColors] = useState<string[]>([]);
  const [urls, setUrls] = useState<string[]>([""]);
  const [chatting, setChatting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const languages = useWritableLanguages();
  // A language chosen before the server said which it writes falls back to English.
  const storeLanguage = languages.includes(language) ? language : "en";

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
    if (step === "business" && !briefReady) {
      setProblem(
        !name.trim()
          ? "Give your business a name."
          : "Describe what you sell in a sentence or two (at least 10 characters).",
      );
      return;
    }
    setProblem(null);
    setStep(STEPS[Math.min(index + 1, STEPS.length - 1)]!.id);
  };

  return (
    <div className="page ai-wizard">
      <PageHeader
        title="Create a store with AI"
        description="Describe your business and Pegasus writes the whole store: pages, words, look and sample products. You can change everything afterwards."
        actions={
          <ButtonLink to="/" icon={<ArrowLeftIcon />}>
            Back to your sites
          </ButtonLink>
        }
      />
      <ol className="ai-wizard__steps" aria-label="Steps">
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
            {s.label}
          </li>
        ))}
      </ol>

      {step === "business" ? (
        <form className="ai-wizard__card" noValidate onSubmit={next}>
          <h2>Tell us about your business</h2>
          <TextField
            label="Business name"
            name="name"
            value={name}
            maxLength={80}
            autoComplete="organization"
            onChange={(event) => setName(event.target.value)}
          />
          <DescriptionField value={description} onChange={setDescription} />
          <Select
            label="Language of the store"
            name="language"
            value={storeLanguage}
            hint={
              languages.length < Object.keys(LANGUAGE_CHOICES).length
                ? `This Pegasus writes stores in ${listOf(languages.map((l) => LANGUAGE_CHOICES[l]))} only.`
                : undefined
            }
            onChange={(event) => setLanguage(event.target.value as Language)}
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {LANGUAGE_CHOICES[code]}
              </option>
            ))}
          </Select>
          <FormError message={problem ?? undefined} />
          <div className="ai-wizard__actions">
            <Button type="button" variant="ghost" onClick={() => setChatting((c) => !c)}>
              {chatting ? "Hide the assistant" : "Prefer to chat? Answer a few questions"}
            </Button>
            <Button type="submit" variant="primary">
              Next: style
            </Button>
          </div>
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
                setStep("style");
              }}
            />
          ) : null}
        </form>
      ) : null}

      {step === "style" ? (
        <form className="ai-wizard__card" noValidate onSubmit={next}>
          <h2>Choose a look</h2>
          <fieldset className="ai-moods">
            <legend>Mood</legend>
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
                <span className="ai-mood__label">{choice.label}</span>
                <span className="ai-mood__hint">{choice.hint}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="ai-colors">
            <legend>Brand colours (optional)</legend>
            {colors.map((color, i) => (
              <span key={i} className="ai-colors__item">
                <input
                  type="color"
                  aria-label={`Brand colour ${i + 1}`}
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
                  Remove
                </Button>
              </span>
            ))}
            {colors.length < 3 ? (
              <Button type="button" size="sm" onClick={() => setColors([...colors, "#1f4d3a"])}>
                Add a colour
              </Button>
            ) : null}
          </fieldset>
          <div className="ai-wizard__actions">
            <Button type="button" onClick={() => setStep("business")}>
              Back
            </Button>
            <Button type="submit" variant="primary">
              Next: competitors
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
function useWritableLanguages(): Language[] {
  const trpc = useTRPC();
  const capabilities = useQuery(trpc.ai.capabilities.queryOptions());
  const languages = capabilities.data?.languages.filter((l) => l in LANGUAGE_CHOICES);
  return languages?.length ? languages : ["en"];
}

function listOf(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : words[0]!;
}

function DescriptionField({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        What do you sell, and to whom?
      </label>
      <textarea
        id={id}
        name="description"
        className="field__input ai-textarea"
        rows={4}
        maxLength={2000}
        value={value}
        placeholder="A small-batch coffee roastery in Portland: single-origin beans, espresso and brewing gear for home baristas."
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint">
        Mention where you are and what makes you different; the more specific, the better the store.
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
      <h2>Shops you admire (optional)</h2>
      <p className="ai-muted">
        Up to three addresses. Pegasus reads their public page (politely: it obeys robots.txt) to
        understand your market and price level. It never copies their words or colours.
      </p>
      {urls.map((url, i) => (
        <TextField
          key={i}
          label={`Competitor ${i + 1}`}
          name={`competitor-${i}`}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          onChange={(event) => onChange(urls.map((u, j) => (j === i ? event.target.value : u)))}
        />
      ))}
      <div className="ai-wizard__actions ai-wizard__actions--start">
        {urls.length < 3 ? (
          <Button type="button" size="sm" onClick={() => onChange([...urls, ""])}>
            Add another
          </Button>
        ) : null}
        <Button
          type="button"
          size="sm"
          disabled={filled.length === 0}
          loading={analyse.isPending}
          onClick={() => analyse.mutate({ urls: filled })}
        >
          Analyse
        </Button>
      </div>
      {analyse.error ? <Notice tone="danger">{toProblem(analyse.error).message}</Notice> : null}
      {analyse.data ? (
        <CompetitorReports reports={analyse.data.reports} failures={analyse.data.failures} />
      ) : null}
      <div className="ai-wizard__actions">
        <Button type="button" onClick={onBack}>
          Back
        </Button>
        <Button type="submit" variant="primary">
          {filled.length ? "Next: generate" : "Skip: generate"}
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
  return (
    <div className="ai-reports" aria-live="polite">
      {reports.map((report) => (
        <article key={report.url} className="ai-report">
          <h3>{report.title || report.url}</h3>
          {report.description ? <p>{report.description}</p> : null}
          <dl>
            {report.headings.length ? (
              <>
                <dt>Headings</dt>
                <dd>{report.headings.slice(0, 4).join(" · ")}</dd>
              </>
            ) : null}
            {report.nav.length ? (
              <>
                <dt>Menu</dt>
                <dd>{report.nav.join(" · ")}</dd>
              </>
            ) : null}
            {report.prices.length ? (
              <>
                <dt>Prices seen</dt>
                <dd>
                  {Math.min(...report.prices.map((p) => p.amount))} to{" "}
                  {Math.max(...report.prices.map((p) => p.amount))} {report.prices[0]!.currency}
                </dd>
              </>
            ) : null}
            {report.fonts.length ? (
              <>
                <dt>Fonts</dt>
                <dd>{report.fonts.join(", ")}</dd>
              </>
            ) : null}
            {report.colors.length ? (
              <>
                <dt>Colours</dt>
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
        <Notice key={failure.url} tone="warning" title={`Could not read ${failure.url}`}>
          {failure.reason}
        </Notice>
      ))}
    </div>
  );
}

type Brief = {
  name: string;
  description: string;
  language: Language;
  style: { mood?: Mood; colors: string[] };
  competitorUrls: string[];
};

function GenerateStep({ brief, onBack }: { brief: Brief; onBack: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
            ? "Your store is ready"
            : view.status === "failed"
              ? "Generation failed"
              : "Building your store"}
        </h2>
        <div
          className="ai-progress"
          role="progressbar"
          aria-label="Generation progress"
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
              {s.message}
            </li>
          ))}
        </ol>
        {view.status === "failed" ? (
          <Notice
            tone="danger"
            title="Nothing was changed"
            action={<Button onClick={() => setRunning(null)}>Try again</Button>}
          >
            {view.error}
          </Notice>
        ) : null}
        {view.status === "done" && view.result ? (
          <>
            <p>
              {view.result.pages.length} pages and {view.result.products.length} sample products
              (saved as drafts).
            </p>
            {view.result.warnings.map((w) => (
              <Notice key={w} tone="info">
                {w}
              </Notice>
            ))}
            <LogoStep siteId={running!.siteId} />
          </>
        ) : null}
      </section>
    );
  }

  return (
    <form className="ai-wizard__card" noValidate onSubmit={(event) => void start(event)}>
      <h2>Ready to generate</h2>
      <dl className="ai-summary">
        <dt>Business</dt>
        <dd>{brief.name}</dd>
        <dt>Description</dt>
        <dd>{brief.description}</dd>
        <dt>Look</dt>
        <dd>{brief.style.mood ? MOOD_CHOICES[brief.style.mood].label : "Chosen for your trade"}</dd>
        {brief.competitorUrls.length ? (
          <>
            <dt>Competitors</dt>
            <dd>{brief.competitorUrls.join(", ")}</dd>
          </>
        ) : null}
      </dl>
      <TextField
        label="Web address"
        name="slug"
        prefix="/s/"
        value={slug}
        disabled={running !== null}
        onChange={(event) => setSlug(event.target.value.toLowerCase().replace(/[^a-z0-9-]/g, ""))}
        error={create.error ? toProblem(create.error).message : undefined}
      />
      {error && !create.error ? <FormError message={toProblem(error).message} /> : null}
      <div className="ai-wizard__actions">
        <Button type="button" onClick={onBack}>
          Back
        </Button>
        <Button type="submit" variant="primary" loading={create.isPending || generate.isPending}>
          Generate my store
        </Button>
      </div>
    </form>
  );
}
