import { useIntl } from "react-intl";
import { message } from "../../i18n/message.ts";
import { PlusIcon } from "../../ui/icons.tsx";
import { LayersIcon, PaletteIcon } from "../icons.tsx";
import { PagesIcon } from "../../ui/icons.tsx";
import { BlockLibrary } from "./BlockLibrary.tsx";
import { LayersTree } from "./LayersTree.tsx";
import { PagesPanel } from "../pages/PagesPanel.tsx";
import { ThemePanel } from "../theme/ThemePanel.tsx";
import { useEditor, useUi } from "../state/hooks.ts";
import type { LeftTab } from "../state/uiStore.ts";
import { Tabs } from "./Tabs.tsx";

const TABS = [
  {
    id: "add",
    message: message({ id: "editor.left.add", defaultMessage: "Add" }),
    icon: <PlusIcon size={14} />,
  },
  {
    id: "layers",
    message: message({ id: "editor.left.layers", defaultMessage: "Layers" }),
    icon: <LayersIcon size={14} />,
  },
  {
    id: "pages",
    message: message({ id: "editor.left.pages", defaultMessage: "Pages" }),
    icon: <PagesIcon size={14} />,
  },
  {
    id: "theme",
    message: message({ id: "editor.left.theme", defaultMessage: "Style" }),
    icon: <PaletteIcon size={14} />,
  },
] as const;

/** The left panel: blocks to add, the page's layers, the site's pages, the theme. */
export function LeftPanel() {
  const session = useEditor();
  const intl = useIntl();
  const tab = useUi((state) => state.leftTab);
  const tabs = (
    session.readOnly ? TABS.filter((item) => item.id === "layers" || item.id === "pages") : TABS
  ).map(({ id, message, icon }) => ({ id, icon, label: intl.formatMessage(message) }));
  const shown = tabs.some((item) => item.id === tab) ? tab : tabs[0]!.id;
  return (
    <Tabs
      label={intl.formatMessage({ id: "editor.left.panels", defaultMessage: "Site panels" })}
      tabs={tabs}
      selected={shown}
      onSelect={(id) => session.ui.set({ leftTab: id as LeftTab })}
      className="left-panel"
    >
      {shown === "add" ? <BlockLibrary /> : null}
      {shown === "layers" ? <LayersTree /> : null}
      {shown === "pages" ? <PagesPanel /> : null}
      {shown === "theme" ? <ThemePanel /> : null}
    </Tabs>
  );
}
