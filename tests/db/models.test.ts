import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Prisma, type Database, type PrismaClient } from "../../server/db/client.ts";
import { useTestDatabase, testDatabaseKinds } from "../helpers/database.ts";

/**
 * Applies every migration to an empty database, then creates (with every scalar field set), reads,
 * updates and deletes a row of every model through the generated client. A column or table that
 * schema.prisma and the SQL migrations disagree on fails here, on PGlite and on PostgreSQL.
 */

type Fixture = {
  create: (prisma: PrismaClient, ids: Ids) => Promise<Record<string, unknown>>;
  update: Record<string, unknown>;
  where: (row: Record<string, unknown>) => Record<string, unknown>;
};
type Ids = { userId: string; siteId: string };

const now = new Date("2026-11-24T10:00:00.000Z");
const later = new Date("2026-12-24T10:00:00.000Z");
const bytes = new Uint8Array([1, 2, 3, 250]);
const byId = (row: Record<string, unknown>) => ({ id: row.id });

const fixtures: Record<Prisma.ModelName, Fixture> = {
  User: {
    create: (p) =>
      p.user.create({
        data: {
          id: randomUUID(),
          email: `crud-${randomUUID()}@example.com`,
          name: "Ada",
          passwordHash: "h",
          passwordChangedAt: now,
          createdAt: now,
          updatedAt: now,
        },
      }),
    update: { name: "Ada L." },
    where: byId,
  },
  Session: {
    create: (p, ids) =>
      p.session.create({
        data: {
          id: randomUUID(),
          tokenHash: randomUUID(),
          userId: ids.userId,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: later,
          userAgent: "test",
          ip: "127.0.0.1",
        },
      }),
    update: { lastSeenAt: later },
    where: byId,
  },
  PasswordResetToken: {
    create: (p, ids) =>
      p.passwordResetToken.create({
        data: {
          id: randomUUID(),
          tokenHash: randomUUID(),
          userId: ids.userId,
          expiresAt: later,
          usedAt: now,
          createdAt: now,
        },
      }),
    update: { usedAt: later },
    where: byId,
  },
  Site: {
    create: (p) =>
      p.site.create({
        data: {
          id: randomUUID(),
          name: "Crud",
          slug: `crud-${randomUUID()}`,
          customDomain: `${randomUUID()}.example.com`,
          createdAt: now,
          updatedAt: now,
          deletedAt: now,
        },
      }),
    update: { name: "Crud 2" },
    where: byId,
  },
  SiteMember: {
    create: async (p, ids) => {
      const site = await p.site.create({ data: { name: "M", slug: `m-${randomUUID()}` } });
      return p.siteMember.create({
        data: { siteId: site.id, userId: ids.userId, role: "editor", createdAt: now },
      });
    },
    update: { role: "admin" },
    where: (row) => ({ siteId_userId: { siteId: row.siteId, userId: row.userId } }),
  },
  Invitation: {
    create: (p, ids) =>
      p.invitation.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          email: "guest@example.com",
          role: "viewer",
          tokenHash: randomUUID(),
          invitedById: ids.userId,
          expiresAt: later,
          acceptedAt: now,
          createdAt: now,
        },
      }),
    update: { role: "editor" },
    where: byId,
  },
  AuditLog: {
    create: (p, ids) =>
      p.auditLog.create({
        data: {
          at: now,
          actorId: ids.userId,
          siteId: ids.siteId,
          action: "crud.test",
          target: "x",
          data: { nested: [1, "two"] },
          ip: "::1",
        },
      }),
    update: { target: "y" },
    where: byId,
  },
  SiteDocument: {
    create: (p) =>
      p.siteDocument.create({
        data: {
          siteId: randomUUID(),
          version: 1,
          doc: { schemaVersion: 1, pages: [] },
          yState: bytes,
          createdAt: now,
          updatedAt: now,
        },
      }),
    update: { version: 2 },
    where: (row) => ({ siteId: row.siteId }),
  },
  SiteDocumentUpdate: {
    create: (p, ids) =>
      p.siteDocumentUpdate.create({ data: { siteId: ids.siteId, update: bytes, createdAt: now } }),
    update: { update: new Uint8Array([9]) },
    where: byId,
  },
  SiteVersion: {
    create: (p, ids) =>
      p.siteVersion.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          kind: "named",
          label: "Before launch",
          doc: { a: 1 },
          yState: bytes,
          createdById: ids.userId,
          createdAt: now,
        },
      }),
    update: { label: "After launch" },
    where: byId,
  },
};

function scalarFields(prisma: PrismaClient, model: string): string[] {
  // The generated client's own description of each model (what schema.prisma says).
  const dataModel = (
    prisma as unknown as {
      _runtimeDataModel: { models: Record<string, { fields: { name: string; kind: string }[] }> };
    }
  )._runtimeDataModel;
  return dataModel.models[model]!.fields.filter((f) => f.kind !== "object").map((f) => f.name);
}

function delegate(prisma: PrismaClient, model: string) {
  const name = model.charAt(0).toLowerCase() + model.slice(1);
  type Row = Record<string, unknown>;
  type Delegate = {
    findUniqueOrThrow(args: { where: Row }): Promise<Row>;
    findUnique(args: { where: Row }): Promise<Row | null>;
    update(args: { where: Row; data: Row }): Promise<Row>;
    delete(args: { where: Row }): Promise<Row>;
  };
  return (prisma as unknown as Record<string, Delegate>)[name]!;
}

describe.each(testDatabaseKinds())("every model on %s", (kind) => {
  let db: Database;
  let ids: Ids;

  it("migrates an empty database", async () => {
    db = await useTestDatabase(kind);
    const user = await db.prisma.user.create({
      data: { email: `owner-${randomUUID()}@example.com`, name: "O", passwordHash: "h" },
    });
    const site = await db.prisma.site.create({ data: { name: "S", slug: `s-${randomUUID()}` } });
    ids = { userId: user.id, siteId: site.id };
    const tables = await db.sql.query<{ migration_name: string; finished_at: Date | null }>(
      `SELECT migration_name, finished_at FROM "_prisma_migrations"`,
    );
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.every((t) => t.finished_at)).toBe(true);
  });

  it("has a fixture for every model the schema declares", () => {
    expect(Object.keys(fixtures).sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it.each(Object.keys(fixtures) as Prisma.ModelName[])(
    "creates, reads, updates and deletes a %s",
    async (model) => {
      const fixture = fixtures[model];
      const created = await fixture.create(db.prisma, ids);
      // Every scalar field of the model came back from the database, so every column exists.
      for (const field of scalarFields(db.prisma, model)) expect(created).toHaveProperty(field);
      const where = fixture.where(created);
      const table = delegate(db.prisma, model);
      const read = await table.findUniqueOrThrow({ where });
      expect(read).toEqual(created);
      const updated = await table.update({ where, data: fixture.update });
      for (const [key, value] of Object.entries(fixture.update))
        expect(updated[key]).toEqual(value);
      await table.delete({ where });
      expect(await table.findUnique({ where })).toBeNull();
    },
  );
});
