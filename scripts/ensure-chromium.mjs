#!/usr/bin/env node
// Browser tests use Debian's Chromium (Playwright's own download cannot reach its CDN here).
// Installs it with apt when it is missing and we are allowed to (root), as CI needs.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install it: sudo apt-get install -y chromium`,
    );
    return false;
  }
  console.log("Installing Chromium from Debian's packages (once)...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  return existsSync(CHROMIUM);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = ensureChromium() ? 0 : 1;
}
