#!/usr/bin/env node
// The pseudo-locale en-XA: the app's English extracted from the code (and the block library's words,
// which live in blocks/' definitions: blockCatalogueEnglish), accented and about a third
// longer (vowels doubled, in [brackets]), placeholders and tags intact, compiled by FormatJS
// (`formatjs compile --pseudo-locale en-XA --ast`). Written to editor/src/i18n/messages/en-XA/app.json
// (gitignored: generated, it would go stale in git), whole, under the "app" area the root route
// always loads. Run before the editor's build and dev server (scripts/build-editor.mjs) and by the
// jsdom tests' global set-up; `?lang=en-XA` shows it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractEnglish } from "./i18n-extract.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
export const PSEUDO_FILE = path.join(root, "editor/src/i18n/messages/en-XA/app.json");

export function writePseudoLocale() {
  const dir = mkdtempSync(path.join(tmpdir(), "pegasus-pseudo-"));
  try {
    const english = path.join(dir, "en.json");
    writeFileSync(english, JSON.stringify({ ...extractEnglish(), ...blockEnglish() }));
    mkdirSync(path.dirname(PSEUDO_FILE), { recursive: true });
    execFileSync(
      path.join(root, "node_modules/.bin/formatjs"),
      [
        "compile",
        english,
        "--ast",
        "--format",
        "simple",
        "--pseudo-locale",
        "en-XA",
        "--out-file",
        PSEUDO_FILE,
      ],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"] },
    );
    // The block library looks its words up as plain strings (blockWords.ts `translator`): write
    // theirs back as text, their {placeholders} as written.
    const compiled = JSON.parse(readFileSync(PSEUDO_FILE, "utf8"));
    for (const [id, parts] of Object.entries(compiled))
      if (id.startsWith("blocks.") && parts.every((part) => part.type === 0 || part.type === 1))
        compiled[id] = parts
          .map((part) => (part.type === 0 ? part.value : `{${part.value}}`))
          .join("");
    writeFileSync(PSEUDO_FILE, JSON.stringify(compiled));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The block library's English by id (`blocks.<type>.field.<path>.label`...), from the definitions
 * in TypeScript: read through tsx, as this script runs in plain Node before any build.
 */
function blockEnglish() {
  const code = `import("./editor/src/i18n/blockWords.ts").then((m) =>
    process.stdout.write(JSON.stringify(m.blockCatalogueEnglish())))`;
  const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["-e", code], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return JSON.parse(out);
}

/** Vitest's global set-up hook. */
export default function setup() {
  writePseudoLocale();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writePseudoLocale();
