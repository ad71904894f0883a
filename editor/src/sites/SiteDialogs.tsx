import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { toProblem } from "../api/errors.ts";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useTRPC, useTRPCClient } from "../api/trpc.ts";
import type { Site } from "../api/types.ts";
import { Button } from "../ui/Button.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { TextField } from "../ui/Field.tsx";
import { FormError } from "../ui/Notice.tsx";
import { useToast } from "../ui/Toast.tsx";

type SiteDialogProps = { site: Site; open: boolean; onClose: () => void };

const RENAME_FIELDS = ["name"] as const;

export function RenameSiteDialog({ site, open, onClose }: SiteDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Rename site" size="sm">
      <RenameSiteForm site={site} onDone={onClose} />
    </Dialog>
  );
}

function RenameSiteForm({ site, onDone }: { site: Site; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const rename = useMutation(
    trpc.sites.rename.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
        toast.show({ title: "Site renamed" });
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
          label="Site name"
          name="name"
          defaultValue={site.name}
          hint="Shown on your dashboard and in the storefront's title. The address stays the same."
          required
          maxLength={80}
          error={errors.fieldError("name")}
          onChange={() => errors.clearField("name")}
        />
        <FormError message={errors.formError} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={onDone} disabled={rename.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={rename.isPending}>
          Save name
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
          title: `“${site.name}” was deleted`,
          description: "You can restore it for 30 days.",
          action: {
            label: "Undo",
            // Runs after this dialog is gone: uses the client directly, not a mounted hook.
            onClick: () => {
              client.sites.restore
                .mutate({ siteId: site.id })
                .then(() => queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() }))
                .then(() => toast.show({ title: `“${site.name}” is back` }))
                .catch((error: unknown) =>
                  toast.show({
                    title: "Could not restore the site",
                    description: toProblem(error).message,
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
      title={`Delete “${site.name}”?`}
      description={
        <>
          The storefront at <strong>/s/{site.slug}/</strong> goes offline right away and your team
          loses access. You can restore the site from “Recently deleted” for 30 days.
        </>
      }
    >
      <DialogBody>
        <FormError message={remove.error ? toProblem(remove.error).message : null} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={close} disabled={remove.isPending}>
          Cancel
        </Button>
        <Button
          variant="danger"
          loading={remove.isPending}
          onClick={() => remove.mutate({ siteId: site.id })}
        >
          Delete site
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
