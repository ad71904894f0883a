import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const OBSERVABILITY = fileURLToPath(new URL("./observability.ts", import.meta.url));

/**
 * Runs a small program in a process of its own (the test runner traps rejections itself): it
 * rejects a promise nobody handles, then says whether it is still running 100 ms later. (Loading
 * Sentry there takes seconds on a busy machine, hence the long timeouts.)
 */
async function run(withHandler: boolean) {
  const program = `
    import { logUnhandledRejections } from ${JSON.stringify(OBSERVABILITY)};
    if (${withHandler}) {
      logUnhandledRejections({
        error: (context, message) =>
          console.log(JSON.stringify({ message, err: String(context.err) })),
      });
    }
    void Promise.reject(new Error("the Redis publish failed"));
    setTimeout(() => console.log("still running"), 100);
  `;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", program], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, output };
}

describe("logUnhandledRejections", () => {
  it("logs a rejection nobody handled, and the process keeps running", async () => {
    const { code, output } = await run(true);
    expect(output).toContain(
      JSON.stringify({
        message: "unhandled promise rejection; the process keeps running",
        err: "Error: the Redis publish failed",
      }),
    );
    expect(output).toContain("still running");
    expect(code).toBe(0);
  });

  it("is needed: without it, Node ends the process on that rejection", async () => {
    const { code, output } = await run(false);
    expect(output).not.toContain("still running");
    expect(code).not.toBe(0);
  });
});
