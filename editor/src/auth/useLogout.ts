import { useMutation } from "@tanstack/react-query";
import { useIntl } from "react-intl";
import { isUnauthorized } from "../api/errors.ts";
import { useErrorMessage } from "../api/problemWords.ts";
import { useSessionActions } from "../api/session.ts";
import { useTRPC } from "../api/trpc.ts";
import { useToast } from "../ui/Toast.tsx";

/**
 * Logs out. Where to go next is the session guard's call (it shows the login page); screens
 * outside the guard, like an invitation, simply render their logged-out state.
 */
export function useLogout() {
  const trpc = useTRPC();
  const { endSession } = useSessionActions();
  const toast = useToast();
  const intl = useIntl();
  const errorMessage = useErrorMessage();
  const logout = useMutation(trpc.auth.logout.mutationOptions());

  return async () => {
    try {
      await logout.mutateAsync();
    } catch (error) {
      // Already logged out on the server (expired session): carry on.
      if (!isUnauthorized(error)) {
        toast.show({
          title: intl.formatMessage({
            id: "app.userMenu.logOutFailed",
            defaultMessage: "Could not log out",
          }),
          description: errorMessage(error),
          tone: "danger",
        });
        return;
      }
    }
    endSession("loggedOut");
  };
}
