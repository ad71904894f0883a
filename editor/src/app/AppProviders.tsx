import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { ApiClient } from "../api/client.ts";
import { TRPCProvider } from "../api/trpc.ts";
import { I18nProvider } from "../i18n/I18nProvider.tsx";
import { ToastProvider } from "../ui/Toast.tsx";

/** Everything a screen needs around it: its language, the API client, the query cache, toasts. */
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
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
          <ToastProvider>{children}</ToastProvider>
        </TRPCProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
