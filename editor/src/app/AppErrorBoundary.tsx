import { Component, type ErrorInfo, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { I18nProvider } from "../i18n/I18nProvider.tsx";
import { FullPageMessage } from "./FullPageMessage.tsx";

type State = { error: unknown };

/**
 * The last line: catches what the router's own error elements cannot (a provider failing).
 * Renders without the router, so it uses plain links; and with its own language provider, since
 * the app's may be what failed.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("Pegasus crashed", error, info.componentStack);
  }

  override render() {
    if (this.state.error == null) return this.props.children;
    return (
      <I18nProvider>
        <CrashScreen />
      </I18nProvider>
    );
  }
}

function CrashScreen() {
  const intl = useIntl();
  return (
    <FullPageMessage
      title={intl.formatMessage({
        id: "app.crash.title",
        defaultMessage: "Something went wrong",
      })}
      actions={
        <button
          type="button"
          className="button button--primary button--md"
          onClick={() => window.location.reload()}
        >
          <FormattedMessage id="app.crash.reload" defaultMessage="Reload the page" />
        </button>
      }
    >
      <p>
        <FormattedMessage
          id="app.crash.text"
          defaultMessage="Pegasus could not start. Reload the page; if it keeps happening, tell us."
        />
      </p>
    </FullPageMessage>
  );
}
