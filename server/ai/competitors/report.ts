import { z } from "zod";

/** What Pegasus keeps from a competitor's page: facts only, short, no markup. */
export const ZCompetitorReport = z.object({
  url: z.string(),
  title: z.string(),
  description: z.string(),
  headings: z.array(z.string()),
  /** Most used colours, #rrggbb, most frequent first. */
  colors: z.array(z.string()),
  fonts: z.array(z.string()),
  nav: z.array(z.string()),
  /** Prices seen on the page, in major units, with the currency symbol or code shown. */
  prices: z.array(z.object({ amount: z.number(), currency: z.string() })),
});
export type CompetitorReport = z.infer<typeof ZCompetitorReport>;

/** A competitor URL that could not be read, and why (shown in the wizard). */
export type CompetitorFailure = { url: string; reason: string };
