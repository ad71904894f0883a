import { useMemo } from "react";
import { useIntl } from "react-intl";
import { useEditorExtensions, type EditorExtension, type RightPanelTab } from "../extensions.ts";
import { PageSettings } from "../pages/PageSettings.tsx";
import { PropsPanel } from "../props/PropsPanel.tsx";
import { useEditor, useUi } from "../state/hooks.ts";
import { Tabs } from "./Tabs.tsx";

const BUILT_IN: readonly RightPanelTab[] = [
  { id: "block", label: "Block", order: 0, Panel: PropsPanel },
  { id: "page", label: "Page", order: 10, Panel: PageSettings },
];

/** Every right-panel tab: the block's props, the page's settings, and the extensions' tabs. */
function rightPanelTabs(extensions: readonly EditorExtension[]): readonly RightPanelTab[] {
  return [...BUILT_IN, ...extensions.flatMap((extension) => extension.rightPanelTabs ?? [])].sort(
    (a, b) => a.order - b.order,
  );
}

/** The right panel: what is selected (a block's props), the open page, and extension tabs. */
export function RightPanel() {
  const session = useEditor();
  const extensions = useEditorExtensions();
  const intl = useIntl();
  const tabs = useMemo(
    () =>
      rightPanelTabs(extensions).map((item) =>
        item.id === "block"
          ? {
              ...item,
              label: intl.formatMessage({ id: "editor.right.block", defaultMessage: "Block" }),
            }
          : item.id === "page"
            ? {
                ...item,
                label: intl.formatMessage({ id: "editor.right.page", defaultMessage: "Page" }),
              }
            : {
                ...item,
                label: typeof item.label === "string" ? item.label : intl.formatMessage(item.label),
              },
      ),
    [extensions, intl],
  );
  const tab = useUi((state) => state.rightTab);
  const current = tabs.find((item) => item.id === tab) ?? tabs[0]!;
  const { Panel } = current;
  return (
    <Tabs
      label={intl.formatMessage({ id: "editor.layout.rightPanel", defaultMessage: "Properties" })}
      tabs={tabs}
      selected={current.id}
      onSelect={(id) => session.ui.set({ rightTab: id })}
      className="right-panel"
    >
      <Panel />
    </Tabs>
  );
}
