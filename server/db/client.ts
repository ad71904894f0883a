import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client.ts";
import { pgliteDatabase, postgresDatabase, type SqlDatabase } from "./sql.ts";

export type { PrismaClient } from "./generated/client.ts";
export { Prisma } from "./generated/client.ts";

export type Database = {
  prisma: PrismaClient;
  sql: SqlDatabase;
  kind: "postgres" | "pglite";
  /** A short description for logs, with any password removed. */
  description: string;
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { kind: "postgres"; url: string; schema?: string; poolSize?: number }
  /**
   * `dataDir` undefined keeps the database in memory (tests). `loadDataDir` starts an in-memory
   * database from a data directory tarball (`PGlite.dumpDataDir`) instead of an empty cluster.
   */
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob };

/** Opens PostgreSQL when a URL is given, else the embedded PGlite under DATA_DIR. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // Each connection of a schema-scoped database (tests, multi-tenant installs) sees only it.
      options: options.schema ? `-c search_path="${options.schema}"` : undefined,
    });
    // A dropped connection must not crash the process; the next query reconnects.
    pool.on("error", () => {});
    const adapter = new PrismaPg(pool, options.schema ? { schema: options.schema } : undefined);
    const prisma = new PrismaClient({ adapter });
    const sql = postgresDatabase(pool);
    const url = new URL(options.url);
    url.password = url.password ? "***" : "";
    return {
      prisma,
      sql,
      kind: "postgres",
      description: `PostgreSQL ${url.toString()}${options.schema ? ` (schema ${options.schema})` : ""}`,
      async close() {
        await prisma.$disconnect();
        await sql.close();
      },
    };
  }

  let location = "memory://";
  if (options.dataDir) {
    location = path.join(options.dataDir, "pglite");
    await mkdir(location, { recursive: true });
  }
  const pglite = new PGlite(location, { loadDataDir: options.loadDataDir });
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const sql = pgliteDatabase(pglite);
  return {
    prisma,
    sql,
    kind: "pglite",
    description: options.dataDir ? `PGlite in ${location}` : "PGlite in memory",
    async close() {
      await prisma.$disconnect();
      await sql.close();
    },
  };
}
