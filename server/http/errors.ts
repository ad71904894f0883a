import type { z } from "zod";

/**
 * One error shape for every HTTP answer, tRPC or not:
 *   { error: { message, data: { code, httpStatus, fieldErrors?, formErrors? } } }
 * tRPC's own envelope already has `message` and `data`; plain routes use the same fields so a
 * client reads every failure the same way. Zod issues are flattened so forms can show them.
 */
export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "PAYMENT_REQUIRED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "METHOD_NOT_SUPPORTED"
  | "TIMEOUT"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "UNPROCESSABLE_CONTENT"
  | "TOO_MANY_REQUESTS"
  | "INTERNAL_SERVER_ERROR"
  | "NOT_IMPLEMENTED"
  | "SERVICE_UNAVAILABLE";

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  PAYMENT_REQUIRED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  TIMEOUT: 408,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE_CONTENT: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  NOT_IMPLEMENTED: 501,
  SERVICE_UNAVAILABLE: 503,
};

export type FlatIssues = { fieldErrors: Record<string, string[]>; formErrors: string[] };

/** Flattens zod issues by dotted path ("address.zip"), which is what forms key their fields by. */
export function flattenIssues(error: z.ZodError): FlatIssues {
  // A Map, not an object: a field may be named "constructor" or "__proto__".
  const fieldErrors = new Map<string, string[]>();
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    if (issue.path.length === 0) {
      formErrors.push(issue.message);
      continue;
    }
    const key = issue.path.map(String).join(".");
    fieldErrors.set(key, [...(fieldErrors.get(key) ?? []), issue.message]);
  }
  return { fieldErrors: Object.fromEntries(fieldErrors), formErrors };
}

export type ErrorBody = {
  error: {
    message: string;
    data: { code: ErrorCode; httpStatus: number } & Partial<FlatIssues>;
  };
};

export function errorBody(code: ErrorCode, message: string, issues?: FlatIssues): ErrorBody {
  return { error: { message, data: { code, httpStatus: HTTP_STATUS[code], ...issues } } };
}

/** Summarises zod issues in one sentence for the `message` field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
    )
    .join("; ");
}
