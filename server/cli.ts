import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { openDatabase } from "./db/client.ts";
import { migrate, MigrationError } from "./db/migrate.ts";
import type { DemoLogin } from "./demo.ts";
import { startServer } from "./main.ts";

const HELP = `pegasus — visual page builder for merchants

Usage: pegasus <command> [options]

Commands:
  start [--demo]   Migrate the database and serve everything on PORT (default 3000).
                   --demo creates the demo account and store even when DATABASE_URL is set.
  dev              Serve the API on PORT and the editor with hot reload (Vite).
  migrate          Apply pending database migrations and exit.
  generate --brief "<text>" [--name NAME] [--seed N] [--out site.json]
                   Generate a whole store from a description (OPENAI_API_KEY, else offline);
                   writes the site document and sample products as JSON (stdout without --out).
  export --site <address> [--out file]
                   Write a site (document, catalog, media) to one .tar.gz archive.
  import <file> --owner <email> [--slug address]
                   Create a new site from an archive; never overwrites an existing one.
  help             Show this help.

Configuration comes from environment variables; see README.md for the table.
With no DATABASE_URL, data lives in an embedded PostgreSQL (PGlite) under DATA_DIR (.data/).
`;

type Command = (args: string[], config: () => Config) => Promise<number | void>;

const commands: Record<string, Command> = {
  async start(args, config) {
    const { values } = parseArgs({ args, options: { demo: { type: "boolean", default: false } } });
    const base = config();
    const server = await startServer({ ...base, seedDemo: base.seedDemo || values.demo === true });
    printWelcome(server.url, server.demo);
    // Keeps running until SIGTERM/SIGINT.
    return new Promise<never>(() => {});
  },
  async dev(_args, config) {
    // The API on PORT, and the editor from Vite with hot reload (it proxies API calls to PORT).
    await startServer(config());
    const { createServer } = await import("vite");
    const vite = await createServer({
      configFile: fileURLToPath(new URL("../editor/vite.config.ts", import.meta.url)),
    });
    await vite.listen();
    vite.printUrls();
    return new Promise<never>(() => {});
  },
  async migrate(_args, config) {
    const { databaseUrl, dataDir } = config();
    const db = await openDatabase(
      databaseUrl ? { kind: "postgres", url: databaseUrl } : { kind: "pglite", dataDir },
    );
    try {
      const result = await migrate(db.sql, { log: (message) => console.log(message) });
      console.log(
        result.applied.length
          ? `Applied ${result.applied.length} migration(s) to ${db.description}.`
          : `${db.description} is up to date (${result.alreadyApplied.length} migrations applied).`,
      );
    } finally {
      await db.close();
    }
  },
  async generate(args, config) {
    const { generateCommand } = await import("./ai/cli.ts");
    return generateCommand(args, config);
  },
  async export(args, config) {
    const { exportCommand } = await import("./transfer-cli.ts");
    return exportCommand(args, config);
  },
  async import(args, config) {
    const { importCommand } = await import("./transfer-cli.ts");
    return importCommand(args, config);
  },
  async help() {
    process.stdout.write(HELP);
  },
};

function printWelcome(url: string, demo: DemoLogin | null): void {
  const lines = [``, `  Pegasus is running at ${url}`];
  if (demo) {
    lines.push(
      ``,
      `  A demo store was created for you:`,
      `    storefront  ${demo.storefrontUrl}`,
      `    log in at   ${demo.editorUrl}`,
      `    email       ${demo.email}`,
      `    password    ${demo.password}`,
      `  (also written to DATA_DIR/demo-login.txt)`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
}

export async function runCli(argv: string[]): Promise<number> {
  const [name = "help", ...args] = argv;
  const command = name === "--help" || name === "-h" ? commands.help : commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${HELP}`);
    return 2;
  }
  try {
    return (await command(args, () => loadConfig())) ?? 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MigrationError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (
      error instanceof TypeError &&
      "code" in error &&
      String(error.code).startsWith("ERR_PARSE_ARGS")
    ) {
      process.stderr.write(`${error.message}\n\n${HELP}`);
      return 2;
    }
    throw error;
  }
}
