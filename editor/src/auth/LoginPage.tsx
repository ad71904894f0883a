import { useMutation } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useSession, useSessionActions } from "../api/session.ts";
import { useTRPC } from "../api/trpc.ts";
import type { LoginPageState } from "../app/RequireSession.tsx";
import { safeNext } from "../lib/safeNext.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button } from "../ui/Button.tsx";
import { PasswordField, TextField } from "../ui/Field.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { AuthLayout } from "./AuthLayout.tsx";

const FIELDS = ["email", "password"] as const;

export function LoginPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "auth.login.tab", defaultMessage: "Log in" }));
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const state = (useLocation().state ?? {}) as LoginPageState;
  const session = useSession();
  const { startSession } = useSessionActions();
  const formRef = useRef<HTMLFormElement>(null);

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: ({ user }) => {
        startSession(user);
        void navigate(next, { replace: true });
      },
    }),
  );
  const errors = useFormErrors(login.error, FIELDS);
  useFocusFirstInvalid(formRef, login.error);

  // Already logged in (a bookmarked /login): straight on.
  if (session.data && login.isIdle) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    login.mutate({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
  };

  const signupHref = next === "/" ? "/signup" : `/signup?next=${encodeURIComponent(next)}`;

  return (
    <AuthLayout
      title={intl.formatMessage({ id: "auth.login.title", defaultMessage: "Log in to Pegasus" })}
      description={intl.formatMessage({
        id: "auth.login.description",
        defaultMessage: "Welcome back. Your stores are waiting.",
      })}
      footer={
        <FormattedMessage
          id="auth.login.footer"
          defaultMessage="New to Pegasus? <link>Create an account</link>"
          values={{ link: (words) => <Link to={signupHref}>{words}</Link> }}
        />
      }
    >
      {state.accountDeleted ? (
        <Notice tone="success" className="auth__notice">
          <FormattedMessage
            id="auth.login.accountDeleted"
            defaultMessage="Your account was deleted. We are sorry to see you go."
          />
        </Notice>
      ) : state.loggedOut ? (
        <Notice tone="success" className="auth__notice">
          <FormattedMessage id="auth.login.loggedOut" defaultMessage="You are logged out." />
        </Notice>
      ) : state.sessionEnded ? (
        <Notice tone="info" className="auth__notice">
          <FormattedMessage
            id="auth.login.sessionEnded"
            defaultMessage="Your session has ended. Log in again to continue."
          />
        </Notice>
      ) : state.passwordReset ? (
        <Notice tone="success" className="auth__notice">
          <FormattedMessage
            id="auth.login.passwordReset"
            defaultMessage="Your password was changed. Log in with the new one."
          />
        </Notice>
      ) : null}
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
        <div className="form-stack" style={{ gap: 8 }}>
          <PasswordField
            label={intl.formatMessage({ id: "auth.field.password", defaultMessage: "Password" })}
            name="password"
            autoComplete="current-password"
            required
            error={errors.fieldError("password")}
            onChange={() => errors.clearField("password")}
          />
          <Link to="/forgot-password" className="auth__aside-link">
            <FormattedMessage id="auth.login.forgot" defaultMessage="Forgot your password?" />
          </Link>
        </div>
        <FormError message={errors.formError} />
        <Button type="submit" variant="primary" size="lg" fullWidth loading={login.isPending}>
          <FormattedMessage id="auth.login.submit" defaultMessage="Log in" />
        </Button>
      </form>
    </AuthLayout>
  );
}
