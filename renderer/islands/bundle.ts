import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

export type IslandsScript = {
  /** Minified ES module source. */
  js: string;
  /** Content hash (hex, 12 chars) for the immutable URL `/_pegasus/islands.<hash>.js`. */
  hash: string;
};

let cached: IslandsScript | undefined;

/**
 * The islands script, bundled and minified once per process on first use. The hash names the
 * file, so the server can serve it with `Cache-Control: immutable` and a new build gets a new URL.
 */
export function islandsScript(): IslandsScript {
  if (cached) return cached;
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL("./islands.ts", import.meta.url))],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const js = result.outputFiles[0]?.text ?? "";
  cached = { js, hash: createHash("sha256").update(js).digest("hex").slice(0, 12) };
  return cached;
}

/** The path the server serves the script at (relative to the host root, not the site prefix). */
export function islandsScriptPath(): string {
  return `/_pegasus/islands.${islandsScript().hash}.js`;
}
