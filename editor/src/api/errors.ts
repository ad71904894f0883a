import { TRPCClientError } from "@trpc/client";
import { wordServerSentence } from "./serverMessages.ts";

/**
 * What went wrong with a call, in the server's own words. The server answers every failure with
 * `{ message, data: { code, httpStatus, fieldErrors?, formErrors? } }`; anything else (no
 * network, a proxy's HTML error page) becomes a `NETWORK` problem.
 */
export type ApiProblem = {
  code: string;
  httpStatus: number | null;
  message: string;
  /** The sentence's stable id (decision 0016), for the app to word it in its language. */
  messageCode?: string;
  params?: Record<string, string | number>;
  fieldErrors: Record<string, string[]>;
  formErrors: string[];
};

/** English fallbacks; screens word them in the app's language (api/problemWords.ts). */
export const UNKNOWN_MESSAGE = "Something went wrong.";
const NETWORK_MESSAGE = "We could not reach Pegasus. Check your connection and try again.";

type ErrorData = {
  fieldCodes?: unknown;
  code?: unknown;
  httpStatus?: unknown;
  fieldErrors?: unknown;
  formErrors?: unknown;
  messageCode?: unknown;
  params?: unknown;
};

export function toProblem(error: unknown): ApiProblem {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? null) as ErrorData | null;
    if (data && typeof data.code === "string") {
      const english = isStringListRecord(data.fieldErrors) ? data.fieldErrors : {};
      const fieldErrors = wordFields(english, data.fieldCodes);
      const formErrors = isStringList(data.formErrors) ? data.formErrors : [];
      const said =
        typeof data.messageCode === "string"
          ? { messageCode: data.messageCode, params: isParams(data.params) ? data.params : {} }
          : null;
      return {
        code: data.code,
        httpStatus: typeof data.httpStatus === "number" ? data.httpStatus : null,
        // In the app's language when the server named a sentence the app knows (decision 0016).
        message:
          (said && wordServerSentence(said.messageCode, said.params)) ||
          // Input checks worded per field: their words, rather than zod's English summary.
          (fieldErrors !== english ? Object.values(fieldErrors).flat().join(" ") : error.message),
        ...(said ?? {}),
        fieldErrors,
        formErrors,
      };
    }
    return {
      code: "NETWORK",
      httpStatus: null,
      message: NETWORK_MESSAGE,
      fieldErrors: {},
      formErrors: [],
    };
  }
  const message = error instanceof Error ? error.message : UNKNOWN_MESSAGE;
  return { code: "UNKNOWN", httpStatus: null, message, fieldErrors: {}, formErrors: [] };
}

export function errorCode(error: unknown): string | null {
  return error == null ? null : toProblem(error).code;
}

export function isUnauthorized(error: unknown): boolean {
  return errorCode(error) === "UNAUTHORIZED";
}

/** Errors worth retrying: the network or the server failed, not the request itself. */
export function isRetryable(error: unknown): boolean {
  const { code, httpStatus } = toProblem(error);
  return code === "NETWORK" || (httpStatus !== null && httpStatus >= 500);
}

/**
 * Each field's messages in the app's language, from the ids the server sent beside zod's (or the
 * domain's) English; a field whose ids the app does not know keeps the English.
 */
function wordFields(english: Record<string, string[]>, codes: unknown): Record<string, string[]> {
  if (typeof codes !== "object" || codes === null) return english;
  let changed = false;
  const worded = { ...english };
  for (const [path, list] of Object.entries(codes as Record<string, unknown>)) {
    if (!Array.isArray(list) || !(path in english)) continue;
    const words = list.map((item: unknown) => {
      const { code, params } = (item ?? {}) as { code?: unknown; params?: unknown };
      return typeof code === "string"
        ? wordServerSentence(code, isParams(params) ? params : undefined)
        : null;
    });
    if (words.length > 0 && words.every((w) => w !== null)) {
      worded[path] = words as string[];
      changed = true;
    }
  }
  return changed ? worded : english;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isStringListRecord(value: unknown): value is Record<string, string[]> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(isStringList)
  );
}

function isParams(value: unknown): value is Record<string, string | number> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((item) => typeof item === "string" || typeof item === "number")
  );
}
