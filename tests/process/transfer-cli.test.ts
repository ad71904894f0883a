import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPegasus, startPegasus } from "../helpers/process.ts";
import { STARTUP_WALL_CEILING_MS, WAIT_CEILING_MS } from "../helpers/waits.ts";

describe("pegasus export and import", () => {
  it(
    "round-trips the demo store through an archive into a new site",
    { timeout: STARTUP_WALL_CEILING_MS + WAIT_CEILING_MS },
    async () => {
      // A first start on an empty embedded database seeds the published demo store.
      const dataDir = await mkdtemp(path.join(tmpdir(), "pegasus-transfer-"));
      const server = await startPegasus({ DATA_DIR: dataDir });
      const env = { DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" };
      try {
        expect(await server.stop()).toBe(0);
        const archive = path.join(dataDir, "northbound.tar.gz");
        const exported = await runPegasus(
          ["export", "--site", "northbound", "--out", archive],
          env,
        );
        expect(exported.code, exported.stderr).toBe(0);
        expect(existsSync(archive)).toBe(true);

        const imported = await runPegasus(
          ["import", archive, "--owner", "demo@pegasus.localhost", "--slug", "northbound-copy"],
          env,
        );
        expect(imported.code, imported.stderr).toBe(0);
        expect(imported.stdout).toMatch(/Imported as .* at \/s\/northbound-copy\//);

        const unknown = await runPegasus(["import", archive, "--owner", "nobody@example.com"], env);
        expect(unknown.code).toBe(1);
        expect(unknown.stderr).toMatch(/No account/);
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  );
});
