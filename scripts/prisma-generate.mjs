#!/usr/bin/env node
// Generates the Prisma client into server/db/generated when prisma/schema.prisma changed since the
// last generation. The Prisma CLI wants a schema engine binary even for `generate`, which never
// uses it; it cannot be downloaded here, so any existing file stands in for it.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const schemaPath = `${root}prisma/schema.prisma`;
const stampPath = `${root}server/db/generated/.schema-hash`;

export function ensurePrismaClient({ force = false } = {}) {
  const hash = createHash("sha256").update(readFileSync(schemaPath)).digest("hex");
  if (!force && existsSync(stampPath) && readFileSync(stampPath, "utf8") === hash) return false;
  execFileSync(process.execPath, [`${root}node_modules/prisma/build/index.js`, "generate"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  writeFileSync(stampPath, hash);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensurePrismaClient({ force: process.argv.includes("--force") });
}
