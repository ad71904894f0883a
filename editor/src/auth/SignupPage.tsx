import { useMutation } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useSession, useSessionActions } from "../api/session.ts";
import { useTRPC } from "../api/trpc.ts";
import { safeNext } from "../lib/safeNext.ts";
import { browserAppLanguage } from "../i18n/languages.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button } from "../ui/Button.tsx";
import { PasswordField, TextField } from "../ui/Field.tsx";
import { FormError } from "../ui/Notice.tsx";
import { AuthLayout } from "./AuthLayout.tsx";

const FIELDS = ["name", "email", "password"] as const;

export function SignupPage() {
  const intl = useIntl();
  useDocumentTitle(
    intl.formatMessage({ id: "auth.signup.tab", defaultMessage: "Create your account" }),
  );
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const session = useSession();
  const { startSession } = useSessionActions();
  const formRef = useRef<HTMLFormElement>(null);

  const register = useMutation(
    trpc.auth.register.mutationOptions({
      onSuccess: ({ user }) => {
        startSession(user);
        void navigate(next, { replace: true });
      },
    }),
  );
  // "An account with this email already exists" belongs next to the email.
  const errors = useFormErrors(register.error, FIELDS, (problem) =>
    problem.code === "CONFLICT" ? "email" : null,
  );
  useFocusFirstInvalid(formRef, register.error);

  if (session.data && register.isIdle) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    register.mutate({
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      // The account speaks the browser's language from the start (changed in account settings).
      locale: browserAppLanguage(),
    });
  };

  const loginHref = next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;

  return (
    <AuthLayout
      title={intl.formatMessage({ id: "auth.signup.title", defaultMessage: "Create your account" })}
      description={intl.formatMessage({
        id: "auth.signup.description",
        defaultMessage: "Build a store your customers love. Free while you set it up.",
      })}
      footer={
        <FormattedMessage
          id="auth.signup.footer"
          defaultMessage="Already have an account? <link>Log in</link>"
          values={{ link: (words) => <Link to={loginHref}>{words}</Link> }}
        />
      }
    >
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit}>
        <TextField
          label={intl.formatMessage({ id: "auth.signup.name", defaultMessage: "Your name" })}
          name="name"
          autoComplete="name"
          required
          error={errors.fieldError("name")}
          onChange={() => errors.clearField("name")}
        />
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
        <PasswordField
          label={intl.formatMessage({ id: "auth.field.password", defaultMessage: "Password" })}
          name="password"
          autoComplete="new-password"
          required
          hint={intl.formatMessage({
            id: "auth.signup.passwordHint",
            defaultMessage:
              "At least 10 characters. A short sentence is easy to remember and hard to guess.",
          })}
          error={errors.fieldError("password")}
          onChange={() => errors.clearField("password")}
        />
        <FormError message={errors.formError} />
        <Button type="submit" variant="primary" size="lg" fullWidth loading={register.isPending}>
          <FormattedMessage id="auth.signup.submit" defaultMessage="Create account" />
        </Button>
      </form>
    </AuthLayout>
  );
}
