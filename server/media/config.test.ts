import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.ts";

function problems(env: Record<string, string>) {
  try {
    loadConfig(env, "/srv");
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => p.variable);
    throw error;
  }
  return [];
}

describe("media settings", () => {
  it("default to 20 MB, 100 megapixels, local disk and at least one worker", () => {
    const config = loadConfig({}, "/srv");
    expect(config.media.maxBytes).toBe(20 * 1024 * 1024);
    expect(config.media.maxPixels).toBe(100_000_000);
    expect(config.media.workers).toBeGreaterThanOrEqual(1);
    expect(config.media.workers).toBeLessThanOrEqual(4);
    expect(config.s3).toBeUndefined();
  });

  it("read S3 for MinIO with path-style URLs", () => {
    const config = loadConfig(
      {
        S3_BUCKET: "shop-media",
        S3_ENDPOINT: "http://127.0.0.1:9000",
        S3_FORCE_PATH_STYLE: "true",
        S3_ACCESS_KEY_ID: "minio",
        S3_SECRET_ACCESS_KEY: "minio-secret",
        MEDIA_MAX_BYTES: "1048576",
        MEDIA_WORKERS: "2",
      },
      "/srv",
    );
    expect(config.s3).toEqual({
      bucket: "shop-media",
      region: "us-east-1",
      endpoint: "http://127.0.0.1:9000",
      forcePathStyle: true,
      accessKeyId: "minio",
      secretAccessKey: "minio-secret",
    });
    expect(config.media).toMatchObject({ maxBytes: 1048576, workers: 2 });
  });

  it("name the variable that is wrong", () => {
    expect(problems({ S3_BUCKET: "Bad_Bucket!" })).toEqual(["S3_BUCKET"]);
    expect(problems({ S3_BUCKET: "ok-bucket", S3_ACCESS_KEY_ID: "key" })).toEqual([
      "S3_SECRET_ACCESS_KEY",
    ]);
    expect(problems({ S3_ENDPOINT: "http://127.0.0.1:9000" })).toEqual(["S3_BUCKET"]);
    expect(problems({ S3_BUCKET: "ok-bucket", S3_ENDPOINT: "ftp://x" })).toEqual(["S3_ENDPOINT"]);
    expect(problems({ MEDIA_MAX_BYTES: "twenty" })).toEqual(["MEDIA_MAX_BYTES"]);
    expect(problems({ MEDIA_MAX_PIXELS: "300000000" })).toEqual(["MEDIA_MAX_PIXELS"]);
  });
});
