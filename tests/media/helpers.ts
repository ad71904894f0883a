import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import type { AppDeps } from "../../server/deps.ts";
import type { MediaItem } from "../../server/media/library.ts";
import { call } from "../helpers/app.ts";

/** A multipart/form-data body with one file field, as a browser's FormData sends it. */
export function multipart(
  bytes: Uint8Array,
  filename: string,
  contentType = "application/octet-stream",
  fields: Record<string, string> = {},
) {
  const boundary = `----pegasus${randomBytes(8).toString("hex")}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export type UploadResult = {
  status: number;
  media: MediaItem | undefined;
  duplicate: boolean | undefined;
  error: { message: string; data: { code: string; httpStatus: number } } | undefined;
  headers: Record<string, unknown>;
};

export async function upload(
  app: FastifyInstance,
  cookie: string | undefined,
  siteId: string,
  bytes: Uint8Array,
  filename: string,
  options: { contentType?: string; headers?: Record<string, string>; alt?: string } = {},
): Promise<UploadResult> {
  const body = multipart(
    bytes,
    filename,
    options.contentType,
    options.alt === undefined ? {} : { alt: options.alt },
  );
  const response = await app.inject({
    method: "POST",
    url: `/api/media/upload?siteId=${siteId}`,
    payload: body.payload,
    headers: { ...body.headers, ...(cookie ? { cookie } : {}), ...options.headers },
  });
  const json = response.json() as {
    media?: MediaItem;
    duplicate?: boolean;
    error?: UploadResult["error"];
  };
  return {
    status: response.statusCode,
    media: json.media,
    duplicate: json.duplicate,
    error: json.error,
    headers: response.headers,
  };
}

/** Uploads and waits until processing finished; returns the ready item. */
export async function uploadReady(
  app: FastifyInstance,
  deps: AppDeps,
  cookie: string,
  siteId: string,
  bytes: Uint8Array,
  filename = "photo.jpg",
): Promise<MediaItem> {
  const result = await upload(app, cookie, siteId, bytes, filename);
  if (!result.media)
    throw new Error(`upload failed: ${result.status} ${JSON.stringify(result.error)}`);
  await deps.media.whenProcessed(result.media.id);
  const item = await deps.media.get(siteId, result.media.id);
  if (item?.status !== "ready") throw new Error(`processing failed: ${JSON.stringify(item)}`);
  return item;
}

export async function createSite(app: FastifyInstance, cookie: string, name = "Kiln & Co") {
  const slug = `media-${randomBytes(4).toString("hex")}`;
  const { data, status, error } = await call(
    app,
    "mutation",
    "sites.create",
    { name, slug },
    { cookie },
  );
  if (status !== 200) throw new Error(`sites.create failed: ${JSON.stringify(error)}`);
  return { siteId: data.site.id as string, slug };
}

/** Replaces a site's draft the way an import does (through the collab server). */
export async function setDraft(deps: AppDeps, siteId: string, doc: SiteDoc): Promise<void> {
  await deps.collab.server.replace(siteId, doc, { kind: "system" });
}

/** The site's draft with `image` in the home page's first hero (a hero is added when missing). */
export async function withHeroImage(deps: AppDeps, siteId: string, image: Record<string, unknown>) {
  const doc = structuredClone((await deps.siteDocuments.draft(siteId)).doc);
  const home = doc.pages.find((p) => p.slug === "")!;
  let hero = home.blocks.find((b) => b.type === "hero");
  if (!hero) {
    hero = { id: "media-hero", type: "hero", props: { heading: "Made by hand" } };
    home.blocks.unshift(hero);
  }
  hero.props = { ...hero.props, image };
  await setDraft(deps, siteId, doc);
  return doc;
}
