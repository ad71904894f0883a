import { can } from "../../../domain/permissions.ts";
import type { Role } from "../api/types.ts";

/**
 * The words for each role. What a role may do is the server's own table (domain/permissions.ts,
 * `can(role, action)`): screens hide what it would refuse; the server still checks every call.
 */
export const ROLES: readonly Role[] = ["owner", "admin", "editor", "viewer"];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  editor: "Editor",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, including deleting the site",
  admin: "Manage the team and the site's settings",
  editor: "Edit pages, products and content",
  viewer: "See the site and its drafts, change nothing",
};

/** Only owners make or unmake owners; admins manage everyone below. */
export function mayManageMember(actor: Role, target: Role): boolean {
  return (
    can(actor, "members.changeRole") && (target !== "owner" || can(actor, "members.manageOwners"))
  );
}

/** The roles an actor may hand out, in an invitation or a role change. */
export function assignableRoles(actor: Role): Role[] {
  if (!can(actor, "members.invite")) return [];
  return ROLES.filter((role) => role !== "owner" || can(actor, "members.manageOwners"));
}

/** "an owner", "an admin", "an editor", "a viewer". */
export function roleWithArticle(role: Role): string {
  const label = ROLE_LABELS[role].toLowerCase();
  return `${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
}
