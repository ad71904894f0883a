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
    media: await deps.db.prisma.media.findMany({ where: { siteId }, orderBy: { id: "asc" } }),
  };
}

/** An image in each cell's library (a ready row; no files needed), for the media procedures. */
const cellMedia = new Map<string, string>();
async function addMedia(c: Cell) {
  const row = await deps.db.prisma.media.create({
    data: {
      siteId: c.siteId,
      sha256: randomUUID(),
      filename: "kiln.jpg",
      sourceType: "jpeg",
      sourceBytes: 1000,
      status: "ready",
      width: 640,
      height: 480,
      widths: [320, 640],
      formats: ["avif", "webp", "jpeg"],
    },
  });
  cellMedia.set(c.siteId, row.id);
}
const mediaRef = (c: Cell) => ({ siteId: c.siteId, mediaId: cellMedia.get(c.siteId) });
const matrixBrand = {
  name: "Matrix",
  colors: {
    primary: "#1f4d3a",
    onPrimary: "#ffffff",
    secondary: "#e8dcc8",
    onSecondary: "#111111",
    accent: "#c2410c",
    onAccent: "#ffffff",
    background: "#fbf8f3",
    surface: "#f1ebe1",
    text: "#1c1917",
    muted: "#57534e",
  },
  fonts: { heading: "Fraunces", body: "Inter" },
};

/** The version each cell's site saved, for versions.restore. */
const savedVersion = new Map<string, string>();

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
  "collab.token": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId }),
    expect: { owner: 200, admin: 200, editor: 200, viewer: 200, stranger: 404 },
  },
  "versions.list": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId }),
    expect: { owner: 200, admin: 200, editor: 200, viewer: 200, stranger: 404 },
  },
  "versions.createNamed": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, label: "Before the sale" }),
    expect: { owner: 200, admin: 200, editor: 200, viewer: 403, stranger: 404 },
  },
  "versions.restore": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, versionId: savedVersion.get(c.siteId) }),
    prepare: async (c) => {
      const { doc } = await deps.siteDocuments.draft(c.siteId);
      const version = await deps.siteStore.appendVersion(c.siteId, {
        kind: "named",
        label: "v1",
        doc,
      });
      savedVersion.set(c.siteId, version.id);
    },
    expect: { owner: 200, admin: 200, editor: 200, viewer: 403, stranger: 404 },
  },
};

Object.assign(procedures, {
  "media.list": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId, search: "kiln" }),
    prepare: addMedia,
    expect: { owner: 200, admin: 200, editor: 200, viewer: 200, stranger: 404 },
  },
  "media.get": {
    kind: "query",
    input: mediaRef,
    prepare: addMedia,
    expect: { owner: 200, admin: 200, editor: 200, viewer: 200, stranger: 404 },
  },
  "media.uses": {
    kind: "query",
    input: mediaRef,
    prepare: addMedia,
    expect: { owner: 200, admin: 200, editor: 200, viewer: 200, stranger: 404 },
  },
  "media.updateAlt": {
    kind: "mutation",
    input: (c) => ({ ...mediaRef(c), alt: "The kiln" }),
    prepare: addMedia,
    expect: { owner: 200, admin: 200, editor: 200, viewer: 403, stranger: 404 },
  },
  "media.delete": {
    kind: "mutation",
    input: mediaRef,
    prepare: addMedia,
    expect: { owner: 200, admin: 200, editor: 200, viewer: 403, stranger: 404 },
  },
  "media.saveLogo": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, brand: matrixBrand, variant: "wordmark" }),
    expect: { owner: 200, admin: 200, editor: 200, viewer: 403, stranger: 404 },
  },
  "media.createPlaceholders": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, shapes: ["square"] }),
    expect: { owner: 200, admin: 200, editor: 200, viewer: 403, stranger: 404 },
  },
} satisfies Record<string, Procedure>);

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
        ["sites.", "members.", "collab.", "versions.", "media."].some((prefix) =>
          path.startsWith(prefix),
        ) &&
        ![
          "sites.create",
          "sites.list",
          "sites.listDeleted",
          "sites.slugAvailable",
          "members.acceptInvitation",
          // Logo designs for a name and palette: any signed-in user (the create-site wizard).
          "media.logoOptions",
        ].includes(path),
    );
    expect(siteScoped.sort()).toEqual(Object.keys(procedures).sort());
  });
});
