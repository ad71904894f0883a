import { useMemo } from "react";
import { useIntl, type MessageDescriptor } from "react-intl";
import { can } from "../../../domain/permissions.ts";
import type { Role } from "../api/types.ts";
import { message } from "../i18n/message.ts";

/**
 * The words for each role. What a role may do is the server's own table (domain/permissions.ts,
 * `can(role, action)`): screens hide what it would refuse; the server still checks every call.
 */
export const ROLES: readonly Role[] = ["owner", "admin", "editor", "viewer"];

const ROLE_LABELS: Record<Role, MessageDescriptor> = {
  owner: message({ id: "app.roles.owner", defaultMessage: "Owner" }),
  admin: message({ id: "app.roles.admin", defaultMessage: "Admin" }),
  editor: message({ id: "app.roles.editor", defaultMessage: "Editor" }),
  viewer: message({ id: "app.roles.viewer", defaultMessage: "Viewer" }),
};

const ROLE_DESCRIPTIONS: Record<Role, MessageDescriptor> = {
  owner: message({
    id: "app.roles.ownerDescription",
    defaultMessage: "Everything, including deleting the site",
  }),
  admin: message({
    id: "app.roles.adminDescription",
    defaultMessage: "Manage the team and the site's settings",
  }),
  editor: message({
    id: "app.roles.editorDescription",
    defaultMessage: "Edit pages, products and content",
  }),
  viewer: message({
    id: "app.roles.viewerDescription",
    defaultMessage: "See the site and its drafts, change nothing",
  }),
};

/** What each role may do, said of everyone holding it ("Admins: manage the team…"). */
const ROLE_SUMMARIES: Record<Role, MessageDescriptor> = {
  owner: message({
    id: "app.roles.ownerSummary",
    defaultMessage: "Owners: everything, including deleting the site.",
  }),
  admin: message({
    id: "app.roles.adminSummary",
    defaultMessage: "Admins: manage the team and the site's settings.",
  }),
  editor: message({
    id: "app.roles.editorSummary",
    defaultMessage: "Editors: edit pages, products and content.",
  }),
  viewer: message({
    id: "app.roles.viewerSummary",
    defaultMessage: "Viewers: see the site and its drafts, change nothing.",
  }),
};

/** A role's name, description and summary in the app's language. */
export function useRoleWords() {
  const intl = useIntl();
  return useMemo(
    () => ({
      label: (role: Role) => intl.formatMessage(ROLE_LABELS[role]),
      description: (role: Role) => intl.formatMessage(ROLE_DESCRIPTIONS[role]),
      summary: (role: Role) => intl.formatMessage(ROLE_SUMMARIES[role]),
    }),
    [intl],
  );
}

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
