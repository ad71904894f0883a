import type { IndustryId } from "../../../../domain/ai-vocabulary.ts";
import { GROUP_A } from "./group-a.ts";
import { GROUP_B } from "./group-b.ts";
import type { TradeEntry } from "./types.ts";

export type { TradeEntry } from "./types.ts";

/** Every trade the offline writer has its own words and samples for, by id. */
export const TRADE_ENTRIES: ReadonlyMap<IndustryId, TradeEntry> = new Map(
  [...GROUP_A, ...GROUP_B].map((entry) => [entry.id, entry]),
);

/** The trade's entry, or undefined for "general" and any trade written from the brief's nouns. */
export function tradeEntry(id: IndustryId): TradeEntry | undefined {
  return TRADE_ENTRIES.get(id);
}
