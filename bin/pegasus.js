#!/usr/bin/env node
// The `pegasus` command. Runs the TypeScript sources directly through tsx, after making sure the
// generated Prisma client matches prisma/schema.prisma (npm here runs no install scripts).
import { register } from "tsx/esm/api";
import { ensureEditorBuilt } from "../scripts/build-editor.mjs";
import { ensurePrismaClient } from "../scripts/prisma-generate.mjs";

const [command] = process.argv.slice(2);
// A served app runs React's production build (three times faster server rendering) unless told
// otherwise; `pegasus dev` keeps development mode for its warnings.
// `npm start` with no NODE_ENV of the operator's is the embedded-defaults try-out, test payments
// included; an operator who says NODE_ENV=production chooses payments (README, PAYMENTS_TEST_GATEWAY).
if (command !== "dev" && !process.env.NODE_ENV) {
  process.env.NODE_ENV = "production";
  process.env.PAYMENTS_TEST_GATEWAY ||= "enabled";
}
if (command !== "help" && command !== "--help" && command !== "-h") ensurePrismaClient();
// Tests that start the process themselves skip this (the browser suite's server builds it once).
if (command === "start" && !process.env.PEGASUS_SKIP_EDITOR_BUILD) ensureEditorBuilt();
register();
const { runCli } = await import("../server/cli.ts");
process.exitCode = await runCli(process.argv.slice(2));
