/**
 * Who may do what on a site: every site action and the least role that may do it. The server
 * checks it (`siteProcedure`, the plain HTTP routes, the collab server, handler rules), the
 * editor shows or hides actions by it, and tests/api/role-matrix.test.ts tries every action as
 * every role. Someone who is not a member of the site may do nothing and learns nothing about it
 * (the server answers "No such site.").
 *
 * Actions named like a tRPC procedure ("products.create") are that procedure; the others are
 * said where they are listed.
 */

/** Site roles from the least to the most trusted (Prisma's `SiteRole` enum holds the same). */
export const SITE_ROLES = ["viewer", "editor", "admin", "owner"] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export function roleAtLeast(role: SiteRole, minimum: SiteRole): boolean {
  return SITE_ROLES.indexOf(role) >= SITE_ROLES.indexOf(minimum);
}

export const MIN_ROLE = {
  // The site
  "sites.get": "viewer",
  "sites.publishStatus": "viewer",
  "sites.publish": "editor",
  "sites.rename": "admin",
  "sites.setCustomDomain": "admin",
  "sites.delete": "owner",
  /** A deleted site, within its grace period. */
  "sites.restore": "owner",

  // The team
  "members.list": "viewer",
  "members.leave": "viewer",
  "members.invite": "admin",
  "members.listInvitations": "admin",
  "members.revokeInvitation": "admin",
  "members.changeRole": "admin",
  "members.remove": "admin",
  /** Invite someone as an owner, or change or remove an owner (members.handler.ts). */
  "members.manageOwners": "owner",

  // Editing the document
  "collab.token": "viewer",
  /** A collab connection that may change the document; below this role it is read-only. */
  "collab.write": "editor",
  "versions.list": "viewer",
  "versions.createNamed": "editor",
  "versions.restore": "editor",

  // Media
  "media.list": "viewer",
  "media.get": "viewer",
  "media.uses": "viewer",
  /** POST /api/media/upload (server/media/routes.ts). */
  "media.upload": "editor",
  "media.updateAlt": "editor",
  "media.delete": "editor",
  "media.saveLogo": "editor",
  "media.createPlaceholders": "editor",

  // The AI
  "ai.credits": "viewer",
  "ai.generateSite": "editor",
  "ai.job": "editor",
  "ai.fillBlock": "editor",
  "ai.rewrite": "editor",
  "ai.restyle": "editor",
  "ai.productDescription": "editor",
  "ai.seo": "editor",
  "ai.altText": "editor",
  "ai.describeChange": "editor",
  "ai.suggestions": "editor",
  "ai.accept": "editor",
  "ai.reject": "editor",
  "ai.undo": "editor",

  // Review: preview links go outside the team, so only editors and up make or see them
  "preview.create": "editor",
  "preview.list": "editor",
  "preview.revoke": "editor",
  "preview.views": "editor",
  "preview.versions": "editor",
  "comments.list": "viewer",
  "comments.create": "viewer",
  "comments.reply": "viewer",
  /** One's own comment; anyone's is `comments.editAny`. */
  "comments.edit": "viewer",
  /** Edit someone else's (or a reviewer's) comment: moderation (server/review/permissions.ts). */
  "comments.editAny": "admin",
  "comments.resolve": "editor",
  "comments.reopen": "editor",
  "comments.deleteComment": "admin",
  "comments.deleteThread": "admin",

  // Moving a site: the archive holds everything, orders' customers included
  "transfer.exportSummary": "admin",
  /** GET /api/sites/<siteId>/export (server/sites/transfer/routes.ts). */
  "transfer.export": "admin",

  // The store
  "products.list": "viewer",
  "products.get": "viewer",
  "products.catalog": "viewer",
  "products.exportCsv": "viewer",
  "products.create": "editor",
  "products.update": "editor",
  "products.bulkUpdate": "editor",
  "products.archive": "editor",
  "products.delete": "editor",
  "products.importCsv": "editor",
  "collections.list": "viewer",
  "collections.get": "viewer",
  "collections.create": "editor",
  "collections.update": "editor",
  "collections.delete": "editor",
  "orders.list": "editor",
  "orders.get": "editor",
  "orders.fulfil": "editor",
  "orders.cancel": "admin",
  "orders.refund": "admin",
  "orders.refundQuote": "admin",
  "discounts.list": "editor",
  "discounts.create": "admin",
  "discounts.update": "admin",
  "discounts.delete": "admin",
  "checkout.settings": "viewer",
  "checkout.updateSettings": "admin",
  "taxes.list": "viewer",
  "taxes.save": "admin",
  "taxes.delete": "admin",
  "taxes.updateSettings": "admin",
  "shipping.listZones": "viewer",
  "shipping.createZone": "admin",
  "shipping.updateZone": "admin",
  "shipping.deleteZone": "admin",
  // The store's money: its payment account, balance and payouts
  "payments.overview": "admin",
  "payments.refresh": "admin",
  "payments.payouts": "admin",
  /** The store's PayPal balance and transactions (owners and admins, like Stripe's). */
  "payments.paypalPayouts": "admin",
  "payments.updateSettings": "admin",
  /** Connecting the account the store's money is paid into: the owner's decision. */
  "payments.connectStripe": "owner",
  "paypal.connection": "viewer",
  /** Where the store's PayPal money goes: only an owner may say (an admin could divert it). */
  "paypal.connect": "owner",
  "paypal.disconnect": "owner",
} as const satisfies Record<string, SiteRole>;

export type SiteAction = keyof typeof MIN_ROLE;
export const SITE_ACTIONS = Object.keys(MIN_ROLE) as SiteAction[];

/** May a member with `role` do `action`? */
export function can(role: SiteRole, action: SiteAction): boolean {
  return roleAtLeast(role, MIN_ROLE[action]);
}
