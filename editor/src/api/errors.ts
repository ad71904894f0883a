import { TRPCClientError } from "@trpc/client";

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
      const fieldErrors = isStringListRecord(data.fieldErrors) ? data.fieldErrors : {};
      const formErrors = isStringList(data.formErrors) ? data.formErrors : [];
      return {
        code: data.code,
        httpStatus: typeof data.httpStatus === "number" ? data.httpStatus : null,
        message: error.message,
        ...(typeof data.messageCode === "string"
          ? { messageCode: data.messageCode, params: isParams(data.params) ? data.params : {} }
          : {}),
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
