import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useNavigate } from "react-router";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDebouncedValue } from "../lib/useDebouncedValue.ts";
import { Button } from "../ui/Button.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { TextField } from "../ui/Field.tsx";
import { CheckIcon } from "../ui/icons.tsx";
import { FormError } from "../ui/Notice.tsx";
import { Spinner } from "../ui/Spinner.tsx";
import { useToast } from "../ui/Toast.tsx";
import { cleanSlugInput, suggestSlug } from "./slug.ts";

const FIELDS = ["name", "slug"] as const;
/** How long typing must pause before the address is checked. */
export const SLUG_CHECK_DELAY_MS = 350;

export function CreateSiteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const intl = useIntl();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={intl.formatMessage({ id: "app.createSite.title", defaultMessage: "Create a site" })}
      description={intl.formatMessage({
        id: "app.createSite.description",
        defaultMessage: "Name your store and pick its web address. You can rename it later.",
      })}
    >
      <CreateSiteForm onDone={onClose} />
    </Dialog>
  );
}

function CreateSiteForm({ onDone }: { onDone: () => void }) {
  const intl = useIntl();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  // The address follows the name until the merchant types one of their own.
  const [slugEdited, setSlugEdited] = useState(false);

  const create = useMutation(
    trpc.sites.create.mutationOptions({
      onSuccess: async ({ site }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
        onDone();
        toast.show({
          title: intl.formatMessage(
            { id: "app.createSite.ready", defaultMessage: "“{name}” is ready" },
            { name: site.name },
          ),
          description: intl.formatMessage(
            { id: "app.createSite.live", defaultMessage: "Live at {address}" },
            { address: `/s/${site.slug}/` },
          ),
          action: {
            label: intl.formatMessage({
              id: "app.createSite.openEditor",
              defaultMessage: "Open editor",
            }),
            onClick: () => void navigate(`/sites/${site.id}/editor`),
          },
        });
      },
    }),
  );
  // A taken address comes back as CONFLICT with a plain message: it belongs to the slug.
  const errors = useFormErrors(create.error, FIELDS, (problem) =>
    problem.code === "CONFLICT" ? "slug" : null,
  );
  useFocusFirstInvalid(formRef, create.error);

  const checkedSlug = useDebouncedValue(slug, SLUG_CHECK_DELAY_MS);
  const availability = useQuery({
    ...trpc.sites.slugAvailable.queryOptions({ slug: checkedSlug }),
    enabled: checkedSlug.length > 0,
    staleTime: 10_000,
  });
  const settled = slug === checkedSlug && !availability.isFetching;
  const unavailable = settled && availability.data?.available === false;

  const slugError =
    errors.fieldError("slug") ??
    (unavailable ? (availability.data?.reason ?? undefined) : undefined);

  let slugStatus: ReactNode = "";
  if (slug && !settled) {
    slugStatus = (
      <span className="slug-status">
        <Spinner size={14} />
        <FormattedMessage id="app.createSite.checking" defaultMessage="Checking availability…" />
      </span>
    );
  } else if (slug && settled && availability.data?.available) {
    slugStatus = (
      <span className="slug-status slug-status--ok">
        <CheckIcon size={14} />
        <FormattedMessage
          id="app.createSite.available"
          defaultMessage="{slug} is available"
          values={{ slug }}
        />
      </span>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ name, slug });
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit}>
      <DialogBody>
        <TextField
          label={intl.formatMessage({ id: "app.site.nameLabel", defaultMessage: "Site name" })}
          name="name"
          value={name}
          placeholder={intl.formatMessage({
            id: "app.createSite.namePlaceholder",
            defaultMessage: "Blue Bottle Coffee",
          })}
          autoComplete="off"
          maxLength={80}
          required
          error={errors.fieldError("name")}
          onChange={(event) => {
            const value = event.target.value;
            setName(value);
            errors.clearField("name");
            if (!slugEdited) {
              setSlug(suggestSlug(value));
              errors.clearField("slug");
            }
          }}
        />
        <TextField
          label={intl.formatMessage({ id: "app.site.address", defaultMessage: "Web address" })}
          name="slug"
          value={slug}
          prefix="/s/"
          placeholder={intl.formatMessage({
            id: "app.createSite.slugPlaceholder",
            defaultMessage: "blue-bottle-coffee",
          })}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          required
          hint={intl.formatMessage({
            id: "app.createSite.slugHint",
            defaultMessage:
              "Lower-case letters, digits and dashes. A custom domain can be added later.",
          })}
          status={slugStatus}
          error={slugError}
          onChange={(event) => {
            const value = cleanSlugInput(event.target.value);
            setSlug(value);
            setSlugEdited(value.length > 0);
            errors.clearField("slug");
          }}
        />
        <FormError message={errors.formError} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={onDone} disabled={create.isPending}>
          <FormattedMessage id="app.action.cancel" defaultMessage="Cancel" />
        </Button>
        <Button type="submit" variant="primary" loading={create.isPending}>
          <FormattedMessage id="app.createSite.submit" defaultMessage="Create site" />
        </Button>
      </DialogFooter>
    </form>
  );
}
