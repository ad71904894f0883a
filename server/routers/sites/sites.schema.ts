import { z } from "zod";

/** Words a storefront slug may not take: they name app routes or would confuse shoppers. */
const RESERVED_SLUGS = new Set([
  "admin",
  "api",
  "app",
  "assets",
  "collab",
  "dashboard",
  "editor",
  "healthz",
  "login",
  "logout",
  "p",
  "pegasus",
  "preview",
  "readyz",
  "s",
  "settings",
  "signup",
  "static",
  "trpc",
  "www",
]);

export const ZSiteName = z
  .string()
  .trim()
  .min(1, "Give the site a name.")
  .max(80, "Use at most 80 characters.");

export const ZSiteSlug = z
  .string()
  .trim()
  .min(3, "Use at least 3 characters.")
  .max(48, "Use at most 48 characters.")
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "Use lower-case letters, digits and single dashes, like “blue-bottle”.",
  )
  .refine((slug) => !RESERVED_SLUGS.has(slug), "This address is reserved. Choose another.");

export const ZCreateSiteInput = z.object({ name: ZSiteName, slug: ZSiteSlug });
export const ZRenameSiteInput = z.object({ name: ZSiteName });
export const ZSlugAvailableInput = z.object({ slug: z.string().max(100) });

/** A shop's own domain, e.g. shop.example.com: lower-case labels, at least one dot, no port. */
export const ZCustomDomain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, "A domain has at most 253 characters.")
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
    "Enter a domain such as shop.example.com (no https://, no path).",
  );

export const ZSetCustomDomainInput = z.object({ domain: ZCustomDomain.nullable() });
