import { describe, expect, it } from "vitest";
import { createRateLimits } from "../limits/rate-limits.ts";
import { LOGIN_RULES, LoginThrottle } from "./throttle.ts";

describe("LoginThrottle", () => {
  const make = () => new LoginThrottle(createRateLimits());
  const allowed = LOGIN_RULES.perAccount.points;

  it("reserves attempts before they are checked: at once or one by one, the same number get through", async () => {
    const one = make();
    const sequential: number[] = [];
    for (let i = 0; i < allowed + 3; i++) sequential.push(await one.reserve("a@example.com", "ip"));
    const together = make();
    const atOnce = await Promise.all(
      Array.from({ length: allowed + 3 }, () => together.reserve("b@example.com", "ip2")),
    );
    expect(sequential.filter((wait) => wait === 0)).toHaveLength(allowed);
    expect(atOnce.filter((wait) => wait === 0)).toHaveLength(allowed);
    // The wait is the rest of the 15-minute window.
    expect(Math.max(...sequential)).toBeGreaterThan(14 * 60_000);
  });

  it("forgets an account's failures on success, and gives the address its attempt back", async () => {
    const throttle = make();
    for (let i = 0; i < allowed; i++) await throttle.reserve("c@example.com", "shared");
    await throttle.succeeded("c@example.com", "shared");
    for (let i = 0; i < allowed; i++) {
      expect(await throttle.reserve("c@example.com", "shared")).toBe(0);
    }
  });

  it("keeps accounts apart, and counts an address across accounts", async () => {
    const throttle = make();
    for (let i = 0; i < allowed + 1; i++) await throttle.reserve("d@example.com", "ip-d");
    expect(await throttle.reserve("e@example.com", "ip-d")).toBe(0);

    const spray = make();
    const waits: number[] = [];
    for (let i = 0; i < LOGIN_RULES.perAddress.points + 1; i++) {
      waits.push(await spray.reserve(`user${i}@example.com`, "sprayer"));
    }
    expect(waits.slice(0, -1).every((wait) => wait === 0)).toBe(true);
    expect(waits.at(-1)).toBeGreaterThan(0);
    // Refused for its address, an account was not tried: it keeps every attempt elsewhere.
    expect(await spray.reserve("victim@example.com", "sprayer")).toBeGreaterThan(0);
    for (let i = 0; i < allowed; i++) {
      expect(await spray.reserve("victim@example.com", "home")).toBe(0);
    }
  });
});
