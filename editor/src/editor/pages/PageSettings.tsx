import { useEffect, useId, useState } from "react";
import { FormattedMessage, useIntl, type IntlShape } from "react-intl";
import { safeImageUrl } from "../../../../blocks/url.ts";
import { cleanSlugInput } from "../../dashboard/slug.ts";
import type { PageInfo } from "../state/docStore.ts";
import { useEditor, usePages, useSettings, useUi } from "../state/hooks.ts";
import { pagePath } from "../props/LinkControl.tsx";
import { slugProblem, updatePage } from "./pageOps.ts";

/** What search engines show comfortably (Google's snippet truncates near these lengths). */
export const SEO_TITLE_IDEAL = { min: 30, max: 60, limit: 120 } as const;
export const SEO_DESCRIPTION_IDEAL = { min: 70, max: 160, limit: 320 } as const;

/** A hint about a length: what is ideal, and whether this text is too short or too long. */
export function lengthHint(
  intl: IntlShape,
  length: number,
  ideal: { min: number; max: number },
  what: "titles" | "descriptions",
): { text: string; tone: "ok" | "warn" | "muted" } {
  const values = { length, min: ideal.min, max: ideal.max, what };
  if (length === 0)
    return {
      text: intl.formatMessage(
        { id: "editor.page.lengthAim", defaultMessage: "Aim for {min}–{max} characters." },
        values,
      ),
      tone: "muted",
    };
  if (length < ideal.min)
    return {
      text: intl.formatMessage(
        {
          id: "editor.page.lengthShort",
          defaultMessage:
            "{length, plural, one {# character} other {# characters}}: a little short. Aim for {min}–{max}.",
        },
        values,
      ),
      tone: "warn",
    };
  if (length > ideal.max)
    return {
      text: intl.formatMessage(
        {
          id: "editor.page.lengthLong",
          defaultMessage:
            "{length, plural, one {# character} other {# characters}}: search engines cut {what, select, titles {titles} other {descriptions}} after about {max}.",
        },
        values,
      ),
      tone: "warn",
    };
  return {
    text: intl.formatMessage(
      {
        id: "editor.page.lengthGood",
        defaultMessage: "{length, plural, one {# character} other {# characters}}: a good length.",
      },
      values,
    ),
    tone: "ok",
  };
}

/** The open page: its name and address, and how it shows in search results. */
export function PageSettings() {
  const pageId = useUi((state) => state.pageId);
  const pages = usePages();
  const page = pages.find((candidate) => candidate.id === pageId);
  if (!page) return null;
  return <PageForm key={page.id} page={page} />;
}

function PageForm({ page }: { page: PageInfo }) {
  const intl = useIntl();
  const session = useEditor();
  const settings = useSettings();
  const id = useId();
  const [slug, setSlug] = useState(page.slug);
  const [slugError, setSlugError] = useState<string | null>(null);
  const [title, setTitle] = useState(page.title);
  useEffect(() => setSlug(page.slug), [page.slug]);
  useEffect(
    () => setTitle((current) => (current.trim() === "" ? current : page.title)),
    [page.title],
  );
  const seo = page.seo ?? {};
  const readOnly = session.readOnly;

  const setSeo = (patch: Record<string, unknown>) => updatePage(session, page.id, { seo: patch });
  const seoTitle = seo.title ?? "";
  const seoDescription = seo.description ?? "";
  const shownTitle =
    seoTitle.trim() || (page.slug === "" ? settings.name : `${page.title} | ${settings.name}`);
  const shownDescription = seoDescription.trim() || settings.description || "";
  const titleHint = lengthHint(intl, shownTitle.length, SEO_TITLE_IDEAL, "titles");
  const descriptionHint = lengthHint(
    intl,
    shownDescription.length,
    SEO_DESCRIPTION_IDEAL,
    "descriptions",
  );
  const address = `${window.location.host}/s/${session.site.slug}${page.slug ? `/${page.slug}` : ""}`;
  const imageBad = seo.image ? safeImageUrl(seo.image) === null : false;

  return (
    <div className="page-settings">
      <h2 className="panel-title">
        <FormattedMessage id="editor.page.title" defaultMessage="Page" />
      </h2>
      <fieldset className="page-settings__group" disabled={readOnly}>
        <div className="prop-field">
          <label htmlFor={`${id}-title`} className="prop-field__label-row">
            <span className="prop-field__label">
              <FormattedMessage id="editor.page.name" defaultMessage="Page name" />
            </span>
          </label>
          <input
            id={`${id}-title`}
            className="input"
            value={title}
            maxLength={120}
            data-doc-field=""
            aria-invalid={title.trim() === "" || undefined}
            aria-describedby={title.trim() === "" ? `${id}-title-error` : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              if (event.target.value.trim() !== "")
                updatePage(session, page.id, { title: event.target.value });
            }}
            onBlur={() => setTitle(page.title)}
          />
          {title.trim() === "" ? (
            <p id={`${id}-title-error`} className="prop-field__error" role="alert">
              <FormattedMessage
                id="editor.page.nameMissing"
                defaultMessage="A page needs a name."
              />
            </p>
          ) : null}
        </div>
        <div className="prop-field">
          <label htmlFor={`${id}-slug`} className="prop-field__label-row">
            <span className="prop-field__label">
              <FormattedMessage id="editor.page.address" defaultMessage="Address" />
            </span>
          </label>
          {page.slug === "" ? (
            <p className="prop-field__help">
              <FormattedMessage
                id="editor.page.homeAddress"
                defaultMessage="This is the home page: its address is the site’s own."
              />
            </p>
          ) : (
            <>
              <div className="input-group">
                <span className="input-group__prefix" aria-hidden="true">
                  {pagePath("")}
                </span>
                <input
                  id={`${id}-slug`}
                  className="input"
                  value={slug}
                  maxLength={80}
                  spellCheck={false}
                  aria-invalid={slugError ? true : undefined}
                  aria-describedby={slugError ? `${id}-slug-error` : undefined}
                  onChange={(event) => {
                    const next = cleanSlugInput(event.target.value);
                    setSlug(next);
                    setSlugError(null);
                  }}
                  onBlur={() => {
                    const next = slug.replace(/-+$/, "");
                    if (next === page.slug) return;
                    const problem = slugProblem(next, page.id, session);
                    if (problem) setSlugError(problem);
                    else updatePage(session, page.id, { slug: next });
                  }}
                />
              </div>
              {slugError ? (
                <p id={`${id}-slug-error`} className="prop-field__error" role="alert">
                  {slugError}
                </p>
              ) : null}
            </>
          )}
        </div>
      </fieldset>

      <h3 className="panel-subtitle">
        <FormattedMessage id="editor.page.search" defaultMessage="Search engines" />
      </h3>
      <div
        className="search-snippet"
        aria-label={intl.formatMessage({
          id: "editor.page.snippet",
          defaultMessage: "Search result preview",
        })}
        role="figure"
      >
        <p className="search-snippet__site">{settings.name}</p>
        <p className="search-snippet__url">{address}</p>
        <p className="search-snippet__title">{truncate(shownTitle, 60)}</p>
        <p className="search-snippet__description">
          {shownDescription ? (
            truncate(shownDescription, 160)
          ) : (
            <em>
              <FormattedMessage
                id="editor.page.snippetEmpty"
                defaultMessage="Add a description to tell shoppers what this page offers."
              />
            </em>
          )}
        </p>
      </div>
      <fieldset className="page-settings__group" disabled={readOnly}>
        <div className="prop-field">
          <label htmlFor={`${id}-seo-title`} className="prop-field__label-row">
            <span className="prop-field__label">
              <FormattedMessage
                id="editor.page.seoTitle"
                defaultMessage="Title in search results"
              />
            </span>
          </label>
          <input
            id={`${id}-seo-title`}
            className="input"
            value={seoTitle}
            maxLength={SEO_TITLE_IDEAL.limit}
            placeholder={shownTitle}
            data-doc-field=""
            aria-describedby={`${id}-seo-title-hint`}
            onChange={(event) => setSeo({ title: event.target.value || undefined })}
          />
          <p
            id={`${id}-seo-title-hint`}
            className={`prop-field__help length-hint length-hint--${titleHint.tone}`}
          >
            {titleHint.text}
          </p>
        </div>
        <div className="prop-field">
          <label htmlFor={`${id}-seo-description`} className="prop-field__label-row">
            <span className="prop-field__label">
              <FormattedMessage
                id="editor.page.seoDescription"
                defaultMessage="Description in search results"
              />
            </span>
          </label>
          <textarea
            id={`${id}-seo-description`}
            className="input textarea"
            rows={3}
            value={seoDescription}
            maxLength={SEO_DESCRIPTION_IDEAL.limit}
            placeholder={
              settings.description ??
              intl.formatMessage({
                id: "editor.page.seoDescriptionPlaceholder",
                defaultMessage: "What shoppers find on this page, in a sentence or two.",
              })
            }
            data-doc-field=""
            aria-describedby={`${id}-seo-description-hint`}
            onChange={(event) => setSeo({ description: event.target.value || undefined })}
          />
          <p
            id={`${id}-seo-description-hint`}
            className={`prop-field__help length-hint length-hint--${descriptionHint.tone}`}
          >
            {descriptionHint.text}
          </p>
        </div>
        <div className="prop-field">
          <label htmlFor={`${id}-seo-image`} className="prop-field__label-row">
            <span className="prop-field__label">
              <FormattedMessage id="editor.page.seoImage" defaultMessage="Image when shared" />
            </span>
          </label>
          <input
            id={`${id}-seo-image`}
            className="input"
            type="url"
            value={seo.image ?? ""}
            placeholder={intl.formatMessage(
              {
                id: "editor.page.seoImagePlaceholder",
                defaultMessage: "{web} (the page’s first image otherwise)",
              },
              { web: "https://…" },
            )}
            data-doc-field=""
            aria-invalid={imageBad || undefined}
            onChange={(event) => setSeo({ image: event.target.value.trim() || undefined })}
          />
        </div>
        <label className="switch switch--small">
          <input
            type="checkbox"
            role="switch"
            className="switch__input"
            checked={seo.noindex === true}
            onChange={(event) => setSeo({ noindex: event.target.checked || undefined })}
          />
          <span className="switch__track" aria-hidden="true" />
          <span className="switch__label">
            <FormattedMessage
              id="editor.page.noindex"
              defaultMessage="Hide this page from search engines"
            />
          </span>
        </label>
      </fieldset>
    </div>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
