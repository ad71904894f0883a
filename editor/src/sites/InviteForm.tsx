import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { Role } from "../api/types.ts";
import { Button } from "../ui/Button.tsx";
import { CopyLink } from "../ui/CopyLink.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { assignableRoles, useRoleWords } from "./roles.ts";

const FIELDS = ["email", "role"] as const;

export function InviteForm({ siteId, actorRole }: { siteId: string; actorRole: Role }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hintId = useId();
  const intl = useIntl();
  const roles = useRoleWords();
  const formRef = useRef<HTMLFormElement>(null);
  // The link is shown once, right after sending (only its fingerprint is kept).
  const [sent, setSent] = useState<{ email: string; url: string } | null>(null);
  const invite = useMutation(
    trpc.members.invite.mutationOptions({
      onMutate: () => setSent(null),
      onSuccess: async ({ invitation, url }) => {
        formRef.current?.reset();
        setSent({ email: invitation.email, url });
        await queryClient.invalidateQueries({
          queryKey: trpc.members.listInvitations.queryKey({ siteId }),
        });
      },
    }),
  );
  // "… is already a member" comes back as CONFLICT: it is about the address.
  const errors = useFormErrors(invite.error, FIELDS, (problem) =>
    problem.code === "CONFLICT" ? "email" : null,
  );
  useFocusFirstInvalid(formRef, invite.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    invite.mutate({
      siteId,
      email: String(form.get("email") ?? ""),
      role: String(form.get("role") ?? "editor") as Role,
    });
  };

  return (
    <form
      ref={formRef}
      className="invite-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={intl.formatMessage({
        id: "app.invite.formLabel",
        defaultMessage: "Invite someone",
      })}
    >
      <div className="invite-form__row">
        <TextField
          label={intl.formatMessage({ id: "app.invite.email", defaultMessage: "Email address" })}
          name="email"
          type="email"
          autoComplete="off"
          placeholder={intl.formatMessage({
            id: "app.invite.emailPlaceholder",
            defaultMessage: "teammate@example.com",
          })}
          fieldClassName="invite-form__email"
          error={errors.fieldError("email")}
          onChange={() => errors.clearField("email")}
        />
        <Select
          label={intl.formatMessage({ id: "app.invite.role", defaultMessage: "Role" })}
          name="role"
          defaultValue="editor"
          fieldClassName="invite-form__role"
          error={errors.fieldError("role")}
        >
          {assignableRoles(actorRole).map((role) => (
            <option key={role} value={role}>
              {roles.label(role)}
            </option>
          ))}
        </Select>
        <Button
          type="submit"
          variant="primary"
          loading={invite.isPending}
          className="invite-form__submit"
        >
          <FormattedMessage id="app.invite.submit" defaultMessage="Send invite" />
        </Button>
      </div>
      <p className="invite-form__roles">
        {assignableRoles(actorRole).map(roles.summary).join(" ")}
      </p>
      <FormError message={errors.formError} />
      {sent ? (
        <Notice
          tone="success"
          title={intl.formatMessage(
            { id: "app.invite.sent", defaultMessage: "Invitation sent to {email}" },
            { email: sent.email },
          )}
        >
          <p id={hintId}>
            <FormattedMessage
              id="app.invite.sentHint"
              defaultMessage="The link in it works for 7 days, for {email} only. To hand it over yourself, copy it now: it cannot be shown again."
              values={{ email: sent.email }}
            />
          </p>
          <CopyLink
            url={sent.url}
            label={intl.formatMessage({ id: "app.invite.link", defaultMessage: "Invitation link" })}
            describedBy={hintId}
          >
            <Button variant="ghost" onClick={() => setSent(null)}>
              <FormattedMessage id="app.invite.done" defaultMessage="Done" />
            </Button>
          </CopyLink>
        </Notice>
      ) : null}
    </form>
  );
}
