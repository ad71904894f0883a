import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import pino from "pino";
import { compose } from "./compose.ts";
import type { Config } from "./config.ts";
import { transferDeps } from "./sites/transfer/routes.ts";
import { exportSite, importSite } from "./sites/transfer/site-transfer.ts";

/**
 * `pegasus export` and `pegasus import`: the same archive as the editor's download and upload,
 * from the command line. With the embedded database, stop the server first (PGlite is one
 * process's).
 */
export async function exportCommand(args: string[], config: () => Config): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { site: { type: "string" }, out: { type: "string" } },
  });
  if (!values.site) {
    process.stderr.write("Usage: pegasus export --site <address or id> [--out file.tar.gz]\n");
    return 2;
  }
  const composition = await compose(config(), { log: pino({ level: "warn" }) });
  try {
    const { deps } = composition;
    const site = await deps.db.prisma.site.findFirst({
      where: { OR: [{ slug: values.site }, { id: values.site }], deletedAt: null },
    });
    if (!site) {
      process.stderr.write(`No site with the address or id "${values.site}".\n`);
      return 1;
    }
    const result = await exportSite(transferDeps(deps), site.id);
    const out = values.out ?? result.filename;
    await writeFile(out, result.archive);
    process.stdout.write(`Exported “${site.name}” to ${out} (${result.archive.length} bytes).\n`);
    for (const problem of result.problems) process.stdout.write(`  note: ${problem}\n`);
    return 0;
  } finally {
    await composition.close();
  }
}

export async function importCommand(args: string[], config: () => Config): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { owner: { type: "string" }, slug: { type: "string" }, name: { type: "string" } },
  });
  const [file] = positionals;
  if (!file || !values.owner) {
    process.stderr.write(
      "Usage: pegasus import <file.tar.gz> --owner <email> [--slug address] [--name name]\n",
    );
    return 2;
  }
  const composition = await compose(config(), { log: pino({ level: "warn" }) });
  try {
    const { deps } = composition;
    const owner = await deps.db.prisma.user.findUnique({
      where: { email: values.owner.trim().toLowerCase() },
    });
    if (!owner) {
      process.stderr.write(`No account with the email ${values.owner}.\n`);
      return 1;
    }
    const { site, report } = await importSite(
      transferDeps(deps),
      { id: owner.id },
      await readFile(file),
      { slug: values.slug, name: values.name },
    );
    process.stdout.write(
      `Imported as “${site.name}” at /s/${site.slug}/ (${report.brought.pages} pages, ${report.brought.products} products, ${report.brought.images} images).\n`,
    );
    for (const problem of report.problems) process.stdout.write(`  not brought: ${problem}\n`);
    return 0;
  } finally {
    await composition.close();
  }
}
