import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/**
 * The small slice of raw SQL the app needs outside Prisma (migrations, advisory locks, readiness),
 * over either PostgreSQL (node-postgres) or the embedded PGlite.
 */
export interface SqlConnection {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (a migration file). */
  exec(script: string): Promise<void>;
}

export interface SqlDatabase extends SqlConnection {
  readonly kind: "postgres" | "pglite";
  /** One dedicated connection for the duration of `fn` (session-level locks, transactions). */
  withConnection<T>(fn: (connection: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function postgresDatabase(pool: pg.Pool): SqlDatabase {
  const wrap = (client: pg.Pool | pg.PoolClient): SqlConnection => ({
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await client.query(text, params);
      return result.rows as Row[];
    },
    async exec(script: string) {
      await client.query(script);
    },
  });
  return {
    kind: "postgres",
    ...wrap(pool),
    async withConnection(fn) {
      const client = await pool.connect();
      try {
        return await fn(wrap(client));
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function pgliteDatabase(db: PGlite): SqlDatabase {
  const connection: SqlConnection = {
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await db.query(text, params);
      return result.rows as Row[];
    },
    async exec(script: string) {
      await db.exec(script);
    },
  };
  // PGlite is one connection already; serialise dedicated use so a migration's BEGIN..COMMIT
  // never interleaves with other queries issued through this wrapper.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind: "pglite",
    ...connection,
    withConnection(fn) {
      const run = queue.then(() => fn(connection));
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => db.close(),
  };
}
