import { useMutation } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button, ButtonLink } from "../ui/Button.tsx";
import { TextField } from "../ui/Field.tsx";
import { MailIcon } from "../ui/icons.tsx";
import { FormError } from "../ui/Notice.tsx";
import { AuthLayout } from "./AuthLayout.tsx";

const FIELDS = ["email"] as const;

export function ForgotPasswordPage() {
  const intl = useIntl();
  const title = intl.formatMessage({
    id: "auth.forgot.title",
    defaultMessage: "Reset your password",
  });
  useDocumentTitle(title);
  const trpc = useTRPC();
  const formRef = useRef<HTMLFormElement>(null);
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const errors = useFormErrors(request.error, FIELDS);
  useFocusFirstInvalid(formRef, request.error);

  if (request.isSuccess) {
    return (
      <AuthLayout
        title={intl.formatMessage({
          id: "auth.forgot.sentTitle",
          defaultMessage: "Check your inbox",
        })}
        description={
          <FormattedMessage
            id="auth.forgot.sentText"
            defaultMessage="If an account exists for <strong>{email}</strong>, we sent it a link to choose a new password. The link works for one hour."
            values={{
              email: request.variables.email,
              strong: (words) => <strong>{words}</strong>,
            }}
          />
        }
        footer={
          <FormattedMessage
            id="auth.forgot.noMail"
            defaultMessage="No mail after a few minutes? Check your spam folder, or <retry>try again</retry>."
            values={{
              retry: (words) => (
                <button type="button" className="link-button" onClick={() => request.reset()}>
                  {words}
                </button>
              ),
            }}
          />
        }
      >
        <div className="auth__sent" aria-hidden="true">
          <MailIcon size={28} />
        </div>
        <ButtonLink to="/login" variant="secondary" size="lg" fullWidth>
          <FormattedMessage id="auth.forgot.backToLogin" defaultMessage="Back to log in" />
        </ButtonLink>
      </AuthLayout>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate({ email: String(new FormData(event.currentTarget).get("email") ?? "") });
  };

  return (
    <AuthLayout
      title={title}
      description={intl.formatMessage({
        id: "auth.forgot.description",
        defaultMessage:
          "Enter the email you log in with. We will send you a link to choose a new password.",
      })}
      footer={<RememberedIt />}
    >
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit}>
        <TextField
          label={intl.formatMessage({ id: "auth.field.email", defaultMessage: "Email" })}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          error={errors.fieldError("email")}
          onChange={() => errors.clearField("email")}
        />
        <FormError message={errors.formError} />
        <Button type="submit" variant="primary" size="lg" fullWidth loading={request.isPending}>
          <FormattedMessage id="auth.forgot.submit" defaultMessage="Send reset link" />
        </Button>
      </form>
    </AuthLayout>
  );
}

/** "Remembered it? Back to log in", under both password reset forms. */
export function RememberedIt() {
  return (
    <FormattedMessage
      id="auth.reset.rememberedIt"
      defaultMessage="Remembered it? <link>Back to log in</link>"
      values={{ link: (words) => <Link to="/login">{words}</Link> }}
    />
  );
}
