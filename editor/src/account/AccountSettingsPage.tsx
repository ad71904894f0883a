import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useCurrentUser, useSessionActions } from "../api/session.ts";
import { useTRPC } from "../api/trpc.ts";
import { formatDate } from "../lib/time.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Avatar } from "../ui/Avatar.tsx";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardFooter, CardHeader } from "../ui/Card.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { PasswordField } from "../ui/Field.tsx";
import { FormError } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { useToast } from "../ui/Toast.tsx";
import "./account.css";

export function AccountSettingsPage() {
  useDocumentTitle("Account settings");
  const user = useCurrentUser();
  return (
    <div className="page page--narrow">
      <PageHeader title="Account settings" description="Your login and your Pegasus account." />
      <div className="stack">
        <Card aria-labelledby="profile-title">
          <CardHeader id="profile-title" title="Profile" />
          <CardBody>
            <div className="profile">
              <Avatar name={user.name} colorKey={user.id} size="lg" />
              <dl className="profile__facts">
                <div>
                  <dt>Name</dt>
                  <dd>{user.name}</dd>
                </div>
                <div>
                  <dt>Email</dt>
                  <dd>{user.email}</dd>
                </div>
                <div>
                  <dt>Member since</dt>
                  <dd>{formatDate(user.createdAt)}</dd>
                </div>
              </dl>
            </div>
          </CardBody>
        </Card>
        <ChangePasswordSection />
        <DeleteAccountSection />
      </div>
    </div>
  );
}

const PASSWORD_FIELDS = ["currentPassword", "newPassword"] as const;

function ChangePasswordSection() {
  const trpc = useTRPC();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => {
        formRef.current?.reset();
        toast.show({
          title: "Password changed",
          description: "Other browsers and devices were logged out.",
        });
      },
    }),
  );
  // The server answers a wrong current password and a refused new one with plain messages.
  const errors = useFormErrors(change.error, PASSWORD_FIELDS, (problem) => {
    if (problem.code !== "BAD_REQUEST") return null;
    if (/current password/i.test(problem.message)) return "currentPassword";
    return /password/i.test(problem.message) ? "newPassword" : null;
  });
  useFocusFirstInvalid(formRef, change.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) {
      setMismatch(true);
      formRef.current?.querySelector<HTMLInputElement>('[name="confirmPassword"]')?.focus();
      return;
    }
    change.mutate({ currentPassword: String(form.get("currentPassword") ?? ""), newPassword });
  };

  return (
    <Card aria-labelledby="password-title">
      <form ref={formRef} noValidate onSubmit={onSubmit}>
        <CardHeader
          id="password-title"
          title="Password"
          description="Use at least 10 characters. Changing it logs you out everywhere else."
        />
        <CardBody>
          <div className="form-stack account__password">
            <PasswordField
              label="Current password"
              name="currentPassword"
              autoComplete="current-password"
              error={errors.fieldError("currentPassword")}
              onChange={() => errors.clearField("currentPassword")}
            />
            <PasswordField
              label="New password"
              name="newPassword"
              autoComplete="new-password"
              error={errors.fieldError("newPassword")}
              onChange={() => errors.clearField("newPassword")}
            />
            <PasswordField
              label="Repeat the new password"
              name="confirmPassword"
              autoComplete="new-password"
              error={mismatch ? "The two passwords do not match." : undefined}
              onChange={() => setMismatch(false)}
            />
            <FormError message={errors.formError} />
          </div>
        </CardBody>
        <CardFooter>
          <Button type="submit" variant="primary" loading={change.isPending}>
            Change password
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

function DeleteAccountSection() {
  const [open, setOpen] = useState(false);
  return (
    <Card tone="danger" className="card--header-only" aria-labelledby="delete-account-title">
      <CardHeader
        id="delete-account-title"
        title="Delete account"
        description="Sites only you work on are deleted with it. Sites shared with a team need another owner first."
        actions={
          <Button variant="danger" onClick={() => setOpen(true)}>
            Delete account
          </Button>
        }
      />
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        size="sm"
        title="Delete your account?"
        description="This cannot be undone. You are logged out and your login stops working."
      >
        <DeleteAccountForm onCancel={() => setOpen(false)} />
      </Dialog>
    </Card>
  );
}

const DELETE_FIELDS = ["password"] as const;

function DeleteAccountForm({ onCancel }: { onCancel: () => void }) {
  const trpc = useTRPC();
  const { endSession } = useSessionActions();
  const formRef = useRef<HTMLFormElement>(null);
  const remove = useMutation(
    trpc.auth.deleteAccount.mutationOptions({
      onSuccess: () => endSession("accountDeleted"),
    }),
  );
  const errors = useFormErrors(remove.error, DELETE_FIELDS, (problem) =>
    problem.code === "BAD_REQUEST" ? "password" : null,
  );
  useFocusFirstInvalid(formRef, remove.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    remove.mutate({ password: String(new FormData(event.currentTarget).get("password") ?? "") });
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit}>
      <DialogBody>
        <PasswordField
          label="Your password"
          name="password"
          autoComplete="current-password"
          hint="To make sure it is you."
          error={errors.fieldError("password")}
          onChange={() => errors.clearField("password")}
        />
        <FormError message={errors.formError} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={onCancel} disabled={remove.isPending}>
          Keep my account
        </Button>
        <Button type="submit" variant="danger" loading={remove.isPending}>
          Delete account
        </Button>
      </DialogFooter>
    </form>
  );
}
