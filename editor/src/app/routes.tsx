import type { RouteObject } from "react-router";
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
 *   /sites/:siteId/settings                                     name, team, danger zone
 *   /sites/:siteId/editor                                       the editor frame
 *   /account                                                    password, delete account
 */
export const routes: RouteObject[] = [
  {
    element: <Root />,
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
                  {
                    path: "sites/:siteId/settings",
                    lazy: async () => ({
                      Component: (await import("../sites/SiteSettingsPage.tsx")).SiteSettingsPage,
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
            lazy: async () => ({
              Component: (await import("../site-editor/EditorPage.tsx")).EditorPage,
            }),
          },
        ],
      },
      { path: "*", element: <NotFoundScreen /> },
    ],
  },
];
