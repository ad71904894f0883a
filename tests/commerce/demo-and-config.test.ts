import { describe, expect, it } from "vitest";
import { loadConfig, type ConfigError } from "../../server/config.ts";
import { seedDemo } from "../../server/demo.ts";
import { demoProducts } from "../../demo-store/index.ts";
import { useTestApp } from "../helpers/app.ts";
import { Shopper, orderOrCheckout } from "./helpers.ts";

const { app, deps } = await useTestApp();

describe("the demo store's catalog", () => {
  it("is seeded with the demo account, so its grids, product and collection pages work", async () => {
    const login = await seedDemo(deps, { force: true });
    expect(login).not.toBeNull();
    const slug = new URL(login!.storefrontUrl).pathname.split("/")[2]!;
    const site = await deps.db.prisma.site.findUniqueOrThrow({ where: { slug } });
    expect(
      await deps.db.prisma.product.count({ where: { siteId: site.id, status: "active" } }),
    ).toBe(demoProducts.length);

    const home = await app.inject({ url: `/s/${slug}/` });
    expect(home.statusCode).toBe(200);
    // The featured product block named a fixture id; it now shows the real product.
    expect(home.body).toContain("Ethiopia Kochere");
    const shopPage = await app.inject({ url: `/s/${slug}/shop` });
    for (const product of demoProducts.slice(0, 4)) expect(shopPage.body).toContain(product.title);
    const productPage = await app.inject({ url: `/s/${slug}/products/hand-burr-grinder` });
    expect(productPage.body).toContain("https://schema.org/OutOfStock");
    const collection = await app.inject({ url: `/s/${slug}/collections/brewing-gear` });
    expect(collection.statusCode).toBe(200);
    expect(collection.body).toContain("Gooseneck Pour-Over Kettle");

    // And it sells, with the welcome code and its shipping rates.
    const kettle = await deps.db.prisma.product.findFirstOrThrow({
      where: { siteId: site.id, handle: "gooseneck-kettle" },
      include: { variants: true },
    });
    const shopper = new Shopper(app, { slug });
    await shopper.add(kettle.variants[0]!.id, 1);
    expect((await shopper.post("/api/cart/discount", { code: "welcome10" })).statusCode).toBe(200);
    const token = await shopper.buy(kettle.variants[0]!.id, 1);
    const order = await orderOrCheckout(deps.db.prisma, { token });
    expect(order).toMatchObject({
      status: "paid",
      discountCode: "WELCOME10",
      shippingRateName: "Standard",
      shippingTotal: 0,
    });
  });
});

describe("Stripe configuration", () => {
  it("reads the Stripe keys and the API base", () => {
    const config = loadConfig({
      STRIPE_SECRET_KEY: "sk_test_abc12345",
      STRIPE_WEBHOOK_SECRET: "whsec_abc12345",
      STRIPE_API_BASE: "http://127.0.0.1:12111",
    });
    expect(config).toMatchObject({
      stripeSecretKey: "sk_test_abc12345",
      stripeWebhookSecret: "whsec_abc12345",
      stripeApiBase: "http://127.0.0.1:12111",
    });
    expect(loadConfig({}).stripeSecretKey).toBeUndefined();
  });

  it("names the variable that is wrong or missing", () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems.map((p) => p.variable);
      }
    };
    expect(
      problems({ STRIPE_SECRET_KEY: "pk_live_public", STRIPE_WEBHOOK_SECRET: "whsec_abc12345" }),
    ).toEqual(["STRIPE_SECRET_KEY"]);
    expect(problems({ STRIPE_SECRET_KEY: "sk_test_abc12345" })).toEqual(["STRIPE_WEBHOOK_SECRET"]);
    expect(problems({ STRIPE_WEBHOOK_SECRET: "whsec_abc12345" })).toEqual(["STRIPE_SECRET_KEY"]);
    expect(problems({ STRIPE_API_BASE: "ftp://x" })).toEqual(["STRIPE_API_BASE"]);
  });
});
