import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { WAIT_CEILING_MS } from "./waits.ts";

const BIN = fileURLToPath(new URL("../../bin/pegasus.js", import.meta.url));

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

export type PegasusProcess = {
  child: ChildProcess;
  url: string;
  dataDir: string;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
};

/** Runs `pegasus <args>` as its own process on embedded defaults (unless env says otherwise). */
export async function startPegasus(
  env: Record<string, string> = {},
  args: string[] = ["start"],
): Promise<PegasusProcess> {
  const dataDir = env.DATA_DIR ?? (await mkdtemp(path.join(tmpdir(), "pegasus-proc-")));
  const port = env.PORT ? Number(env.PORT) : await freePort();
  let output = "";
  const child = spawn(process.execPath, [BIN, ...args], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      MONGODB_URL: "",
      REDIS_URL: "",
      LOG_LEVEL: "warn",
      ...env,
      PORT: String(port),
      DATA_DIR: dataDir,
      PEGASUS_SKIP_EDITOR_BUILD: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const proc: PegasusProcess = {
    child,
    url,
    dataDir,
    output: () => output,
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      const [code] = (await once(child, "exit")) as [number | null];
      if (!env.DATA_DIR) await rm(dataDir, { recursive: true, force: true });
      return code;
    },
  };
  const deadline = Date.now() + WAIT_CEILING_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`pegasus exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return proc;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await proc.stop("SIGKILL");
  throw new Error(`pegasus did not become ready within ${WAIT_CEILING_MS / 1000} s:\n${output}`);
}

/** Runs the CLI to completion and returns its exit code and output. */
export async function runPegasus(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, PEGASUS_SKIP_EDITOR_BUILD: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}
