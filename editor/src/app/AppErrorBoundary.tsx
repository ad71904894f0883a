import { Component, type ErrorInfo, type ReactNode } from "react";
import { FullPageMessage } from "./FullPageMessage.tsx";

type State = { error: unknown };

/**
 * The last line: catches what the router's own error elements cannot (a provider failing).
 * Renders without the router, so it uses plain links.
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
      <FullPageMessage
        title="Something went wrong"
        actions={
          <button
            type="button"
            className="button button--primary button--md"
            onClick={() => window.location.reload()}
          >
            Reload the page
          </button>
        }
      >
        <p>Pegasus could not start. Reload the page; if it keeps happening, tell us.</p>
      </FullPageMessage>
    );
  }
}
