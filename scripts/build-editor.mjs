#!/usr/bin/env node
// Builds the editor (editor/dist) when the build is missing or older than its sources, so that
// `npm start` on a fresh clone serves the whole app. `npm run dev` serves it with hot reload instead.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writePseudoLocale } from "./i18n-pseudo.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// The editor bundles these folders too (the shared core, blocks, the collab mapping, the server's types).
const SOURCES = ["editor", "domain", "blocks", "collab"];
const SKIP = new Set(["dist", "node_modules"]);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureEditorBuilt({ force = false } = {}) {
  if (!existsSync(path.join(root, "editor/index.html"))) return false;
  const built = path.join(root, "editor/dist/index.html");
  if (!force && existsSync(built)) {
    const sources = Math.max(
      ...SOURCES.filter((d) => existsSync(path.join(root, d))).map((d) =>
        newestMtime(path.join(root, d)),
      ),
    );
    if (statSync(built).mtimeMs >= sources) return false;
  }
  console.log("Building the editor (once; takes a few seconds)...");
  // The pseudo-locale's catalogue is generated, not committed (decision 0016).
  writePseudoLocale();
  execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules/vite/bin/vite.js"),
      "build",
      "--config",
      "editor/vite.config.ts",
      "--logLevel",
      "warn",
    ],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureEditorBuilt({ force: process.argv.includes("--force") });
}
