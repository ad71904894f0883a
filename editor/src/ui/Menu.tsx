import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { Link } from "react-router";
import { buttonClassName, type ButtonSize, type ButtonVariant } from "./Button.tsx";

type MenuContextValue = { close: (options?: { focusTrigger?: boolean }) => void };
const MenuContext = createContext<MenuContextValue | null>(null);

const ITEM_SELECTOR = '[role="menuitem"]:not([aria-disabled="true"])';

export type MenuProps = {
  /** The trigger's accessible name, e.g. "More actions for Blue Bottle". */
  label: string;
  /** What the trigger shows; defaults to nothing but the label (visually). */
  trigger: ReactNode;
  variant?: ButtonVariant;
  size?: ButtonSize;
  iconOnly?: boolean;
  /** A fully custom trigger look (the account button in the top bar). */
  triggerClassName?: string;
  align?: "start" | "end";
  children: ReactNode;
};

/**
 * A menu button (WAI-ARIA pattern): Enter, Space or the arrows open it, arrows move between
 * items, Escape closes it and returns focus to the button, a click outside closes it.
 */
export function Menu({
  label,
  trigger,
  variant = "ghost",
  size = "sm",
  iconOnly = false,
  triggerClassName,
  align = "end",
  children,
}: MenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<"first" | "last">("first");
  const menuId = useId();

  const items = () => menuItems(listRef.current);

  const close = ({ focusTrigger = true } = {}) => {
    setOpen(false);
    if (focusTrigger) triggerRef.current?.focus();
  };

  const openWith = (focus: "first" | "last") => {
    if (open) return focusEdgeItem(listRef.current, focus);
    focusOnOpen.current = focus;
    setOpen(true);
  };

  useEffect(() => {
    if (!open) return;
    focusEdgeItem(listRef.current, focusOnOpen.current);
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const onTriggerKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      openWith("first");
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      openWith("last");
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    switch (event.key) {
      case "ArrowDown":
        return move(index + 1);
      case "ArrowUp":
        return move(index - 1);
      case "Home":
        return move(0);
      case "End":
        return move(all.length - 1);
      case "Escape":
        event.preventDefault();
        event.stopPropagation();
        return close();
      case "Tab":
        return close({ focusTrigger: false });
    }
  };

  return (
    <div className="menu" ref={rootRef}>
      <button
        ref={triggerRef}
        type="button"
        className={
          triggerClassName ??
          buttonClassName({ variant, size, iconOnly, className: "menu__trigger" })
        }
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close() : openWith("first"))}
        onKeyDown={onTriggerKeyDown}
      >
        {trigger}
      </button>
      {open ? (
        <MenuContext.Provider value={{ close }}>
          <div
            ref={listRef}
            id={menuId}
            role="menu"
            aria-label={label}
            className={`menu__list menu__list--${align}`}
            onKeyDown={onMenuKeyDown}
          >
            {children}
          </div>
        </MenuContext.Provider>
      ) : null}
    </div>
  );
}

function menuItems(list: HTMLElement | null): HTMLElement[] {
  return Array.from(list?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? []);
}

function focusEdgeItem(list: HTMLElement | null, which: "first" | "last") {
  const all = menuItems(list);
  (which === "first" ? all[0] : all[all.length - 1])?.focus();
}

function useMenu(): MenuContextValue {
  const menu = useContext(MenuContext);
  if (!menu) throw new Error("Menu items belong inside a <Menu>.");
  return menu;
}

export function MenuItem({
  onSelect,
  icon,
  tone,
  disabled = false,
  children,
}: {
  onSelect: () => void;
  icon?: ReactNode;
  tone?: "danger";
  disabled?: boolean;
  children: ReactNode;
}) {
  const menu = useMenu();
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={tone ? `menu__item menu__item--${tone}` : "menu__item"}
      aria-disabled={disabled || undefined}
      onClick={() => {
        if (disabled) return;
        // Focus goes back to the trigger first, so a dialog opened by the item returns it there.
        menu.close();
        onSelect();
      }}
    >
      {icon ? <span className="menu__icon">{icon}</span> : null}
      {children}
    </button>
  );
}

export function MenuLink({
  to,
  icon,
  children,
  external = false,
}: {
  to: string;
  icon?: ReactNode;
  children: ReactNode;
  external?: boolean;
}) {
  const menu = useMenu();
  const content = (
    <>
      {icon ? <span className="menu__icon">{icon}</span> : null}
      {children}
    </>
  );
  return external ? (
    <a
      href={to}
      target="_blank"
      rel="noopener noreferrer"
      role="menuitem"
      tabIndex={-1}
      className="menu__item"
      onClick={() => menu.close({ focusTrigger: false })}
    >
      {content}
    </a>
  ) : (
    <Link
      to={to}
      role="menuitem"
      tabIndex={-1}
      className="menu__item"
      onClick={() => menu.close({ focusTrigger: false })}
    >
      {content}
    </Link>
  );
}

export function MenuSeparator() {
  return <div role="separator" className="menu__separator" />;
}

/** A non-interactive header inside the menu (who is logged in). */
export function MenuHeader({ children }: { children: ReactNode }) {
  return (
    <div className="menu__header" role="presentation">
      {children}
    </div>
  );
}
