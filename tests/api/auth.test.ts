import { describe, expect, it, vi } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";
import { WAIT_CEILING_MS } from "../helpers/waits.ts";

/** Some tests move the app's clock forward (past the one-reset-mail-a-minute limit). */
let clockOffsetMs = 0;
const { app, outbox, deps } = await useTestApp({
  now: () => new Date(Date.now() + clockOffsetMs),
});

/** The mails sent to an address, newest first. */
async function mailsTo(email: string) {
  return (await outbox.list(500)).filter((mail) => mail.to === email);
}

/** Asks for a reset link for `email` and returns the token of the mail it sends. */
async function resetToken(email: string): Promise<string> {
  const before = (await mailsTo(email)).length;
  expect((await call(app, "mutation", "auth.requestPasswordReset", { email })).status).toBe(200);
  const mails = await vi.waitFor(
    async () => {
      const mails = await mailsTo(email);
      if (mails.length <= before) throw new Error("no reset mail yet");
      return mails;
    },
    { timeout: WAIT_CEILING_MS, interval: 50 },
  );
  return decodeURIComponent(/token=([^\s]+)/.exec(mails[0]!.text)![1]!);
}

/** The JSON's shape: the same keys and kinds of value, whatever the values are. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, shape(inner)]),
    );
  }
  return typeof value;
}

/** A Set-Cookie header without its value and expiry date: the attributes a client can compare. */
function cookieAttributes(response: { headers: Record<string, unknown> }): string {
  return String(response.headers["set-cookie"])
    .replace(/=[^;]*/, "=…")
    .replace(/Expires=[^;]*/i, "Expires=…");
}

describe("auth", () => {
  it("registers, answers me, logs out and logs back in", async () => {
    const reg = await call(app, "mutation", "auth.register", {
      email: "  Maya@Example.COM ",
      password: "teal-kettle-morning-77",
      name: "Maya Chen",
    });
    expect(reg.status).toBe(200);
    expect(reg.data.user).toMatchObject({ email: "maya@example.com", name: "Maya Chen" });
    const setCookie = String(reg.response.headers["set-cookie"]);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // plain http here

    const me = await call(app, "query", "auth.me", undefined, { cookie: reg.cookie });
    expect(me.data.user.email).toBe("maya@example.com");

    const out = await call(app, "mutation", "auth.logout", undefined, { cookie: reg.cookie });
    expect(out.status).toBe(200);
    const after = await call(app, "query", "auth.me", undefined, { cookie: reg.cookie });
    expect(after.status).toBe(401);

    const login = await call(app, "mutation", "auth.login", {
      email: "maya@example.com",
      password: "teal-kettle-morning-77",
    });
    expect(login.status).toBe(200);
    expect((await call(app, "query", "auth.me", undefined, { cookie: login.cookie })).status).toBe(
      200,
    );
  });

  it("stores only a hash of the session token", async () => {
    const { cookie } = await registerUser(app);
    const token = cookie.split("=")[1]!;
    const sessions = await deps.db.prisma.session.findMany();
    expect(sessions.some((s) => s.tokenHash === token)).toBe(false);
    expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);
  });

  it("refuses weak passwords and the email as password with field errors", async () => {
    const short = await call(app, "mutation", "auth.register", {
      email: "a@example.com",
      password: "short",
      name: "A",
    });
    expect(short.status).toBe(400);
    expect(short.error?.data.fieldErrors?.password?.[0]).toMatch(/at least 10/);

    const common = await call(app, "mutation", "auth.register", {
      email: "b@example.com",
      password: "1234567890",
      name: "B",
    });
    expect(common.error?.data.fieldErrors?.password?.[0]).toMatch(/common/);

    const own = await call(app, "mutation", "auth.register", {
      email: "carol.long@example.com",
      password: "carol.long@example.com",
      name: "C",
    });
    expect(own.error?.data.fieldErrors?.password?.[0]).toMatch(/email/);
  });

  it("answers a registration with a taken address exactly like a new one, and mails the owner instead", async () => {
    const owner = await registerUser(app, { name: "Olga Owner" });
    const fresh = await call(app, "mutation", "auth.register", {
      email: `newcomer-${Date.now()}@example.com`,
      password: "another-fine-password",
      name: "Nina Newcomer",
    });
    const taken = await call(app, "mutation", "auth.register", {
      email: owner.email,
      password: "another-fine-password",
      name: "Mallory",
    });
    expect(fresh.status).toBe(200);
    expect(taken.status).toBe(fresh.status);
    expect(shape(taken.response.json())).toEqual(shape(fresh.response.json()));
    expect(taken.data.user).toMatchObject({ email: owner.email, name: "Mallory" });
    expect(taken.data.user.id).not.toBe(owner.user.id);
    expect(taken.cookie).toBeDefined();
    expect(cookieAttributes(taken.response)).toBe(cookieAttributes(fresh.response));

    // Nothing about the account changed: the cookie opens nothing, the owner's password still works.
    expect((await call(app, "query", "auth.me", undefined, { cookie: taken.cookie })).status).toBe(
      401,
    );
    expect((await call(app, "mutation", "auth.login", owner)).status).toBe(200);
    expect(
      (await call(app, "mutation", "auth.login", { ...owner, password: "another-fine-password" }))
        .status,
    ).toBe(401);

    // The owner hears of it, with the ways back in.
    const notice = await vi.waitFor(
      async () => {
        const mail = (await mailsTo(owner.email)).find((m) => /create an account/i.test(m.subject));
        if (!mail) throw new Error("no mail to the owner yet");
        return mail;
      },
      { timeout: WAIT_CEILING_MS, interval: 50 },
    );
    expect(notice.text).toContain("Olga Owner");
    expect(notice.text).toContain(`${deps.config.publicUrl}/login`);
    expect(notice.text).toContain(`${deps.config.publicUrl}/forgot-password`);
    expect(notice.text).not.toContain("another-fine-password");
  });

  it("answers an unknown email and a wrong password the same way", async () => {
    const { email } = await registerUser(app);
    const wrong = await call(app, "mutation", "auth.login", {
      email,
      password: "not the password at all",
    });
    const unknown = await call(app, "mutation", "auth.login", {
      email: "nobody-here@example.com",
      password: "not the password at all",
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.error?.message).toBe(unknown.error?.message);
  });

  it("backs off after repeated failures for one account", async () => {
    const { email, password } = await registerUser(app);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await call(app, "mutation", "auth.login", { email, password: `wrong password ${i}` }))
          .status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses).toContain(429);
    const blocked = await call(app, "mutation", "auth.login", { email, password });
    expect(blocked.status).toBe(429);
    expect(blocked.response.headers["retry-after"]).toBeDefined();
    expect(blocked.error?.message).toMatch(/Try again in \d+ (seconds?|minutes)\./);
  });

  it("counts a login attempt before checking it, so a burst gets no more guesses than one at a time", async () => {
    const one = await registerUser(app);
    const other = await registerUser(app);
    let sequential = 0;
    for (let i = 0; i < 20; i++) {
      const answer = await call(
        app,
        "mutation",
        "auth.login",
        { email: one.email, password: `wrong password ${i}` },
        { ip: "10.20.0.1" },
      );
      if (answer.status !== 401) break;
      sequential += 1;
    }
    expect(sequential).toBeGreaterThan(0);

    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call(
          app,
          "mutation",
          "auth.login",
          { email: other.email, password: `wrong password ${i}` },
          { ip: "10.20.0.2" },
        ),
      ),
    );
    const guesses = burst.filter((answer) => answer.status === 401).length;
    expect(guesses).toBeLessThanOrEqual(sequential);
    expect(burst.filter((answer) => answer.status === 429).length).toBe(12 - guesses);
  });

  it("changing the password ends every other session", async () => {
    const { email, password, cookie } = await registerUser(app);
    const other = await call(app, "mutation", "auth.login", { email, password });
    const changed = await call(
      app,
      "mutation",
      "auth.changePassword",
      { currentPassword: password, newPassword: "a-brand-new-passphrase" },
      { cookie },
    );
    expect(changed.status).toBe(200);
    expect((await call(app, "query", "auth.me", undefined, { cookie })).status).toBe(200);
    expect((await call(app, "query", "auth.me", undefined, { cookie: other.cookie })).status).toBe(
      401,
    );
    const wrongCurrent = await call(
      app,
      "mutation",
      "auth.changePassword",
      { currentPassword: "nope-nope-nope", newPassword: "yet-another-passphrase" },
      { cookie },
    );
    expect(wrongCurrent.status).toBe(400);
  });

  it("resets a password through the mailed link, once", async () => {
    const { email, cookie } = await registerUser(app);
    const token = await resetToken(email);
    // An unknown address gets the same answer and no mail.
    const before = (await outbox.list(500)).length;
    expect(
      (await call(app, "mutation", "auth.requestPasswordReset", { email: "ghost@example.com" }))
        .status,
    ).toBe(200);
    await deps.background.whenIdle();
    expect((await outbox.list(500)).length).toBe(before);

    const done = await call(app, "mutation", "auth.completePasswordReset", {
      token,
      newPassword: "reset-passphrase-2026",
    });
    expect(done.status).toBe(200);
    expect((await call(app, "query", "auth.me", undefined, { cookie })).status).toBe(401);
    expect(
      (await call(app, "mutation", "auth.login", { email, password: "reset-passphrase-2026" }))
        .status,
    ).toBe(200);
    const again = await call(app, "mutation", "auth.completePasswordReset", {
      token,
      newPassword: "another-reset-phrase",
    });
    expect(again.status).toBe(400);
  });

  it("a reset link stops working once the password changes, by a change or by another reset", async () => {
    const { email, password, cookie } = await registerUser(app);
    const early = await resetToken(email);
    clockOffsetMs += 2 * 60_000; // one reset mail a minute
    const later = await resetToken(email);
    const changed = await call(
      app,
      "mutation",
      "auth.changePassword",
      { currentPassword: password, newPassword: "changed-passphrase-2026" },
      { cookie },
    );
    expect(changed.status).toBe(200);
    for (const token of [early, later]) {
      const stale = await call(app, "mutation", "auth.completePasswordReset", {
        token,
        newPassword: "attacker-chosen-phrase",
      });
      expect(stale.status).toBe(400);
      expect(stale.error?.message).toMatch(/invalid or has expired/);
    }

    clockOffsetMs += 2 * 60_000;
    const first = await resetToken(email);
    clockOffsetMs += 2 * 60_000;
    const second = await resetToken(email);
    const used = await call(app, "mutation", "auth.completePasswordReset", {
      token: second,
      newPassword: "reset-passphrase-2027",
    });
    expect(used.status).toBe(200);
    const leftover = await call(app, "mutation", "auth.completePasswordReset", {
      token: first,
      newPassword: "attacker-chosen-phrase",
    });
    expect(leftover.status).toBe(400);
    expect(
      (await call(app, "mutation", "auth.login", { email, password: "reset-passphrase-2027" }))
        .status,
    ).toBe(200);
  });

  it("deletes an account and its solo sites", async () => {
    const { cookie, password, user } = await registerUser(app);
    const site = await call(
      app,
      "mutation",
      "sites.create",
      { name: "Solo", slug: `solo-${Date.now()}` },
      { cookie },
    );
    const wrong = await call(
      app,
      "mutation",
      "auth.deleteAccount",
      { password: "wrong-password-here" },
      { cookie },
    );
    expect(wrong.status).toBe(400);
    const del = await call(app, "mutation", "auth.deleteAccount", { password }, { cookie });
    expect(del.status).toBe(200);
    expect(await deps.db.prisma.user.findUnique({ where: { id: user.id } })).toBeNull();
    const gone = await deps.db.prisma.site.findUnique({ where: { id: site.data.site.id } });
    expect(gone?.deletedAt).not.toBeNull();
    expect((await call(app, "query", "auth.me", undefined, { cookie })).status).toBe(401);
  });
});
