#!/usr/bin/env node
// The merchant app's English, as the code writes it (each message's defaultMessage), extracted by
// FormatJS's CLI: `node scripts/i18n-extract.mjs [out.json]` prints or writes { id: English }.
// The catalogue test compares every language with it (editor/src/i18n/catalogues.test.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** { id: English } of every message written in editor/src (tests left out). */
export function extractEnglish() {
  const dir = mkdtempSync(path.join(tmpdir(), "pegasus-i18n-"));
  const out = path.join(dir, "en.json");
  try {
    execFileSync(
      path.join(root, "node_modules/.bin/formatjs"),
      [
        "extract",
        "editor/src/**/*.{ts,tsx}",
        "--ignore",
        "editor/src/**/*.test.{ts,tsx}",
        "--ignore",
        "editor/src/**/*.d.ts",
        "--format",
        "simple",
        "--additional-function-names",
        "message",
        "--throws",
        "--out-file",
        out,
      ],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"] },
    );
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const english = JSON.stringify(extractEnglish(), null, 2) + "\n";
  if (process.argv[2]) writeFileSync(process.argv[2], english);
  else process.stdout.write(english);
}
