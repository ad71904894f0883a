import type { RouteObject } from "react-router";
import { commerceRoute } from "../commerce/routes.tsx";
import { loadArea } from "../i18n/catalogue.ts";
import { AppLayout } from "./AppLayout.tsx";
import { RequireSession } from "./RequireSession.tsx";
import { Root } from "./Root.tsx";
import { NotFoundScreen, RouteErrorPage } from "./RouteErrorPage.tsx";
import { ShellSkeleton } from "./ShellSkeleton.tsx";

/**
 * The route map. Every screen is its own chunk, loaded when first visited; the shell (guard, top
 * bar, error pages) ships in the initial bundle.
 *
 *   /login, /signup, /forgot-password, /reset-password?token=   public
 *   /invitations/accept?token=                                  public (asks to log in)
 *   /                                                           dashboard of sites
 *   /sites/new                                                  create a store with AI (wizard)
 *   /sites/:siteId/settings                                     name, team, danger zone
 *   /sites/:siteId/store/...                                    products, orders, discounts, taxes, shipping
 *   /sites/:siteId/media                                        the media library
 *   /sites/:siteId/editor                                       the visual editor
 *   /account                                                    password, delete account
 */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    // The shell's words (top bar, dialogs, sign-in pages) before any screen; a screen's route
    // loads its own area with its code.
    loader: () => loadArea("app").then(() => null),
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <ShellSkeleton />,
    children: [
      {
        path: "login",
        lazy: async () => ({ Component: (await import("../auth/LoginPage.tsx")).LoginPage }),
      },
      {
        path: "signup",
        lazy: async () => ({ Component: (await import("../auth/SignupPage.tsx")).SignupPage }),
      },
      {
        path: "forgot-password",
        lazy: async () => ({
          Component: (await import("../auth/ForgotPasswordPage.tsx")).ForgotPasswordPage,
        }),
      },
      {
        path: "reset-password",
        lazy: async () => ({
          Component: (await import("../auth/ResetPasswordPage.tsx")).ResetPasswordPage,
        }),
      },
      {
        path: "invitations/accept",
        lazy: async () => ({
          Component: (await import("../invitations/AcceptInvitationPage.tsx")).AcceptInvitationPage,
        }),
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppLayout />,
            children: [
              {
                // Errors inside a page keep the top bar around them.
                errorElement: <RouteErrorPage />,
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import("../dashboard/DashboardPage.tsx")).DashboardPage,
                    }),
                  },
                  commerceRoute,
                  {
                    path: "sites/:siteId/settings",
                    lazy: async () => ({
                      Component: (await import("../sites/SiteSettingsPage.tsx")).SiteSettingsPage,
                    }),
                  },
                  {
                    path: "sites/:siteId/media",
                    lazy: async () => ({
                      Component: (await import("../media/MediaLibraryPage.tsx")).MediaLibraryPage,
                    }),
                  },
                  {
                    path: "sites/new",
                    lazy: async () => ({
                      Component: (await import("../ai/CreateWithAiPage.tsx")).CreateWithAiPage,
                    }),
                  },
                  {
                    path: "account",
                    lazy: async () => ({
                      Component: (await import("../account/AccountSettingsPage.tsx"))
                        .AccountSettingsPage,
                    }),
                  },
                ],
              },
            ],
          },
          {
            path: "sites/:siteId/editor",
            errorElement: <RouteErrorPage />,
            // The site's live document starts loading with the editor's code, not after it.
            loader: ({ params }) => {
              void import("../editor/session/preconnect.ts").then((module) =>
                module.preconnect(params.siteId ?? ""),
              );
              return null;
            },
            shouldRevalidate: () => false,
            lazy: async () => {
              const [module] = await Promise.all([
                import("../editor/EditorRoute.tsx"),
                loadArea("editor"),
              ]);
              return { Component: module.EditorRoute };
            },
          },
        ],
      },
      { path: "*", element: <NotFoundScreen /> },
    ],
  },
];
