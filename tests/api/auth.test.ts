import { describe, expect, it } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

const { app, outbox, deps } = await useTestApp();

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

  it("refuses weak passwords, the email as password and duplicate accounts with field errors", async () => {
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

    const { email } = await registerUser(app);
    const dup = await call(app, "mutation", "auth.register", {
      email,
      password: "another-fine-password",
      name: "D",
    });
    expect(dup.status).toBe(409);
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
    expect(blocked.error?.message).toMatch(/Try again in \d+ second/);
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
    expect((await call(app, "mutation", "auth.requestPasswordReset", { email })).status).toBe(200);
    // An unknown address gets the same answer and no mail.
    const before = (await outbox.list()).length;
    expect(
      (await call(app, "mutation", "auth.requestPasswordReset", { email: "ghost@example.com" }))
        .status,
    ).toBe(200);
    expect((await outbox.list()).length).toBe(before);

    const mail = (await outbox.list()).find((m) => m.to === email)!;
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]!);
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
