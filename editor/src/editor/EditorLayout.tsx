import type { ReactNode } from "react";
import { useIntl } from "react-intl";
import "./EditorLayout.css";

/**
 * The editor's frame: a top bar, then three columns: the page and block tree on the left, the
 * canvas in the middle, the selected block's properties on the right. The visual editor fills
 * these slots; the frame owns sizes, scrolling and landmarks.
 */
export function EditorLayout({
  topBar,
  leftPanel,
  canvas,
  rightPanel,
}: {
  topBar: ReactNode;
  leftPanel: ReactNode;
  canvas: ReactNode;
  rightPanel: ReactNode;
}) {
  const intl = useIntl();
  return (
    <div className="editor">
      <a href="#editor-canvas" className="skip-link">
        {intl.formatMessage({ id: "editor.layout.skip", defaultMessage: "Skip to canvas" })}
      </a>
      <header className="editor__topbar">{topBar}</header>
      <div className="editor__body">
        <aside
          className="editor__panel editor__panel--left"
          aria-label={intl.formatMessage({
            id: "editor.layout.leftPanel",
            defaultMessage: "Pages and blocks",
          })}
        >
          {leftPanel}
        </aside>
        <main id="editor-canvas" className="editor__canvas" tabIndex={-1}>
          {canvas}
        </main>
        <aside
          className="editor__panel editor__panel--right"
          aria-label={intl.formatMessage({
            id: "editor.layout.rightPanel",
            defaultMessage: "Properties",
          })}
        >
          {rightPanel}
        </aside>
      </div>
    </div>
  );
}

export function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="editor-panel-section">
      <h2 className="editor-panel-section__title">{title}</h2>
      {children}
    </section>
  );
}
