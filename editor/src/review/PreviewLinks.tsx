import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl, type IntlShape } from "react-intl";
import { toProblem } from "../api/errors.ts";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { useTime } from "../lib/time.ts";
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

const EXPIRY_DAYS = [1, 7, 30, 90];
const FIELDS = ["label", "versionId", "expiresInDays", "password", "allowComments"] as const;

/**
 * A saved version as the merchant tells it from the others: its own name, else its kind, with the
 * time it was saved ("Saved version · 24 Nov 2026, 10:05"), so a list of unnamed versions reads
 * as different entries.
 */
function versionName(
  intl: IntlShape,
  version: { label: string | null; kind?: string | null; savedAt: string | null },
): string {
  const name =
    version.label ??
    (version.kind === "published"
      ? intl.formatMessage({
          id: "review.links.publishedVersion",
          defaultMessage: "Published version",
        })
      : intl.formatMessage({ id: "review.links.savedVersion", defaultMessage: "Saved version" }));
  if (!version.savedAt) return name;
  return intl.formatMessage(
    { id: "review.links.versionWithTime", defaultMessage: "{name} · {savedAt}" },
    {
      name,
      savedAt: intl.formatDate(version.savedAt, { dateStyle: "medium", timeStyle: "short" }),
    },
  );
}

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
  const intl = useIntl();
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
      aria-label={intl.formatMessage({
        id: "review.links.form",
        defaultMessage: "Make a preview link",
      })}
    >
      <div className="preview-links__row">
        <TextField
          label={intl.formatMessage({ id: "review.links.name", defaultMessage: "Name (for you)" })}
          name="label"
          placeholder={intl.formatMessage({
            id: "review.links.namePlaceholder",
            defaultMessage: "For the client",
          })}
          maxLength={80}
          error={errors.fieldError("label")}
          onChange={() => errors.clearField("label")}
        />
        <Select
          label={intl.formatMessage({ id: "review.links.shows", defaultMessage: "Shows" })}
          name="versionId"
          defaultValue=""
          error={errors.fieldError("versionId")}
        >
          <option value="">
            {intl.formatMessage({
              id: "review.links.liveDraftOption",
              defaultMessage: "The live draft",
            })}
          </option>
          {(versions.data?.versions ?? []).map((version) => (
            <option key={version.id} value={version.id}>
              {versionName(intl, version)}
            </option>
          ))}
        </Select>
        <Select
          label={intl.formatMessage({
            id: "review.links.expiresAfter",
            defaultMessage: "Expires after",
          })}
          name="expiresInDays"
          defaultValue="7"
          error={errors.fieldError("expiresInDays")}
        >
          {EXPIRY_DAYS.map((days) => (
            <option key={days} value={days}>
              {intl.formatMessage(
                {
                  id: "review.links.days",
                  defaultMessage: "{days, plural, one {# day} other {# days}}",
                },
                { days },
              )}
            </option>
          ))}
        </Select>
      </div>
      <div className="preview-links__options">
        <label className="review-checkbox">
          <input type="checkbox" name="allowComments" defaultChecked />
          <span>
            <FormattedMessage
              id="review.links.allowComments"
              defaultMessage="Reviewers can comment (with their name and email)"
            />
          </span>
        </label>
        <label className="review-checkbox">
          <input
            type="checkbox"
            checked={withPassword}
            onChange={(event) => setWithPassword(event.target.checked)}
          />
          <span>
            <FormattedMessage id="review.links.protect" defaultMessage="Protect with a password" />
          </span>
        </label>
      </div>
      {withPassword ? (
        <PasswordField
          label={intl.formatMessage({ id: "review.links.password", defaultMessage: "Password" })}
          name="password"
          autoComplete="new-password"
          hint={intl.formatMessage({
            id: "review.links.passwordHint",
            defaultMessage: "Send it separately from the link. At least 6 characters.",
          })}
          error={errors.fieldError("password")}
          onChange={() => errors.clearField("password")}
        />
      ) : null}
      <FormError message={errors.formError} />
      <div>
        <Button type="submit" variant="primary" loading={create.isPending}>
          <FormattedMessage id="review.links.create" defaultMessage="Create link" />
        </Button>
      </div>
    </form>
  );
}

function CreatedLink({ url, onDone }: { url: string; onDone: () => void }) {
  const id = useId();
  const intl = useIntl();
  return (
    <Notice
      tone="success"
      title={intl.formatMessage({
        id: "review.links.ready",
        defaultMessage: "Your preview link is ready",
      })}
      className="preview-links__created"
    >
      <p id={`${id}-hint`}>
        <FormattedMessage
          id="review.links.copyNow"
          defaultMessage="Copy it now: for safety we keep only a fingerprint of it, so it cannot be shown again."
        />
      </p>
      <CopyLink
        url={url}
        label={intl.formatMessage({ id: "review.links.url", defaultMessage: "Preview link" })}
        describedBy={`${id}-hint`}
      >
        <Button variant="ghost" onClick={onDone}>
          <FormattedMessage id="review.links.done" defaultMessage="Done" />
        </Button>
      </CopyLink>
    </Notice>
  );
}

const STATUS_TONE = { active: "success", expired: "neutral", revoked: "danger" } as const;

function PreviewLinkList({ siteId }: { siteId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const intl = useIntl();
  const { timeFrom } = useTime();
  const links = useQuery(trpc.preview.list.queryOptions({ siteId }));
  const revoke = useMutation(
    trpc.preview.revoke.mutationOptions({
      onSuccess: async () => {
        toast.show({
          title: intl.formatMessage({
            id: "review.links.revoked",
            defaultMessage: "Link turned off",
          }),
          description: intl.formatMessage({
            id: "review.links.revokedDetail",
            defaultMessage: "It stopped working at once.",
          }),
        });
        await queryClient.invalidateQueries({ queryKey: trpc.preview.list.queryKey({ siteId }) });
      },
      onError: (error) =>
        toast.show({
          title: intl.formatMessage({
            id: "review.links.revokeFailed",
            defaultMessage: "Could not revoke the link",
          }),
          description: toProblem(error).message,
          tone: "danger",
        }),
    }),
  );

  if (links.isPending) return <Skeleton height={120} radius={8} />;
  if (links.isError) {
    return (
      <Notice
        tone="danger"
        title={intl.formatMessage({
          id: "review.links.loadFailed",
          defaultMessage: "We could not load the preview links",
        })}
      >
        {toProblem(links.error).message}
      </Notice>
    );
  }
  if (links.data.links.length === 0) {
    return (
      <p className="preview-links__empty">
        <FormattedMessage
          id="review.links.empty"
          defaultMessage="No preview links yet. Links you make appear here."
        />
      </p>
    );
  }
  return (
    <ul
      className="preview-links__list"
      aria-label={intl.formatMessage({ id: "review.links.list", defaultMessage: "Preview links" })}
    >
      {links.data.links.map((link) => {
        const name =
          link.label ||
          intl.formatMessage({ id: "review.links.unnamed", defaultMessage: "Preview link" });
        const date = (iso: string) => intl.formatDate(iso, { dateStyle: "medium" });
        return (
          <li key={link.id} className="preview-link">
            <div className="preview-link__main">
              <p className="preview-link__title">
                <span>{name}</span>
                <Badge tone={STATUS_TONE[link.status]}>
                  <FormattedMessage
                    id="review.links.status"
                    defaultMessage="{status, select, active {Active} expired {Expired} other {Revoked}}"
                    values={{ status: link.status }}
                  />
                </Badge>
                {link.hasPassword ? (
                  <span
                    className="preview-link__flag"
                    title={intl.formatMessage({
                      id: "review.links.needsPassword",
                      defaultMessage: "Needs a password",
                    })}
                  >
                    <LockIcon size={12} />
                    <FormattedMessage id="review.links.passwordFlag" defaultMessage="Password" />
                  </span>
                ) : null}
              </p>
              <p className="preview-link__meta">
                <span className="preview-link__part">
                  {link.target.kind === "draft"
                    ? intl.formatMessage({
                        id: "review.links.liveDraft",
                        defaultMessage: "Live draft",
                      })
                    : versionName(intl, {
                        label: link.target.label,
                        kind: link.target.versionKind,
                        savedAt: link.target.savedAt,
                      })}
                </span>
                <span className="preview-link__part">
                  {link.allowComments ? (
                    <FormattedMessage id="review.links.commentsOn" defaultMessage="comments on" />
                  ) : (
                    <FormattedMessage id="review.links.commentsOff" defaultMessage="no comments" />
                  )}
                </span>
                <span className="preview-link__part">
                  {link.status === "active" ? (
                    <FormattedMessage
                      id="review.links.expires"
                      defaultMessage="expires {date}"
                      values={{ date: date(link.expiresAt) }}
                    />
                  ) : link.status === "expired" ? (
                    <FormattedMessage
                      id="review.links.expired"
                      defaultMessage="expired {date}"
                      values={{ date: date(link.expiresAt) }}
                    />
                  ) : (
                    <FormattedMessage
                      id="review.links.revokedOn"
                      defaultMessage="revoked {date}"
                      values={{ date: date(link.revokedAt ?? link.expiresAt) }}
                    />
                  )}
                </span>
              </p>
              <p className="preview-link__meta">
                <EyeIcon size={12} />
                <span className="preview-link__part">
                  {link.lastViewedAt ? (
                    <FormattedMessage
                      id="review.links.viewsLast"
                      defaultMessage="{count, plural, one {# view} other {# views}}, last {when}"
                      values={{ count: link.viewCount, when: timeFrom(link.lastViewedAt) }}
                    />
                  ) : (
                    <FormattedMessage
                      id="review.links.views"
                      defaultMessage="{count, plural, one {# view} other {# views}}"
                      values={{ count: link.viewCount }}
                    />
                  )}
                </span>
                {link.createdBy ? (
                  <span className="preview-link__part">
                    <FormattedMessage
                      id="review.links.madeBy"
                      defaultMessage="made by {name}"
                      values={{ name: link.createdBy.name }}
                    />
                  </span>
                ) : null}
              </p>
            </div>
            {link.status === "active" ? (
              <Button
                size="sm"
                variant="danger-ghost"
                loading={revoke.isPending && revoke.variables?.linkId === link.id}
                onClick={() => revoke.mutate({ siteId, linkId: link.id })}
                aria-label={intl.formatMessage(
                  { id: "review.links.revokeNamed", defaultMessage: "Revoke {name}" },
                  { name },
                )}
              >
                <FormattedMessage id="review.links.revoke" defaultMessage="Revoke" />
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
