import { useQueryClient } from "@tanstack/react-query";
import { useIntl, type IntlShape } from "react-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "../api/trpc.ts";
import { UploadError, useUploadFile, type MediaItem } from "./api.ts";

export type UploadState = {
  /** Local id, for React keys. */
  key: string;
  name: string;
  size: number;
  /** 0-1 of the bytes sent. */
  sent: number;
  status: "queued" | "uploading" | "done" | "failed";
  error: string | null;
  media: MediaItem | null;
  duplicate: boolean;
};

const AT_ONCE = 3;
let counter = 0;

/**
 * Uploads files a few at a time, with the progress of each. Processing progress after the upload
 * comes from the library list itself (the server reports it per image).
 */
export function useUploads(siteId: string) {
  const uploadFile = useUploadFile();
  const intl = useIntl();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<UploadState[]>([]);
  const queue = useRef<{ key: string; file: File }[]>([]);
  const running = useRef(0);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const update = useCallback((key: string, patch: Partial<UploadState>) => {
    if (!alive.current) return;
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));
  }, []);

  const pump = useCallback(() => {
    while (running.current < AT_ONCE && queue.current.length > 0) {
      const { key, file } = queue.current.shift()!;
      running.current++;
      update(key, { status: "uploading" });
      uploadFile(siteId, file, (sent) => update(key, { sent }))
        .then((answer) => {
          update(key, {
            status: "done",
            sent: 1,
            media: answer.media,
            duplicate: answer.duplicate,
          });
          void queryClient.invalidateQueries({ queryKey: trpc.media.list.pathKey() });
        })
        .catch((error: unknown) => {
          update(key, {
            status: "failed",
            error: uploadProblem(intl, error),
          });
        })
        .finally(() => {
          running.current--;
          pump();
        });
    }
  }, [siteId, uploadFile, update, queryClient, trpc, intl]);

  const add = useCallback(
    (files: Iterable<File>) => {
      const added: UploadState[] = [];
      for (const file of files) {
        const key = `upload-${++counter}`;
        queue.current.push({ key, file });
        added.push({
          key,
          name: file.name,
          size: file.size,
          sent: 0,
          status: "queued",
          error: null,
          media: null,
          duplicate: false,
        });
      }
      if (added.length === 0) return;
      setUploads((list) => [...added, ...list]);
      pump();
    },
    [pump],
  );

  const dismiss = useCallback((key: string) => {
    setUploads((list) => list.filter((u) => u.key !== key));
  }, []);

  return { uploads, add, dismiss };
}

/** What went wrong with an upload, in the merchant's language (the server's words when it said). */
function uploadProblem(intl: IntlShape, error: unknown): string {
  if (error instanceof UploadError && error.reason === "http")
    return intl.formatMessage(
      { id: "media.uploads.httpError", defaultMessage: "The upload failed (HTTP {status})." },
      { status: String(error.status) },
    );
  if (error instanceof UploadError && error.reason === "network")
    return intl.formatMessage({
      id: "media.uploads.networkError",
      defaultMessage: "The upload did not reach Pegasus. Check your connection.",
    });
  if (error instanceof UploadError && error.reason === "aborted")
    return intl.formatMessage({
      id: "media.uploads.aborted",
      defaultMessage: "The upload was cancelled.",
    });
  if (error instanceof Error) return error.message;
  return intl.formatMessage({ id: "media.uploads.failed", defaultMessage: "The upload failed." });
}
