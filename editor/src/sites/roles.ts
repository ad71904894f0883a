import type { Role } from "../api/types.ts";

/**
 * What each role may do, mirrored from the server (server/trpc.ts, members.handler.ts) so the
 * screens hide what would be refused. The server still checks every call.
 */
export const ROLES: readonly Role[] = ["owner", "admin", "editor", "viewer"];

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3, owner: 4 };

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

export function atLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

export const may = {
  renameSite: (role: Role) => atLeast(role, "admin"),
  deleteSite: (role: Role) => role === "owner",
  manageTeam: (role: Role) => atLeast(role, "admin"),
  /** Only owners make or unmake owners; admins manage everyone below. */
  manageMember: (actor: Role, target: Role) =>
    atLeast(actor, "admin") && (target !== "owner" || actor === "owner"),
};

/** The roles an actor may hand out, in an invitation or a role change. */
export function assignableRoles(actor: Role): Role[] {
  if (actor === "owner") return [...ROLES];
  if (actor === "admin") return ["admin", "editor", "viewer"];
  return [];
}

/** "an owner", "an admin", "an editor", "a viewer". */
export function roleWithArticle(role: Role): string {
  const label = ROLE_LABELS[role].toLowerCase();
  return `${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
}
