import { admit, type LimitRule, type RateLimits } from "../limits/rate-limits.ts";

/** Login attempts an account may have in 15 minutes, and an address in an hour. */
export const LOGIN_RULES = {
  perAccount: { name: "login-account", points: 6, seconds: 15 * 60 },
  perAddress: { name: "login-address", points: 30, seconds: 60 * 60 },
} satisfies Record<string, LimitRule>;

/**
 * Login guessing, per account (its email) and per client address. An attempt is counted
 * *before* the password is checked (argon2 takes tens of milliseconds), so attempts sent at once
 * get no more guesses than attempts sent one after another; a success gives it back and forgets
 * the account's failures.
 */
export class LoginThrottle {
  private readonly perAccount;
  private readonly perAddress;

  constructor(limits: RateLimits) {
    this.perAccount = limits.limiter(LOGIN_RULES.perAccount);
    this.perAddress = limits.limiter(LOGIN_RULES.perAddress);
  }

  /** Reserves one attempt: 0 when it may go ahead, else the milliseconds to wait. */
  async reserve(email: string, ip: string): Promise<number> {
    const account = await admit(this.perAccount, email);
    if (!account.allowed) return account.retryAfterMs;
    const address = await admit(this.perAddress, ip);
    if (!address.allowed) {
      // Not tried after all: the account keeps its attempt.
      await this.perAccount.reward(email);
      return address.retryAfterMs;
    }
    return 0;
  }

  /** The reserved attempt was the right password. */
  async succeeded(email: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.delete(email), this.perAddress.reward(ip)]);
  }
}
