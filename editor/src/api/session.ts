import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext } from "react";
import type { ApiClient } from "./client.ts";
import { isUnauthorized } from "./errors.ts";
import { SESSION_END_KEY, SESSION_KEY, type SessionEnd } from "./sessionKey.ts";
import { useTRPCClient } from "./trpc.ts";
import type { User } from "./types.ts";

export { SESSION_KEY };

/** `auth.me`, with the 401 of a logged-out visitor turned into `null` instead of an error. */
export function sessionQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<User | null> => {
      try {
        return (await client.auth.me.query()).user;
      } catch (error) {
        if (isUnauthorized(error)) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export function useSession() {
  const client = useTRPCClient();
  return useQuery(sessionQueryOptions(client));
}

/**
 * The user the session guard let through, handed down by <RequireSession>. Not read from the
 * query here: when a 401 clears the session, a screen re-rendering for its own data could see
 * "nobody" a moment before the guard above it redirects.
 */
export const CurrentUserContext = createContext<User | null>(null);

/** The logged-in user. Only for screens behind the session guard, which waits for one. */
export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error("useCurrentUser is only available behind <RequireSession>.");
  return user;
}

/**
 * Starting and ending a session in the cache. The session guard reacts to the change (redirects
 * to /login, saying why); nothing here navigates, so there is one place that does.
 */
export function useSessionActions() {
  const queryClient = useQueryClient();
  const dropOtherData = useCallback(
    () => queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] }),
    [queryClient],
  );

  /** After login or signup: the answer already names the user, no need to ask `auth.me`. */
  const startSession = useCallback(
    (user: User) => {
      const previous = queryClient.getQueryData<User | null>(SESSION_KEY);
      // Nothing of another account's data may show, even for a moment.
      if (previous?.id !== user.id) dropOtherData();
      queryClient.setQueryData(SESSION_END_KEY, null);
      queryClient.setQueryData(SESSION_KEY, user);
    },
    [queryClient, dropOtherData],
  );

  const endSession = useCallback(
    (reason: SessionEnd) => {
      queryClient.setQueryData(SESSION_END_KEY, reason);
      queryClient.setQueryData(SESSION_KEY, null);
    },
    [queryClient],
  );

  return { startSession, endSession, dropOtherData };
}

export function sessionEndReason(
  queryClient: ReturnType<typeof useQueryClient>,
): SessionEnd | null {
  return queryClient.getQueryData<SessionEnd | null>(SESSION_END_KEY) ?? null;
}
