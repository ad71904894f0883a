import { cp, mkdtemp, writeFile, appendFile, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  migrate,
  migrationChecksum,
  MigrationError,
  MIGRATIONS_DIR,
  readMigrations,
} from "../../server/db/migrate.ts";
import { createTestDatabase, testDatabaseKinds } from "../helpers/database.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "pegasus-migrations-"));
  dirs.push(dir);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe.each(testDatabaseKinds())("the migrator on %s", (kind) => {
  it("applies every migration once, recording Prisma's columns and checksums", async () => {
    const db = await createTestDatabase(kind); // already migrated once
    try {
      const again = await migrate(db.sql);
      expect(again.applied).toEqual([]);
      const files = await readMigrations();
      expect(again.alreadyApplied).toEqual(files.map((f) => f.name));
      const rows = await db.sql.query<{
        migration_name: string;
        checksum: string;
        applied_steps_count: number;
        finished_at: Date;
      }>(
        `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
        files.map((f) => [f.name, migrationChecksum(f.sql), 1]),
      );
    } finally {
      await db.close();
    }
  });

  it("refuses to run when an applied migration's file changed", async () => {
    const db = await createTestDatabase(kind);
    try {
      const dir = await copyOfMigrations();
      const [first] = await readMigrations(dir);
      await appendFile(
        path.join(dir, first!.name, "migration.sql"),
        "\n-- edited after the fact\n",
      );
      await expect(migrate(db.sql, { dir })).rejects.toThrow(MigrationError);
      await expect(migrate(db.sql, { dir })).rejects.toThrow(/was changed after it was applied/);
    } finally {
      await db.close();
    }
  });

  it("rolls a failing migration back entirely and records nothing", async () => {
    const db = await createTestDatabase(kind);
    try {
      const dir = await copyOfMigrations();
      const name = "29991231000000_broken";
      await mkdir(path.join(dir, name));
      await writeFile(
        path.join(dir, name, "migration.sql"),
        `CREATE TABLE "HalfDone" ("id" TEXT);\nSELECT * FROM "NoSuchTable";\n`,
      );
      await expect(migrate(db.sql, { dir })).rejects.toThrow(
        /29991231000000_broken failed and was rolled back/,
      );
      const tables = await db.sql.query(`SELECT to_regclass('"HalfDone"') AS t`);
      expect(tables[0]).toEqual({ t: null });
      const recorded = await db.sql.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`,
        [name],
      );
      expect(recorded).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

describe.runIf(process.env.DATABASE_URL)("two processes migrating at once on PostgreSQL", () => {
  it("applies each migration exactly once", async () => {
    const { openDatabase } = await import("../../server/db/client.ts");
    const pg = (await import("pg")).default;
    const schema = `test_race_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    const a = await openDatabase({ kind: "postgres", url: process.env.DATABASE_URL!, schema });
    const b = await openDatabase({ kind: "postgres", url: process.env.DATABASE_URL!, schema });
    try {
      const [ra, rb] = await Promise.all([migrate(a.sql), migrate(b.sql)]);
      const files = await readMigrations();
      expect([...ra.applied, ...rb.applied].sort()).toEqual(files.map((f) => f.name));
      const rows = await a.sql.query(`SELECT migration_name FROM "_prisma_migrations"`);
      expect(rows).toHaveLength(files.length);
    } finally {
      await a.close();
      await b.close();
      await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.end();
    }
  });
});
