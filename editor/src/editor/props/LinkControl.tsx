import { useId } from "react";
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
          aria-label={`${name}: page`}
          value={page ? pagePath(page.slug) : CUSTOM}
          onChange={(event) => {
            if (event.target.value !== CUSTOM) onChange(event.target.value);
          }}
        >
          {pages.map((candidate) => (
            <option key={candidate.id} value={pagePath(candidate.slug)}>
              Page: {candidate.title}
            </option>
          ))}
          <option value={CUSTOM}>Another address…</option>
        </select>
      </div>
      <input
        id={`${id}-href`}
        className="input link-control__input"
        aria-label={`${name}: address`}
        value={href}
        placeholder="/about, #faq, https://…"
        spellCheck={false}
        data-doc-field=""
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value.trim())}
      />
      {bad ? (
        <p id={`${id}-error`} className="prop-field__error" role="alert">
          This address can’t be used. Use a page (/about), #section, https://…, mailto: or tel:.
        </p>
      ) : null}
    </FieldFrame>
  );
}
