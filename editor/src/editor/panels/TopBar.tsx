import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, useSyncExternalStore, type CSSProperties } from "react";
import { useIntl } from "react-intl";
import { Link } from "react-router";
import { shared } from "../i18n/messages.ts";
import { toProblem } from "../../api/errors.ts";
import { useCurrentUser } from "../../api/session.ts";
import { useTRPC } from "../../api/trpc.ts";
import { UserMenu } from "../../app/UserMenu.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { Button, ExternalButtonLink } from "../../ui/Button.tsx";
import { ArrowLeftIcon, CheckIcon, ExternalLinkIcon } from "../../ui/icons.tsx";
import { useToast } from "../../ui/Toast.tsx";
import { useEditorExtensions } from "../extensions.ts";
import { CloudOffIcon, DesktopIcon, PhoneIcon, RedoIcon, TabletIcon, UndoIcon } from "../icons.tsx";
import { useCollaborators, useEditor, usePages, useUi, useUndoState } from "../state/hooks.ts";
import type { Device } from "../state/uiStore.ts";
import { samplesWarning } from "./samples.ts";

/**
 * The editor's top bar: the way back, the site and the open page, the preview device, undo and
 * redo, who else is here, and publishing.
 */
export function TopBar() {
  const session = useEditor();
  const extensions = useEditorExtensions();
  const intl = useIntl();
  return (
    <div className="editor-topbar">
      <div className="editor-topbar__start">
        <Link
          to="/"
          className="editor-topbar__back"
          aria-label={intl.formatMessage(shared.backToSites)}
        >
          <ArrowLeftIcon size={18} />
        </Link>
        <div className="editor-topbar__site">
          <h1 className="editor-topbar__name">{session.site.name}</h1>
          <PageSwitcher />
        </div>
      </div>
      <div className="editor-topbar__middle">
        <DeviceSwitcher />
        <UndoRedo />
      </div>
      <div className="editor-topbar__end">
        <ConnectionStatus />
        {extensions
          .flatMap((extension) => extension.topBarItems ?? [])
          .map(({ id, Item }) => (
            <Item key={id} />
          ))}
        <PresenceAvatars />
        <PublishControl />
        <UserMenu />
      </div>
    </div>
  );
}

function PageSwitcher() {
  const session = useEditor();
  const pages = usePages();
  const pageId = useUi((state) => state.pageId);
  const intl = useIntl();
  return (
    <label className="page-switcher">
      <span className="visually-hidden">
        {intl.formatMessage({ id: "editor.topbar.page", defaultMessage: "Page" })}
      </span>
      <select
        className="page-switcher__select"
        value={pageId ?? ""}
        onChange={(event) => {
          session.ui.set({ pageId: event.target.value, selectedId: null, inlineEdit: null });
        }}
      >
        {pages.map((page) => (
          <option key={page.id} value={page.id}>
            {intl.formatMessage(
              {
                id: "editor.topbar.pageOption",
                defaultMessage: "{title}{home, select, yes { (home)} other { — /{slug}}}",
              },
              { title: page.title, home: page.slug === "" ? "yes" : "no", slug: page.slug },
            )}
          </option>
        ))}
      </select>
    </label>
  );
}

const DEVICES: Array<{ device: Device; Icon: typeof DesktopIcon }> = [
  { device: "desktop", Icon: DesktopIcon },
  { device: "tablet", Icon: TabletIcon },
  { device: "mobile", Icon: PhoneIcon },
];

function DeviceSwitcher() {
  const session = useEditor();
  const device = useUi((state) => state.device);
  const intl = useIntl();
  return (
    <div
      className="segmented"
      role="group"
      aria-label={intl.formatMessage({
        id: "editor.topbar.previewSize",
        defaultMessage: "Preview size",
      })}
    >
      {DEVICES.map(({ device: value, Icon }) => {
        const label = intl.formatMessage(
          {
            id: "editor.topbar.device",
            defaultMessage:
              "{device, select, desktop {Desktop preview} tablet {Tablet preview} other {Mobile preview}}",
          },
          { device: value },
        );
        return (
          <button
            key={value}
            type="button"
            className="segmented__button"
            aria-pressed={device === value}
            aria-label={label}
            title={label}
            onClick={() => session.ui.set({ device: value })}
          >
            <Icon size={16} />
          </button>
        );
      })}
    </div>
  );
}

const MOD =
  typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl+";

function UndoRedo() {
  const session = useEditor();
  const { canUndo, canRedo } = useUndoState();
  const intl = useIntl();
  if (session.readOnly) return null;
  return (
    <div className="editor-topbar__group">
      <Button
        variant="ghost"
        size="sm"
        iconOnly
        icon={<UndoIcon />}
        aria-label={intl.formatMessage({ id: "editor.topbar.undo", defaultMessage: "Undo" })}
        title={intl.formatMessage(
          { id: "editor.topbar.undoTitle", defaultMessage: "Undo your last change ({shortcut})" },
          { shortcut: `${MOD}Z` },
        )}
        disabled={!canUndo}
        onClick={() => session.commands.undo()}
      />
      <Button
        variant="ghost"
        size="sm"
        iconOnly
        icon={<RedoIcon />}
        aria-label={intl.formatMessage({ id: "editor.topbar.redo", defaultMessage: "Redo" })}
        title={intl.formatMessage(
          { id: "editor.topbar.redoTitle", defaultMessage: "Redo ({shortcut})" },
          { shortcut: `${MOD}Shift+Z` },
        )}
        disabled={!canRedo}
        onClick={() => session.commands.redo()}
      />
    </div>
  );
}

function ConnectionStatus() {
  const { connection } = useEditor();
  const intl = useIntl();
  const state = useSyncExternalStore(
    connection.subscribe,
    connection.getState,
    connection.getState,
  );
  const [text, tone] =
    state.status === "offline"
      ? [
          intl.formatMessage({
            id: "editor.topbar.offline",
            defaultMessage: "Offline: changes are kept on this device",
          }),
          "warning",
        ]
      : state.status === "connecting"
        ? [
            intl.formatMessage({ id: "editor.topbar.connecting", defaultMessage: "Connecting…" }),
            "muted",
          ]
        : state.unsaved
          ? [intl.formatMessage({ id: "editor.topbar.saving", defaultMessage: "Saving…" }), "muted"]
          : [intl.formatMessage({ id: "editor.topbar.saved", defaultMessage: "Saved" }), "muted"];
  return (
    <span className={`connection connection--${tone}`} role="status" aria-live="polite">
      {state.status === "offline" ? <CloudOffIcon size={14} /> : null}
      <span className="connection__text">{text}</span>
    </span>
  );
}

function PresenceAvatars() {
  const user = useCurrentUser();
  const intl = useIntl();
  const others = useCollaborators();
  const people = new Map<string, { name: string; color: string; typing: boolean }>();
  for (const person of others) {
    const known = people.get(person.userId);
    if (!known || person.typingIn)
      people.set(person.userId, {
        name: person.name,
        color: person.color,
        typing: person.typingIn !== null,
      });
  }
  const list = [...people.entries()].filter(([id]) => id !== user.id);
  const shown = list.slice(0, 4);
  const label =
    list.length === 0
      ? intl.formatMessage({ id: "editor.topbar.alone", defaultMessage: "Only you are editing" })
      : intl.formatMessage(
          { id: "editor.topbar.alsoHere", defaultMessage: "Also here: {names}" },
          { names: intl.formatList(list.map(([, person]) => person.name)) },
        );
  return (
    <div className="presence" aria-label={label} role="group">
      {shown.map(([id, person]) => (
        <span
          key={id}
          className="presence__person"
          style={{ "--person": person.color } as CSSProperties}
          title={intl.formatMessage(
            {
              id: "editor.topbar.person",
              defaultMessage: "{name}{typing, select, yes { (typing)} other {}}",
            },
            { name: person.name, typing: person.typing ? "yes" : "no" },
          )}
          data-person={person.name}
        >
          <Avatar name={person.name} colorKey={id} size="sm" />
        </span>
      ))}
      {list.length > shown.length ? (
        <span className="presence__more">
          {intl.formatMessage(
            { id: "editor.topbar.more", defaultMessage: "+{count}" },
            { count: list.length - shown.length },
          )}
        </span>
      ) : null}
    </div>
  );
}

type PublishState = "publishing" | "changes" | "published" | "never";

/**
 * Publishing: the state at a glance ("Unpublished changes", "Published", "Publishing…"), the
 * button, and the link to the live page. Changes count from the moment the editor opened; the
 * server says whether the draft was ahead of the storefront before that.
 */
function PublishControl() {
  const session = useEditor();
  const trpc = useTRPC();
  const toast = useToast();
  const intl = useIntl();
  const queryClient = useQueryClient();
  const siteId = session.site.id;
  // Someone else may publish too: look again now and then.
  const status = useQuery({
    ...trpc.sites.publishStatus.queryOptions({ siteId }),
    refetchInterval: 30_000,
  });
  const [lastChange, setLastChange] = useState(0);
  const [saving, setSaving] = useState(false);
  useEffect(() => session.store.subscribeChanges(() => setLastChange(Date.now())), [session]);
  const edited = lastChange > status.dataUpdatedAt;

  const publish = useMutation(
    trpc.sites.publish.mutationOptions({
      onSuccess: (result) => {
        void queryClient.invalidateQueries({
          queryKey: trpc.sites.publishStatus.queryKey({ siteId }),
        });
        toast.show({
          title: intl.formatMessage({
            id: "editor.publish.liveTitle",
            defaultMessage: "Your site is live",
          }),
          description: intl.formatMessage({
            id: "editor.publish.liveDescription",
            defaultMessage: "Shoppers see the changes now.",
          }),
          tone: "success",
          action: {
            label: intl.formatMessage({ id: "editor.publish.viewIt", defaultMessage: "View it" }),
            onClick: () => window.open(result.url, "_blank", "noopener"),
          },
        });
        const samples = samplesWarning(result.sampleProducts, result.sampleServices);
        if (samples) toast.show({ ...samples, tone: "info" });
      },
      onError: (error) =>
        toast.show({
          title: intl.formatMessage({
            id: "editor.publish.failed",
            defaultMessage: "Publishing failed",
          }),
          description: toProblem(error).message,
          tone: "danger",
        }),
    }),
  );

  const pages = usePages();
  const pageId = useUi((state) => state.pageId);
  const slug = pages.find((page) => page.id === pageId)?.slug ?? "";
  const liveUrl = `/s/${session.site.slug}/${slug}`;

  const state: PublishState =
    publish.isPending || saving
      ? "publishing"
      : status.data && !status.data.publishedAt
        ? "never"
        : edited || status.data?.hasUnpublishedChanges
          ? "changes"
          : "published";
  const text = intl.formatMessage(
    {
      id: "editor.publish.state",
      defaultMessage:
        "{state, select, publishing {Publishing…} changes {Unpublished changes} published {Published} other {Not published yet}}",
    },
    { state },
  );

  const onPublish = async () => {
    setSaving(true);
    // The server publishes what it has: wait until it has every change made here.
    const saved = await session.connection.whenSaved(8000);
    setSaving(false);
    if (!saved) {
      toast.show({
        title: intl.formatMessage({
          id: "editor.publish.notSavedTitle",
          defaultMessage: "Not published yet",
        }),
        description: intl.formatMessage({
          id: "editor.publish.notSavedDescription",
          defaultMessage:
            "Some changes have not reached the server. Check your connection and try again.",
        }),
        tone: "danger",
      });
      return;
    }
    publish.mutate({ siteId });
  };

  return (
    <div className="publish">
      <span className={`publish__state publish__state--${state}`} role="status" aria-live="polite">
        {state === "published" ? (
          <CheckIcon size={14} />
        ) : (
          <span className="publish__dot" aria-hidden="true" />
        )}
        {text}
      </span>
      <ExternalButtonLink
        href={liveUrl}
        variant="ghost"
        size="sm"
        iconOnly
        icon={<ExternalLinkIcon size={16} />}
        aria-label={intl.formatMessage({
          id: "editor.publish.viewLive",
          defaultMessage: "View the live page",
        })}
        title={
          status.data?.publishedAt
            ? intl.formatMessage({
                id: "editor.publish.viewLive",
                defaultMessage: "View the live page",
              })
            : intl.formatMessage({
                id: "editor.publish.notLive",
                defaultMessage: "The page is not published yet",
              })
        }
      />
      {session.readOnly ? null : (
        <Button
          variant="primary"
          size="sm"
          loading={state === "publishing"}
          onClick={() => void onPublish()}
        >
          {intl.formatMessage({ id: "editor.publish.button", defaultMessage: "Publish" })}
        </Button>
      )}
    </div>
  );
}
