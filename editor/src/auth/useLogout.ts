import { useMutation } from "@tanstack/react-query";
import { isUnauthorized, toProblem } from "../api/errors.ts";
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
  const logout = useMutation(trpc.auth.logout.mutationOptions());

  return async () => {
    try {
      await logout.mutateAsync();
    } catch (error) {
      // Already logged out on the server (expired session): carry on.
      if (!isUnauthorized(error)) {
        toast.show({
          title: "Could not log out",
          description: toProblem(error).message,
          tone: "danger",
        });
        return;
      }
    }
    endSession("loggedOut");
  };
}
