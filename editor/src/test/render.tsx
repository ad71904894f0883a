import { cleanup, render, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import type { ReactNode } from "react";
import { createMemoryRouter, RouterProvider, type RouteObject } from "react-router";
import { afterEach } from "vitest";
import { createApiClient, createQueryClient } from "../api/client.ts";
import { AppProviders } from "../app/AppProviders.tsx";
import { routes as appRoutes } from "../app/routes.tsx";
import { createFakeServer, type FakeServer, type Handlers } from "./fakeServer.ts";

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// jsdom does not implement scrolling; the router's scroll restoration calls it.
window.scrollTo = () => {};

export type Rendered = RenderResult & {
  server: FakeServer;
  user: UserEvent;
  router: ReturnType<typeof createMemoryRouter>;
};

/**
 * Renders with the real providers (API client, query cache, toasts) against a fake server.
 * Either a component (`ui`, mounted at `path`), or the app's own route map (`routes: "app"`)
 * for tests that cover redirects and lazy screens.
 */
export function renderWithApi(
  options: {
    handlers?: Handlers;
    ui?: ReactNode;
    path?: string;
    url?: string;
    routes?: "app";
  } = {},
): Rendered {
  const server = createFakeServer(options.handlers);
  const apiClient = createApiClient({ fetch: server.fetch, url: "http://pegasus.test/trpc" });
  const queryClient = createQueryClient({ retry: false });
  const routes: RouteObject[] =
    options.routes === "app"
      ? appRoutes
      : [
          { path: options.path ?? "/", element: options.ui },
          { path: "*", element: <p>Navigated away</p> },
        ];
  const router = createMemoryRouter(routes, {
    initialEntries: [options.url ?? options.path ?? "/"],
  });
  const user = userEvent.setup();
  const result = render(
    <AppProviders apiClient={apiClient} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return Object.assign(result, { server, user, router });
}
