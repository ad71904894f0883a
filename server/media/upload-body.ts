import type { FastifyRequest } from "fastify";
import type { ErrorCode } from "../http/errors.ts";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "../http/storable-text.ts";
import { formatBytes } from "./library.ts";

/** What an upload request carries: one file and, optionally, its alt text. */
export type UploadBody = { ok: true; filename: string; bytes: Buffer; alt: string | undefined };

/** Why an upload request's body was refused; `detail` is the parser's own words, for the log. */
export type UploadBodyRefusal = { ok: false; code: ErrorCode; message: string; detail?: string };

/**
 * Reads an upload's multipart body to its very end before anything is judged or stored: one file
 * field and an optional `alt` field, in either order. A second file, too many parts, a file over
 * `maxBytes`, a body cut off or malformed (bad boundary, truncated part, headers without a body),
 * or alt text that cannot be stored is refused with a message, and nothing of it is kept.
 * The parser's limits (`files: 1`, ...) are set where @fastify/multipart is registered.
 */
export async function readUploadBody(
  request: FastifyRequest,
  maxBytes: number,
): Promise<UploadBody | UploadBodyRefusal> {
  let file: { filename: string; bytes: Buffer } | undefined;
  let alt: string | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        // With the parser's `files: 1`, a second file never gets here: its limit error does.
        file = { filename: part.filename || "image", bytes: await part.toBuffer() };
      } else if (part.fieldname === "alt") {
        if (typeof part.value !== "string") {
          return {
            ok: false,
            code: "BAD_REQUEST",
            message: "alt: send the alt text as plain text.",
          };
        }
        alt = part.value;
      }
    }
  } catch (error) {
    return refusal(error, maxBytes);
  }
  if (!file)
    return { ok: false, code: "BAD_REQUEST", message: "Attach the image as a file field." };
  if (alt !== undefined && !isStorableText(alt)) {
    return { ok: false, code: "BAD_REQUEST", message: `alt: ${UNSTORABLE_TEXT_MESSAGE}` };
  }
  return { ok: true, ...file, alt };
}

/**
 * Everything that can go wrong while reading the body is the body's doing (the parser reads
 * nothing else), so each is a 4xx that says what to send instead.
 */
function refusal(error: unknown, maxBytes: number): UploadBodyRefusal {
  const code = (error as { code?: unknown }).code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "FST_REQ_FILE_TOO_LARGE":
      return {
        ok: false,
        code: "PAYLOAD_TOO_LARGE",
        message: `The file is larger than the ${formatBytes(maxBytes)} limit.`,
      };
    case "FST_FILES_LIMIT":
      return {
        ok: false,
        code: "BAD_REQUEST",
        message: "Upload one file per request.",
        detail,
      };
    case "FST_PARTS_LIMIT":
    case "FST_FIELDS_LIMIT":
    case "FST_PROTO_VIOLATION":
    case "FST_INVALID_JSON_FIELD_ERROR":
      return {
        ok: false,
        code: "BAD_REQUEST",
        message: "Send one file and, if you like, its alt text: nothing else.",
        detail,
      };
    case "FST_MP_PREMATURE_CLOSE":
      return {
        ok: false,
        code: "BAD_REQUEST",
        message: "The upload was cut off before it finished.",
        detail,
      };
  }
  return {
    ok: false,
    code: "BAD_REQUEST",
    message:
      "The upload could not be read: it was cut off, or it is not well-formed multipart/form-data.",
    detail,
  };
}
