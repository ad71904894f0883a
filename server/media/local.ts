import { randomBytes } from "node:crypto";
import {
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  writeFile,
} from "node:fs/promises";
import path from "node:path";
import {
  assertMediaKey,
  assertMediaPrefix,
  contentTypeFor,
  type MediaStorage,
  type StoredObject,
} from "./port.ts";

/**
 * Media on the local disk under one directory (DATA_DIR/media by default): the embedded default.
 * Writes go to a temporary file beside the target and are renamed into place, so a reader sees
 * the old object or the new one, never half of one. Temporary names start with a dot, which no
 * key can, so they never show up as objects.
 */
export class LocalMediaStorage implements MediaStorage {
  readonly kind = "local" as const;
  readonly description: string;

  constructor(private readonly root: string) {
    this.description = `local disk (${root})`;
  }

  private pathOf(key: string): string {
    assertMediaKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, body: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = path.join(
      path.dirname(target),
      `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`,
    );
    try {
      await writeFile(temporary, body);
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.pathOf(key);
    let handle;
    try {
      handle = await open(file, "r");
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    // Size from the open file, so a rename in between cannot mismatch size and body.
    const { size } = await handle.stat();
    return { body: handle.createReadStream(), size, contentType: contentTypeFor(key) };
  }

  async read(key: string): Promise<Uint8Array | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  async deletePrefix(prefix: string): Promise<number> {
    assertMediaPrefix(prefix);
    const count = (await this.list(prefix)).length;
    await rm(path.join(this.root, ...prefix.split("/")), { recursive: true, force: true });
    return count;
  }

  async list(prefix: string): Promise<string[]> {
    assertMediaPrefix(prefix);
    const keys: string[] = [];
    const walk = async (dir: string, keyPrefix: string) => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (error) {
        if (isMissing(error)) return;
        throw error;
      }
      for (const entry of entries) {
        if (entry.name.startsWith(".")) continue;
        const key = `${keyPrefix}/${entry.name}`;
        if (entry.isDirectory()) await walk(path.join(dir, entry.name), key);
        else if (entry.isFile()) keys.push(key);
      }
    };
    await walk(path.join(this.root, ...prefix.split("/")), prefix);
    return keys.sort();
  }

  async close(): Promise<void> {}
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
