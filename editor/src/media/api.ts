import { createContext, useContext } from "react";
import type { RouterOutputs } from "../api/types.ts";

export type MediaItem = RouterOutputs["media"]["list"]["items"][number];
export type MediaUse = RouterOutputs["media"]["uses"]["uses"][number];

/** What the upload route answers: the new (or already stored) image. */
export type UploadAnswer = { media: MediaItem; duplicate: boolean };

/**
 * A failed upload. `reason` says what went wrong on the way (the app words it in the merchant's
 * language); the message is the server's when it answered with one, else English.
 */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly reason: "server" | "http" | "network" | "aborted" = "server",
  ) {
    super(message);
    this.name = "UploadError";
  }
}

/** Sends one file; `onProgress` gets the fraction of bytes sent. */
export type UploadFile = (
  siteId: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
) => Promise<UploadAnswer>;

/** The server's upload route (server/media/routes.ts). */
export const UPLOAD_URL = "/api/media/upload";

/**
 * Uploads through XMLHttpRequest, the one browser API that reports upload progress. The server
 * checks the bytes; the browser-side type is not trusted and not even sent as a hint.
 */
export const uploadWithXhr: UploadFile = (siteId, file, onProgress, signal) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${UPLOAD_URL}?siteId=${encodeURIComponent(siteId)}`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as
        (UploadAnswer & { error?: undefined }) | { error?: { message?: string } } | null;
      if (xhr.status >= 200 && xhr.status < 300 && body && "media" in body) {
        onProgress(1);
        resolve(body as UploadAnswer);
      } else {
        reject(
          body?.error?.message
            ? new UploadError(body.error.message, xhr.status)
            : new UploadError(`The upload failed (HTTP ${xhr.status}).`, xhr.status, "http"),
        );
      }
    };
    xhr.onerror = () =>
      reject(
        new UploadError(
          "The upload did not reach Pegasus. Check your connection.",
          null,
          "network",
        ),
      );
    xhr.onabort = () => reject(new UploadError("The upload was cancelled.", null, "aborted"));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });

/** Tests swap the uploader for a fake; the app uses XHR. */
export const UploadContext = createContext<UploadFile>(uploadWithXhr);

export function useUploadFile(): UploadFile {
  return useContext(UploadContext);
}

/** "2.4 MB", "812 kB" in English; "2,4 Mo", "812 ko" in French (Intl's units). */
export function formatBytes(bytes: number, locale = "en"): string {
  const format = (value: number, unit: string, digits: number) =>
    new Intl.NumberFormat(locale, {
      style: "unit",
      unit,
      unitDisplay: "short",
      maximumFractionDigits: digits,
    }).format(value);
  if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), "megabyte", 1);
  if (bytes >= 1024) return format(Math.round(bytes / 1024), "kilobyte", 0);
  return format(bytes, "byte", 0);
}

/** The image value an image field stores, from a library item. */
export function imageValueOf(item: MediaItem) {
  return {
    src: item.src ?? "",
    alt: item.alt,
    decorative: false,
    ...(item.width ? { width: item.width } : {}),
    ...(item.height ? { height: item.height } : {}),
  };
}

/** Files the server accepts (it checks the bytes; this only filters the file chooser). */
export const ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/gif";
