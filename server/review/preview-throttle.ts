import { admit, type LimitRule, type RateLimits } from "../limits/rate-limits.ts";

const QUARTER_HOUR = 15 * 60;

export const PREVIEW_RULES = {
  /** Tokens that open no live link, per client address. */
  missesPerAddress: { name: "preview-miss", points: 20, seconds: QUARTER_HOUR },
  /** Password attempts on one link from one address. */
  passwordPerLinkAndAddress: { name: "preview-password", points: 5, seconds: QUARTER_HOUR },
  /** Wrong passwords on one link from every address: past this, the link is being guessed at. */
  passwordPerLink: { name: "preview-password-link", points: 10, seconds: QUARTER_HOUR },
  /** Comments on one link from one address: enough for a long review, not for a flood. */
  commentsPerLinkAndAddress: { name: "preview-comment", points: 60, seconds: 10 * 60 },
} satisfies Record<string, LimitRule>;

/**
 * Guessing at preview links slows down without locking out the honest:
 * - A made-up (or dead) token counts against its address; past the limit the address gets 429
 *   instead of 404 for such tokens. A token that opens a live link always opens it: 128 random
 *   bits cannot be found by guessing, so refusing it would only hurt the reviewers at that
 *   address (an office behind one IP), never slow a guesser.
 * - A password attempt is reserved before argon2 runs (so a burst gets no more tries than
 *   attempts one by one), per link and address. A link that many addresses missed on is being
 *   guessed at: then an address that already missed on it waits, while one that has not tried
 *   yet still gets its attempt, so a reviewer with the right password gets in from anywhere.
 *   A right password gives its attempt back.
 */
export class PreviewThrottle {
  private readonly misses;
  private readonly passwordByPair;
  private readonly passwordByLink;
  private readonly comments;

  constructor(limits: RateLimits) {
    this.misses = limits.limiter(PREVIEW_RULES.missesPerAddress);
    this.passwordByPair = limits.limiter(PREVIEW_RULES.passwordPerLinkAndAddress);
    this.passwordByLink = limits.limiter(PREVIEW_RULES.passwordPerLink);
    this.comments = limits.limiter(PREVIEW_RULES.commentsPerLinkAndAddress);
  }

  /** Counts a token that opened nothing: 0 to answer "not available", else ms to wait. */
  async miss(ip: string): Promise<number> {
    const answer = await admit(this.misses, ip);
    return answer.allowed ? 0 : answer.retryAfterMs;
  }

  /** Reserves a password attempt: 0 when it may be checked, else ms to wait. */
  async reservePassword(linkId: string, ip: string): Promise<number> {
    const pair = await admit(this.passwordByPair, `${linkId}:${ip}`);
    if (!pair.allowed) return pair.retryAfterMs;
    const link = await admit(this.passwordByLink, linkId);
    const firstFromAddress = pair.consumed === 1;
    if (!link.allowed && !firstFromAddress) return link.retryAfterMs;
    return 0;
  }

  /** The reserved attempt was the right password: it does not count, and the address starts over. */
  async passwordAccepted(linkId: string, ip: string): Promise<void> {
    await Promise.all([
      this.passwordByPair.delete(`${linkId}:${ip}`),
      this.passwordByLink.reward(linkId),
    ]);
  }

  /** Counts a comment or reply: 0 when it may be posted, else ms to wait. */
  async comment(linkId: string, ip: string): Promise<number> {
    const answer = await admit(this.comments, `${linkId}:${ip}`);
    return answer.allowed ? 0 : answer.retryAfterMs;
  }
}
