import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/client.ts";
import { EVENT_CLAIM_MS, handleOnce } from "../../server/commerce/webhook-events.ts";
import { createTestDatabase, testDatabaseKinds } from "../helpers/database.ts";

/**
 * The one de-duplication of provider events (Stripe and PayPal): stored by id, handled once,
 * handled again only after a failure (or a claim that lapsed), never by two deliveries at once.
 */
describe.each(testDatabaseKinds())("handleOnce on %s", async (kind) => {
  const db: Database = await createTestDatabase(kind);
  afterAll(() => db.close());
  let clock = new Date("2026-12-16T09:00:00Z");
  const deps = { db, now: () => clock } as Parameters<typeof handleOnce>[0];
  const event = (provider: "stripe" | "paypal" = "stripe") => ({
    provider,
    id: `evt_${randomUUID()}`,
    type: "checkout.session.completed",
  });
  const row = (e: { provider: string; id: string }) =>
    db.prisma.webhookEvent.findUniqueOrThrow({
      where: { provider_eventId: { provider: e.provider, eventId: e.id } },
    });

  it("handles an event once; a repeated delivery is a duplicate", async () => {
    const e = event();
    let calls = 0;
    const handle = async () => {
      calls++;
      return "order-1";
    };
    expect(await handleOnce(deps, e, handle)).toBe("processed");
    expect(await handleOnce(deps, e, handle)).toBe("duplicate");
    expect(calls).toBe(1);
    expect(await row(e)).toMatchObject({ orderId: "order-1", attempts: 1, claimedUntil: null });
  });

  it("says 'ignored' when the event concerned none of ours, and stores it all the same", async () => {
    const e = event("paypal");
    expect(await handleOnce(deps, e, async () => null)).toBe("ignored");
    expect(await handleOnce(deps, e, async () => null)).toBe("duplicate");
    expect((await row(e)).processedAt).not.toBeNull();
  });

  it("keys by provider: the same id from Stripe and from PayPal are two events", async () => {
    const id = `evt_${randomUUID()}`;
    const handle = async () => "order";
    expect(await handleOnce(deps, { provider: "stripe", id, type: "x" }, handle)).toBe("processed");
    expect(await handleOnce(deps, { provider: "paypal", id, type: "x" }, handle)).toBe("processed");
  });

  it("lets go of an event whose handling failed, keeps why, and handles it on the next delivery", async () => {
    const e = event();
    await expect(
      handleOnce(deps, e, async () => {
        throw new Error("database went away");
      }),
    ).rejects.toThrow("database went away");
    expect(await row(e)).toMatchObject({
      processedAt: null,
      claimedUntil: null,
      attempts: 1,
      lastError: "database went away",
    });
    expect(await handleOnce(deps, e, async () => "order-2")).toBe("processed");
    expect(await row(e)).toMatchObject({ orderId: "order-2", attempts: 2, lastError: null });
  });

  it("never handles one event in two deliveries at once", async () => {
    const e = event();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const first = handleOnce(deps, e, async () => {
      calls++;
      await gate;
      return "order-3";
    });
    await expect.poll(() => calls).toBe(1);
    const others = await Promise.all(
      Array.from({ length: 5 }, () =>
        handleOnce(deps, e, async () => {
          calls++;
          return "order-3";
        }),
      ),
    );
    expect(others).toEqual(Array(5).fill("in_flight"));
    release();
    expect(await first).toBe("processed");
    expect(await handleOnce(deps, e, async () => "again")).toBe("duplicate");
    expect(calls).toBe(1);
  });

  it("races: of many first deliveries at once, exactly one handles the event", async () => {
    const e = event("paypal");
    let calls = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () =>
        handleOnce(deps, e, async () => {
          calls++;
          return "order-4";
        }),
      ),
    );
    expect(calls).toBe(1);
    expect(outcomes.filter((o) => o === "processed")).toHaveLength(1);
    expect(outcomes.every((o) => ["processed", "in_flight", "duplicate"].includes(o))).toBe(true);
  });

  it("takes over an event whose delivery died while handling it, once its claim lapsed", async () => {
    const e = event();
    // A process that crashed mid-handling: claimed, never finished, never let go.
    await db.prisma.webhookEvent.create({
      data: {
        provider: e.provider,
        eventId: e.id,
        type: e.type,
        attempts: 1,
        claimedUntil: new Date(clock.getTime() + EVENT_CLAIM_MS),
      },
    });
    expect(await handleOnce(deps, e, async () => "order-5")).toBe("in_flight");
    clock = new Date(clock.getTime() + EVENT_CLAIM_MS + 1);
    expect(await handleOnce(deps, e, async () => "order-5")).toBe("processed");
    expect(await row(e)).toMatchObject({ attempts: 2, orderId: "order-5" });
  });
});
