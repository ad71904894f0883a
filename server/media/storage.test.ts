import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startS3rver } from "../../tests/media/s3rver.ts";
import { mediaStorageContract } from "./contract.ts";
import { createMediaStorage } from "./index.ts";
import { LocalMediaStorage } from "./local.ts";
import { S3MediaStorage } from "./s3.ts";

mediaStorageContract("local disk MediaStorage", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "pegasus-media-"));
  return {
    storage: new LocalMediaStorage(root),
    teardown: () => rm(root, { recursive: true, force: true }),
  };
});

mediaStorageContract("S3 MediaStorage (s3rver on loopback, path-style)", async () => {
  const s3 = await startS3rver();
  return { storage: new S3MediaStorage(s3.config), teardown: () => s3.stop() };
});

describe("choosing the media storage", () => {
  it("is the local disk under DATA_DIR unless S3_BUCKET is set", () => {
    const local = createMediaStorage({ dataDir: "/srv/pegasus", s3: undefined });
    expect(local.kind).toBe("local");
    expect(local.description).toContain(path.join("/srv/pegasus", "media"));
    const s3 = createMediaStorage({
      dataDir: "/srv/pegasus",
      s3: {
        bucket: "shop-media",
        region: "eu-west-1",
        endpoint: "http://minio.internal:9000",
        forcePathStyle: true,
        accessKeyId: "key",
        secretAccessKey: "secret",
      },
    });
    expect(s3.kind).toBe("s3");
    expect(s3.description).toBe("s3 bucket shop-media at minio.internal:9000");
    expect(s3.description).not.toContain("secret");
  });

  it("leaves no temporary files behind on the local disk", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "pegasus-media-"));
    const storage = new LocalMediaStorage(root);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => storage.put("media/s/m/320.jpg", Buffer.alloc(1000, i))),
    );
    expect(await readdir(path.join(root, "media/s/m"))).toEqual(["320.jpg"]);
    await rm(root, { recursive: true, force: true });
  });
});
