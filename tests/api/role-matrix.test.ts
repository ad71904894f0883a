import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

/**
 * Every site procedure by every role: each allow and each refusal, and a refusal changes nothing.
 * Members are added straight in the database so each cell gets a fresh site cheaply.
 */
const { app, deps } = await useTestApp();
const people = {
  owner: await registerUser(app),
  admin: await registerUser(app),
  editor: await registerUser(app),
  viewer: await registerUser(app),
  stranger: await registerUser(app),
};
const target = await registerUser(app);
type Role = keyof typeof people;
type Outcome = 200 | 403 | 404 | 409;

type Cell = { siteId: string; invitationId: string };

async function freshSite(): Promise<Cell> {
  const site = await deps.db.prisma.site.create({
    data: {
      name: "Matrix",
      slug: `matrix-${randomUUID().slice(0, 8)}`,
      members: {
        create: [
          { userId: people.owner.user.id, role: "owner" },
          { userId: people.admin.user.id, role: "admin" },
          { userId: people.editor.user.id, role: "editor" },
          { userId: people.viewer.user.id, role: "viewer" },
          { userId: target.user.id, role: "viewer" },
        ],
      },
    },
  });
  await deps.siteDocuments.initialise(site.id, { name: site.name });
  const invitation = await deps.db.prisma.invitation.create({
    data: {
      siteId: site.id,
      email: "pending@example.com",
      role: "viewer",
      tokenHash: randomUUID(),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return { siteId: site.id, invitationId: invitation.id };
}

async function snapshot(siteId: string) {
  return {
    site: await deps.db.prisma.site.findUnique({ where: { id: siteId } }),
    members: await deps.db.prisma.siteMember.findMany({
      where: { siteId },
      orderBy: { userId: "asc" },
    }),
    invitations: await deps.db.prisma.invitation.findMany({
      where: { siteId },
      orderBy: { id: "asc" },
    }),
  };
}

type Procedure = {
  kind: "query" | "mutation";
  input: (cell: Cell) => Record<string, unknown>;
  prepare?: (cell: Cell) => Promise<void>;
  expect: Record<Role, Outcome>;
};

const procedures: Record<string, Procedure> = {
  "sites.get": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId }),
    expect: { owner: 200, admin: 200, editor: 200, viewer: 200, stranger: 404 },
  },
  "sites.rename": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, name: "Renamed" }),
    expect: { owner: 200, admin: 200, editor: 403, viewer: 403, stranger: 404 },
  },
  "sites.delete": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId }),
    expect: { owner: 200, admin: 403, editor: 403, viewer: 403, stranger: 404 },
  },
  "sites.restore": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId }),
    prepare: async (c) => {
      await deps.db.prisma.site.update({
        where: { id: c.siteId },
        data: { deletedAt: new Date() },
      });
    },
    expect: { owner: 200, admin: 403, editor: 403, viewer: 403, stranger: 404 },
  },
  "sites.setCustomDomain": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, domain: `${c.siteId.slice(0, 8)}.shops.example.com` }),
    expect: { owner: 200, admin: 200, editor: 403, viewer: 403, stranger: 404 },
  },
  "sites.publish": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId }),
    expect: { owner: 200, admin: 200, editor: 200, viewer: 403, stranger: 404 },
  },
  "sites.publishStatus": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId }),
    expect: { owner: 200, admin: 200, editor: 200, viewer: 200, stranger: 404 },
  },
  "members.list": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId }),
    expect: { owner: 200, admin: 200, editor: 200, viewer: 200, stranger: 404 },
  },
  "members.invite": {
    kind: "mutation",
    input: (c) => ({
      siteId: c.siteId,
      email: `new-${randomUUID().slice(0, 6)}@example.com`,
      role: "editor",
    }),
    expect: { owner: 200, admin: 200, editor: 403, viewer: 403, stranger: 404 },
  },
  "members.listInvitations": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId }),
    expect: { owner: 200, admin: 200, editor: 403, viewer: 403, stranger: 404 },
  },
  "members.revokeInvitation": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, invitationId: c.invitationId }),
    expect: { owner: 200, admin: 200, editor: 403, viewer: 403, stranger: 404 },
  },
  "members.changeRole": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, userId: target.user.id, role: "editor" }),
    expect: { owner: 200, admin: 200, editor: 403, viewer: 403, stranger: 404 },
  },
  "members.remove": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, userId: target.user.id }),
    expect: { owner: 200, admin: 200, editor: 403, viewer: 403, stranger: 404 },
  },
  // The owner is the last owner here, so leaving is refused for that reason instead.
  "members.leave": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId }),
    expect: { owner: 409, admin: 200, editor: 200, viewer: 200, stranger: 404 },
  },
};

const cells = Object.entries(procedures).flatMap(([name, procedure]) =>
  (Object.keys(people) as Role[]).map((role) => [name, role, procedure.expect[role]] as const),
);

describe("site procedures by role", () => {
  it.each(cells)("%s as %s -> %i", async (name, role, expected) => {
    const procedure = procedures[name]!;
    const cell = await freshSite();
    await procedure.prepare?.(cell);
    const before = await snapshot(cell.siteId);
    const result = await call(app, procedure.kind, name, procedure.input(cell), {
      cookie: people[role].cookie,
    });
    expect(result.status, JSON.stringify(result.error)).toBe(expected);
    if (expected !== 200) expect(await snapshot(cell.siteId)).toEqual(before);
  });

  it("covers every site procedure of the API", async () => {
    const { appRouter } = await import("../../server/routers/_app.ts");
    const siteScoped = Object.keys(appRouter._def.procedures).filter(
      (path) =>
        (path.startsWith("sites.") || path.startsWith("members.")) &&
        ![
          "sites.create",
          "sites.list",
          "sites.listDeleted",
          "sites.slugAvailable",
          "members.acceptInvitation",
        ].includes(path),
    );
    expect(siteScoped.sort()).toEqual(Object.keys(procedures).sort());
  });
});
