import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { openDatabase, type Database } from "../../server/db/client.ts";
import { migrate } from "../../server/db/migrate.ts";
import pg from "pg";
import { migratedTemplate } from "./pglite-template.ts";

export type TestDatabaseKind = "pglite" | "postgres";

/**
 * The relational databases a suite can run against here: the embedded PGlite always, and
 * PostgreSQL when DATABASE_URL is set. A set but unreachable URL fails the suite; it never skips.
 */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite started from the migrated
 * template, or a PostgreSQL schema of its own (dropped afterwards) so files can run in parallel and
 * the suite can run twice in a row.
 */
export async function createTestDatabase(kind: TestDatabaseKind = "pglite"): Promise<Database> {
  if (kind === "pglite") {
    const db = await openDatabase({ kind: "pglite", loadDataDir: await migratedTemplate() });
    // Applies nothing (the template is named after the migrations); it keeps the guarantee anyway.
    await migrate(db.sql);
    return db;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: cannot open a PostgreSQL test database");
  const schema = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const db = await openDatabase({ kind: "postgres", url, schema, poolSize: 20 });
  await migrate(db.sql);
  return {
    ...db,
    async close() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await cleanup.end();
    },
  };
}

/** createTestDatabase, closed automatically after the file's tests. */
export async function useTestDatabase(kind: TestDatabaseKind = "pglite"): Promise<Database> {
  const db = await createTestDatabase(kind);
  afterAll(() => db.close());
  return db;
}
