import type { z } from "zod";
import type { FieldSaid, Said } from "../errors.ts";

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

/**
 * A zod issue as a sentence id and its parameters (decision 0016), so the app words a field's
 * error in the merchant's language ("At least 8 characters" in French). Issues whose words only
 * the schema knows (`custom`, a pattern) have none and keep their English.
 */
export function saidOfIssue(issue: z.core.$ZodIssue): Said | null {
  const bound = (n: number | bigint) => Number(n);
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null
        ? { id: "app.field.required", english: "This field is required." }
        : { id: "app.field.invalid", english: "This value is not valid." };
    case "too_small": {
      const minimum = bound(issue.minimum);
      if (issue.origin === "string")
        return minimum <= 1
          ? { id: "app.field.required", english: "This field is required." }
          : {
              id: "app.field.tooShort",
              english: `Use at least ${minimum} characters.`,
              params: { minimum },
            };
      if (issue.origin === "array" || issue.origin === "set")
        return {
          id: "app.field.tooFew",
          english: `Choose at least ${minimum}.`,
          params: { minimum },
        };
      return {
        id: "app.field.tooSmall",
        english: `Enter ${minimum} or more.`,
        params: { minimum },
      };
    }
    case "too_big": {
      const maximum = bound(issue.maximum);
      if (issue.origin === "string")
        return {
          id: "app.field.tooLong",
          english: `Use at most ${maximum} characters.`,
          params: { maximum },
        };
      if (issue.origin === "array" || issue.origin === "set")
        return {
          id: "app.field.tooMany",
          english: `Choose at most ${maximum}.`,
          params: { maximum },
        };
      return { id: "app.field.tooBig", english: `Enter ${maximum} or less.`, params: { maximum } };
    }
    case "invalid_format":
      if (issue.format === "email")
        return {
          id: "app.field.email",
          english: "Enter an email address such as name@example.com.",
        };
      if (issue.format === "url")
        return { id: "app.field.url", english: "Enter a web address such as https://example.com." };
      return issue.format === "regex"
        ? null
        : { id: "app.field.invalid", english: "This value is not valid." };
    case "custom": {
      // A schema's own check may carry its sentence: `params: { said }` (the password policy).
      const carried = (issue.params as { said?: Said } | undefined)?.said;
      return carried && typeof carried.id === "string" ? carried : null;
    }
    case "invalid_value":
    case "invalid_union":
    case "not_multiple_of":
      return { id: "app.field.invalid", english: "This value is not valid." };
    default:
      return null;
  }
}

/** Every field issue's sentence id, by dotted path (only the paths whose issues all have one). */
export function fieldSaidOfIssues(error: z.ZodError): FieldSaid {
  const byPath = new Map<string, (Said | null)[]>();
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue;
    const key = issue.path.map(String).join(".");
    byPath.set(key, [...(byPath.get(key) ?? []), saidOfIssue(issue)]);
  }
  return Object.fromEntries(
    [...byPath].filter((entry): entry is [string, Said[]] => entry[1].every((s) => s !== null)),
  );
}
