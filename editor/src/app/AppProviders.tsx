import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { ApiClient } from "../api/client.ts";
import { TRPCProvider } from "../api/trpc.ts";
import { ToastProvider } from "../ui/Toast.tsx";

/** Everything a screen needs around it: the API client, the query cache, toasts. */
export function AppProviders({
  apiClient,
  queryClient,
  children,
}: {
  apiClient: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
        <ToastProvider>{children}</ToastProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
