import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { S3MediaStorage } from "../../server/media/s3.ts";
import { registerUser, useTestApp } from "../helpers/app.ts";
import { createSite, upload, uploadReady } from "./helpers.ts";
import { photo, pngHeaderOnly } from "./images.ts";
import { startS3rver } from "./s3rver.ts";

/** The whole app with media on S3 (s3rver on loopback, path-style as for MinIO). */
const s3 = await startS3rver("shop-media");
const { app, deps } = await useTestApp({
  env: {
    S3_BUCKET: s3.config.bucket,
    S3_REGION: s3.config.region,
    S3_ENDPOINT: s3.config.endpoint!,
    S3_FORCE_PATH_STYLE: "true",
    S3_ACCESS_KEY_ID: s3.config.accessKeyId!,
    S3_SECRET_ACCESS_KEY: s3.config.secretAccessKey!,
  },
});
afterAll(() => s3.stop());
const owner = await registerUser(app);

describe("media on S3", () => {
  it("stores the variants in the bucket and serves them from it", async () => {
    expect(deps.media.storage.kind).toBe("s3");
    const { siteId } = await createSite(app, owner.cookie);
    const item = await uploadReady(
      app,
      deps,
      owner.cookie,
      siteId,
      await photo(700, 400, { gps: true }),
      "shelf.jpg",
    );
    const bucket = new S3MediaStorage(s3.config);
    const keys = await bucket.list(`media/${siteId}/${item.id}`);
    expect(keys.map((k) => k.split("/").pop()).sort()).toEqual(
      ["320", "640", "700"].flatMap((w) => [`${w}.avif`, `${w}.jpg`, `${w}.webp`]).sort(),
    );
    const served = await app.inject({ url: `/media/${siteId}/${item.id}/640.webp` });
    expect(served.statusCode).toBe(200);
    expect(served.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await sharp(served.rawPayload).metadata()).width).toBe(640);
    await bucket.close();
  });

  it("stores nothing in the bucket for a refused upload", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const refused = await upload(
      app,
      owner.cookie,
      siteId,
      pngHeaderOnly(30_000, 30_000),
      "bomb.png",
    );
    expect(refused.status).toBe(413);
    expect(await deps.media.storage.list(`media/${siteId}`)).toEqual([]);
  });
});
