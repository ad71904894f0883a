import type { Role } from "../api/types.ts";
import { atLeast } from "../sites/roles.ts";

/**
 * What each role may do with preview links and the site archive, mirrored from the server
 * (server/routers/preview/_router.ts, server/review/transfer/routes.ts) so screens hide what would
 * be refused. Comment permissions come from the server with each thread (`can`).
 */
export const mayReview = {
  /** Links go outside the team: editors and up make, see and revoke them. */
  manageLinks: (role: Role) => atLeast(role, "editor"),
  exportSite: (role: Role) => atLeast(role, "admin"),
};
