import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SqlConnection, SqlDatabase } from "./sql.ts";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** The key `prisma migrate deploy` locks on, so our migrator and Prisma's exclude each other. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export type MigrationFile = { name: string; sql: string; checksum: string };

export type MigrationResult = { applied: string[]; alreadyApplied: string[] };

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Prisma's checksum: SHA-256 of the script, hex encoded. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    }),
  );
}

const CREATE_PRISMA_MIGRATIONS = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/**
 * Applies pending migrations in name order, each in its own transaction, recording them in
 * `_prisma_migrations` exactly as Prisma does. Refuses to run when an applied migration's file
 * changed or a previous attempt failed half-way. Safe when several processes start at once:
 * the whole run holds Prisma's advisory lock.
 */
export async function migrate(
  db: SqlDatabase,
  options: { dir?: string; log?: (message: string) => void } = {},
): Promise<MigrationResult> {
  const files = await readMigrations(options.dir);
  return db.withConnection(async (connection) => {
    await connection.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})`);
    try {
      return await applyPending(connection, files, options.log);
    } finally {
      await connection.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK_KEY})`);
    }
  });
}

async function applyPending(
  connection: SqlConnection,
  files: MigrationFile[],
  log: (message: string) => void = () => {},
): Promise<MigrationResult> {
  await connection.exec(CREATE_PRISMA_MIGRATIONS);
  const rows = await connection.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
  const applied = new Map<string, AppliedRow>();
  for (const row of rows) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} was started but never finished. Repair the database, then mark it rolled back (prisma migrate resolve --rolled-back ${row.migration_name}).`,
      );
    }
    applied.set(row.migration_name, row);
  }

  const known = new Set(files.map((file) => file.name));
  for (const name of applied.keys()) {
    if (!known.has(name)) {
      log(
        `warning: migration ${name} is applied in the database but missing from ${MIGRATIONS_DIR}`,
      );
    }
  }

  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const file of files) {
    const done = applied.get(file.name);
    if (done) {
      if (done.checksum !== file.checksum) {
        throw new MigrationError(
          `Migration ${file.name} was changed after it was applied (checksum ${done.checksum.slice(0, 12)}… in the database, ${file.checksum.slice(0, 12)}… on disk). Applied migrations must never be edited: add a new migration instead.`,
        );
      }
      result.alreadyApplied.push(file.name);
      continue;
    }
    log(`applying migration ${file.name}`);
    const id = randomUUID();
    await connection.exec("BEGIN");
    try {
      await connection.exec(file.sql);
      await connection.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [id, file.checksum, file.name],
      );
      await connection.exec("COMMIT");
    } catch (error) {
      await connection.exec("ROLLBACK");
      throw new MigrationError(
        `Migration ${file.name} failed and was rolled back: ${(error as Error).message}`,
      );
    }
    result.applied.push(file.name);
  }
  return result;
}
