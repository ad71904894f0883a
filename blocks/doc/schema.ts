import { z } from "zod";
import { ZTheme, type Theme } from "../theme/tokens.ts";

export { ZTheme, type Theme };

/**
 * The site document: the JSON that the renderer draws and that collab maps to a Y.Doc.
 * Stored documents always carry `schemaVersion`; older shapes are migrated on read (see
 * ./migrations.ts). Version 2 added on-colours, curated fonts and button shape to the theme,
 * social links and logo to the settings, and one level of sub-menus to the nav.
 *
 * Block props carry no version of their own: the document's `schemaVersion` pins the props
 * version of every block type (see BLOCK_VERSIONS_AT in ./migrations.ts), so bumping a block's
 * props version always comes with a document version bump.
 */
export const CURRENT_SCHEMA_VERSION = 2;

export type Block = {
  id: string;
  type: string;
  props: Record<string, unknown>;
  children?: Block[];
};

export const ZBlockId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "ids use letters, digits, _ and -");

export const ZBlock: z.ZodType<Block> = z.lazy(() =>
  z.object({
    id: ZBlockId,
    type: z.string().min(1).max(64),
    props: z.record(z.string(), z.unknown()),
    children: z.array(ZBlock).optional(),
  }),
);

export const ZSeo = z.object({
  title: z.string().max(120).optional(),
  description: z.string().max(320).optional(),
  image: z.string().max(2048).optional(),
  noindex: z.boolean().optional(),
});
export type Seo = z.infer<typeof ZSeo>;

/** "" is the home page; other slugs are lower-case words joined by dashes. */
export const ZPageSlug = z
  .string()
  .max(80)
  .regex(/^(|[a-z0-9]+(?:-[a-z0-9]+)*)$/, "a page slug is lower-case letters, digits and dashes");

export const ZPage = z.object({
  id: ZBlockId,
  slug: ZPageSlug,
  title: z.string().min(1).max(120),
  seo: ZSeo.optional(),
  blocks: z.array(ZBlock),
});
export type Page = z.infer<typeof ZPage>;

const ZNavLink = z.object({
  id: ZBlockId,
  label: z.string().min(1).max(60),
  /** Site path ("/about"), anchor, or http(s)/mailto/tel URL; checked with safeUrl on render. */
  href: z.string().max(2048),
});

/** A menu entry; one level of sub-menu items at most, so menus stay usable on phones. */
export const ZNavItem = ZNavLink.extend({
  children: z.array(ZNavLink).max(12).optional(),
});
export type NavItem = z.infer<typeof ZNavItem>;

export const SOCIAL_PLATFORMS = [
  "instagram",
  "facebook",
  "tiktok",
  "x",
  "youtube",
  "pinterest",
  "linkedin",
  "threads",
] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];

export const ZSocialLink = z.object({
  platform: z.enum(SOCIAL_PLATFORMS),
  url: z.string().max(2048),
});
export type SocialLink = z.infer<typeof ZSocialLink>;

export const ZSiteSettings = z.object({
  name: z.string().min(1).max(120),
  locale: z
    .string()
    .min(2)
    .max(35)
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "a locale looks like en or en-GB")
    .default("en"),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "a currency is a three-letter ISO code such as USD")
    .default("USD"),
  description: z.string().max(320).optional(),
  analytics: z.object({ plausibleDomain: z.string().max(253).optional() }).optional(),
  logo: z.object({ src: z.string().max(2048), alt: z.string().max(300) }).optional(),
  social: z.array(ZSocialLink).max(12).default([]),
  contactEmail: z.email().max(254).optional(),
});
export type SiteSettings = z.infer<typeof ZSiteSettings>;

export const ZSiteDoc = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    theme: ZTheme,
    pages: z.array(ZPage).min(1).max(500),
    nav: z.array(ZNavItem).max(24),
    settings: ZSiteSettings,
  })
  .superRefine((doc, ctx) => {
    // Collab keeps all blocks of a site in one flat map, so ids must be unique site-wide.
    const slugs = new Set<string>();
    const pageIds = new Set<string>();
    const blockIds = new Set<string>();
    doc.pages.forEach((page, p) => {
      if (slugs.has(page.slug)) {
        ctx.addIssue({
          code: "custom",
          path: ["pages", p, "slug"],
          message: `two pages use the slug "${page.slug}"`,
        });
      }
      slugs.add(page.slug);
      if (pageIds.has(page.id)) {
        ctx.addIssue({ code: "custom", path: ["pages", p, "id"], message: `duplicate page id` });
      }
      pageIds.add(page.id);
      const walk = (blocks: Block[], path: (string | number)[]) =>
        blocks.forEach((b, i) => {
          if (blockIds.has(b.id)) {
            ctx.addIssue({
              code: "custom",
              path: [...path, i, "id"],
              message: `block id "${b.id}" is used twice`,
            });
          }
          blockIds.add(b.id);
          if (b.children) walk(b.children, [...path, i, "children"]);
        });
      walk(page.blocks, ["pages", p, "blocks"]);
    });
  });
export type SiteDoc = z.infer<typeof ZSiteDoc>;
