import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ZSiteDoc } from "../../blocks/doc/schema.ts";

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, "../../bin/pegasus.js");
const dir = await mkdtemp(path.join(tmpdir(), "pegasus-generate-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

const env = { ...process.env, OPENAI_API_KEY: "", DATA_DIR: dir, LOG_LEVEL: "silent" };

describe("pegasus generate", () => {
  it("writes the site document and sample products, the same for the same seed", async () => {
    const brief = "Wild Stem is a florist in Leeds delivering seasonal bouquets.";
    const a = path.join(dir, "a.json");
    const b = path.join(dir, "b.json");
    const first = await run(
      process.execPath,
      [bin, "generate", "--brief", brief, "--seed", "4", "--out", a],
      { env },
    );
    expect(first.stderr).toMatch(/Wrote Wild Stem: 7 pages and \d+ sample products/);
    await run(process.execPath, [bin, "generate", "--brief", brief, "--seed", "4", "--out", b], {
      env,
    });
    const [ja, jb] = await Promise.all([readFile(a, "utf8"), readFile(b, "utf8")]);
    expect(ja).toBe(jb);
    const parsed = JSON.parse(ja) as { site: unknown; products: { title: string }[] };
    expect(ZSiteDoc.safeParse(parsed.site).success).toBe(true);
    expect(parsed.products.length).toBeGreaterThanOrEqual(6);
  });

  it("prints to stdout without --out, and explains a missing brief", async () => {
    const out = await run(
      process.execPath,
      [bin, "generate", "--brief", "A tea shop selling matcha and oolong."],
      { env },
    );
    expect(JSON.parse(out.stdout).site.settings.name).toBeTruthy();
    const missing = await run(process.execPath, [bin, "generate"], { env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((missing as { code: number }).code).toBe(2);
    expect((missing as { stderr: string }).stderr).toMatch(/Usage: pegasus generate --brief/);
  });
});
