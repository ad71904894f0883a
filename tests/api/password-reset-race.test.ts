import { describe, expect, it, vi } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";
import { testDatabaseKinds } from "../helpers/database.ts";
import { WAIT_CEILING_MS } from "../helpers/waits.ts";

/**
 * Two reset links of one account used at the same moment (a person clicking the older mail and
 * the newer one): the password is set once, the other link finds itself voided (400), and
 * nothing deadlocks into a 500. On PostgreSQL the two requests really run at once.
 */
describe.each(testDatabaseKinds())("password reset links used at once (%s)", (kind) => {
  let clockOffsetMs = 0;
  const ready = useTestApp({ kind, now: () => new Date(Date.now() + clockOffsetMs) });

  it("sets the password once and voids the other link", async () => {
    const { app, outbox } = await ready;
    const { email } = await registerUser(app);
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      clockOffsetMs += 2 * 60_000; // one reset mail a minute
      const before = (await outbox.list(500)).filter((m) => m.to === email).length;
      expect((await call(app, "mutation", "auth.requestPasswordReset", { email })).status).toBe(
        200,
      );
      const mail = await vi.waitFor(
        async () => {
          const mails = (await outbox.list(500)).filter((m) => m.to === email);
          if (mails.length <= before) throw new Error("no reset mail yet");
          return mails[0]!;
        },
        { timeout: WAIT_CEILING_MS, interval: 50 },
      );
      tokens.push(decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]!));
    }
    const answers = await Promise.all(
      tokens.map((token, i) =>
        call(app, "mutation", "auth.completePasswordReset", {
          token,
          newPassword: `raced passphrase number ${i}`,
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400]);
    const winner = answers.findIndex((a) => a.status === 200);
    expect(
      (
        await call(app, "mutation", "auth.login", {
          email,
          password: `raced passphrase number ${winner}`,
        })
      ).status,
    ).toBe(200);
  });
});
