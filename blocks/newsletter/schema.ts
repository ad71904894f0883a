import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZBlockBackground } from "../style/responsive.ts";

export const ZNewsletterProps = z.object({
  heading: z.string().max(120).default("Letters from the workshop"),
  text: z
    .string()
    .max(400)
    .default(
      "One email a month: new pieces, studio news and first pick of seconds. No spam, ever.",
    ),
  emailLabel: z.string().max(60).default("Email address"),
  buttonLabel: z.string().max(40).default("Subscribe"),
  /** Shown by the islands script (or the server's thank-you page) once subscribed. */
  successMessage: z
    .string()
    .max(200)
    .default("Thank you! Check your inbox to confirm your subscription."),
  privacyNote: z
    .string()
    .max(200)
    .default("We only use your email for this newsletter. Unsubscribe any time."),
  background: ZBlockBackground.default("surface"),
  layout: z.enum(["stacked", "inline"]).default("inline"),
});
export type NewsletterProps = z.infer<typeof ZNewsletterProps>;

export const NEWSLETTER_VERSION = 1;
export const newsletterMigrations: PropsMigration[] = [];
