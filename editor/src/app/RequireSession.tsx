import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Navigate, Outlet, useLocation } from "react-router";
import { toProblem } from "../api/errors.ts";
import { useProblemMessage } from "../api/problemWords.ts";
import {
  CurrentUserContext,
  sessionEndReason,
  useSession,
  useSessionActions,
} from "../api/session.ts";
import { loginPath } from "../lib/safeNext.ts";
import { Button } from "../ui/Button.tsx";
import { FullPageMessage } from "./FullPageMessage.tsx";
import { ShellSkeleton } from "./ShellSkeleton.tsx";

/** What the login page tells the merchant about how they got there. */
export type LoginPageState = {
  loggedOut?: boolean;
  sessionEnded?: boolean;
  accountDeleted?: boolean;
  passwordReset?: boolean;
};

/**
 * The guard in front of every merchant screen: waits for `auth.me`, then either hands the user
 * down or sends the visitor to /login. It is also the one place that reacts to a session ending
 * (log out, account deleted, a 401 from any call).
 */
export function RequireSession() {
  const intl = useIntl();
  const problemMessage = useProblemMessage();
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { dropOtherData } = useSessionActions();
  const hadUser = useRef(false);
  const nobody = session.data === null;

  // Once the screens below are gone, so is their data: nothing of this user stays in memory.
  useEffect(() => {
    if (nobody) dropOtherData();
  }, [nobody, dropOtherData]);

  if (session.isPending) return <ShellSkeleton />;
  if (session.data) {
    hadUser.current = true;
    return (
      <CurrentUserContext.Provider value={session.data}>
        <Outlet />
      </CurrentUserContext.Provider>
    );
  }
  if (nobody) {
    const reason = sessionEndReason(queryClient);
    if (reason) {
      const state: LoginPageState =
        reason === "accountDeleted" ? { accountDeleted: true } : { loggedOut: true };
      return <Navigate to="/login" replace state={state} />;
    }
    // Someone who was here a moment ago lost the session (expired, or revoked elsewhere).
    const state: LoginPageState = hadUser.current ? { sessionEnded: true } : {};
    return <Navigate to={loginPath(location.pathname + location.search)} replace state={state} />;
  }
  return (
    <FullPageMessage
      title={intl.formatMessage({
        id: "app.session.loadFailed",
        defaultMessage: "We could not load your account",
      })}
      actions={
        <Button
          variant="primary"
          loading={session.isFetching}
          onClick={() => void session.refetch()}
        >
          <FormattedMessage id="app.action.tryAgain" defaultMessage="Try again" />
        </Button>
      }
    >
      <p>{problemMessage(toProblem(session.error))}</p>
    </FullPageMessage>
  );
}
