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
    // A trade with a catalogue entry, so samples top the catalogue up (the brief names none).
    const brief = "Wild Stem is a sourdough bakery in Leeds selling bread and pastries.";
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
    // Three to five samples: the trade's catalogue, the same in every store of it (writer/catalogue.ts).
    expect(parsed.products.length).toBeGreaterThanOrEqual(3);
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

describe("pegasus generate: what it understood, and the language", () => {
  it("prints what it understood to stderr before generating, leaving stdout to the site", async () => {
    const out = await run(
      process.execPath,
      [
        bin,
        "generate",
        "--brief",
        "Wild Stem is a florist in Leeds delivering seasonal bouquets.",
        "--language",
        "en",
      ],
      { env },
    );
    expect(out.stderr).toMatch(/^What we understood:\n {2}Name: Wild Stem\n/m);
    expect(out.stderr).toMatch(/^ {2}Trade: Florist$/m);
    expect(out.stderr).toMatch(/^ {2}Language: English \(store locale en-GB\)$/m);
    expect(out.stderr.indexOf("What we understood")).toBeLessThan(
      out.stderr.indexOf("Generating with"),
    );
    const site = JSON.parse(out.stdout) as { site: { settings: { name: string } } };
    expect(site.site.settings.name).toBe("Wild Stem");
  });

  it("refuses a language the offline writer cannot write, saying what to do", async () => {
    const refused = await run(
      process.execPath,
      [bin, "generate", "--brief", "Een bloemist in Utrecht met boeketten.", "--language", "nl"],
      { env },
    ).catch((e: { code: number; stderr: string; stdout: string }) => e);
    expect((refused as { code: number }).code).toBe(2);
    expect((refused as { stderr: string }).stderr).toMatch(
      /built-in writer does not write nl.*Connect an AI model/,
    );
    expect((refused as { stdout: string }).stdout).toBe("");
    const unknown = await run(
      process.execPath,
      [bin, "generate", "--brief", "A florist in Leeds.", "--language", "klingon"],
      { env },
    ).catch((e: { code: number; stderr: string }) => e);
    expect((unknown as { code: number }).code).toBe(2);
    expect((unknown as { stderr: string }).stderr).toMatch(/--language must be one of en, es, fr/);
  });
});
