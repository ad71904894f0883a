import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { AppDeps } from "../../deps.ts";
import { detectImageType, hidesMarkup } from "../../media/inspect.ts";
import type { MediaStorage } from "../../media/port.ts";
import type { TarEntry } from "./tar.ts";

/**
 * media.json and media/<mediaId>/<file>: the site's media library, its records and every stored
 * file (all widths and formats, as the media pipeline made them), so the imported site serves the
 * same images without processing anything again. On import every file is checked by its bytes
 * (an image of the type its name says, with no markup hidden in it); SVG files are not taken.
 */

const ZMediaItem = z.object({
  ref: z.uuid(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  filename: z.string().min(1).max(200),
  sourceType: z.string().max(20),
  sourceBytes: z.number().int().min(0),
  origin: z.enum(["upload", "logo", "placeholder"]).default("upload"),
  alt: z.string().max(1_000).default(""),
  width: z.number().int().min(1).nullable().default(null),
  height: z.number().int().min(1).nullable().default(null),
  widths: z.array(z.number().int().min(1).max(10_000)).max(20).default([]),
  formats: z.array(z.string().max(10)).max(5).default([]),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .nullable()
    .default(null),
  hasAlpha: z.boolean().default(false),
  placeholder: z
    .string()
    .max(20_000)
    .regex(/^data:image\/(webp|png|jpeg);base64,[A-Za-z0-9+/=]*$/)
    .nullable()
    .default(null),
  /** File names under media/<ref>/, e.g. "640.webp". */
  files: z.array(z.string().regex(/^[a-z0-9_-][a-z0-9._-]{0,60}$/)).max(60),
});

const FILE_TYPES: Record<string, string> = {
  jpg: "jpeg",
  png: "png",
  webp: "webp",
  avif: "avif",
  gif: "gif",
};

type Deps = Pick<AppDeps, "db">;

export async function exportMedia(
  deps: Deps,
  storage: MediaStorage,
  siteId: string,
): Promise<{ items: unknown[]; entries: TarEntry[]; bytes: number; problems: string[] }> {
  const rows = await deps.db.prisma.media.findMany({
    where: { siteId, status: "ready" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const items: unknown[] = [];
  const entries: TarEntry[] = [];
  const problems: string[] = [];
  let bytes = 0;
  for (const row of rows) {
    const prefix = `media/${siteId}/${row.id}`;
    const keys = await storage.list(prefix);
    const files: string[] = [];
    for (const key of keys) {
      const data = await storage.read(key);
      const name = key.slice(prefix.length + 1);
      if (!data || name.includes("/")) continue;
      files.push(name);
      entries.push({ path: `media/${row.id}/${name}`, data });
      bytes += data.length;
    }
    if (files.length === 0) {
      problems.push(`The files of “${row.filename}” are missing from storage.`);
      continue;
    }
    items.push({
      ref: row.id,
      sha256: row.sha256,
      filename: row.filename,
      sourceType: row.sourceType,
      sourceBytes: row.sourceBytes,
      origin: row.origin,
      alt: row.alt,
      width: row.width,
      height: row.height,
      widths: row.widths,
      formats: row.formats,
      color: row.color,
      hasAlpha: row.hasAlpha,
      placeholder: row.placeholder,
      files,
    });
  }
  return { items, entries, bytes, problems };
}

export type ParsedMedia = {
  items: (z.infer<typeof ZMediaItem> & { id: string; data: Map<string, Uint8Array> })[];
  /** Old media id -> new. */
  ids: Map<string, string>;
  problems: string[];
};

/** Checks every record and file; what is wrong is left out and reported. */
export function parseMedia(raw: unknown, files: Map<string, Uint8Array>): ParsedMedia {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const items: ParsedMedia["items"] = [];
  if (!Array.isArray(raw)) {
    return {
      items,
      ids,
      problems: ["The media list (media.json) is not readable, so no images were brought."],
    };
  }
  for (const [index, value] of raw.slice(0, 5_000).entries()) {
    const parsed = ZMediaItem.safeParse(value);
    if (!parsed.success) {
      problems.push(
        `Image ${index + 1} of the media library was left out: its record is not valid.`,
      );
      continue;
    }
    const item = parsed.data;
    const same = items.find((other) => other.sha256 === item.sha256);
    if (same) {
      // The same picture twice: one record, both old ids point at it.
      ids.set(item.ref, same.id);
      continue;
    }
    const data = new Map<string, Uint8Array>();
    for (const name of item.files) {
      const bytes = files.get(`media/${item.ref}/${name}`);
      const ext = name.slice(name.lastIndexOf(".") + 1);
      if (!bytes) {
        problems.push(`“${item.filename}”: the file ${name} is missing from the archive.`);
        continue;
      }
      if (ext === "svg") {
        problems.push(
          `“${item.filename}”: the SVG version was not brought (SVG files can carry scripts).`,
        );
        continue;
      }
      if (
        FILE_TYPES[ext] === undefined ||
        detectImageType(bytes) !== FILE_TYPES[ext] ||
        hidesMarkup(bytes)
      ) {
        problems.push(
          `“${item.filename}”: ${name} is not the image its name says, so it was left out.`,
        );
        continue;
      }
      data.set(name, bytes);
    }
    if (data.size === 0) {
      problems.push(`“${item.filename}” was left out: none of its files could be used.`);
      continue;
    }
    const id = randomUUID();
    ids.set(item.ref, id);
    items.push({ ...item, id, data });
  }
  return { items, ids, problems };
}

export async function importMedia(
  deps: Deps,
  storage: MediaStorage,
  siteId: string,
  media: ParsedMedia,
  createdById: string,
): Promise<{ items: number; files: number }> {
  let files = 0;
  for (const item of media.items) {
    for (const [name, bytes] of item.data) {
      await storage.put(`media/${siteId}/${item.id}/${name}`, bytes);
      files += 1;
    }
    await deps.db.prisma.media.create({
      data: {
        id: item.id,
        siteId,
        sha256: item.sha256,
        filename: item.filename,
        sourceType: item.sourceType,
        sourceBytes: item.sourceBytes,
        origin: item.origin,
        status: "ready",
        progress: 100,
        alt: item.alt,
        width: item.width,
        height: item.height,
        widths: item.widths,
        formats: item.formats,
        color: item.color,
        hasAlpha: item.hasAlpha,
        placeholder: item.placeholder,
        storedBytes: [...item.data.values()].reduce((sum, bytes) => sum + bytes.length, 0),
        createdById,
      },
    });
  }
  return { items: media.items.length, files };
}
