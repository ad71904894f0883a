import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { STARTUP_CPU_CEILING_S, STARTUP_WALL_CEILING_MS, WAIT_CEILING_MS } from "./waits.ts";

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
  // Bounded by the processor time the process used (see waits.ts); where that cannot be read
  // (no /proc), by the usual wall-clock ceiling.
  const cpuSeconds = () => cpuSecondsOf(child.pid);
  const canMeasure = (await cpuSeconds()) !== null;
  const started = Date.now();
  const deadline = started + (canMeasure ? STARTUP_WALL_CEILING_MS : WAIT_CEILING_MS);
  while (Date.now() < deadline && ((await cpuSeconds()) ?? 0) < STARTUP_CPU_CEILING_S) {
    if (child.exitCode !== null)
      throw new Error(`pegasus exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return proc;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const used = await cpuSeconds();
  await proc.stop("SIGKILL");
  throw new Error(
    `pegasus did not become ready in ${Math.round((Date.now() - started) / 1000)} s` +
      `${used === null ? "" : ` (${used.toFixed(1)} s of CPU)`}:\n${output}`,
  );
}

/** The user and system time a process has used, in seconds; null where /proc cannot tell. */
async function cpuSecondsOf(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
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
