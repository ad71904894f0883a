import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDebouncedValue } from "../lib/useDebouncedValue.ts";
import { Button } from "../ui/Button.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { TextField } from "../ui/Field.tsx";
import { AlertIcon, PlusIcon, TrashIcon } from "../ui/icons.tsx";
import { Notice } from "../ui/Notice.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { Spinner } from "../ui/Spinner.tsx";
import { useToast } from "../ui/Toast.tsx";
import { ACCEPT, formatBytes, type MediaItem, type MediaUse } from "./api.ts";
import { useUploads, type UploadState } from "./useUploads.ts";
import "./media.css";

export type MediaLibraryProps = {
  siteId: string;
  /** Editors and up may upload, edit alt text and delete; viewers only look. */
  canEdit: boolean;
  /** The image selected at first (e.g. the one an image field holds). */
  selectedId?: string | null;
  /** Told whenever the selection changes (the picker enables "Use image" with it). */
  onSelect?: (item: MediaItem | null) => void;
  /** Double-click (or Enter) on a ready image: the picker takes it at once. */
  onChoose?: (item: MediaItem) => void;
};

/**
 * The media library: a grid of the site's images with search, uploads by drag and drop or file
 * chooser (each with its progress, then the server's processing progress), and a details panel
 * for the selected image: alt text, where it is used, and deletion (refused while it is used).
 */
/** Between two facts about a file: a sign, the same in every language. */
const SEPARATOR = " · ";

export function MediaLibrary({
  siteId,
  canEdit,
  selectedId,
  onSelect,
  onChoose,
}: MediaLibraryProps) {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const settled = useDebouncedValue(search.trim(), 250);
  const [selected, setSelected] = useState<string | null>(selectedId ?? null);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const { uploads, add, dismiss } = useUploads(siteId);
  const searchId = useId();
  const intl = useIntl();

  const list = useQuery({
    ...trpc.media.list.queryOptions({
      siteId,
      ...(settled ? { search: settled } : {}),
      limit: 200,
    }),
    // While the server still processes an image, ask again until it is ready.
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.status === "processing") ? 1000 : false,
  });
  const items = list.data?.items ?? [];
  const current = items.find((item) => item.id === selected) ?? null;

  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  useEffect(() => {
    onSelectRef.current?.(current);
  }, [current]);

  // A fresh upload becomes the selection, so it can be described (and, in the picker, used).
  const lastUpload = uploads.find((u) => u.status === "done" && u.media);
  useEffect(() => {
    if (lastUpload?.media) setSelected(lastUpload.media.id);
  }, [lastUpload?.media]);

  const accept = (files: FileList | null) => {
    if (files && files.length > 0) add(Array.from(files));
  };
  const dragProps = canEdit
    ? {
        onDragEnter: (event: DragEvent) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          dragDepth.current++;
          setDragging(true);
        },
        onDragOver: (event: DragEvent) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
        },
        onDragLeave: () => {
          dragDepth.current = Math.max(0, dragDepth.current - 1);
          if (dragDepth.current === 0) setDragging(false);
        },
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          dragDepth.current = 0;
          setDragging(false);
          accept(event.dataTransfer.files);
        },
      }
    : {};

  return (
    <div className="media-library" data-dragging={dragging || undefined} {...dragProps}>
      <div className="media-library__toolbar">
        <TextField
          id={searchId}
          label={intl.formatMessage({
            id: "media.library.search",
            defaultMessage: "Search images",
          })}
          labelHidden
          type="search"
          placeholder={intl.formatMessage({
            id: "media.library.searchHint",
            defaultMessage: "Search by name or description",
          })}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          fieldClassName="media-library__search"
        />
        {canEdit ? (
          <>
            <input
              ref={fileInput}
              type="file"
              accept={ACCEPT}
              multiple
              hidden
              data-testid="media-file-input"
              onChange={(event) => {
                accept(event.target.files);
                event.target.value = "";
              }}
            />
            <Button
              variant="primary"
              icon={<PlusIcon />}
              onClick={() => fileInput.current?.click()}
            >
              <FormattedMessage id="media.library.upload" defaultMessage="Upload images" />
            </Button>
          </>
        ) : null}
      </div>

      {uploads.length > 0 ? <UploadList uploads={uploads} onDismiss={dismiss} /> : null}

      <div className="media-library__body">
        <section
          className="media-library__grid-wrap"
          aria-label={intl.formatMessage({ id: "media.library.images", defaultMessage: "Images" })}
        >
          {list.isPending ? (
            <ul className="media-grid" aria-busy="true">
              {Array.from({ length: 8 }, (_, i) => (
                <li key={i} className="media-tile media-tile--skeleton">
                  <Skeleton height="100%" />
                </li>
              ))}
            </ul>
          ) : list.isError ? (
            <Notice
              tone="danger"
              title={intl.formatMessage({
                id: "media.library.loadFailed",
                defaultMessage: "We could not load the images",
              })}
              action={
                <Button size="sm" loading={list.isFetching} onClick={() => void list.refetch()}>
                  <FormattedMessage id="media.library.retry" defaultMessage="Try again" />
                </Button>
              }
            >
              {toProblem(list.error).message}
            </Notice>
          ) : items.length === 0 ? (
            <EmptyState
              compact
              title={
                settled
                  ? intl.formatMessage({
                      id: "media.library.noMatch",
                      defaultMessage: "No images match",
                    })
                  : intl.formatMessage({
                      id: "media.library.empty",
                      defaultMessage: "No images yet",
                    })
              }
              description={
                settled
                  ? intl.formatMessage({
                      id: "media.library.noMatchHelp",
                      defaultMessage: "Try another word from the file name or the description.",
                    })
                  : canEdit
                    ? intl.formatMessage(
                        {
                          id: "media.library.emptyHelp",
                          defaultMessage:
                            "Drag photos here, or choose them with Upload images. JPEG, PNG, WebP, AVIF or GIF, up to {size} each.",
                        },
                        { size: formatBytes(20 * 1024 * 1024, intl.locale) },
                      )
                    : intl.formatMessage({
                        id: "media.library.emptyViewer",
                        defaultMessage: "Editors of this site can add images.",
                      })
              }
            />
          ) : (
            <ul className="media-grid">
              {items.map((item) => (
                <li key={item.id}>
                  <MediaTile
                    item={item}
                    selected={item.id === selected}
                    onSelect={() => setSelected(item.id === selected ? null : item.id)}
                    onChoose={
                      onChoose && item.status === "ready" ? () => onChoose(item) : undefined
                    }
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
        {current ? (
          <MediaDetails
            key={current.id}
            siteId={siteId}
            item={current}
            canEdit={canEdit}
            onDeleted={() => setSelected(null)}
          />
        ) : null}
      </div>
      {dragging ? (
        <div className="media-library__drop" aria-hidden="true">
          <FormattedMessage id="media.library.drop" defaultMessage="Drop images to upload them" />
        </div>
      ) : null}
    </div>
  );
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

function MediaTile({
  item,
  selected,
  onSelect,
  onChoose,
}: {
  item: MediaItem;
  selected: boolean;
  onSelect: () => void;
  onChoose?: () => void;
}) {
  const intl = useIntl();
  const percent = intl.formatNumber(item.progress / 100, { style: "percent" });
  const label =
    item.status === "ready"
      ? `${item.alt || item.filename}${item.width ? `, ${item.width} × ${item.height}` : ""}`
      : item.status === "processing"
        ? intl.formatMessage(
            { id: "media.tile.processingLabel", defaultMessage: "{name}, processing {percent}" },
            { name: item.filename, percent },
          )
        : intl.formatMessage(
            { id: "media.tile.failedLabel", defaultMessage: "{name}, failed: {error}" },
            {
              name: item.filename,
              error:
                item.error ??
                intl.formatMessage({
                  id: "media.tile.failedDefault",
                  defaultMessage: "processing failed",
                }),
            },
          );
  return (
    <button
      type="button"
      className="media-tile"
      aria-pressed={selected}
      aria-label={label}
      data-status={item.status}
      onClick={onSelect}
      onDoubleClick={onChoose}
      onKeyDown={(event) => {
        if (event.key === "Enter" && onChoose && selected) {
          event.preventDefault();
          onChoose();
        }
      }}
    >
      <span
        className="media-tile__image"
        style={{
          backgroundColor: item.color ?? undefined,
          backgroundImage: item.placeholder ? `url("${item.placeholder}")` : undefined,
        }}
      >
        {item.thumbnail ? (
          <img src={item.thumbnail} alt="" loading="lazy" decoding="async" />
        ) : null}
        {item.status === "processing" ? (
          <span className="media-tile__overlay">
            <Spinner size={18} />
            <span>
              <FormattedMessage
                id="media.tile.processing"
                defaultMessage="Processing {percent}"
                values={{ percent }}
              />
            </span>
            <span className="progress" aria-hidden="true">
              <span className="progress__bar" style={{ width: `${item.progress}%` }} />
            </span>
          </span>
        ) : null}
        {item.status === "failed" ? (
          <span className="media-tile__overlay media-tile__overlay--failed">
            <AlertIcon size={18} />
            <span>
              <FormattedMessage id="media.tile.failed" defaultMessage="Could not process" />
            </span>
          </span>
        ) : null}
      </span>
      <span className="media-tile__name">{item.filename}</span>
    </button>
  );
}

function UploadList({
  uploads,
  onDismiss,
}: {
  uploads: UploadState[];
  onDismiss: (key: string) => void;
}) {
  const intl = useIntl();
  const visible = uploads.filter((u) => u.status !== "done" || u.duplicate);
  if (visible.length === 0) return null;
  return (
    <ul
      className="upload-list"
      aria-label={intl.formatMessage({ id: "media.uploads.label", defaultMessage: "Uploads" })}
    >
      {visible.map((upload) => (
        <li key={upload.key} className="upload-list__item" data-status={upload.status}>
          <span className="upload-list__name">{upload.name}</span>
          {upload.status === "failed" ? (
            <span className="upload-list__error" role="alert">
              {upload.error}
            </span>
          ) : upload.duplicate ? (
            <span className="upload-list__note">
              <FormattedMessage
                id="media.uploads.duplicate"
                defaultMessage="Already in the library: selected it"
              />
            </span>
          ) : (
            <>
              <span
                className="progress"
                role="progressbar"
                aria-label={intl.formatMessage(
                  { id: "media.uploads.uploading", defaultMessage: "Uploading {name}" },
                  { name: upload.name },
                )}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(upload.sent * 100)}
              >
                <span
                  className="progress__bar"
                  style={{ width: `${Math.round(upload.sent * 100)}%` }}
                />
              </span>
              <span className="upload-list__percent">
                {upload.status === "queued"
                  ? intl.formatMessage({ id: "media.uploads.waiting", defaultMessage: "Waiting" })
                  : intl.formatNumber(Math.round(upload.sent * 100) / 100, { style: "percent" })}
              </span>
            </>
          )}
          {upload.status === "failed" || upload.duplicate ? (
            <Button size="sm" variant="ghost" onClick={() => onDismiss(upload.key)}>
              <FormattedMessage id="media.uploads.dismiss" defaultMessage="Dismiss" />
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function MediaDetails({
  siteId,
  item,
  canEdit,
  onDeleted,
}: {
  siteId: string;
  item: MediaItem;
  canEdit: boolean;
  onDeleted: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const intl = useIntl();
  const [alt, setAlt] = useState(item.alt);
  const [refusal, setRefusal] = useState<string | null>(null);
  const uses = useQuery(trpc.media.uses.queryOptions({ siteId, mediaId: item.id }));
  const refreshList = () => queryClient.invalidateQueries({ queryKey: trpc.media.list.pathKey() });

  const saveAlt = useMutation(
    trpc.media.updateAlt.mutationOptions({
      onSuccess: async () => {
        await refreshList();
        toast.show({
          title: intl.formatMessage({
            id: "media.details.altSaved",
            defaultMessage: "Description saved",
          }),
          tone: "success",
        });
      },
    }),
  );
  const remove = useMutation(
    trpc.media.delete.mutationOptions({
      onSuccess: async () => {
        onDeleted();
        await refreshList();
        toast.show({
          title: intl.formatMessage(
            { id: "media.details.deleted", defaultMessage: "Deleted {name}" },
            { name: item.filename },
          ),
          tone: "success",
        });
      },
      onError: (error) => {
        const problem = toProblem(error);
        if (problem.code === "CONFLICT") {
          setRefusal(problem.message);
          void uses.refetch();
        }
      },
    }),
  );
  const inUse = uses.data?.uses ?? [];

  return (
    <aside
      className="media-details"
      aria-label={intl.formatMessage(
        { id: "media.details.label", defaultMessage: "Details of {name}" },
        { name: item.filename },
      )}
    >
      <div className="media-details__preview" style={{ backgroundColor: item.color ?? undefined }}>
        {item.src ? <img src={item.thumbnail ?? item.src} alt="" /> : null}
      </div>
      <h3 className="media-details__name">{item.filename}</h3>
      <p className="media-details__meta">
        {[
          item.width
            ? intl.formatMessage(
                { id: "media.details.size", defaultMessage: "{width} × {height} px" },
                { width: item.width, height: item.height },
              )
            : null,
          item.sourceType.toUpperCase(),
          formatBytes(item.sourceBytes, intl.locale),
          item.origin === "upload"
            ? null
            : item.origin === "logo"
              ? intl.formatMessage({ id: "media.details.logo", defaultMessage: "generated logo" })
              : intl.formatMessage({
                  id: "media.details.placeholder",
                  defaultMessage: "placeholder",
                }),
        ]
          .filter(Boolean)
          .join(SEPARATOR)}
      </p>
      {item.status === "failed" ? (
        <Notice
          tone="danger"
          title={intl.formatMessage({
            id: "media.details.failed",
            defaultMessage: "This image could not be processed",
          })}
        >
          {item.error}
        </Notice>
      ) : null}

      {canEdit ? (
        <form
          className="media-details__alt"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            saveAlt.mutate({ siteId, mediaId: item.id, alt });
          }}
        >
          <TextField
            label={intl.formatMessage({
              id: "media.details.alt",
              defaultMessage: "Description (alt text)",
            })}
            hint={intl.formatMessage({
              id: "media.details.altHint",
              defaultMessage:
                "What the image shows, for people who can’t see it. Used when you place it.",
            })}
            value={alt}
            maxLength={300}
            onChange={(event) => setAlt(event.target.value)}
            error={saveAlt.isError ? toProblem(saveAlt.error).message : undefined}
          />
          <Button
            type="submit"
            size="sm"
            loading={saveAlt.isPending}
            disabled={alt.trim() === item.alt}
          >
            <FormattedMessage id="media.details.saveAlt" defaultMessage="Save description" />
          </Button>
        </form>
      ) : item.alt ? (
        <p className="media-details__alt-text">{item.alt}</p>
      ) : null}

      <section className="media-details__uses" aria-labelledby={`uses-${item.id}`}>
        <h4 id={`uses-${item.id}`}>
          <FormattedMessage id="media.details.uses" defaultMessage="Where it’s used" />
        </h4>
        {uses.isPending ? (
          <Spinner
            size={14}
            label={intl.formatMessage({
              id: "media.details.usesLoading",
              defaultMessage: "Looking for this image in your pages",
            })}
          />
        ) : inUse.length === 0 ? (
          <p className="media-details__none">
            <FormattedMessage id="media.details.unused" defaultMessage="Not used on any page." />
          </p>
        ) : (
          <UsesList uses={inUse} />
        )}
      </section>

      {refusal ? (
        <Notice
          tone="danger"
          title={intl.formatMessage({
            id: "media.details.inUse",
            defaultMessage: "This image is still in use",
          })}
        >
          {refusal}
        </Notice>
      ) : null}
      {canEdit ? (
        <Button
          variant="danger"
          size="sm"
          icon={<TrashIcon />}
          loading={remove.isPending}
          onClick={() => {
            setRefusal(null);
            remove.mutate({ siteId, mediaId: item.id });
          }}
        >
          <FormattedMessage id="media.details.delete" defaultMessage="Delete image" />
        </Button>
      ) : null}
      {remove.isError && toProblem(remove.error).code !== "CONFLICT" ? (
        <p className="field__error" role="alert">
          {toProblem(remove.error).message}
        </p>
      ) : null}
    </aside>
  );
}

function UsesList({ uses }: { uses: MediaUse[] }) {
  const intl = useIntl();
  const words: Record<MediaUse["versions"][number], string> = {
    draft: intl.formatMessage({ id: "media.uses.draft", defaultMessage: "draft" }),
    published: intl.formatMessage({ id: "media.uses.published", defaultMessage: "live store" }),
    catalog: intl.formatMessage({ id: "media.uses.catalog", defaultMessage: "products" }),
  };
  return (
    <ul className="media-uses">
      {uses.map((use) => (
        <li key={use.key}>
          <span>{use.label}</span>
          <span className="media-uses__versions">
            {use.versions.map((v) => words[v]).join(" · ")}
          </span>
        </li>
      ))}
    </ul>
  );
}
