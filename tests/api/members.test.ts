import { describe, expect, it } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

const { app, outbox, deps } = await useTestApp();
const owner = await registerUser(app, { name: "Olivia Owner" });

async function newSite() {
  const res = await call(
    app,
    "mutation",
    "sites.create",
    { name: "Team shop", slug: `team-${Math.random().toString(36).slice(2, 9)}` },
    { cookie: owner.cookie },
  );
  return res.data.site.id as string;
}

async function inviteAndAccept(siteId: string, role: string) {
  const guest = await registerUser(app);
  const invited = await call(
    app,
    "mutation",
    "members.invite",
    { siteId, email: guest.email, role },
    { cookie: owner.cookie },
  );
  expect(invited.status).toBe(200);
  const mail = (await outbox.list()).find((m) => m.to === guest.email)!;
  expect(mail.subject).toMatch(/Olivia Owner invited you/);
  const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]!);
  const accepted = await call(
    app,
    "mutation",
    "members.acceptInvitation",
    { token },
    { cookie: guest.cookie },
  );
  expect(accepted.data).toEqual({ siteId });
  return guest;
}

describe("members", () => {
  it("invites by email; the invitee accepts and sees the site", async () => {
    const siteId = await newSite();
    const editor = await inviteAndAccept(siteId, "editor");
    const list = await call(app, "query", "members.list", { siteId }, { cookie: editor.cookie });
    expect(list.data.members.map((m: { role: string }) => m.role).sort()).toEqual([
      "editor",
      "owner",
    ]);
    const sites = await call(app, "query", "sites.list", undefined, { cookie: editor.cookie });
    expect(sites.data.sites[0]).toMatchObject({ id: siteId, role: "editor" });
  });

  it("an invitation only works for the invited address, and only once", async () => {
    const siteId = await newSite();
    const intended = `intended-${Date.now()}@example.com`;
    await call(
      app,
      "mutation",
      "members.invite",
      { siteId, email: intended, role: "viewer" },
      { cookie: owner.cookie },
    );
    const mail = (await outbox.list()).find((m) => m.to === intended)!;
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]!);
    const someoneElse = await registerUser(app);
    const refused = await call(
      app,
      "mutation",
      "members.acceptInvitation",
      { token },
      { cookie: someoneElse.cookie },
    );
    expect(refused.status).toBe(403);
    const rightPerson = await registerUser(app, { email: intended });
    expect(
      (
        await call(
          app,
          "mutation",
          "members.acceptInvitation",
          { token },
          { cookie: rightPerson.cookie },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await call(
          app,
          "mutation",
          "members.acceptInvitation",
          { token },
          { cookie: rightPerson.cookie },
        )
      ).status,
    ).toBe(404);
  });

  it("the last owner cannot leave or be demoted; a second owner makes both possible", async () => {
    const siteId = await newSite();
    const leave = await call(
      app,
      "mutation",
      "members.leave",
      { siteId },
      { cookie: owner.cookie },
    );
    expect(leave.status).toBe(409);
    const demote = await call(
      app,
      "mutation",
      "members.changeRole",
      { siteId, userId: owner.user.id, role: "admin" },
      { cookie: owner.cookie },
    );
    expect(demote.status).toBe(409);

    const second = await inviteAndAccept(siteId, "owner");
    expect(
      (
        await call(
          app,
          "mutation",
          "members.changeRole",
          { siteId, userId: owner.user.id, role: "admin" },
          { cookie: second.cookie },
        )
      ).status,
    ).toBe(200);
    expect(
      (await call(app, "mutation", "members.leave", { siteId }, { cookie: owner.cookie })).status,
    ).toBe(200);
    expect(await deps.db.prisma.siteMember.count({ where: { siteId } })).toBe(1);
  });

  it("admins cannot create owners or touch owners", async () => {
    const siteId = await newSite();
    const admin = await inviteAndAccept(siteId, "admin");
    const makeOwner = await call(
      app,
      "mutation",
      "members.invite",
      { siteId, email: "x@example.com", role: "owner" },
      { cookie: admin.cookie },
    );
    expect(makeOwner.status).toBe(403);
    const removeOwner = await call(
      app,
      "mutation",
      "members.remove",
      { siteId, userId: owner.user.id },
      { cookie: admin.cookie },
    );
    expect(removeOwner.status).toBe(403);
  });

  it("announces removals so live connections can be closed", async () => {
    const siteId = await newSite();
    const viewer = await inviteAndAccept(siteId, "viewer");
    const seen: unknown[] = [];
    deps.events.on("member.removed", (event) => seen.push(event));
    await call(
      app,
      "mutation",
      "members.remove",
      { siteId, userId: viewer.user.id },
      { cookie: owner.cookie },
    );
    expect(seen).toEqual([{ siteId, userId: viewer.user.id }]);
    expect(
      (await call(app, "query", "sites.get", { siteId }, { cookie: viewer.cookie })).status,
    ).toBe(404);
  });
});
