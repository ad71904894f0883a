import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
// @ts-expect-error -- s3rver ships no types; the little used here is typed below.
import S3rverModule from "s3rver";
import type { S3Config } from "../../server/config.ts";

type S3rverInstance = {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
};
const S3rver = S3rverModule as new (options: Record<string, unknown>) => S3rverInstance;

/**
 * An S3-compatible server on loopback (s3rver, files in a temp directory) with one bucket, and
 * the S3 config that reaches it path-style, the way MinIO is reached.
 */
export async function startS3rver(bucket = "pegasus-media"): Promise<{
  config: S3Config;
  stop(): Promise<void>;
}> {
  const directory = await mkdtemp(path.join(tmpdir(), "pegasus-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    config: {
      bucket,
      region: "us-east-1",
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
    },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
