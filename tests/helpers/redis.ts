import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { Socket } from "node:net";

/**
 * A `redis-server` of a test's own on a fixed port (never the shared one), which the test can kill
 * and start again on the same port: an outage as processes connected to it see one. Keeps nothing
 * on disk.
 */
export type RedisServer = {
  url: string;
  port: number;
  /** Kills the server at once (SIGKILL): connections drop, nothing is said to clients. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: it keeps nothing). */
  start(): Promise<void>;
  /** Whether it is running. */
  running(): boolean;
};

export async function startRedisServer(port: number): Promise<RedisServer> {
  let child: ChildProcess | null = null;
  let output = "";
  const server: RedisServer = {
    url: `redis://127.0.0.1:${port}`,
    port,
    running: () => child !== null && child.exitCode === null && child.signalCode === null,
    async start() {
      if (server.running()) return;
      if (await answers(port))
        throw new Error(`something already listens on port ${port}; the test needs it for Redis`);
      output = "";
      const started = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      started.stdout!.on("data", (chunk) => (output += chunk));
      started.stderr!.on("data", (chunk) => (output += chunk));
      child = started;
      const deadline = Date.now() + 15_000;
      while (!(await answers(port))) {
        if (started.exitCode !== null)
          throw new Error(`redis-server exited with ${started.exitCode}:\n${output}`);
        if (Date.now() > deadline) throw new Error(`redis-server did not answer:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async kill() {
      const running = child;
      if (!running || !server.running()) return;
      const exited = once(running, "exit");
      running.kill("SIGKILL");
      await exited;
    },
  };
  await server.start();
  return server;
}

/** Whether a Redis answers PING on the port. */
async function answers(port: number): Promise<boolean> {
  const socket = new Socket();
  try {
    return await new Promise<boolean>((resolve) => {
      socket.setTimeout(1_000, () => resolve(false));
      socket.once("error", () => resolve(false));
      socket.once("data", (data) => resolve(String(data).startsWith("+PONG")));
      socket.connect(port, "127.0.0.1", () => socket.write("PING\r\n"));
    });
  } finally {
    socket.destroy();
  }
}
