import { useMutation } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
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
  useDocumentTitle("Reset your password");
  const trpc = useTRPC();
  const formRef = useRef<HTMLFormElement>(null);
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const errors = useFormErrors(request.error, FIELDS);
  useFocusFirstInvalid(formRef, request.error);

  if (request.isSuccess) {
    return (
      <AuthLayout
        title="Check your inbox"
        description={
          <>
            If an account exists for <strong>{request.variables.email}</strong>, we sent it a link
            to choose a new password. The link works for one hour.
          </>
        }
        footer={
          <>
            No mail after a few minutes? Check your spam folder, or{" "}
            <button type="button" className="link-button" onClick={() => request.reset()}>
              try again
            </button>
            .
          </>
        }
      >
        <div className="auth__sent" aria-hidden="true">
          <MailIcon size={28} />
        </div>
        <ButtonLink to="/login" variant="secondary" size="lg" fullWidth>
          Back to log in
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
      title="Reset your password"
      description="Enter the email you log in with. We will send you a link to choose a new password."
      footer={
        <>
          Remembered it? <Link to="/login">Back to log in</Link>
        </>
      }
    >
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit}>
        <TextField
          label="Email"
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
          Send reset link
        </Button>
      </form>
    </AuthLayout>
  );
}
