import { FormattedMessage, useIntl } from "react-intl";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { Button, ButtonLink } from "../ui/Button.tsx";
import { FullPageMessage } from "./FullPageMessage.tsx";

/** A lazily loaded screen whose file is gone: the app was redeployed since this tab opened. */
export function isStaleBundleError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(
      error.message,
    )
  );
}

/** The router's error element: shown when a screen throws while rendering or loading. */
export function RouteErrorPage() {
  const error = useRouteError();
  return <ErrorScreen error={error} />;
}

export function ErrorScreen({ error }: { error: unknown }) {
  const intl = useIntl();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFoundScreen />;
  }
  if (isStaleBundleError(error)) {
    return (
      <FullPageMessage
        title={intl.formatMessage({
          id: "app.routeError.updatedTitle",
          defaultMessage: "Pegasus has been updated",
        })}
        actions={
          <Button variant="primary" onClick={() => window.location.reload()}>
            <FormattedMessage id="app.routeError.reload" defaultMessage="Reload" />
          </Button>
        }
      >
        <p>
          <FormattedMessage
            id="app.routeError.updatedText"
            defaultMessage="A newer version is available. Reload the page to continue where you were."
          />
        </p>
      </FullPageMessage>
    );
  }
  return (
    <FullPageMessage
      title={intl.formatMessage({
        id: "app.routeError.title",
        defaultMessage: "Something went wrong",
      })}
      actions={
        <>
          <Button variant="primary" onClick={() => window.location.reload()}>
            <FormattedMessage id="app.routeError.reloadPage" defaultMessage="Reload the page" />
          </Button>
          <a className="button button--secondary button--md" href="/">
            <FormattedMessage id="app.routeError.toSites" defaultMessage="Go to your sites" />
          </a>
        </>
      }
    >
      <p>
        <FormattedMessage
          id="app.routeError.text"
          defaultMessage="This screen ran into a problem. Your work is saved; reloading usually helps."
        />
      </p>
      {error instanceof Error && import.meta.env.DEV ? (
        <pre className="full-page__details">{error.message}</pre>
      ) : null}
    </FullPageMessage>
  );
}

export function NotFoundScreen() {
  const intl = useIntl();
  return (
    <FullPageMessage
      code="404"
      title={intl.formatMessage({
        id: "app.notFound.title",
        defaultMessage: "This page does not exist",
      })}
      actions={
        <ButtonLink to="/" variant="primary">
          <FormattedMessage id="app.notFound.toSites" defaultMessage="Go to your sites" />
        </ButtonLink>
      }
    >
      <p>
        <FormattedMessage
          id="app.notFound.text"
          defaultMessage="The link may be broken, or the page may have moved."
        />
      </p>
    </FullPageMessage>
  );
}
