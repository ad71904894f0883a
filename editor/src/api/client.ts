import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import { isRetryable, isUnauthorized } from "./errors.ts";
import { SESSION_KEY } from "./sessionKey.ts";
import type { AppRouter } from "./types.ts";

export type ApiClient = TRPCClient<AppRouter>;

export type ApiClientOptions = {
  /** The tRPC endpoint; the server mounts it at /trpc on the editor's own origin. */
  url?: string;
  /** Tests pass a fake server's fetch here; the browser's fetch otherwise. */
  fetch?: typeof fetch;
};

/**
 * Plain JSON, no transformer (dates arrive as ISO strings). Queries are batched into one GET;
 * mutations are POSTed as application/json, which the server's CSRF check requires.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: options.url ?? "/trpc",
        maxURLLength: 2000,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    ],
  });
}

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  const retry = options.retry ?? true;
  // Any call answered 401 means the session is gone (expired, revoked elsewhere): forget the user,
  // and the session guard sends them to the login page.
  const forgetSessionOn401 = (error: unknown) => {
    if (isUnauthorized(error)) queryClient.setQueryData(SESSION_KEY, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: forgetSessionOn401 }),
    mutationCache: new MutationCache({ onError: forgetSessionOn401 }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => retry && failures < 2 && isRetryable(error),
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
