import type { EditorExtension } from "../editor/extensions.ts";
import { message } from "../i18n/message.ts";
import { useBlock, useEditor, useUi } from "../editor/state/hooks.ts";
import { AiPanel } from "./AiPanel.tsx";

/** The AI tab of the editor's right panel: the panel for the selected block, the open page, the site. */
function AiTab() {
  const session = useEditor();
  const selectedId = useUi((state) => state.selectedId);
  const pageId = useUi((state) => state.pageId);
  const block = useBlock(selectedId);
  return (
    <AiPanel
      key={session.site.id}
      siteId={session.site.id}
      blockId={block ? selectedId : null}
      blockType={block?.type ?? null}
      pageId={pageId}
      canEdit={!session.readOnly}
    />
  );
}

export const aiExtension: EditorExtension = {
  id: "ai",
  rightPanelTabs: [
    {
      id: "ai",
      label: message({ id: "ai.tab.label", defaultMessage: "AI" }),
      order: 20,
      Panel: AiTab,
    },
  ],
};
