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
                    // Its preview links and export/import sections speak the "review" area.
                    lazy: async () => {
                      const [module] = await Promise.all([
                        import("../sites/SiteSettingsPage.tsx"),
                        loadArea("review"),
                      ]);
                      return { Component: module.SiteSettingsPage };
                    },
                  },
                  {
                    path: "sites/:siteId/media",
                    lazy: async () => {
                      const [module] = await Promise.all([
                        import("../media/MediaLibraryPage.tsx"),
                        loadArea("media"),
                      ]);
                      return { Component: module.MediaLibraryPage };
                    },
                  },
                  {
                    path: "sites/new",
                    lazy: async () => {
                      const [module] = await Promise.all([
                        import("../ai/CreateWithAiPage.tsx"),
                        loadArea("ai"),
                        loadArea("media"),
                      ]);
                      return { Component: module.CreateWithAiPage };
                    },
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
                ...(["editor", "blocks", "ai", "media", "review"] as const).map(loadArea),
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
