import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { toProblem } from "../api/errors.ts";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { formatDate } from "../lib/time.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { PasswordField, Select, TextField } from "../ui/Field.tsx";
import { CopyLink } from "../ui/CopyLink.tsx";
import { EyeIcon, LockIcon } from "../ui/icons.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import "./review.css";

export type PreviewLink = RouterOutputs["preview"]["list"]["links"][number];

const EXPIRY_CHOICES = [
  { days: 1, label: "1 day" },
  { days: 7, label: "7 days" },
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
];
const FIELDS = ["label", "versionId", "expiresInDays", "password", "allowComments"] as const;

/**
 * Preview links of a site: make one (the live draft or a saved version; expiry; an optional
 * password; whether reviewers may comment), copy it once, see who opened which and revoke them.
 * Only the link's fingerprint is stored, so its address can be copied only right after making it.
 */
export function PreviewLinksPanel({ siteId }: { siteId: string }) {
  const [created, setCreated] = useState<{ url: string; link: PreviewLink } | null>(null);
  return (
    <div className="preview-links">
      <CreatePreviewLinkForm siteId={siteId} onCreated={setCreated} />
      {created ? <CreatedLink url={created.url} onDone={() => setCreated(null)} /> : null}
      <PreviewLinkList siteId={siteId} />
    </div>
  );
}

function CreatePreviewLinkForm({
  siteId,
  onCreated,
}: {
  siteId: string;
  onCreated: (created: { url: string; link: PreviewLink }) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [withPassword, setWithPassword] = useState(false);
  const versions = useQuery(trpc.preview.versions.queryOptions({ siteId }));
  const create = useMutation(
    trpc.preview.create.mutationOptions({
      onSuccess: async (data) => {
        formRef.current?.reset();
        setWithPassword(false);
        onCreated(data);
        await queryClient.invalidateQueries({ queryKey: trpc.preview.list.queryKey({ siteId }) });
      },
    }),
  );
  const errors = useFormErrors(create.error, FIELDS);
  useFocusFirstInvalid(formRef, create.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const version = String(form.get("versionId") ?? "");
    create.mutate({
      siteId,
      label: String(form.get("label") ?? ""),
      versionId: version === "" ? null : version,
      expiresInDays: Number(form.get("expiresInDays") ?? 7),
      password: withPassword ? String(form.get("password") ?? "") : null,
      allowComments: form.get("allowComments") === "on",
    });
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      className="preview-links__form"
      aria-label="Make a preview link"
    >
      <div className="preview-links__row">
        <TextField
          label="Name (for you)"
          name="label"
          placeholder="For the client"
          maxLength={80}
          error={errors.fieldError("label")}
          onChange={() => errors.clearField("label")}
        />
        <Select
          label="Shows"
          name="versionId"
          defaultValue=""
          error={errors.fieldError("versionId")}
        >
          <option value="">The live draft</option>
          {(versions.data?.versions ?? []).map((version) => (
            <option key={version.id} value={version.id}>
              {version.label} · {formatDate(version.savedAt)}
            </option>
          ))}
        </Select>
        <Select
          label="Expires after"
          name="expiresInDays"
          defaultValue="7"
          error={errors.fieldError("expiresInDays")}
        >
          {EXPIRY_CHOICES.map((choice) => (
            <option key={choice.days} value={choice.days}>
              {choice.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="preview-links__options">
        <label className="review-checkbox">
          <input type="checkbox" name="allowComments" defaultChecked />
          <span>Reviewers can comment (with their name and email)</span>
        </label>
        <label className="review-checkbox">
          <input
            type="checkbox"
            checked={withPassword}
            onChange={(event) => setWithPassword(event.target.checked)}
          />
          <span>Protect with a password</span>
        </label>
      </div>
      {withPassword ? (
        <PasswordField
          label="Password"
          name="password"
          autoComplete="new-password"
          hint="Send it separately from the link. At least 6 characters."
          error={errors.fieldError("password")}
          onChange={() => errors.clearField("password")}
        />
      ) : null}
      <FormError message={errors.formError} />
      <div>
        <Button type="submit" variant="primary" loading={create.isPending}>
          Create link
        </Button>
      </div>
    </form>
  );
}

function CreatedLink({ url, onDone }: { url: string; onDone: () => void }) {
  const id = useId();
  return (
    <Notice tone="success" title="Your preview link is ready" className="preview-links__created">
      <p id={`${id}-hint`}>
        Copy it now: for safety we keep only a fingerprint of it, so it cannot be shown again.
      </p>
      <CopyLink url={url} label="Preview link" describedBy={`${id}-hint`}>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
      </CopyLink>
    </Notice>
  );
}

const STATUS_TONE = { active: "success", expired: "neutral", revoked: "danger" } as const;
const STATUS_LABEL = { active: "Active", expired: "Expired", revoked: "Revoked" } as const;

function PreviewLinkList({ siteId }: { siteId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const links = useQuery(trpc.preview.list.queryOptions({ siteId }));
  const revoke = useMutation(
    trpc.preview.revoke.mutationOptions({
      onSuccess: async () => {
        toast.show({ title: "Link turned off", description: "It stopped working at once." });
        await queryClient.invalidateQueries({ queryKey: trpc.preview.list.queryKey({ siteId }) });
      },
      onError: (error) =>
        toast.show({
          title: "Could not revoke the link",
          description: toProblem(error).message,
          tone: "danger",
        }),
    }),
  );

  if (links.isPending) return <Skeleton height={120} radius={8} />;
  if (links.isError) {
    return (
      <Notice tone="danger" title="We could not load the preview links">
        {toProblem(links.error).message}
      </Notice>
    );
  }
  if (links.data.links.length === 0) {
    return (
      <p className="preview-links__empty">No preview links yet. Links you make appear here.</p>
    );
  }
  return (
    <ul className="preview-links__list" aria-label="Preview links">
      {links.data.links.map((link) => (
        <li key={link.id} className="preview-link">
          <div className="preview-link__main">
            <p className="preview-link__title">
              <span>{link.label || "Preview link"}</span>
              <Badge tone={STATUS_TONE[link.status]}>{STATUS_LABEL[link.status]}</Badge>
              {link.hasPassword ? (
                <span className="preview-link__flag" title="Needs a password">
                  <LockIcon size={12} /> Password
                </span>
              ) : null}
            </p>
            <p className="preview-link__meta">
              {link.target.kind === "draft"
                ? "Live draft"
                : `${link.target.label ?? "A saved version"}${link.target.savedAt ? ` (${formatDate(link.target.savedAt)})` : ""}`}
              {" · "}
              {link.allowComments ? "comments on" : "no comments"}
              {" · "}
              {link.status === "active" ? `expires ${formatDate(link.expiresAt)}` : null}
              {link.status === "expired" ? `expired ${formatDate(link.expiresAt)}` : null}
              {link.status === "revoked" && link.revokedAt
                ? `revoked ${formatDate(link.revokedAt)}`
                : null}
            </p>
            <p className="preview-link__meta">
              <EyeIcon size={12} /> {link.viewCount === 1 ? "1 view" : `${link.viewCount} views`}
              {link.lastViewedAt ? `, last ${formatDate(link.lastViewedAt)}` : ""}
              {link.createdBy ? ` · made by ${link.createdBy.name}` : ""}
            </p>
          </div>
          {link.status === "active" ? (
            <Button
              size="sm"
              variant="danger-ghost"
              loading={revoke.isPending && revoke.variables?.linkId === link.id}
              onClick={() => revoke.mutate({ siteId, linkId: link.id })}
              aria-label={`Revoke ${link.label || "preview link"}`}
            >
              Revoke
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
