import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("runs on embedded defaults with an empty environment", () => {
    const config = loadConfig({}, "/srv/pegasus");
    expect(config).toMatchObject({
      port: 3000,
      host: "localhost",
      publicUrl: "http://localhost:3000",
      dataDir: "/srv/pegasus/.data",
      databaseUrl: undefined,
      mongodbUrl: undefined,
      logLevel: "info",
      seedDemo: false,
    });
  });

  it("reads production settings", () => {
    const config = loadConfig({
      PORT: "8080",
      DATABASE_URL: "postgresql://app@db:5432/pegasus",
      MONGODB_URL: "mongodb://mongo:27017/pegasus",
      PUBLIC_URL: "https://shop.example.com/",
      TRUST_PROXY: "true",
    });
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe("postgresql://app@db:5432/pegasus");
    expect(config.publicUrl).toBe("https://shop.example.com");
    expect(config.trustProxy).toBe(true);
  });

  it("reads the collab server's timings and limits, in the units people think in", () => {
    expect(loadConfig({}).collab).toEqual({
      compactAfterMs: 5_000,
      compactAtLeastEveryMs: 60_000,
      autoVersionEveryMs: 10 * 60_000,
      maxMessageBytes: 4 * 1024 * 1024,
    });
    expect(
      loadConfig({
        COLLAB_COMPACT_AFTER_SECONDS: "2",
        COLLAB_COMPACT_EVERY_SECONDS: "30",
        COLLAB_AUTO_VERSION_MINUTES: "0",
        COLLAB_MAX_MESSAGE_BYTES: "1048576",
      }).collab,
    ).toEqual({
      compactAfterMs: 2_000,
      compactAtLeastEveryMs: 30_000,
      autoVersionEveryMs: 0,
      maxMessageBytes: 1_048_576,
    });
  });

  it("treats empty strings as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).databaseUrl).toBeUndefined();
  });

  it.each([
    ["PORT", "eighty", /PORT: expected a whole number from 0 to 65535 \(got "eighty"\)/],
    ["PORT", "70000", /PORT: expected a whole number/],
    ["DATABASE_URL", "mysql://db/x", /DATABASE_URL: expected a postgres: or postgresql: URL/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL: expected one of fatal, error/],
    ["TRUST_PROXY", "maybe", /TRUST_PROXY: expected true or false/],
    ["REDIS_URL", "not a url", /REDIS_URL: expected a redis: or rediss: URL/],
    ["SESSION_SECRET", "short", /SESSION_SECRET: expected at least 32 characters/],
    ["COLLAB_AUTO_VERSION_MINUTES", "-1", /COLLAB_AUTO_VERSION_MINUTES: expected a whole number/],
    ["COLLAB_COMPACT_AFTER_SECONDS", "120", /must not be more than COLLAB_COMPACT_EVERY_SECONDS/],
  ])("refuses %s=%s with a message naming the variable", (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(message);
  });

  it("reports every bad variable at once", () => {
    try {
      loadConfig({ PORT: "x", LOG_LEVEL: "y" });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual([
        "LOG_LEVEL",
        "PORT",
      ]);
    }
  });
  describe("payments", () => {
    const stripe = {
      STRIPE_SECRET_KEY: "sk_live_abcdefgh12",
      STRIPE_WEBHOOK_SECRET: "whsec_abcdefgh12",
    };

    it("takes test payments by default outside production", () => {
      expect(loadConfig({}).paymentsTestGateway).toBe(true);
      expect(loadConfig({ NODE_ENV: "test" }).paymentsTestGateway).toBe(true);
    });

    it("refuses a production start that would only take test payments, naming the settings", () => {
      expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(
        "PAYMENTS_TEST_GATEWAY: NODE_ENV is production: no payment provider. Set STRIPE_SECRET_KEY " +
          "and STRIPE_WEBHOOK_SECRET to take real payments, or PAYMENTS_TEST_GATEWAY=enabled to " +
          "take test payments only (no money moves)",
      );
    });

    it("starts in production with Stripe, or with the test gateway enabled explicitly", () => {
      expect(loadConfig({ NODE_ENV: "production", ...stripe })).toMatchObject({
        stripeSecretKey: stripe.STRIPE_SECRET_KEY,
        paymentsTestGateway: false,
      });
      expect(
        loadConfig({ NODE_ENV: "production", PAYMENTS_TEST_GATEWAY: "enabled" })
          .paymentsTestGateway,
      ).toBe(true);
    });

    it("refuses the test gateway disabled with nothing else to pay with, or a bad value", () => {
      expect(() => loadConfig({ PAYMENTS_TEST_GATEWAY: "disabled" })).toThrow(
        /PAYMENTS_TEST_GATEWAY: no payment provider\. Set STRIPE_SECRET_KEY .*\(got "disabled"\)/,
      );
      expect(loadConfig({ PAYMENTS_TEST_GATEWAY: "disabled", ...stripe }).paymentsTestGateway).toBe(
        false,
      );
      expect(() => loadConfig({ PAYMENTS_TEST_GATEWAY: "on" })).toThrow(
        'PAYMENTS_TEST_GATEWAY: expected enabled or disabled (got "on")',
      );
    });
  });

  it("reads Stripe Connect's mode and the platform's fee, refusing what Stripe could not take", () => {
    expect(loadConfig({}).stripeConnect).toEqual({
      mode: "optional",
      webhookSecret: undefined,
      feePercent: 0,
      feeFixed: 0,
    });
    const stripe = {
      STRIPE_SECRET_KEY: "sk_test_abcdefgh1",
      STRIPE_WEBHOOK_SECRET: "whsec_abcdefgh1",
    };
    expect(
      loadConfig({
        ...stripe,
        STRIPE_CONNECT: "required",
        STRIPE_CONNECT_WEBHOOK_SECRET: "whsec_connect123",
        PLATFORM_FEE_PERCENT: "2.5",
        PLATFORM_FEE_FIXED: "30",
      }).stripeConnect,
    ).toEqual({
      mode: "required",
      webhookSecret: "whsec_connect123",
      feePercent: 2.5,
      feeFixed: 30,
    });
    try {
      loadConfig({
        STRIPE_CONNECT: "required",
        PLATFORM_FEE_PERCENT: "60",
        PLATFORM_FEE_FIXED: "-1",
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual([
        "PLATFORM_FEE_FIXED",
        "PLATFORM_FEE_PERCENT",
        "STRIPE_CONNECT",
      ]);
    }
  });
});

describe("PayPal settings", () => {
  const paypal = {
    PAYPAL_CLIENT_ID: "AbCdEfGhIjKlMnOpQrSt",
    PAYPAL_CLIENT_SECRET: "EFgh-ijkl_mnopQRSTuvwx",
    PAYPAL_WEBHOOK_ID: "8PT597110X687430LKGECATA",
  };

  it("turns PayPal on with all three, sandbox or fake address optional", () => {
    expect(
      loadConfig({ ...paypal, PAYPAL_API_BASE: "https://api-m.sandbox.paypal.com" }).paypal,
    ).toEqual({
      clientId: paypal.PAYPAL_CLIENT_ID,
      clientSecret: paypal.PAYPAL_CLIENT_SECRET,
      webhookId: paypal.PAYPAL_WEBHOOK_ID,
      apiBase: "https://api-m.sandbox.paypal.com",
    });
    expect(loadConfig({}).paypal).toBeUndefined();
  });

  it("refuses one without the others, naming what is missing", () => {
    expect(() => loadConfig({ PAYPAL_CLIENT_ID: paypal.PAYPAL_CLIENT_ID })).toThrow(
      /PAYPAL_WEBHOOK_ID.*required when PAYPAL_CLIENT_ID is set/s,
    );
    expect(() =>
      loadConfig({
        PAYPAL_CLIENT_ID: paypal.PAYPAL_CLIENT_ID,
        PAYPAL_CLIENT_SECRET: paypal.PAYPAL_CLIENT_SECRET,
      }),
    ).toThrow(/PAYPAL_WEBHOOK_ID/);
    expect(() => loadConfig({ PAYPAL_API_BASE: "https://api-m.sandbox.paypal.com" })).toThrow(
      /only used with PAYPAL_CLIENT_ID/,
    );
  });
});
