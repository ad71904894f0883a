import { describe, expect, it } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

/**
 * Links the app shows a merchant (a preview link, an invitation link, the store's address) name
 * the address the merchant is using when the app answers there as itself: here PUBLIC_URL is
 * http://localhost:3000, so 127.0.0.1:3000 is the same app. Any other Host gets PUBLIC_URL, and
 * mailed links always name PUBLIC_URL.
 */

const { app, deps, outbox } = await useTestApp();

async function merchantWithSite() {
  const owner = await registerUser(app, { name: "Olivia Owner" });
  const slug = `links-${Math.random().toString(36).slice(2, 10)}`;
  const created = await call(
    app,
    "mutation",
    "sites.create",
    { name: "Fern & Clay", slug },
    { cookie: owner.cookie },
  );
  expect(created.status, JSON.stringify(created.error)).toBe(200);
  return { owner, slug, siteId: created.data.site.id as string };
}

const as = (cookie: string, host: string) => ({ cookie, headers: { host } });

describe("links shown in the app", () => {
  it.each([
    ["127.0.0.1:3000", "http://127.0.0.1:3000"],
    ["localhost:3000", "http://localhost:3000"],
    ["[::1]:3000", "http://[::1]:3000"],
    ["evil.example", "http://localhost:3000"],
    ["127.0.0.1:4444", "http://localhost:3000"],
  ])("on Host %s, preview and store links start with %s", async (host, origin) => {
    const { owner, slug, siteId } = await merchantWithSite();
    const preview = await call(
      app,
      "mutation",
      "preview.create",
      { siteId, label: "For Rita" },
      as(owner.cookie, host),
    );
    expect(preview.status, JSON.stringify(preview.error)).toBe(200);
    expect(preview.data.url).toMatch(new RegExp(`^${escape(origin)}/p/[A-Za-z0-9_-]{22}/$`));

    const published = await call(
      app,
      "mutation",
      "sites.publish",
      { siteId },
      as(owner.cookie, host),
    );
    expect(published.data.url).toBe(`${origin}/s/${slug}/`);
    const status = await call(
      app,
      "query",
      "sites.publishStatus",
      { siteId },
      as(owner.cookie, host),
    );
    expect(status.data.url).toBe(`${origin}/s/${slug}/`);
  });

  it("gives the inviter the invitation link on their address; the mail names PUBLIC_URL", async () => {
    const { owner, siteId } = await merchantWithSite();
    const guest = `guest-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const invited = await call(
      app,
      "mutation",
      "members.invite",
      { siteId, email: guest, role: "editor" },
      as(owner.cookie, "127.0.0.1:3000"),
    );
    expect(invited.status, JSON.stringify(invited.error)).toBe(200);
    const shown = invited.data.url as string;
    expect(shown).toMatch(/^http:\/\/127\.0\.0\.1:3000\/invitations\/accept\?token=[\w-]+$/);
    const mail = (await outbox.list()).find((m) => m.to === guest)!;
    const token = new URL(shown).searchParams.get("token")!;
    expect(mail.text).toContain(`http://localhost:3000/invitations/accept?token=${token}`);

    // The link shown works: the invitee accepts with it.
    const invitee = await registerUser(app, { email: guest });
    const accepted = await call(
      app,
      "mutation",
      "members.acceptInvitation",
      { token },
      as(invitee.cookie, "127.0.0.1:3000"),
    );
    expect(accepted.status, JSON.stringify(accepted.error)).toBe(200);
    expect(accepted.data.siteId).toBe(siteId);
  });

  it("never puts a Host it does not answer to in a link or a mail", async () => {
    const { owner, siteId } = await merchantWithSite();
    const guest = `guest-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const invited = await call(
      app,
      "mutation",
      "members.invite",
      { siteId, email: guest, role: "viewer" },
      as(owner.cookie, "evil.example"),
    );
    expect(invited.data.url).toMatch(/^http:\/\/localhost:3000\/invitations\/accept\?token=/);
    const reset = await call(
      app,
      "mutation",
      "auth.requestPasswordReset",
      { email: owner.email },
      { headers: { host: "evil.example" } },
    );
    expect(reset.status, JSON.stringify(reset.error)).toBe(200);
    // The reset mail is sent after the answer (so its timing tells nothing): wait for it.
    await deps.background.whenIdle();
    const mails = (await outbox.list()).filter((m) => m.to === guest || m.to === owner.email);
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const mail of mails) {
      expect(mail.text).toContain("http://localhost:3000/");
      expect(JSON.stringify(mail)).not.toContain("evil.example");
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
