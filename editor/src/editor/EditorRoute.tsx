import { useQuery } from "@tanstack/react-query";
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { useIntl } from "react-intl";
import { useParams, useSearchParams } from "react-router";
import { shared } from "./i18n/messages.ts";
import { errorCode, toProblem } from "../api/errors.ts";
import { useCurrentUser } from "../api/session.ts";
import { useTRPC } from "../api/trpc.ts";
import { UserMenu } from "../app/UserMenu.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { EditorLayout } from "./EditorLayout.tsx";
import { Button, ButtonLink } from "../ui/Button.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { ArrowLeftIcon } from "../ui/icons.tsx";
import { Notice } from "../ui/Notice.tsx";
import { LoadingRegion, Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import { APP_EDITOR_EXTENSIONS } from "./appExtensions.ts";
import { EditorScreen } from "./EditorScreen.tsx";
import { EditorExtensionsContext, type EditorExtension } from "./extensions.ts";
import { connectToSite, type SiteConnection } from "./session/connection.ts";
import { takeConnection } from "./session/preconnect.ts";
import { EditorSession, type EditorSite } from "./session/EditorSession.ts";
import "./editor.css";

/**
 * /sites/:siteId/editor. Opens the site's shared document (server, then this browser's saved
 * copy) and shows the editor once there is something to edit; the frame is drawn at once, with
 * placeholders, so nothing jumps when the page arrives. The editor's extensions are the app's
 * unless the caller passes its own.
 */
export function EditorRoute({
  extensions = APP_EDITOR_EXTENSIONS,
}: {
  extensions?: readonly EditorExtension[];
}) {
  const { siteId = "" } = useParams();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const site = useQuery(trpc.sites.get.queryOptions({ siteId }));
  const intl = useIntl();
  useDocumentTitle(
    intl.formatMessage(
      {
        id: "editor.route.tab",
        defaultMessage: "{site, select, none {Editor} other {{site} · Editor}}",
      },
      { site: site.data?.site.name ?? "none" },
    ),
  );
  const toast = useToast();
  const notify = useRef(toast.show);
  notify.current = toast.show;
  const [searchParams, setSearchParams] = useSearchParams();
  const [session, setSession] = useState<EditorSession | null>(null);
  const [connection, setConnection] = useState<SiteConnection | null>(null);

  // The document starts to arrive at once, while the site's details load.
  useEffect(() => {
    const opened = takeConnection(siteId) ?? connectToSite(siteId);
    opened.keepLocalCopy(user.id);
    setConnection(opened);
    return () => {
      opened.destroy();
      setConnection(null);
    };
  }, [siteId, user.id]);

  const info: EditorSite | null = site.data
    ? {
        id: site.data.site.id,
        name: site.data.site.name,
        slug: site.data.site.slug,
        role: site.data.site.role,
      }
    : null;
  const key = info ? `${info.id}:${info.role}:${info.slug}` : null;
  const infoRef = useRef(info);
  infoRef.current = info;

  useEffect(() => {
    const current = infoRef.current;
    if (!key || !current || !connection) return;
    const created = new EditorSession(
      current,
      { id: user.id, name: user.name },
      connection,
      (message, tone) => notify.current({ title: message, tone: tone ?? "info" }),
    );
    setSession(created);
    return () => {
      created.destroy();
      setSession(null);
    };
  }, [key, connection, user.id, user.name]);

  // The open page lives in the address (?page=), so a reload comes back to it.
  const requestedPage = searchParams.get("page");
  useEffect(() => {
    if (!session) return;
    let last = session.ui.get().pageId;
    return session.ui.subscribe(() => {
      const pageId = session.ui.get().pageId;
      if (pageId === last) return;
      last = pageId;
      setSearchParams(
        (params) => {
          const next = new URLSearchParams(params);
          if (pageId) next.set("page", pageId);
          else next.delete("page");
          return next;
        },
        { replace: true },
      );
    });
  }, [session, setSearchParams]);

  if (site.isError) {
    const code = errorCode(site.error);
    return (
      <EditorFrameMessage>
        {code === "NOT_FOUND" || code === "BAD_REQUEST" ? (
          <EmptyState
            title={intl.formatMessage({
              id: "editor.route.unavailable",
              defaultMessage: "This site is not available",
            })}
            description={intl.formatMessage({
              id: "editor.route.unavailableHelp",
              defaultMessage: "It may have been deleted, or you are no longer on its team.",
            })}
            actions={
              <ButtonLink to="/" variant="primary">
                {intl.formatMessage(shared.backToSites)}
              </ButtonLink>
            }
          />
        ) : (
          <Notice
            tone="danger"
            title={intl.formatMessage({
              id: "editor.route.failed",
              defaultMessage: "We could not open this site",
            })}
            action={
              <Button size="sm" loading={site.isFetching} onClick={() => void site.refetch()}>
                {intl.formatMessage({ id: "editor.route.retry", defaultMessage: "Try again" })}
              </Button>
            }
          >
            {toProblem(site.error).message}
          </Notice>
        )}
      </EditorFrameMessage>
    );
  }

  if (!session || !info) return <EditorSkeleton siteName={info?.name} />;
  return (
    <EditorExtensionsContext.Provider value={extensions}>
      <ReadyGate session={session} initialPage={requestedPage} />
    </EditorExtensionsContext.Provider>
  );
}

/** Waits for the document: the server's copy, or the one saved in this browser when offline. */
function ReadyGate({
  session,
  initialPage,
}: {
  session: EditorSession;
  initialPage: string | null;
}) {
  const connection: SiteConnection = session.connection;
  const state = useSyncExternalStore(
    connection.subscribe,
    connection.getState,
    connection.getState,
  );
  const empty = useSyncExternalStore(
    session.store.subscribeChanges,
    () => session.store.isEmpty,
    () => session.store.isEmpty,
  );
  const [slow, setSlow] = useState(false);
  const intl = useIntl();
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), 8000);
    return () => clearTimeout(timer);
  }, []);
  const ready = !empty && (state.synced || state.localLoaded);
  const [opened, setOpened] = useState(false);
  useLayoutEffect(() => {
    if (!ready || opened) return;
    session.ensurePage(initialPage);
    setOpened(true);
  }, [ready, opened, session, initialPage]);

  if (state.denied) {
    return (
      <EditorFrameMessage>
        <EmptyState
          title={intl.formatMessage({
            id: "editor.route.denied",
            defaultMessage: "You can’t open this site’s editor",
          })}
          description={state.denied}
          actions={
            <ButtonLink to="/" variant="primary">
              {intl.formatMessage(shared.backToSites)}
            </ButtonLink>
          }
        />
      </EditorFrameMessage>
    );
  }
  if (state.synced && empty) {
    return (
      <EditorFrameMessage>
        <EmptyState
          title={intl.formatMessage({
            id: "editor.route.empty",
            defaultMessage: "This site has no pages yet",
          })}
          description={intl.formatMessage({
            id: "editor.route.emptyHelp",
            defaultMessage:
              "Its document is empty on the server. Try again in a moment, or ask the site’s owner.",
          })}
          actions={
            <ButtonLink to="/" variant="primary">
              {intl.formatMessage(shared.backToSites)}
            </ButtonLink>
          }
        />
      </EditorFrameMessage>
    );
  }
  if (!ready || !opened) {
    return (
      <EditorSkeleton
        siteName={session.site.name}
        message={
          slow
            ? state.status === "online"
              ? intl.formatMessage({
                  id: "editor.route.slow",
                  defaultMessage: "Still loading this site… large sites take a moment.",
                })
              : intl.formatMessage({
                  id: "editor.route.unreachable",
                  defaultMessage:
                    "We can’t reach the Pegasus server. We’ll keep trying; check your connection.",
                })
            : undefined
        }
      />
    );
  }
  return <EditorScreen session={session} />;
}

function EditorSkeleton({
  siteName,
  message,
}: {
  siteName?: string | undefined;
  message?: string | undefined;
}) {
  const intl = useIntl();
  return (
    <EditorLayout
      topBar={
        <div className="editor-topbar">
          <div className="editor-topbar__start">
            <ButtonLink
              to="/"
              variant="ghost"
              iconOnly
              aria-label={intl.formatMessage(shared.backToSites)}
              icon={<ArrowLeftIcon size={18} />}
            />
            <div className="editor-topbar__site">
              {siteName ? (
                <h1 className="editor-topbar__name">{siteName}</h1>
              ) : (
                <Skeleton width={160} height={18} />
              )}
            </div>
          </div>
          <div className="editor-topbar__end">
            <UserMenu />
          </div>
        </div>
      }
      leftPanel={
        <div className="panel-skeleton">
          <Skeleton height={32} />
          <Skeleton height={72} />
          <Skeleton height={72} />
          <Skeleton height={72} />
        </div>
      }
      canvas={
        <LoadingRegion
          label={intl.formatMessage({
            id: "editor.route.opening",
            defaultMessage: "Opening the site",
          })}
          className="editor__stage editor__stage--loading"
        >
          {message ? <p className="editor__loading-message">{message}</p> : null}
          <Skeleton height="100%" radius={12} />
        </LoadingRegion>
      }
      rightPanel={
        <div className="panel-skeleton">
          <Skeleton height={20} width="60%" />
          <Skeleton height={40} />
          <Skeleton height={40} />
        </div>
      }
    />
  );
}

function EditorFrameMessage({ children }: { children: ReactNode }) {
  const intl = useIntl();
  return (
    <EditorLayout
      topBar={
        <div className="editor-topbar">
          <div className="editor-topbar__start">
            <ButtonLink
              to="/"
              variant="ghost"
              iconOnly
              aria-label={intl.formatMessage(shared.backToSites)}
              icon={<ArrowLeftIcon size={18} />}
            />
            <h1 className="visually-hidden">
              {intl.formatMessage({ id: "editor.route.heading", defaultMessage: "Editor" })}
            </h1>
          </div>
          <div className="editor-topbar__end">
            <UserMenu />
          </div>
        </div>
      }
      leftPanel={null}
      canvas={<div className="editor__stage editor__stage--message">{children}</div>}
      rightPanel={null}
    />
  );
}
