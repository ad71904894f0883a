import { randomBytes } from "node:crypto";

/**
 * Version ids are UUIDv7 (RFC 9562): the creation time in milliseconds followed by a counter, so
 * that ids sort in creation order, also between versions saved in the same millisecond by this
 * process. The adapters list versions by (createdAt, id) and set createdAt from the same clock.
 */
let lastMs = 0;
let counter = 0;

export function newVersionId(now: number = Date.now()): { id: string; createdAt: Date } {
  let ms = Math.max(now, lastMs);
  if (ms === lastMs) {
    counter++;
    // 12 bits of counter per millisecond; borrow the next millisecond when they run out.
    if (counter > 0xfff) {
      ms++;
      counter = randomBytes(1)[0]! & 0x7f;
    }
  } else {
    // Start low in a fresh millisecond so the counter has room to grow.
    counter = randomBytes(1)[0]! & 0x7f;
  }
  lastMs = ms;
  const random = randomBytes(8);
  random[0] = (random[0]! & 0x3f) | 0x80; // the RFC 4122 variant
  const time = ms.toString(16).padStart(12, "0");
  const rest = random.toString("hex");
  const id = `${time.slice(0, 8)}-${time.slice(8, 12)}-7${counter.toString(16).padStart(3, "0")}-${rest.slice(0, 4)}-${rest.slice(4, 16)}`;
  return { id, createdAt: new Date(ms) };
}
