import { useId, useLayoutEffect, useRef, type ReactNode } from "react";
import { useIntl } from "react-intl";
import { CloseIcon } from "./icons.tsx";

export type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  size?: "sm" | "md";
  /** False while a request runs: Escape, the backdrop and the close button then do nothing. */
  dismissible?: boolean;
};

/**
 * A modal on the native <dialog>: the browser traps focus, makes the page inert and handles
 * Escape. It is mounted only while open, so each opening starts with fresh form state.
 */
export function Dialog(props: DialogProps) {
  return props.open ? <ModalWindow {...props} /> : null;
}

function ModalWindow({
  onClose,
  title,
  description,
  children,
  size = "md",
  dismissible = true,
}: DialogProps) {
  const intl = useIntl();
  const ref = useRef<HTMLDialogElement>(null);
  const pressedOnBackdrop = useRef(false);
  const titleId = useId();
  const descriptionId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the open attribute keeps the dialog visible to tests.
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    return () => {
      if (typeof dialog.close === "function" && dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible) onClose();
      }}
      onPointerDown={(event) => {
        pressedOnBackdrop.current = event.target === ref.current;
      }}
      onClick={(event) => {
        // A click on the dialog element itself (not its panel) is a click on the backdrop.
        if (event.target === ref.current && pressedOnBackdrop.current && dismissible) onClose();
      }}
    >
      <div className="dialog__panel">
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {description ? (
            <div id={descriptionId} className="dialog__description">
              {description}
            </div>
          ) : null}
        </header>
        {children}
        <button
          type="button"
          className="dialog__close"
          aria-label={intl.formatMessage({ id: "app.dialog.close", defaultMessage: "Close" })}
          onClick={onClose}
          disabled={!dismissible}
        >
          <CloseIcon size={18} />
        </button>
      </div>
    </dialog>
  );
}

export function DialogBody({ children }: { children: ReactNode }) {
  return <div className="dialog__body">{children}</div>;
}

export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="dialog__footer">{children}</div>;
}
