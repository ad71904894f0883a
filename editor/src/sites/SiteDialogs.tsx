import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useErrorMessage } from "../api/problemWords.ts";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useTRPC, useTRPCClient } from "../api/trpc.ts";
import type { Site } from "../api/types.ts";
import { Button } from "../ui/Button.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { TextField } from "../ui/Field.tsx";
import { FormError } from "../ui/Notice.tsx";
import { useToast } from "../ui/Toast.tsx";
import { message } from "../i18n/message.ts";

/** Words said of a site from more than one place (a dialog's toast, the dashboard's bin). */
export const siteMessages = {
  restored: message({ id: "app.site.restored", defaultMessage: "“{name}” is back" }),
  restoreFailed: message({
    id: "app.site.restoreFailed",
    defaultMessage: "Could not restore the site",
  }),
};

type SiteDialogProps = { site: Site; open: boolean; onClose: () => void };

const RENAME_FIELDS = ["name"] as const;

export function RenameSiteDialog({ site, open, onClose }: SiteDialogProps) {
  const intl = useIntl();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={intl.formatMessage({ id: "app.renameSite.title", defaultMessage: "Rename site" })}
      size="sm"
    >
      <RenameSiteForm site={site} onDone={onClose} />
    </Dialog>
  );
}

function RenameSiteForm({ site, onDone }: { site: Site; onDone: () => void }) {
  const intl = useIntl();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const rename = useMutation(
    trpc.sites.rename.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
        toast.show({
          title: intl.formatMessage({ id: "app.renameSite.done", defaultMessage: "Site renamed" }),
        });
        onDone();
      },
    }),
  );
  const errors = useFormErrors(rename.error, RENAME_FIELDS);
  useFocusFirstInvalid(formRef, rename.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    rename.mutate({ siteId: site.id, name });
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit}>
      <DialogBody>
        <TextField
          label={intl.formatMessage({ id: "app.site.nameLabel", defaultMessage: "Site name" })}
          name="name"
          defaultValue={site.name}
          hint={intl.formatMessage({
            id: "app.renameSite.hint",
            defaultMessage:
              "Shown on your dashboard and in the storefront's title. The address stays the same.",
          })}
          required
          maxLength={80}
          error={errors.fieldError("name")}
          onChange={() => errors.clearField("name")}
        />
        <FormError message={errors.formError} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={onDone} disabled={rename.isPending}>
          <FormattedMessage id="app.action.cancel" defaultMessage="Cancel" />
        </Button>
        <Button type="submit" variant="primary" loading={rename.isPending}>
          <FormattedMessage id="app.renameSite.submit" defaultMessage="Save name" />
        </Button>
      </DialogFooter>
    </form>
  );
}

/**
 * Deleting is soft: the site goes offline and can be restored for 30 days. The toast offers an
 * immediate undo; the dashboard's "Recently deleted" list covers the rest of the month.
 */
export function DeleteSiteDialog({
  site,
  open,
  onClose,
  onDeleted,
}: SiteDialogProps & { onDeleted?: () => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  const intl = useIntl();
  const errorMessage = useErrorMessage();
  const close = () => {
    remove.reset();
    onClose();
  };
  const remove = useMutation(
    trpc.sites.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
        close();
        onDeleted?.();
        toast.show({
          title: intl.formatMessage(
            { id: "app.deleteSite.done", defaultMessage: "“{name}” was deleted" },
            { name: site.name },
          ),
          description: intl.formatMessage({
            id: "app.deleteSite.doneHint",
            defaultMessage: "You can restore it for 30 days.",
          }),
          action: {
            label: intl.formatMessage({ id: "app.deleteSite.undo", defaultMessage: "Undo" }),
            // Runs after this dialog is gone: uses the client directly, not a mounted hook.
            onClick: () => {
              client.sites.restore
                .mutate({ siteId: site.id })
                .then(() => queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() }))
                .then(() =>
                  toast.show({
                    title: intl.formatMessage(siteMessages.restored, { name: site.name }),
                  }),
                )
                .catch((error: unknown) =>
                  toast.show({
                    title: intl.formatMessage(siteMessages.restoreFailed),
                    description: errorMessage(error),
                    tone: "danger",
                  }),
                );
            },
          },
        });
      },
    }),
  );

  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!remove.isPending}
      size="sm"
      title={intl.formatMessage(
        { id: "app.deleteSite.title", defaultMessage: "Delete “{name}”?" },
        { name: site.name },
      )}
      description={
        <FormattedMessage
          id="app.deleteSite.text"
          defaultMessage="The storefront at <strong>{address}</strong> goes offline right away and your team loses access. You can restore the site from “Recently deleted” for 30 days."
          values={{ address: `/s/${site.slug}/`, strong: (words) => <strong>{words}</strong> }}
        />
      }
    >
      <DialogBody>
        <FormError message={remove.error ? errorMessage(remove.error) : null} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={close} disabled={remove.isPending}>
          <FormattedMessage id="app.action.cancel" defaultMessage="Cancel" />
        </Button>
        <Button
          variant="danger"
          loading={remove.isPending}
          onClick={() => remove.mutate({ siteId: site.id })}
        >
          <FormattedMessage id="app.deleteSite.submit" defaultMessage="Delete site" />
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
