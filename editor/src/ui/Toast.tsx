import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { useIntl } from "react-intl";
import { CheckCircleIcon, AlertIcon, InfoIcon, CloseIcon } from "./icons.tsx";

export type ToastInput = {
  title: string;
  description?: string;
  tone?: "success" | "danger" | "info";
  /** One follow-up, e.g. "Undo" after a delete. */
  action?: { label: string; onClick: () => void };
  /** Milliseconds on screen; toasts with an action stay a little longer. */
  duration?: number;
};

type ToastItem = ToastInput & { id: number };

type ToastApi = { show: (toast: ToastInput) => void };

const ToastContext = createContext<ToastApi | null>(null);

/**
 * Short confirmations after an action ("Site created"). The container is the live region, so each
 * new toast is read out once; a toast pauses while hovered or focused.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    // At most three at once: the oldest makes room.
    setToasts((current) => [...current.slice(-2), { ...toast, id }]);
  }, []);

  const api = useMemo(() => ({ show }), [show]);
  const intl = useIntl();

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section
        className="toasts"
        aria-label={intl.formatMessage({
          id: "app.toast.region",
          defaultMessage: "Notifications",
        })}
        aria-live="polite"
      >
        {toasts.map((toast) => (
          <Toast key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </section>
    </ToastContext.Provider>
  );
}

function Toast({ toast, onDismiss }: { toast: ToastItem; onDismiss: (id: number) => void }) {
  const [paused, setPaused] = useState(false);
  const intl = useIntl();
  const duration = toast.duration ?? (toast.action ? 8000 : 5000);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => onDismiss(toast.id), duration);
    return () => clearTimeout(timer);
  }, [paused, duration, onDismiss, toast.id]);

  const tone = toast.tone ?? "success";
  const Icon = tone === "danger" ? AlertIcon : tone === "info" ? InfoIcon : CheckCircleIcon;
  return (
    <div
      className={`toast toast--${tone}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <Icon className="toast__icon" size={18} />
      <div className="toast__body">
        <p className="toast__title">{toast.title}</p>
        {toast.description ? <p className="toast__description">{toast.description}</p> : null}
      </div>
      {toast.action ? (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            toast.action?.onClick();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="toast__close"
        aria-label={intl.formatMessage({ id: "app.toast.dismiss", defaultMessage: "Dismiss" })}
        onClick={() => onDismiss(toast.id)}
      >
        <CloseIcon size={16} />
      </button>
    </div>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast needs a <ToastProvider> above it.");
  return api;
}
