import { describe, expect, it } from "vitest";
import { loginPath, safeNext } from "./safeNext.ts";

describe("safeNext", () => {
  it("follows paths inside the app", () => {
    expect(safeNext("/sites/abc/settings?tab=team")).toBe("/sites/abc/settings?tab=team");
  });

  it("refuses other origins and protocol-relative links", () => {
    expect(safeNext("https://evil.example")).toBe("/");
    expect(safeNext("//evil.example/path")).toBe("/");
    expect(safeNext("/\\evil.example")).toBe("/");
    expect(safeNext("javascript:alert(1)")).toBe("/");
  });

  it("builds the login path, leaving out a pointless next", () => {
    expect(loginPath("/")).toBe("/login");
    expect(loginPath("/account")).toBe("/login?next=%2Faccount");
  });
});
