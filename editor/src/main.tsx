import "@fontsource/inter/400.css";
import "@fontsource/inter/500.css";
import "@fontsource/inter/600.css";
import "@fontsource/inter/700.css";
import "./ui/index.css";
import "./app/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { createApiClient, createQueryClient } from "./api/client.ts";
import { AppErrorBoundary } from "./app/AppErrorBoundary.tsx";
import { AppProviders } from "./app/AppProviders.tsx";
import { routes } from "./app/routes.tsx";

const router = createBrowserRouter(routes);
const apiClient = createApiClient();
const queryClient = createQueryClient();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element.");

createRoot(container).render(
  <StrictMode>
    <AppErrorBoundary>
      <AppProviders apiClient={apiClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </AppErrorBoundary>
  </StrictMode>,
);
