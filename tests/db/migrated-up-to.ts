import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { openDatabase } from "../../server/db/client.ts";
import { migrate, MIGRATIONS_DIR, readMigrations } from "../../server/db/migrate.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/**
 * A PGlite database as the code before migration `name` left it: every migration before it.
 * Fill it as that code would, then `migrate(db.sql)` applies `name` and those after.
 */
export async function migratedUpTo(name: string) {
  const before = await mkdtemp(path.join(tmpdir(), "pegasus-migrations-"));
  dirs.push(before);
  for (const file of await readMigrations())
    if (file.name < name)
      await cp(path.join(MIGRATIONS_DIR, file.name), path.join(before, file.name), {
        recursive: true,
      });
  const db = await openDatabase({ kind: "pglite" });
  await migrate(db.sql, { dir: before });
  return db;
}
