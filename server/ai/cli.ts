import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Config } from "../config.ts";
import { generateSite } from "./generate.ts";
import { AiOutputError, AiUnavailableError } from "./port.ts";
import { createAiProvider } from "./service.ts";
import { ZSiteBrief } from "./tasks.ts";

/**
 * `pegasus generate --brief "<text>" [--seed N] [--out site.json]`: runs generateSite with the
 * configured provider (offline without OPENAI_API_KEY) and writes the site document and its sample
 * products as JSON, to stdout without --out. Progress goes to stderr.
 */
export async function generateCommand(args: string[], config: () => Config): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      brief: { type: "string" },
      name: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      competitor: { type: "string", multiple: true },
    },
  });
  if (!values.brief) {
    process.stderr.write(
      'Usage: pegasus generate --brief "<what the business is>" [--name NAME] [--seed N] [--out site.json]\n',
    );
    return 2;
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) {
    process.stderr.write("--seed must be a whole number (0 or more).\n");
    return 2;
  }
  const parsed = ZSiteBrief.safeParse({
    name: values.name ?? "",
    description: values.brief,
    competitorUrls: values.competitor ?? [],
  });
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => i.message).join("\n")}\n`);
    return 2;
  }
  const provider = createAiProvider(config().ai);
  process.stderr.write(
    `Generating with ${provider.kind === "offline" ? "the offline writer" : provider.model}...\n`,
  );
  try {
    const site = await generateSite(provider, parsed.data, {
      seed,
      onProgress: (p) => process.stderr.write(`  ${Math.round(p.fraction * 100)}% ${p.message}\n`),
    });
    for (const warning of site.warnings) process.stderr.write(`Note: ${warning}\n`);
    for (const failure of site.competitorFailures)
      process.stderr.write(`Could not read ${failure.url}: ${failure.reason}\n`);
    const json = `${JSON.stringify({ site: site.doc, products: site.products }, null, 2)}\n`;
    if (values.out) {
      await writeFile(values.out, json);
      process.stderr.write(
        `Wrote ${site.doc.settings.name}: ${site.doc.pages.length} pages and ${site.products.length} sample products to ${values.out}\n`,
      );
    } else {
      process.stdout.write(json);
    }
    return 0;
  } catch (error) {
    if (error instanceof AiOutputError || error instanceof AiUnavailableError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
