/**
 * A small POSIX ustar writer and a strict reader, for site archives (`.tar.gz`). Only what the
 * archives need: regular files with short, safe relative paths. The reader refuses anything else
 * (links, devices, absolute or `..` paths, bad checksums) instead of guessing, and stops at the
 * limits it is given, so a hostile archive costs bounded memory and time.
 */

const BLOCK = 512;
const ZERO_BLOCK = new Uint8Array(BLOCK);

export type TarEntry = { path: string; data: Uint8Array };

export type TarLimits = {
  /** The most entries (files, plus skipped directories and metadata). */
  maxEntries: number;
  /** The most bytes one file may have. */
  maxFileBytes: number;
};

export class TarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TarError";
  }
}

/** Lower-case letters, digits, ".", "_", "-" in "/"-separated parts; no empty, "." or ".." part. */
const SAFE_PATH =
  /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[a-z0-9_-][a-z0-9._-]*(?:\/[a-z0-9_-][a-z0-9._-]*)*$/;

export function isSafeArchivePath(path: string): boolean {
  return path.length <= 100 && SAFE_PATH.test(path);
}

function writeString(header: Uint8Array, offset: number, length: number, value: string) {
  const bytes = Buffer.from(value, "utf8");
  if (bytes.length > length) throw new TarError(`"${value}" does not fit in a tar header`);
  header.set(bytes, offset);
}

function writeOctal(header: Uint8Array, offset: number, length: number, value: number) {
  // length - 1 octal digits, then NUL.
  writeString(header, offset, length, value.toString(8).padStart(length - 1, "0") + "\0");
}

function header(path: string, size: number, mtime: number): Uint8Array {
  if (!isSafeArchivePath(path)) throw new TarError(`unsafe path in archive: ${path}`);
  const block = new Uint8Array(BLOCK);
  writeString(block, 0, 100, path);
  writeOctal(block, 100, 8, 0o644);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, Math.floor(mtime / 1000));
  block.fill(0x20, 148, 156); // the checksum counts its own field as spaces
  block[156] = 0x30; // "0": regular file
  writeString(block, 257, 6, "ustar\0");
  writeString(block, 263, 2, "00");
  writeString(block, 265, 32, "pegasus");
  writeString(block, 297, 32, "pegasus");
  let sum = 0;
  for (const byte of block) sum += byte;
  writeString(block, 148, 8, sum.toString(8).padStart(6, "0") + "\0 ");
  return block;
}

/** The archive's bytes: each file's header and padded data, then two zero blocks. */
export function writeTar(entries: readonly TarEntry[], mtime = Date.now()): Buffer {
  const parts: Uint8Array[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.path)) throw new TarError(`two files named ${entry.path}`);
    seen.add(entry.path);
    parts.push(header(entry.path, entry.data.length, mtime), entry.data);
    const pad = (BLOCK - (entry.data.length % BLOCK)) % BLOCK;
    if (pad) parts.push(new Uint8Array(pad));
  }
  parts.push(ZERO_BLOCK, ZERO_BLOCK);
  return Buffer.concat(parts);
}

function readString(block: Uint8Array, offset: number, length: number): string {
  const slice = block.subarray(offset, offset + length);
  const end = slice.indexOf(0);
  return Buffer.from(end === -1 ? slice : slice.subarray(0, end)).toString("utf8");
}

function readOctal(block: Uint8Array, offset: number, length: number, what: string): number {
  const text = readString(block, offset, length).trim();
  if (!/^[0-7]{1,12}$/.test(text)) throw new TarError(`the archive is damaged (bad ${what})`);
  return parseInt(text, 8);
}

/**
 * The regular files of a tar archive, in order. Directories and pax/GNU metadata entries are
 * skipped; links, devices and unsafe paths make it fail (an archive we made has none).
 */
export function readTar(archive: Uint8Array, limits: TarLimits): TarEntry[] {
  const entries: TarEntry[] = [];
  const seen = new Set<string>();
  let offset = 0;
  let count = 0;
  while (offset + BLOCK <= archive.length) {
    const block = archive.subarray(offset, offset + BLOCK);
    if (block.every((byte) => byte === 0)) return entries;
    if (++count > limits.maxEntries) {
      throw new TarError(`the archive holds more than ${limits.maxEntries} files`);
    }
    const magic = readString(block, 257, 6);
    if (!magic.startsWith("ustar")) throw new TarError("this is not a tar archive");
    const stored = readOctal(block, 148, 8, "checksum");
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
    if (sum !== stored) throw new TarError("the archive is damaged (a header checksum is wrong)");
    const size = readOctal(block, 124, 12, "size");
    const type = String.fromCharCode(block[156]!);
    const prefix = readString(block, 345, 155);
    const name = readString(block, 0, 100);
    const path = (prefix ? `${prefix}/${name}` : name).replace(/^\.\//, "");
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > archive.length) throw new TarError("the archive is cut short");
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    if (type === "5" || type === "x" || type === "g" || type === "L" || type === "K") continue;
    if (type !== "0" && type !== "\0" && type !== "7") {
      throw new TarError(`the archive holds a link or special file (${path.slice(0, 100)})`);
    }
    if (!isSafeArchivePath(path)) {
      throw new TarError(`the archive holds a file with an unsafe name (${path.slice(0, 100)})`);
    }
    if (seen.has(path)) throw new TarError(`the archive holds two files named ${path}`);
    if (size > limits.maxFileBytes) {
      throw new TarError(`${path} is larger than ${Math.round(limits.maxFileBytes / 1048576)} MB`);
    }
    seen.add(path);
    entries.push({ path, data: archive.subarray(dataStart, dataEnd) });
  }
  throw new TarError("the archive is cut short (no end marker)");
}
