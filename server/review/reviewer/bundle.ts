import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

export type ReviewScript = { js: string; hash: string };

let cached: ReviewScript | undefined;

/**
 * The reviewer script (./review-ui.ts), bundled and minified once per process on first use, like
 * the storefront's islands. The hash names the file, so it is served with `immutable`.
 */
export function reviewScript(): ReviewScript {
  if (cached) return cached;
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL("./review-ui.ts", import.meta.url))],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const js = result.outputFiles[0]?.text ?? "";
  cached = { js, hash: createHash("sha256").update(js).digest("hex").slice(0, 12) };
  return cached;
}

export const REVIEW_SCRIPT_PREFIX = "/_review/";

export function reviewScriptPath(): string {
  return `${REVIEW_SCRIPT_PREFIX}review.${reviewScript().hash}.js`;
}
