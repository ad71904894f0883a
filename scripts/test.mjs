#!/usr/bin/env node
// `npm test`: typecheck, lint, the import-cycle check, prettier's check, the Vitest projects (node + jsdom) and the
// Playwright browser suite, then one closing line with the totals. Stops at the first failing stage.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./ensure-chromium.mjs";
import { ensurePrismaClient } from "./prisma-generate.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const reports = mkdtempSync(path.join(tmpdir(), "pegasus-test-reports-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function run(title, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  console.log(
    `  ${title}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

function finish(ok) {
  console.log(
    `\nWhole suite ${ok ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
}

ensurePrismaClient();

if (!run("typecheck", bin("tsc"), ["-b", "tsconfig.check.json"])) finish(false);
if (!run("lint", bin("eslint"), ["--max-warnings", "0", "."])) finish(false);
if (!run("import cycles", "npm", ["run", "--silent", "lint:cycles"])) finish(false);
if (!run("format", bin("prettier"), ["--check", "--log-level", "warn", "."])) finish(false);

const vitestReport = path.join(reports, "vitest.json");
const unitOk = run("vitest (node + jsdom)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
countVitest(vitestReport);
if (!unitOk) finish(false);

if (!ensureChromium()) {
  console.error("Browser tests need Chromium; see the message above.");
  finish(false);
}
const playwrightReport = path.join(reports, "playwright.json");
const e2eOk = run("playwright (browser)", bin("playwright"), ["test", "--reporter=list,json"], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
});
countPlaywright(playwrightReport);
finish(e2eOk);
