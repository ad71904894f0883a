import { EDITOR_EXTENSIONS, type RightPanelTab } from "../extensions.ts";
import { PageSettings } from "../pages/PageSettings.tsx";
import { PropsPanel } from "../props/PropsPanel.tsx";
import { useEditor, useUi } from "../state/hooks.ts";
import { Tabs } from "./Tabs.tsx";

const BUILT_IN: readonly RightPanelTab[] = [
  { id: "block", label: "Block", order: 0, Panel: PropsPanel },
  { id: "page", label: "Page", order: 10, Panel: PageSettings },
];

/** Every right-panel tab: the block's props, the page's settings, and the extensions' tabs. */
export const RIGHT_PANEL_TABS: readonly RightPanelTab[] = [
  ...BUILT_IN,
  ...EDITOR_EXTENSIONS.flatMap((extension) => extension.rightPanelTabs ?? []),
].sort((a, b) => a.order - b.order);

/** The right panel: what is selected (a block's props), the open page, and extension tabs. */
export function RightPanel() {
  const session = useEditor();
  const tab = useUi((state) => state.rightTab);
  const current = RIGHT_PANEL_TABS.find((item) => item.id === tab) ?? RIGHT_PANEL_TABS[0]!;
  const { Panel } = current;
  return (
    <Tabs
      label="Properties"
      tabs={RIGHT_PANEL_TABS}
      selected={current.id}
      onSelect={(id) => session.ui.set({ rightTab: id })}
      className="right-panel"
    >
      <Panel />
    </Tabs>
  );
}
