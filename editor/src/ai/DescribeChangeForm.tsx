import { useId, useState, type FormEvent } from "react";
import { FormattedMessage } from "react-intl";
import { toProblem } from "../api/errors.ts";
import { Button } from "../ui/Button.tsx";

const MAX = 500;

/**
 * "Describe a change": the merchant says in plain words what should change on the open page
 * ("make the hero darker and mention delivery in Lyon"); the answer comes back as suggestions in
 * the panel. A refused or invalid request is shown under the box as the server's sentence.
 */
export function DescribeChangeForm({
  busy,
  error,
  onSubmit,
}: {
  busy: boolean;
  /** The last describeChange failure, shown as a readable sentence. */
  error: unknown;
  onSubmit: (request: string) => void;
}) {
  const id = useId();
  const [value, setValue] = useState("");
  const problem = error ? toProblem(error) : null;
  const message = problem ? (problem.fieldErrors.request?.[0] ?? problem.message) : null;
  const ready = value.trim().length >= 3 && value.length <= MAX;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) onSubmit(value.trim());
  };
  return (
    <form className="ai-panel__describe" onSubmit={submit} aria-busy={busy}>
      <label htmlFor={id}>
        <FormattedMessage id="ai.describe.label" defaultMessage="Describe a change" />
      </label>
      <p id={`${id}-hint`} className="ai-panel__hint">
        <FormattedMessage
          id="ai.describe.hint"
          defaultMessage="In your words, e.g. “make the hero darker and mention delivery in Lyon”, “add an FAQ about gluten”, “use navy and gold”."
        />
      </p>
      <textarea
        id={id}
        className="field__input ai-textarea"
        value={value}
        maxLength={MAX}
        rows={3}
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}
        aria-invalid={message ? true : undefined}
        onChange={(e) => setValue(e.target.value)}
      />
      {message ? (
        <p id={`${id}-error`} className="ai-panel__error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="ai-panel__describe-actions">
        <span className="ai-panel__count" aria-live="polite">
          <FormattedMessage
            id="ai.describe.count"
            defaultMessage="{count}/{max}"
            values={{ count: value.length, max: MAX }}
          />
        </span>
        <Button type="submit" size="sm" variant="primary" disabled={busy || !ready}>
          <FormattedMessage id="ai.describe.submit" defaultMessage="Suggest changes" />
        </Button>
      </div>
    </form>
  );
}
