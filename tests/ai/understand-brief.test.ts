import { beforeAll, describe, expect, it } from "vitest";
import { ZBriefFacts } from "../../server/ai/brief/facts.ts";
import { call, registerUser, useTestApp, type TestApp } from "../helpers/app.ts";

/**
 * `ai.understandBrief` on the real app (offline provider): what the wizard shows as "What we
 * understood" before generating, with the words it needs beside the facts.
 */
let t: TestApp;
let cookie: string;

const FRENCH_BAKERY =
  "Le Fournil est une boulangerie artisanale à Lyon. Nous vendons un pain de campagne au levain à 4,50 €, une baguette tradition à 1,30 € et une brioche au beurre à 6 €. Retrait en boutique uniquement.";

beforeAll(async () => {
  t = await useTestApp({ env: { AI_RATE_LIMIT_PER_MINUTE: "1000" } });
  cookie = (await registerUser(t.app)).cookie;
});

const understand = (input: unknown, who = cookie) =>
  call(t.app, "mutation", "ai.understandBrief", input, { cookie: who });

describe("ai.understandBrief", () => {
  it("reads a French brief: language, place, currency, trade and the breads with their prices", async () => {
    const answer = await understand({ name: "", description: FRENCH_BAKERY });
    expect(answer.status, JSON.stringify(answer.error)).toBe(200);
    const facts = ZBriefFacts.parse(answer.data.facts);
    expect(facts.language).toBe("fr");
    expect(facts.place).toBe("Lyon");
    expect(facts.currency).toBe("EUR");
    expect(facts.locale).toBe("fr-FR");
    expect(facts.trade.id).toBe("bakery");
    expect(answer.data.display.trade).toBe("Bakery");
    expect(answer.data.display.language.name).toBe("French");
    const offerings = facts.offerings.map((o) => [o.name.toLowerCase(), o.price]);
    expect(offerings).toEqual(
      expect.arrayContaining([
        [expect.stringContaining("pain de campagne"), 450],
        [expect.stringContaining("baguette"), 130],
        [expect.stringContaining("brioche"), 600],
      ]),
    );
    expect(facts.delivery.localPickup).toBe(true);
  });

  it("answers the trades to choose from, grouped, and what the configured writer writes", async () => {
    const answer = await understand({
      name: "Het Broodhuis",
      description: "Een bakkerij in Utrecht met zuurdesembrood en appeltaart.",
      language: "nl",
    });
    expect(answer.status, JSON.stringify(answer.error)).toBe(200);
    expect(answer.data.facts.name).toBe("Het Broodhuis");
    expect(answer.data.facts.language).toBe("nl");
    // The offline writer does not write Dutch: the wizard says so now, not after a failed job.
    expect(answer.data.display.language).toEqual({
      name: "Dutch",
      writes: false,
      message: expect.stringMatching(
        /^The built-in writer writes English.*; for Dutch connect an AI model\.$/,
      ),
    });
    const trades = answer.data.trades as { id: string; label: string; group: string }[];
    expect(trades.length).toBeGreaterThanOrEqual(45);
    expect(trades).toContainEqual({ id: "bakery", label: "Bakery", group: "food-drink" });
    expect(new Set(trades.map((trade) => trade.group)).size).toBeGreaterThanOrEqual(5);
  });

  it("keeps a trade the merchant chose over the one read from the text", async () => {
    const answer = await understand({
      description: "Handmade cups and bowls from our studio in Bristol.",
      industry: "ceramics",
    });
    expect(answer.status).toBe(200);
    expect(answer.data.facts.trade.id).toBe("ceramics");
    expect(answer.data.display.trade).toBe("Ceramics");
  });

  it("refuses a brief it cannot read with an error on each field, in words", async () => {
    const answer = await understand({ name: "x".repeat(81), description: "cafe", language: "xx" });
    expect(answer.status).toBe(400);
    const fields = answer.error!.data.fieldErrors as Record<string, string[]>;
    expect(fields.description).toEqual([
      "Describe the business in a sentence or two (at least 10 characters).",
    ]);
    expect(Object.keys(fields).sort()).toEqual(["description", "language", "name"]);
    expect(answer.error!.message).not.toMatch(/[{}[\]]/);
  });

  it("is for signed-in people only, and counts against the AI rate limit", async () => {
    const anonymous = await call(t.app, "mutation", "ai.understandBrief", {
      description: "A tea shop in Leeds.",
    });
    expect(anonymous.status).toBe(401);

    const limited = await useTestApp({ env: { AI_RATE_LIMIT_PER_MINUTE: "2" } });
    const user = await registerUser(limited.app);
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (
          await call(
            limited.app,
            "mutation",
            "ai.understandBrief",
            { description: "A tea shop in Leeds selling oolong." },
            { cookie: user.cookie },
          )
        ).status,
      );
    }
    expect(statuses).toEqual([200, 200, 429]);
  });
});
