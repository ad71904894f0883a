import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { useIntl } from "react-intl";
import { shared } from "../i18n/messages.ts";
import { pageIdOfParent } from "../../../../collab/doc/layout.ts";
import { TrashIcon } from "../../ui/icons.tsx";
import {
  ArrowDownIcon,
  ArrowUpIcon,
  ArrowUpLeftIcon,
  ClipboardIcon,
  CopyIcon,
  DuplicateIcon,
} from "../icons.tsx";
import { useEditor, useUi } from "../state/hooks.ts";
import { readClipboardText, writeClipboardText } from "./systemClipboard.ts";

const MOD =
  typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl+";

/**
 * The block menu (right click on a block, or its "More" button): copy, paste, duplicate, move,
 * select the parent, delete, each with its shortcut. A menu (WAI-ARIA): arrows move, Escape closes.
 */
export function BlockMenu() {
  const session = useEditor();
  const menu = useUi((state) => state.menu);
  const intl = useIntl();
  const list = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    if (!menu || !list.current) return setPosition(null);
    opener.current = document.activeElement;
    const { width, height } = list.current.getBoundingClientRect();
    setPosition({
      left: Math.max(8, Math.min(menu.x, window.innerWidth - width - 8)),
      top: Math.max(8, Math.min(menu.y, window.innerHeight - height - 8)),
    });
    list.current
      .querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')
      ?.focus();
  }, [menu]);

  useEffect(() => {
    if (!menu) return;
    const close = (event: PointerEvent) => {
      if (!list.current?.contains(event.target as Node)) session.ui.set({ menu: null });
    };
    document.addEventListener("pointerdown", close, true);
    return () => document.removeEventListener("pointerdown", close, true);
  }, [menu, session]);

  if (!menu || !session.store.isShown(menu.blockId)) return null;
  const id = menu.blockId;
  const tree = session.store.getTree();
  const parent = tree.parentOf.get(id);
  const siblings = parent ? (tree.children.get(parent) ?? []) : [];
  const index = siblings.indexOf(id);
  const close = () => {
    session.ui.set({ menu: null });
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
  };
  const { commands } = session;
  const readOnly = session.readOnly;

  const onKeyDown = (event: KeyboardEvent) => {
    const items = Array.from(
      list.current?.querySelectorAll<HTMLElement>(
        '[role="menuitem"]:not([aria-disabled="true"])',
      ) ?? [],
    );
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (event.key === "ArrowDown") move(at + 1);
    else if (event.key === "ArrowUp") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(items.length - 1);
    else if (event.key === "Escape" || event.key === "Tab") {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const item = (
    label: string,
    icon: ReactNode,
    shortcut: string,
    run: () => void,
    disabled = false,
    danger = false,
  ) => (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={danger ? "menu__item menu__item--danger" : "menu__item"}
      aria-disabled={disabled || undefined}
      onClick={() => {
        if (disabled) return;
        close();
        run();
      }}
    >
      <span className="menu__icon">{icon}</span>
      <span className="block-menu__label">{label}</span>
      <kbd className="block-menu__shortcut">{shortcut}</kbd>
    </button>
  );

  return (
    <div
      ref={list}
      role="menu"
      aria-label={intl.formatMessage(
        { id: "editor.menu.label", defaultMessage: "{block} actions" },
        { block: session.store.describeBlock(id) },
      )}
      className="menu__list block-menu"
      style={
        position
          ? { left: position.left, top: position.top }
          : { visibility: "hidden", left: menu.x, top: menu.y }
      }
      onKeyDown={onKeyDown}
    >
      {item(
        intl.formatMessage({ id: "editor.menu.copy", defaultMessage: "Copy" }),
        <CopyIcon />,
        `${MOD}C`,
        () => {
          const text = commands.copy(id);
          if (text) void writeClipboardText(text);
        },
      )}
      {item(
        intl.formatMessage({ id: "editor.menu.pasteAfter", defaultMessage: "Paste after" }),
        <ClipboardIcon />,
        `${MOD}V`,
        () => void readClipboardText().then((text) => commands.paste(text)),
        readOnly,
      )}
      {item(
        intl.formatMessage({ id: "editor.menu.duplicate", defaultMessage: "Duplicate" }),
        <DuplicateIcon />,
        `${MOD}D`,
        () => commands.duplicate(id),
        readOnly,
      )}
      <div role="separator" className="menu__separator" />
      {item(
        intl.formatMessage(shared.moveUp),
        <ArrowUpIcon />,
        "Alt+↑",
        () => commands.moveBy(id, -1),
        readOnly || index <= 0,
      )}
      {item(
        intl.formatMessage(shared.moveDown),
        <ArrowDownIcon />,
        "Alt+↓",
        () => commands.moveBy(id, 1),
        readOnly || index >= siblings.length - 1,
      )}
      {item(
        intl.formatMessage({ id: "editor.menu.selectParent", defaultMessage: "Select parent" }),
        <ArrowUpLeftIcon />,
        "Esc",
        () => commands.select(parent ?? null),
        !parent || pageIdOfParent(parent) !== null,
      )}
      <div role="separator" className="menu__separator" />
      {item(
        intl.formatMessage({ id: "editor.menu.delete", defaultMessage: "Delete" }),
        <TrashIcon />,
        intl.formatMessage({ id: "editor.menu.deleteKey", defaultMessage: "Del" }),
        () => commands.remove(id),
        readOnly,
        true,
      )}
    </div>
  );
}
