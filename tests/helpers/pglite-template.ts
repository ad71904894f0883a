import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { migrate, readMigrations } from "../../server/db/migrate.ts";
import { pgliteDatabase } from "../../server/db/sql.ts";

const CACHE_DIR = path.join(tmpdir(), "pegasus-test-cache");

/**
 * A migrated, empty PGlite data directory as a tarball, for `openDatabase({ loadDataDir })`.
 * Starting PGlite runs initdb in WebAssembly and then every migration: several seconds per test
 * database, most of a small test file's time. Loading this tarball skips both. It is built once and
 * kept in the OS temp folder under a name derived from the migration files and the PGlite version,
 * so a changed migration or PGlite upgrade builds a new one and a stale one is never loaded.
 */
export function migratedTemplate(): Promise<Blob> {
  template ??= loadOrBuild();
  return template;
}

let template: Promise<Blob> | undefined;

async function loadOrBuild(): Promise<Blob> {
  const file = path.join(CACHE_DIR, `pglite-${await templateKey()}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const pglite = new PGlite();
  try {
    await migrate(pgliteDatabase(pglite));
    const tarball = await pglite.dumpDataDir("none");
    // Written aside then renamed, so a test run beside this one never reads half a file.
    await mkdir(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await tarball.arrayBuffer()));
    await rename(partial, file);
    return tarball;
  } finally {
    await pglite.close();
  }
}

async function templateKey(): Promise<string> {
  const require = createRequire(import.meta.url);
  const pglitePackage = path.join(
    path.dirname(require.resolve("@electric-sql/pglite")),
    "..",
    "package.json",
  );
  const { version } = JSON.parse(await readFile(pglitePackage, "utf8")) as { version: string };
  const hash = createHash("sha256").update(`pglite ${version}\n`);
  for (const migration of await readMigrations()) {
    hash.update(`${migration.name} ${migration.checksum}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}
