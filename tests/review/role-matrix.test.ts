import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

/**
 * Every preview.* and transfer.* procedure (and the HTTP export) by every role: each allow and each
 * refusal, and a refusal changes nothing. comments.* has its own matrix (comment-matrix.test.ts).
 */
const { app, deps } = await useTestApp();
const people = {
  owner: await registerUser(app),
  admin: await registerUser(app),
  editor: await registerUser(app),
  viewer: await registerUser(app),
  stranger: await registerUser(app),
};
type Role = keyof typeof people;
type Outcome = 200 | 401 | 403 | 404;
type Cell = { siteId: string; linkId: string };

async function freshSite(): Promise<Cell> {
  const site = await deps.db.prisma.site.create({
    data: {
      name: "Matrix",
      slug: `pm-${randomUUID().slice(0, 8)}`,
      members: {
        create: (["owner", "admin", "editor", "viewer"] as const).map((role) => ({
          userId: people[role].user.id,
          role,
        })),
      },
    },
  });
  await deps.siteDocuments.initialise(site.id, { name: site.name });
  const link = await deps.db.prisma.previewLink.create({
    data: {
      siteId: site.id,
      tokenHash: randomUUID(),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return { siteId: site.id, linkId: link.id };
}

async function snapshot(siteId: string) {
  return {
    links: await deps.db.prisma.previewLink.findMany({ where: { siteId }, orderBy: { id: "asc" } }),
    sites: await deps.db.prisma.site.count(),
  };
}

type Procedure = {
  kind: "query" | "mutation";
  input: (cell: Cell) => Record<string, unknown>;
  expect: Record<Role, Outcome>;
};

const editorsUp = { owner: 200, admin: 200, editor: 200, viewer: 403, stranger: 404 } as const;
const adminsUp = { owner: 200, admin: 200, editor: 403, viewer: 403, stranger: 404 } as const;

const procedures: Record<string, Procedure> = {
  "preview.create": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, allowComments: true }),
    expect: editorsUp,
  },
  "preview.list": { kind: "query", input: (c) => ({ siteId: c.siteId }), expect: editorsUp },
  "preview.revoke": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, linkId: c.linkId }),
    expect: editorsUp,
  },
  "preview.views": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId, linkId: c.linkId }),
    expect: editorsUp,
  },
  "preview.versions": { kind: "query", input: (c) => ({ siteId: c.siteId }), expect: editorsUp },
  "transfer.exportSummary": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId }),
    expect: adminsUp,
  },
};

const cells = Object.entries(procedures).flatMap(([name, procedure]) =>
  (Object.keys(people) as Role[]).map((role) => [name, role, procedure.expect[role]] as const),
);

describe("preview and transfer procedures by role", () => {
  it.each(cells)("%s as %s -> %i", async (name, role, expected) => {
    const procedure = procedures[name]!;
    const cell = await freshSite();
    const before = await snapshot(cell.siteId);
    const result = await call(app, procedure.kind, name, procedure.input(cell), {
      cookie: people[role].cookie,
    });
    expect(result.status, JSON.stringify(result.error)).toBe(expected);
    if (expected !== 200) expect(await snapshot(cell.siteId)).toEqual(before);
  });

  it.each([...(Object.keys(people) as Role[]), "nobody" as const])(
    "GET /api/sites/<id>/export as %s",
    async (role) => {
      const cell = await freshSite();
      const response = await app.inject({
        url: `/api/sites/${cell.siteId}/export`,
        headers: role === "nobody" ? {} : { cookie: people[role].cookie },
      });
      const expected = role === "nobody" ? 401 : adminsUp[role];
      expect(response.statusCode).toBe(expected);
      if (expected === 200) expect(response.headers["content-type"]).toBe("application/gzip");
      else expect(response.body).not.toContain("Matrix");
    },
  );

  it("asks for an account for everything", async () => {
    const cell = await freshSite();
    for (const [name, procedure] of Object.entries(procedures)) {
      const result = await call(app, procedure.kind, name, procedure.input(cell));
      expect(result.status, name).toBe(401);
    }
  });

  it("covers every preview and transfer procedure of the API", async () => {
    const { appRouter } = await import("../../server/routers/_app.ts");
    const ours = Object.keys(appRouter._def.procedures).filter(
      (path) => path.startsWith("preview.") || path.startsWith("transfer."),
    );
    expect(ours.sort()).toEqual(Object.keys(procedures).sort());
  });
});
