import { describe, expect, it } from "vitest";
import { isAppHost, visitorOrigin } from "./origins.ts";

describe("the address links may name", () => {
  it("uses the visitor's loopback alias when PUBLIC_URL is a loopback address", () => {
    const publicUrl = "http://localhost:3000";
    expect(visitorOrigin(publicUrl, "localhost:3000")).toBe("http://localhost:3000");
    expect(visitorOrigin(publicUrl, "127.0.0.1:3000")).toBe("http://127.0.0.1:3000");
    expect(visitorOrigin(publicUrl, "[::1]:3000")).toBe("http://[::1]:3000");
    expect(visitorOrigin(publicUrl, "LOCALHOST:3000")).toBe("http://localhost:3000");
  });

  it("falls back to PUBLIC_URL for any other host, port or malformed header", () => {
    const publicUrl = "http://localhost:3000";
    for (const host of [
      "evil.example",
      "evil.example:3000",
      "127.0.0.1:3001",
      "127.0.0.2:3000",
      "localhost.evil.example:3000",
      "localhost:3000@evil.example",
      "localhost:3000/evil",
      "evil.example#localhost:3000",
      "",
      undefined,
    ])
      expect(visitorOrigin(publicUrl, host), String(host)).toBe("http://localhost:3000");
  });

  it("trusts only PUBLIC_URL's own host on a public deployment, with its scheme", () => {
    const publicUrl = "https://shop.example.com";
    expect(isAppHost(publicUrl, "shop.example.com")).toBe(true);
    expect(isAppHost(publicUrl, "shop.example.com:443")).toBe(true);
    expect(visitorOrigin(publicUrl, "shop.example.com")).toBe("https://shop.example.com");
    // Loopback names are the machine itself only when PUBLIC_URL is one too.
    expect(isAppHost(publicUrl, "localhost")).toBe(false);
    expect(isAppHost(publicUrl, "127.0.0.1:443")).toBe(false);
    expect(visitorOrigin(publicUrl, "attacker.example")).toBe("https://shop.example.com");
  });
});
