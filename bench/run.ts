/**
 * `npm run bench [suite...] [--write]`: runs the benchmark suites and prints their tables.
 * With --write, each suite's table replaces its section in docs/BENCHMARKS.md, stamped with the
 * date and the machine.
 */
import { cpus, totalmem } from "node:os";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { aiBenchmark } from "./ai.bench.ts";
import { aiFidelityBenchmark } from "./ai-fidelity.bench.ts";
import { apiBenchmark } from "./api.bench.ts";
import { commerceBenchmark } from "./commerce.bench.ts";
import { editorBenchmark } from "./editor.bench.ts";
import { collabBenchmark } from "./collab.bench.ts";
import { mediaBenchmark } from "./media.bench.ts";
import { storefrontBenchmark } from "./storefront.bench.ts";

const suites: Record<string, { title: string; run: () => Promise<string> }> = {
  media: {
    title: "Media (variants of a 12 MP JPEG, worker pool throughput)",
    run: mediaBenchmark,
  },
  api: { title: "API (auth.me, sites.list)", run: apiBenchmark },
  commerce: {
    title: "Commerce (cart API p99 at 50 connections, paid checkouts/s with 50 shoppers)",
    run: commerceBenchmark,
  },
  ai: {
    title: "AI (offline generateSite, brief to published store)",
    run: aiBenchmark,
  },
  "ai-fidelity": {
    title: "AI fidelity (brief facts in the store, language, trades, sameness, invented claims)",
    run: aiFidelityBenchmark,
  },
  storefront: {
    title: "Storefront (render speed, weight, cached serving, Lighthouse)",
    run: storefrontBenchmark,
  },
  editor: {
    title: "Editor (1,000-block page: ready, select, type, drag, re-renders, JS)",
    run: editorBenchmark,
  },
  collab: {
    title: "Live collaboration (propagation, memory, load, persistence)",
    run: collabBenchmark,
  },
};

const DOC = fileURLToPath(new URL("../docs/BENCHMARKS.md", import.meta.url));

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
}

async function writeSection(name: string, title: string, table: string): Promise<void> {
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}.`;
  const section = `<!-- bench:${name} -->\n## ${title}\n\n${stamp}\n\n${table}\n<!-- /bench:${name} -->`;
  let doc = await readFile(DOC, "utf8").catch(() => "# Benchmarks\n");
  const pattern = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`);
  doc = pattern.test(doc) ? doc.replace(pattern, section) : `${doc.trimEnd()}\n\n${section}\n`;
  await writeFile(DOC, doc);
}

export async function runBenchmarks(args: string[]): Promise<void> {
  const write = args.includes("--write");
  const names = args.filter((a) => !a.startsWith("--"));
  const chosen = names.length ? names : Object.keys(suites);
  for (const name of chosen) {
    const suite = suites[name];
    if (!suite)
      throw new Error(`Unknown benchmark "${name}". Known: ${Object.keys(suites).join(", ")}`);
    console.log(`\n## ${suite.title}\n`);
    const table = await suite.run();
    console.log(table);
    if (write) await writeSection(name, suite.title, table);
  }
}
