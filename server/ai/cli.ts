import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Config } from "../config.ts";
import { factsLines } from "./brief/summary.ts";
import { understandBrief } from "./brief/understand.ts";
import { generateSite } from "./generate.ts";
import { AiOutputError, AiUnavailableError } from "./port.ts";
import { createAiProvider } from "./service.ts";
import { LANGUAGES } from "../../domain/ai-vocabulary.ts";
import { ZSiteBrief } from "./tasks.ts";

const USAGE =
  'Usage: pegasus generate --brief "<what the business is>" [--name NAME] [--language CODE] [--seed N] [--out site.json]\n';

/**
 * `pegasus generate --brief "<text>" [--language fr] [--seed N] [--out site.json]`: reads the brief,
 * prints "What we understood" (to stderr, so stdout stays the site's JSON), then runs generateSite
 * from those facts with the configured provider (offline without OPENAI_API_KEY) and writes the
 * site document and its sample products as JSON, to stdout without --out. Progress goes to stderr.
 */
export async function generateCommand(args: string[], config: () => Config): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      brief: { type: "string" },
      name: { type: "string" },
      language: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      competitor: { type: "string", multiple: true },
    },
  });
  if (!values.brief) {
    process.stderr.write(USAGE);
    return 2;
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) {
    process.stderr.write("--seed must be a whole number (0 or more).\n");
    return 2;
  }
  if (values.language !== undefined && !(values.language in LANGUAGES)) {
    process.stderr.write(
      `--language must be one of ${Object.keys(LANGUAGES).join(", ")} (two-letter codes).\n`,
    );
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
  const facts = understandBrief(parsed.data.description, {
    name: parsed.data.name || undefined,
    language: values.language,
  });
  const language = values.language ?? facts.language;
  if (!(language in LANGUAGES)) {
    process.stderr.write(
      `The brief reads as ${language}, which Pegasus does not write yet: pass --language with one of ${Object.keys(LANGUAGES).join(", ")}.\n`,
    );
    return 2;
  }
  if (provider.languages && !provider.languages.includes(language)) {
    process.stderr.write(
      `The ${provider.kind === "offline" ? "built-in writer" : "configured model"} does not write ${language}; it writes ${provider.languages.join(", ")}.${provider.kind === "offline" ? " Connect an AI model (OPENAI_API_KEY) for other languages." : ""}\n`,
    );
    return 2;
  }
  process.stderr.write(
    `What we understood:\n${factsLines(facts)
      .map((l) => `  ${l}\n`)
      .join("")}`,
  );
  const brief = {
    ...parsed.data,
    language: language as keyof typeof LANGUAGES,
    facts: { ...facts, language },
  };
  process.stderr.write(
    `Generating with ${provider.kind === "offline" ? "the offline writer" : provider.model}...\n`,
  );
  try {
    const site = await generateSite(provider, brief, {
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
