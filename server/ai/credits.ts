import { DomainError, said } from "../errors.ts";
import type { Database } from "../db/client.ts";
import type { TokenUsage } from "./port.ts";

/** What each action costs, in credits. A whole store is worth ten small edits. */
export const AI_CREDIT_COSTS = {
  generateSite: 10,
  fillBlock: 1,
  restyle: 1,
  rewrite: 1,
  productDescription: 1,
  seo: 1,
  altText: 1,
  describeChange: 1,
} as const;
export type AiAction = keyof typeof AI_CREDIT_COSTS;

export type CreditBalance = { used: number; limit: number; remaining: number; renewsAt: string };

/**
 * AI credits per site and calendar month (UTC). Credits are reserved before the model is asked
 * (a usage row written first, so two requests racing for the last credits cannot both pass), the
 * row is completed with the token counts afterwards, and removed when the action failed: a failed
 * action costs nothing.
 */
export class AiCredits {
  constructor(
    private readonly db: Database,
    private readonly limit: number,
    private readonly now: () => Date,
  ) {}

  private monthStart(): Date {
    const now = this.now();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  }

  private nextMonth(): Date {
    const start = this.monthStart();
    return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  }

  async balance(siteId: string): Promise<CreditBalance> {
    const used = await this.used(siteId);
    return {
      used,
      limit: this.limit,
      remaining: Math.max(0, this.limit - used),
      renewsAt: this.nextMonth().toISOString(),
    };
  }

  private async used(siteId: string): Promise<number> {
    const sum = await this.db.prisma.aiUsage.aggregate({
      where: { siteId, createdAt: { gte: this.monthStart() } },
      _sum: { credits: true },
    });
    return sum._sum.credits ?? 0;
  }

  /** Reserves `action`'s credits or throws PAYMENT_REQUIRED saying when credits renew. */
  async reserve(
    siteId: string,
    userId: string,
    action: AiAction,
    provider: { kind: string; model: string },
  ): Promise<Reservation> {
    const cost = AI_CREDIT_COSTS[action];
    const refuse = (used: number) => {
      const renews = this.nextMonth().toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        timeZone: "UTC",
      });
      return new DomainError(
        "PAYMENT_REQUIRED",
        this.limit === 0
          ? said("app.error.aiOff", "AI actions are turned off for this site.")
          : said(
              "app.error.aiCreditsUsed",
              `This site has used ${used} of its ${this.limit} AI credits this month; this action needs ${cost}. Credits renew on ${renews}.`,
              // Noon UTC of the renewal day: the same calendar day wherever the app shows it.
              {
                used,
                limit: this.limit,
                cost,
                renews: this.nextMonth().getTime() + 12 * 3_600_000,
              },
            ),
      );
    };
    const before = await this.used(siteId);
    if (before + cost > this.limit) throw refuse(before);
    const row = await this.db.prisma.aiUsage.create({
      data: {
        siteId,
        userId,
        action,
        provider: provider.kind,
        model: provider.model,
        credits: cost,
        createdAt: this.now(),
      },
    });
    const after = await this.used(siteId);
    if (after > this.limit) {
      await this.db.prisma.aiUsage.delete({ where: { id: row.id } });
      throw refuse(after - cost);
    }
    return new Reservation(this.db, row.id);
  }

  /** Gives back a reservation known only by its id (the process that made it is gone). */
  async releaseReservation(id: bigint): Promise<void> {
    await new Reservation(this.db, id).release();
  }
}

export class Reservation {
  private done = false;
  constructor(
    private readonly db: Database,
    readonly id: bigint,
  ) {}

  /** Records the tokens the model counted (and which model answered). */
  async settle(usage: TokenUsage, model: string): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.db.prisma.aiUsage.update({
      where: { id: this.id },
      data: { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens, model },
    });
  }

  /** The action failed: it costs nothing. */
  async release(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.db.prisma.aiUsage.deleteMany({ where: { id: this.id } });
  }
}
