import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords.ts";

describe("password policy", () => {
  it("accepts a long uncommon password", () => {
    expect(passwordProblem("plum-orchard-lantern-42", "ann@example.com")).toBeNull();
  });
  it("refuses short passwords", () => {
    expect(passwordProblem("Sh0rt!pw")?.english).toMatch(/at least 10 characters/);
  });
  it("refuses the most common passwords, whatever their case", () => {
    expect(passwordProblem("1234567890")?.english).toMatch(/most common/);
    expect(passwordProblem("PASSWORD123")?.english).toMatch(/most common/);
    expect(passwordProblem("qwertyuiop")?.english).toMatch(/most common/);
  });
  it("refuses the account's own email", () => {
    expect(passwordProblem("Ann@Example.com", "ann@example.com")?.english).toMatch(/email/);
  });
});

describe("argon2id hashing", () => {
  it("verifies the right password only", async () => {
    const hash = await hashPassword("plum-orchard-lantern-42");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "plum-orchard-lantern-42")).toBe(true);
    expect(await verifyPassword(hash, "plum-orchard-lantern-43")).toBe(false);
  });
  it("answers false for a missing account without throwing", async () => {
    expect(await verifyPassword(null, "anything at all")).toBe(false);
  });
});
