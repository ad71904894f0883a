import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The server says nothing that cannot be worded (decision 0016): every `said("id", "English")` in
 * the server (and every input-check id of `http/errors.ts`) has its message in
 * `editor/src/api/serverMessages.ts` (the merchant's app) or, for the sentences a shopper reads
 * (`storefront.…`), in the storefront's catalogue, with the same English when the server's is a
 * fixed sentence, so the catalogues translate it. A new refusal fails here until it has its words.
 */

const root = fileURLToPath(new URL("..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

type Said = { id: string; english: string | null; where: string };

/** `said("id", "English"…)` and `{ id: "app.…", english: "…" }`: a template's English is null. */
export function saidIn(text: string, where: string): Said[] {
  const found: Said[] = [];
  const call = /said\(\s*"([^"]+)",\s*(?:"((?:[^"\\]|\\.)*)"|`)/g;
  for (const m of text.matchAll(call))
    found.push({ id: m[1]!, english: m[2] === undefined ? null : JSON.parse(`"${m[2]}"`), where });
  const literal = /\{\s*id: "(app\.[^"]+)",\s*english: (?:"((?:[^"\\]|\\.)*)"|`)/g;
  for (const m of text.matchAll(literal))
    found.push({ id: m[1]!, english: m[2] === undefined ? null : JSON.parse(`"${m[2]}"`), where });
  return found;
}

const server = sources(join(root, "server")).flatMap((path) =>
  saidIn(readFileSync(path, "utf8"), relative(root, path)),
);

const app = readFileSync(join(root, "editor/src/api/serverMessages.ts"), "utf8");
const worded = new Map<string, string>(
  Object.entries(
    JSON.parse(readFileSync(join(root, "domain/storefront-i18n/en.json"), "utf8")) as Record<
      string,
      string
    >,
  ),
);
for (const m of app.matchAll(/id: "([^"]+)",\s*defaultMessage:\s*((?:"(?:[^"\\]|\\.)*"\s*)+),?/g))
  worded.set(m[1]!, JSON.parse(m[2]!.trim()));

describe("the server's sentences", () => {
  it("are found in the server", () => {
    expect(server.map((s) => s.id)).toContain("app.error.wrongCredentials");
    expect(server.map((s) => s.id)).toContain("app.field.tooShort");
    expect(server.length).toBeGreaterThan(60);
  });

  it("are all worded by the app or the storefront", () => {
    const missing = server.filter((s) => !worded.has(s.id)).map((s) => `${s.id} (${s.where})`);
    expect(missing).toEqual([]);
  });

  it("read the same in the app's English as in the server's", () => {
    const differ = server
      .filter((s) => s.english !== null && worded.has(s.id))
      .filter((s) => worded.get(s.id) !== s.english)
      .map((s) => `${s.id}: server "${s.english}", app "${worded.get(s.id)}"`);
    expect(differ).toEqual([]);
  });
});
