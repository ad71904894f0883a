import { useEffect, useMemo, type ReactNode } from "react";
import { EditorLayout } from "./EditorLayout.tsx";
import { useSessionIntl } from "./i18n/useSessionIntl.ts";
import { Canvas } from "./canvas/Canvas.tsx";
import { CanvasRuntime, CanvasRuntimeContext } from "./canvas/runtime.ts";
import { BlockMenu } from "./commands/BlockMenu.tsx";
import { KeyboardShortcuts } from "./commands/KeyboardShortcuts.tsx";
import { EditorDndProvider } from "./dnd/EditorDnd.tsx";
import { useEditorExtensions } from "./extensions.ts";
import { LeftPanel } from "./panels/LeftPanel.tsx";
import { RightPanel } from "./panels/RightPanel.tsx";
import { TopBar } from "./panels/TopBar.tsx";
import type { EditorSession } from "./session/EditorSession.ts";
import { loadSharedOps } from "./session/ops.ts";
import { EditorContext } from "./state/hooks.ts";

/** The editor around one open session: top bar, panels, canvas, menus and shortcuts. */
export function EditorScreen({ session }: { session: EditorSession }) {
  const runtime = useMemo(() => new CanvasRuntime(), []);
  useSessionIntl(session);
  // Edits need the shared operations (and Lexical): the canvas asks for them once it is on
  // screen; this is the fallback should it never be.
  useEffect(() => {
    const timer = setTimeout(() => void loadSharedOps(), 3000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <EditorContext.Provider value={session}>
      <CanvasRuntimeContext.Provider value={runtime}>
        <ExtensionProviders>
          <EditorDndProvider>
            <EditorLayout
              topBar={<TopBar />}
              leftPanel={<LeftPanel />}
              canvas={<Canvas />}
              rightPanel={<RightPanel />}
            />
            <BlockMenu />
            <KeyboardShortcuts />
          </EditorDndProvider>
        </ExtensionProviders>
      </CanvasRuntimeContext.Provider>
    </EditorContext.Provider>
  );
}

function ExtensionProviders({ children }: { children: ReactNode }) {
  return useEditorExtensions().reduceRight<ReactNode>(
    (inner, extension) =>
      extension.Provider ? (
        <extension.Provider key={extension.id}>{inner}</extension.Provider>
      ) : (
        inner
      ),
    children,
  );
}
