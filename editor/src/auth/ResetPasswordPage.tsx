import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button, ButtonLink } from "../ui/Button.tsx";
import { PasswordField } from "../ui/Field.tsx";
import { FormError } from "../ui/Notice.tsx";
import { AuthLayout } from "./AuthLayout.tsx";

const FIELDS = ["newPassword"] as const;

export function ResetPasswordPage() {
  useDocumentTitle("Choose a new password");
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
        title="This link is incomplete"
        description="Open the link from the email again, or ask for a new one."
      >
        <ButtonLink to="/forgot-password" variant="primary" size="lg" fullWidth>
          Ask for a new link
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
      title="Choose a new password"
      description="Use at least 10 characters. You will be logged out everywhere else."
      footer={
        expired ? (
          <>
            Link expired? <Link to="/forgot-password">Ask for a new one</Link>
          </>
        ) : (
          <>
            Remembered it? <Link to="/login">Back to log in</Link>
          </>
        )
      }
    >
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit}>
        <PasswordField
          label="New password"
          name="newPassword"
          autoComplete="new-password"
          required
          error={errors.fieldError("newPassword")}
          onChange={() => errors.clearField("newPassword")}
        />
        <PasswordField
          label="Repeat the new password"
          name="confirmPassword"
          autoComplete="new-password"
          required
          error={mismatch ? "The two passwords do not match." : undefined}
          onChange={() => setMismatch(false)}
        />
        <FormError message={errors.formError} />
        <Button type="submit" variant="primary" size="lg" fullWidth loading={complete.isPending}>
          Save new password
        </Button>
      </form>
    </AuthLayout>
  );
}
