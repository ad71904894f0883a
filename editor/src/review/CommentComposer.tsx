import { useQuery } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import { Button } from "../ui/Button.tsx";
import { FormError } from "../ui/Notice.tsx";
import { mentionedIds } from "./useComments.ts";

/**
 * A comment box: the text, a "Mention" picker that writes "@Name" and notifies that member by mail,
 * and the buttons. Used for new threads, replies and edits. `onSubmit` gets the text and the ids
 * of the members still named in it; a failure is shown under the box.
 */
export function CommentComposer({
  siteId,
  currentUserId,
  label,
  submitLabel,
  initialBody = "",
  initialMentions = [],
  autoFocus = false,
  onSubmit,
  onCancel,
}: {
  siteId: string;
  currentUserId: string;
  label: string;
  submitLabel: string;
  initialBody?: string;
  initialMentions?: readonly { id: string; name: string }[];
  autoFocus?: boolean;
  onSubmit: (value: { body: string; mentions: string[] }) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const id = useId();
  const intl = useIntl();
  const trpc = useTRPC();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState(initialBody);
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(
    () => new Map(initialMentions.map((m) => [m.id, m.name])),
  );
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const members = useQuery(trpc.members.list.queryOptions({ siteId }));
  const others = (members.data?.members ?? []).filter((m) => m.userId !== currentUserId);

  const mention = (userId: string) => {
    const member = others.find((m) => m.userId === userId);
    if (!member) return;
    const next = `${body}${body === "" || body.endsWith(" ") ? "" : " "}@${member.name} `;
    setBody(next);
    setPicked(new Map(picked).set(member.userId, member.name));
    textarea.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === "") {
      setError(
        intl.formatMessage({
          id: "review.composer.empty",
          defaultMessage: "Write a comment first.",
        }),
      );
      return;
    }
    setPending(true);
    setError(null);
    try {
      await onSubmit({ body, mentions: mentionedIds(body, picked) });
      setBody("");
      setPicked(new Map());
    } catch (failure) {
      setError(toProblem(failure).message);
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="comment-composer" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-body`} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={`${id}-body`}
        ref={textarea}
        className="comment-composer__text"
        value={body}
        placeholder={label}
        rows={3}
        maxLength={5000}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setBody(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) void submit(event);
          if (event.key === "Escape" && onCancel) onCancel();
        }}
      />
      <FormError message={error} />
      <div className="comment-composer__actions">
        {others.length > 0 ? (
          <label className="comment-composer__mention">
            <span className="visually-hidden">
              <FormattedMessage
                id="review.composer.mentionLabel"
                defaultMessage="Mention a teammate"
              />
            </span>
            <select
              value=""
              onChange={(event) => mention(event.target.value)}
              aria-label={intl.formatMessage({
                id: "review.composer.mentionLabel",
                defaultMessage: "Mention a teammate",
              })}
            >
              <option value="">
                {intl.formatMessage({ id: "review.composer.mention", defaultMessage: "@ Mention" })}
              </option>
              {others.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span />
        )}
        <div className="comment-composer__buttons">
          {onCancel ? (
            <Button size="sm" variant="ghost" onClick={onCancel}>
              <FormattedMessage id="review.composer.cancel" defaultMessage="Cancel" />
            </Button>
          ) : null}
          <Button size="sm" variant="primary" type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}
