/**
 * API benchmark (issue: foundation): `auth.me` and `sites.list` for a user with 100 sites, at 50
 * connections, on PGlite and PostgreSQL, next to a bare Fastify route measured in the same run.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { measure, type LoadResult } from "./load.ts";

const SERVER = fileURLToPath(new URL("./servers/api.ts", import.meta.url));

async function startServers(kind: "pglite" | "postgres") {
  const child = spawn(process.execPath, ["--import", "tsx", SERVER, kind], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await once(lines, "line")) as [string];
  return { ...(JSON.parse(line) as { pegasus: string; bare: string; cookie: string }), child };
}

export async function apiBenchmark(): Promise<string> {
  const kinds: ("pglite" | "postgres")[] = process.env.DATABASE_URL
    ? ["pglite", "postgres"]
    : ["pglite"];
  const rows: string[] = [];
  for (const kind of kinds) {
    const servers = await startServers(kind);
    try {
      const headers = { cookie: servers.cookie };
      const results: LoadResult[] = [
        await measure("bare Fastify route", `${servers.bare}/bare`),
        await measure("auth.me", `${servers.pegasus}/trpc/auth.me`, { headers }),
        await measure("sites.list (100 sites)", `${servers.pegasus}/trpc/sites.list`, { headers }),
      ];
      const bare = results[0]!.requestsPerSecond;
      for (const r of results) {
        if (r.errors || r.non2xx)
          throw new Error(`${r.name} on ${kind}: ${r.errors} errors, ${r.non2xx} non-2xx answers`);
        rows.push(
          `| ${kind} | ${r.name} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${(r.requestsPerSecond / bare).toFixed(2)} |`,
        );
      }
    } finally {
      servers.child.kill("SIGTERM");
      await once(servers.child, "exit");
    }
  }
  return [
    "| database | route | requests/s | p50 ms | p99 ms | vs bare route |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}
