import { parentPort, type MessagePort } from "node:worker_threads";
import sharp from "sharp";
import { ImageProcessingError, processImage, type ProcessOptions } from "./process.ts";

/**
 * One image-processing thread (see pool.ts). It takes one job at a time, reports progress, and
 * hands the encoded variants back without copying them (transferred buffers).
 */
export type WorkerRequest = { id: number; input: Uint8Array; options: ProcessOptions };
export type WorkerReply =
  | { id: number; type: "progress"; fraction: number }
  | { id: number; type: "done"; result: Awaited<ReturnType<typeof processImage>> }
  | { id: number; type: "failed"; message: string; unreadable: boolean };

// libvips' operation cache only helps when the same file is read again; uploads never are.
sharp.cache(false);

if (!parentPort) throw new Error("server/media/worker.ts runs as a worker thread");
const port: MessagePort = parentPort;

port.on("message", (request: WorkerRequest) => void handle(request));

/** Processes one image and answers with its variants or why it failed; never rejects. */
async function handle({ id, input, options }: WorkerRequest): Promise<void> {
  try {
    let last = 0;
    const result = await processImage(input, options, (fraction) => {
      // A message per 5%, not per encode call: progress is for people, not for the log.
      if (fraction - last >= 0.05 || fraction === 1) {
        last = fraction;
        port.postMessage({ id, type: "progress", fraction } satisfies WorkerReply);
      }
    });
    // Hand each variant over in a buffer of its own (a slice of a shared one cannot move).
    for (const variant of result.variants) {
      if (
        variant.bytes.byteOffset !== 0 ||
        variant.bytes.byteLength !== variant.bytes.buffer.byteLength
      )
        variant.bytes = variant.bytes.slice();
    }
    port.postMessage(
      { id, type: "done", result } satisfies WorkerReply,
      result.variants.map((v) => v.bytes.buffer as ArrayBuffer),
    );
  } catch (error) {
    port.postMessage({
      id,
      type: "failed",
      message: error instanceof Error ? error.message : String(error),
      unreadable: error instanceof ImageProcessingError,
    } satisfies WorkerReply);
  }
}
