import { useId } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { LinkField } from "../../../../blocks/fields/types.ts";
import { safeUrl } from "../../../../blocks/url.ts";
import { usePages } from "../state/hooks.ts";
import { FieldFrame, type FieldProps } from "./FieldFrame.tsx";

const CUSTOM = "__custom__";

/** The address of a page of the site as blocks link to it: "/" or "/about". */
export function pagePath(slug: string): string {
  return slug === "" ? "/" : `/${slug}`;
}

/** A link: one of the site's pages, or any address (a #section, https://, mailto:, tel:). */
export function LinkControl({ field, value, onChange, label }: FieldProps<LinkField>) {
  const intl = useIntl();
  const id = useId();
  const pages = usePages();
  const href = typeof value === "string" ? value : "";
  const page = pages.find((candidate) => pagePath(candidate.slug) === href);
  const bad = href !== "" && safeUrl(href) === null;
  const name = label ?? field.label;
  return (
    <FieldFrame id={`${id}-href`} label={name} help={field.help} as="legend">
      <div className="select select--sm">
        <select
          className="select__control"
          aria-label={intl.formatMessage(
            { id: "editor.props.linkPage", defaultMessage: "{name}: page" },
            { name },
          )}
          value={page ? pagePath(page.slug) : CUSTOM}
          onChange={(event) => {
            if (event.target.value !== CUSTOM) onChange(event.target.value);
          }}
        >
          {pages.map((candidate) => (
            <option key={candidate.id} value={pagePath(candidate.slug)}>
              <FormattedMessage
                id="editor.props.linkPageOption"
                defaultMessage="Page: {title}"
                values={{ title: candidate.title }}
              />
            </option>
          ))}
          <option value={CUSTOM}>
            <FormattedMessage id="editor.props.linkCustom" defaultMessage="Another address…" />
          </option>
        </select>
      </div>
      <input
        id={`${id}-href`}
        className="input link-control__input"
        aria-label={intl.formatMessage(
          { id: "editor.props.linkAddress", defaultMessage: "{name}: address" },
          { name },
        )}
        value={href}
        placeholder={intl.formatMessage(
          {
            id: "editor.props.linkPlaceholder",
            defaultMessage: "/about, #faq, {web}",
          },
          { web: "https://…" },
        )}
        spellCheck={false}
        data-doc-field=""
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value.trim())}
      />
      {bad ? (
        <p id={`${id}-error`} className="prop-field__error" role="alert">
          <FormattedMessage
            id="editor.props.linkBad"
            defaultMessage="This address can’t be used. Use a page (/about), #section, {web}, {mailto} or {tel}."
            values={{ web: "https://…", mailto: "mailto:", tel: "tel:" }}
          />
        </p>
      ) : null}
    </FieldFrame>
  );
}
