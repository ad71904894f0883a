import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPegasus, startPegasus } from "../helpers/process.ts";

describe("the pegasus process", () => {
  it("finishes in-flight requests on SIGTERM, then exits 0", async () => {
    const server = await startPegasus({ LOG_LEVEL: "info" });
    // Registration hashes with argon2id, so the request is still running when the signal lands.
    const inFlight = fetch(`${server.url}/trpc/auth.register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        email: "late@example.com",
        password: "a-long-enough-passphrase",
        name: "Late",
      }),
    });
    // Signal only once the server has the request in hand (its log says so).
    while (!server.output().includes('"url":"/trpc/auth.register"')) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const exited = server.stop("SIGTERM");
    const response = await inFlight.catch((error: unknown) => {
      throw new Error(`${String(error)}\n${server.output()}`);
    });
    expect(response.status).toBe(200);
    expect(await exited, server.output()).toBe(0);
  });

  it("refuses to start on a bad setting, naming the variable", async () => {
    const result = await runPegasus(["start"], { PORT: "not-a-port" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /PORT: expected a whole number from 0 to 65535 \(got "not-a-port"\)/,
    );
  });

  it("refuses a production start whose only payments would be test payments", async () => {
    const result = await runPegasus(["start"], {
      NODE_ENV: "production",
      STRIPE_SECRET_KEY: "",
      STRIPE_WEBHOOK_SECRET: "",
      PAYMENTS_TEST_GATEWAY: "",
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "PAYMENTS_TEST_GATEWAY: NODE_ENV is production: no payment provider. Set STRIPE_SECRET_KEY " +
        "and STRIPE_WEBHOOK_SECRET to take real payments, or PAYMENTS_TEST_GATEWAY=enabled",
    );
  });

  it("starts with test payments as `npm start` does, with no NODE_ENV of the operator's", async () => {
    const server = await startPegasus({
      NODE_ENV: "",
      STRIPE_SECRET_KEY: "",
      STRIPE_WEBHOOK_SECRET: "",
      PAYMENTS_TEST_GATEWAY: "",
      LOG_LEVEL: "info",
    });
    try {
      expect(server.output()).toContain('"payments":"test"');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it("migrates with `pegasus migrate`, idempotently", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "pegasus-migrate-"));
    try {
      const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
      const first = await runPegasus(["migrate"], env);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/Applied \d+ migration/);
      const second = await runPegasus(["migrate"], env);
      expect(second.stdout).toMatch(/is up to date/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("prints help", async () => {
    const result = await runPegasus(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: pegasus <command>/);
    expect(result.stdout).toMatch(/migrate/);
  });
});
