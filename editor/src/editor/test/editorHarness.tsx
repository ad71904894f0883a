/**
 * Component tests of the editor: a real `EditorSession` over a local Y.Doc (no server), the real
 * providers (API client against the fake server, toasts), and the editor's contexts. What a test
 * asserts about the document it reads back from the Y.Doc, as the server would.
 */
import { act, cleanup, render, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { useMemo, type ReactNode } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach } from "vitest";
import type { Block, SiteDoc } from "../../../../blocks/doc/schema.ts";
import { getBlockDefinition } from "../../../../blocks/registry.ts";
import { defaultTheme } from "../../../../blocks/theme/index.ts";
import { createSiteYDoc } from "../../../../collab/doc/ops.ts";
import { readSiteDoc } from "../../../../collab/doc/mapping.ts";
import { createApiClient, createQueryClient } from "../../api/client.ts";
import { CurrentUserContext } from "../../api/session.ts";
import { AppProviders } from "../../app/AppProviders.tsx";
import { createFakeServer, type FakeServer, type Handlers } from "../../test/fakeServer.ts";
import { ANA } from "../../test/fixtures.ts";
import { APP_EDITOR_EXTENSIONS } from "../appExtensions.ts";
import { CanvasRuntime, CanvasRuntimeContext } from "../canvas/runtime.ts";
import { EditorDndProvider } from "../dnd/EditorDnd.tsx";
import { useSessionIntl } from "../i18n/useSessionIntl.ts";
import { EditorExtensionsContext, type EditorExtension } from "../extensions.ts";
import { localConnection } from "../session/connection.ts";
import { EditorSession, type EditorSite } from "../session/EditorSession.ts";
import { loadSharedOps } from "../session/ops.ts";
import { EditorContext } from "../state/hooks.ts";

afterEach(cleanup);

export const SITE: EditorSite = {
  id: "22222222-2222-4222-8222-222222222222",
  name: "Blue Bottle",
  slug: "blue-bottle",
  role: "owner",
};

/** A block of a type with its default props, overridden by `props`. */
export function block(
  id: string,
  type: string,
  props: Record<string, unknown> = {},
  children?: Block[],
): Block {
  const defaults = structuredClone(
    getBlockDefinition(type)!.defaultProps as Record<string, unknown>,
  );
  return { id, type, props: { ...defaults, ...props }, ...(children ? { children } : {}) };
}

export function siteDoc(pages: SiteDoc["pages"]): SiteDoc {
  return {
    schemaVersion: 2,
    theme: defaultTheme,
    nav: [],
    settings: { name: "Blue Bottle", locale: "en", currency: "USD", social: [] },
    pages,
  };
}

/** A home page with a header, a hero, a section holding a heading and a text, and a footer. */
export function sampleDoc(): SiteDoc {
  return siteDoc([
    {
      id: "home",
      slug: "",
      title: "Home",
      blocks: [
        block("hdr", "header"),
        block("hero", "hero", { heading: "Slow coffee" }),
        block("sec", "section", {}, [
          block("h2", "heading", { text: "Our story" }),
          block("txt", "rich-text"),
        ]),
        block("ftr", "footer"),
      ],
    },
    {
      id: "about",
      slug: "about",
      title: "About",
      blocks: [block("ah", "heading", { text: "About us" })],
    },
  ]);
}

export type EditorTest = RenderResult & {
  session: EditorSession;
  user: UserEvent;
  server: FakeServer;
  notes: string[];
  /** The document as JSON, read back from the Y.Doc. */
  doc: () => SiteDoc;
};

/** Renders editor parts around a fresh session on `doc`, the shared operations loaded. */
export async function renderEditor(
  ui: ReactNode,
  options: {
    doc?: SiteDoc;
    role?: EditorSite["role"];
    selected?: string;
    handlers?: Handlers;
    /** The editor's extensions, as a route would pass them; the app's own by default. */
    extensions?: readonly EditorExtension[];
  } = {},
): Promise<EditorTest> {
  await loadSharedOps();
  const ydoc = createSiteYDoc(options.doc ?? sampleDoc());
  const notes: string[] = [];
  const session = new EditorSession(
    { ...SITE, role: options.role ?? "owner" },
    { id: ANA.id, name: ANA.name },
    localConnection(ydoc),
    (message) => notes.push(message),
  );
  if (options.selected) session.commands.select(options.selected);
  const server = createFakeServer(options.handlers);
  const apiClient = createApiClient({ fetch: server.fetch, url: "http://pegasus.test/trpc" });
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter([
    {
      path: "*",
      element: (
        <Frame session={session} extensions={options.extensions ?? APP_EDITOR_EXTENSIONS}>
          {ui}
        </Frame>
      ),
    },
  ]);
  const user = userEvent.setup();
  const result = render(
    <AppProviders apiClient={apiClient} queryClient={queryClient}>
      <CurrentUserContext.Provider value={ANA}>
        <RouterProvider router={router} />
      </CurrentUserContext.Provider>
    </AppProviders>,
  );
  return Object.assign(result, { session, user, server, notes, doc: () => readSiteDoc(ydoc) });
}

function Frame({
  session,
  extensions,
  children,
}: {
  session: EditorSession;
  extensions: readonly EditorExtension[];
  children: ReactNode;
}) {
  const runtime = useMemo(() => new CanvasRuntime(), []);
  useSessionIntl(session);
  return (
    <EditorContext.Provider value={session}>
      <EditorExtensionsContext.Provider value={extensions}>
        <CanvasRuntimeContext.Provider value={runtime}>
          <EditorDndProvider>{children}</EditorDndProvider>
        </CanvasRuntimeContext.Provider>
      </EditorExtensionsContext.Provider>
    </EditorContext.Provider>
  );
}

/** Finds a block anywhere in a page's tree. */
export function findBlock(blocks: readonly Block[], id: string): Block | undefined {
  for (const candidate of blocks) {
    if (candidate.id === id) return candidate;
    const inner = candidate.children ? findBlock(candidate.children, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** Lets dnd-kit's keyboard sensor attach its listeners (it does so on the next tick). */
export async function tick(ms = 0): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, ms)));
}
