#!/usr/bin/env node
// `npm run bench [suite...] [--write]`. Runs the TypeScript sources through tsx as `pegasus` does,
// with React's production build (as a served app runs it) and a Prisma client that matches the
// schema. Its own entry rather than a `pegasus` command, so production code never imports bench/.
import { register } from "tsx/esm/api";
import { ensurePrismaClient } from "../scripts/prisma-generate.mjs";

process.env.NODE_ENV ??= "production";
ensurePrismaClient();
register();
const { runBenchmarks } = await import("./run.ts");
await runBenchmarks(process.argv.slice(2));
