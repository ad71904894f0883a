import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZTextLink } from "../shared/props.ts";
import { ZBackgroundColor } from "../style/responsive.ts";

export const ZFooterLinkGroup = z.object({
  title: z.string().max(60).default("Help"),
  links: z.array(ZTextLink).max(12).default([]),
});
export type FooterLinkGroup = z.infer<typeof ZFooterLinkGroup>;

export const ZFooterProps = z.object({
  tagline: z
    .string()
    .max(300)
    .default("Small-batch goods for slow mornings, made in our Portland workshop since 2016."),
  linkGroups: z
    .array(ZFooterLinkGroup)
    .max(4)
    .default([
      {
        title: "Shop",
        links: [
          { label: "All products", href: "/shop" },
          { label: "Gift cards", href: "/gift-cards" },
        ],
      },
      {
        title: "Help",
        links: [
          { label: "Shipping & returns", href: "/shipping" },
          { label: "Contact us", href: "/contact" },
        ],
      },
    ]),
  showSocial: z.boolean().default(true),
  /** `{year}` and `{site}` are filled in when the page renders. */
  copyright: z.string().max(200).default("© {year} {site}. All rights reserved."),
  background: ZBackgroundColor.default("surface"),
});
export type FooterProps = z.infer<typeof ZFooterProps>;

export const FOOTER_VERSION = 1;
export const footerMigrations: PropsMigration[] = [];
