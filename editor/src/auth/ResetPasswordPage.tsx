import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button, ButtonLink } from "../ui/Button.tsx";
import { PasswordField } from "../ui/Field.tsx";
import { FormError } from "../ui/Notice.tsx";
import { AuthLayout } from "./AuthLayout.tsx";
import { RememberedIt } from "./ForgotPasswordPage.tsx";

const FIELDS = ["newPassword"] as const;

export function ResetPasswordPage() {
  const intl = useIntl();
  const title = intl.formatMessage({
    id: "auth.reset.title",
    defaultMessage: "Choose a new password",
  });
  useDocumentTitle(title);
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const formRef = useRef<HTMLFormElement>(null);
  const [mismatch, setMismatch] = useState(false);

  const complete = useMutation(
    trpc.auth.completePasswordReset.mutationOptions({
      // Every session was revoked with the old password: log in afresh.
      onSuccess: () => void navigate("/login", { replace: true, state: { passwordReset: true } }),
    }),
  );
  // A weak password is refused with a plain message; an expired link stays at the form level.
  const errors = useFormErrors(complete.error, FIELDS, (problem) =>
    problem.code === "BAD_REQUEST" && /password/i.test(problem.message) ? "newPassword" : null,
  );
  useFocusFirstInvalid(formRef, complete.error);

  if (!token) {
    return (
      <AuthLayout
        title={intl.formatMessage({
          id: "auth.reset.incompleteTitle",
          defaultMessage: "This link is incomplete",
        })}
        description={intl.formatMessage({
          id: "auth.reset.incompleteText",
          defaultMessage: "Open the link from the email again, or ask for a new one.",
        })}
      >
        <ButtonLink to="/forgot-password" variant="primary" size="lg" fullWidth>
          <FormattedMessage id="auth.reset.askNewLink" defaultMessage="Ask for a new link" />
        </ButtonLink>
      </AuthLayout>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) {
      setMismatch(true);
      formRef.current?.querySelector<HTMLInputElement>('[name="confirmPassword"]')?.focus();
      return;
    }
    complete.mutate({ token, newPassword });
  };

  const expired = complete.isError && errors.formError !== null;

  return (
    <AuthLayout
      title={title}
      description={intl.formatMessage({
        id: "auth.reset.description",
        defaultMessage: "Use at least 10 characters. You will be logged out everywhere else.",
      })}
      footer={
        expired ? (
          <FormattedMessage
            id="auth.reset.linkExpired"
            defaultMessage="Link expired? <link>Ask for a new one</link>"
            values={{ link: (words) => <Link to="/forgot-password">{words}</Link> }}
          />
        ) : (
          <RememberedIt />
        )
      }
    >
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit}>
        <PasswordField
          label={intl.formatMessage({
            id: "auth.reset.newPassword",
            defaultMessage: "New password",
          })}
          name="newPassword"
          autoComplete="new-password"
          required
          error={errors.fieldError("newPassword")}
          onChange={() => errors.clearField("newPassword")}
        />
        <PasswordField
          label={intl.formatMessage({
            id: "auth.reset.repeatPassword",
            defaultMessage: "Repeat the new password",
          })}
          name="confirmPassword"
          autoComplete="new-password"
          required
          error={
            mismatch
              ? intl.formatMessage({
                  id: "auth.reset.mismatch",
                  defaultMessage: "The two passwords do not match.",
                })
              : undefined
          }
          onChange={() => setMismatch(false)}
        />
        <FormError message={errors.formError} />
        <Button type="submit" variant="primary" size="lg" fullWidth loading={complete.isPending}>
          <FormattedMessage id="auth.reset.submit" defaultMessage="Save new password" />
        </Button>
      </form>
    </AuthLayout>
  );
}
