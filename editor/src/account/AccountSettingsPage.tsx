import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useCurrentUser, useSessionActions } from "../api/session.ts";
import { useTRPC } from "../api/trpc.ts";
import { followAccount } from "../i18n/catalogue.ts";
import {
  APP_LANGUAGE_NAMES,
  APP_LANGUAGES,
  isUiLanguage,
  PSEUDO_LANGUAGE,
} from "../i18n/languages.ts";
import { useTime } from "../lib/time.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Avatar } from "../ui/Avatar.tsx";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardFooter, CardHeader } from "../ui/Card.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { PasswordField, Select } from "../ui/Field.tsx";
import { FormError } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { useToast } from "../ui/Toast.tsx";
import "./account.css";

export function AccountSettingsPage() {
  const intl = useIntl();
  const { formatDate } = useTime();
  const title = intl.formatMessage({ id: "app.account.title", defaultMessage: "Account settings" });
  useDocumentTitle(title);
  const user = useCurrentUser();
  return (
    <div className="page page--narrow">
      <PageHeader
        title={title}
        description={intl.formatMessage({
          id: "app.account.description",
          defaultMessage: "Your login and your Pegasus account.",
        })}
      />
      <div className="stack">
        <Card aria-labelledby="profile-title">
          <CardHeader
            id="profile-title"
            title={intl.formatMessage({ id: "app.account.profile", defaultMessage: "Profile" })}
          />
          <CardBody>
            <div className="profile">
              <Avatar name={user.name} colorKey={user.id} size="lg" />
              <dl className="profile__facts">
                <div>
                  <dt>
                    <FormattedMessage id="app.account.name" defaultMessage="Name" />
                  </dt>
                  <dd>{user.name}</dd>
                </div>
                <div>
                  <dt>
                    <FormattedMessage id="app.account.email" defaultMessage="Email" />
                  </dt>
                  <dd>{user.email}</dd>
                </div>
                <div>
                  <dt>
                    <FormattedMessage id="app.account.memberSince" defaultMessage="Member since" />
                  </dt>
                  <dd>{formatDate(user.createdAt)}</dd>
                </div>
              </dl>
            </div>
          </CardBody>
        </Card>
        <LanguageSection />
        <ChangePasswordSection />
        <DeleteAccountSection />
      </div>
    </div>
  );
}

const PASSWORD_FIELDS = ["currentPassword", "newPassword"] as const;

/**
 * The app's language: the account keeps it (`User.locale`), so it follows the person to any
 * browser; "the browser's" clears it. The pseudo-locale is offered only in development.
 */
function LanguageSection() {
  const intl = useIntl();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const { startSession } = useSessionActions();
  const toast = useToast();
  const setLocale = useMutation(
    trpc.auth.setLocale.mutationOptions({
      onSuccess: async ({ user: saved }) => {
        await followAccount(saved.locale);
        startSession(saved);
      },
      onError: () =>
        toast.show({
          tone: "danger",
          title: intl.formatMessage({
            id: "app.account.languageNotSaved",
            defaultMessage: "The language could not be saved. Try again.",
          }),
        }),
    }),
  );
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    if (value === PSEUDO_LANGUAGE) {
      // Development only: shown for this visit, never stored.
      window.location.search = `?lang=${PSEUDO_LANGUAGE}`;
      return;
    }
    setLocale.mutate({ locale: isUiLanguage(value) && value !== PSEUDO_LANGUAGE ? value : null });
  };
  return (
    <Card aria-labelledby="language-title">
      <CardHeader
        id="language-title"
        title={intl.formatMessage({ id: "app.account.language", defaultMessage: "Language" })}
        description={intl.formatMessage({
          id: "app.account.languageHint",
          defaultMessage: "The language of Pegasus for you, on every device you log in on.",
        })}
      />
      <CardBody>
        <div className="account__password">
          <Select
            label={intl.formatMessage({
              id: "app.account.languageLabel",
              defaultMessage: "Language of the app",
            })}
            name="locale"
            value={user.locale ?? ""}
            disabled={setLocale.isPending}
            onChange={onChange}
          >
            <option value="">
              {intl.formatMessage({
                id: "app.account.languageBrowser",
                defaultMessage: "The browser's language",
              })}
            </option>
            {APP_LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {APP_LANGUAGE_NAMES[language]}
              </option>
            ))}
            {import.meta.env.DEV ? (
              <option value={PSEUDO_LANGUAGE}>
                {intl.formatMessage({
                  id: "app.account.languagePseudo",
                  defaultMessage: "Pseudo-locale (development)",
                })}
              </option>
            ) : null}
          </Select>
        </div>
      </CardBody>
    </Card>
  );
}

function ChangePasswordSection() {
  const intl = useIntl();
  const trpc = useTRPC();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => {
        formRef.current?.reset();
        toast.show({
          title: intl.formatMessage({
            id: "app.account.passwordChanged",
            defaultMessage: "Password changed",
          }),
          description: intl.formatMessage({
            id: "app.account.passwordChangedHint",
            defaultMessage: "Other browsers and devices were logged out.",
          }),
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
          title={intl.formatMessage({ id: "app.account.password", defaultMessage: "Password" })}
          description={intl.formatMessage({
            id: "app.account.passwordHint",
            defaultMessage: "Use at least 10 characters. Changing it logs you out everywhere else.",
          })}
        />
        <CardBody>
          <div className="form-stack account__password">
            <PasswordField
              label={intl.formatMessage({
                id: "app.account.currentPassword",
                defaultMessage: "Current password",
              })}
              name="currentPassword"
              autoComplete="current-password"
              error={errors.fieldError("currentPassword")}
              onChange={() => errors.clearField("currentPassword")}
            />
            <PasswordField
              label={intl.formatMessage({
                id: "app.account.newPassword",
                defaultMessage: "New password",
              })}
              name="newPassword"
              autoComplete="new-password"
              error={errors.fieldError("newPassword")}
              onChange={() => errors.clearField("newPassword")}
            />
            <PasswordField
              label={intl.formatMessage({
                id: "app.account.repeatPassword",
                defaultMessage: "Repeat the new password",
              })}
              name="confirmPassword"
              autoComplete="new-password"
              error={
                mismatch
                  ? intl.formatMessage({
                      id: "app.account.passwordMismatch",
                      defaultMessage: "The two passwords do not match.",
                    })
                  : undefined
              }
              onChange={() => setMismatch(false)}
            />
            <FormError message={errors.formError} />
          </div>
        </CardBody>
        <CardFooter>
          <Button type="submit" variant="primary" loading={change.isPending}>
            <FormattedMessage id="app.account.changePassword" defaultMessage="Change password" />
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

function DeleteAccountSection() {
  const intl = useIntl();
  const deleteLabel = intl.formatMessage({
    id: "app.account.delete",
    defaultMessage: "Delete account",
  });
  const [open, setOpen] = useState(false);
  return (
    <Card tone="danger" className="card--header-only" aria-labelledby="delete-account-title">
      <CardHeader
        id="delete-account-title"
        title={deleteLabel}
        description={intl.formatMessage({
          id: "app.account.deleteHint",
          defaultMessage:
            "Sites only you work on are deleted with it. Sites shared with a team need another owner first.",
        })}
        actions={
          <Button variant="danger" onClick={() => setOpen(true)}>
            {deleteLabel}
          </Button>
        }
      />
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        size="sm"
        title={intl.formatMessage({
          id: "app.account.deleteTitle",
          defaultMessage: "Delete your account?",
        })}
        description={intl.formatMessage({
          id: "app.account.deleteWarning",
          defaultMessage: "This cannot be undone. You are logged out and your login stops working.",
        })}
      >
        <DeleteAccountForm onCancel={() => setOpen(false)} />
      </Dialog>
    </Card>
  );
}

const DELETE_FIELDS = ["password"] as const;

function DeleteAccountForm({ onCancel }: { onCancel: () => void }) {
  const intl = useIntl();
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
          label={intl.formatMessage({
            id: "app.account.yourPassword",
            defaultMessage: "Your password",
          })}
          name="password"
          autoComplete="current-password"
          hint={intl.formatMessage({
            id: "app.account.yourPasswordHint",
            defaultMessage: "To make sure it is you.",
          })}
          error={errors.fieldError("password")}
          onChange={() => errors.clearField("password")}
        />
        <FormError message={errors.formError} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={onCancel} disabled={remove.isPending}>
          <FormattedMessage id="app.account.keep" defaultMessage="Keep my account" />
        </Button>
        <Button type="submit" variant="danger" loading={remove.isPending}>
          <FormattedMessage id="app.account.delete" defaultMessage="Delete account" />
        </Button>
      </DialogFooter>
    </form>
  );
}
