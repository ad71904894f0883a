import { errorBody, HTTP_STATUS, type ErrorBody, type ErrorCode } from "./http/errors.ts";

/**
 * What kind of refusal a domain error is. The wire codes (`http/errors.ts`), less the two that are
 * never a domain's answer: a method the route does not take, and our own failure.
 */
export type DomainErrorCode = Exclude<ErrorCode, "METHOD_NOT_SUPPORTED" | "INTERNAL_SERVER_ERROR">;

/** Messages by the input's dotted path ("address.zip"), the way forms key their fields. */
export type FieldErrors = Record<string, string[]>;

/** Field messages as ids and parameters (`Said`s), by the same dotted paths, for the app to word. */
export type FieldSaid = Record<string, Said[]>;

/**
 * A refusal's sentence as a stable id and its parameters, beside its English: the app words it in
 * the merchant's language from its catalogue (the id is its message id there) and falls back to
 * the English for an id it does not know (decision 0016).
 */
export type Said = { id: string; english: string; params?: Record<string, string | number> };

/** `Said` shorthand: `said("app.error.wrongCredentials", "Email or password is incorrect.")`. */
export function said(id: string, english: string, params?: Said["params"]): Said {
  return { id, english, ...(params ? { params } : {}) };
}

/**
 * The one error model (STYLE.md §12, decision 0010): a refusal the person can act on ("Only 2
 * left", "No such order.", "This code has expired"), with a code saying what kind it is and, when
 * it is about one input, the field it is about. Domain code (commerce, sites, review, media, AI)
 * throws these and never the transport's errors; the edge words them once: the tRPC middleware in
 * `trpc.ts`, and `domainErrorReply` below for plain routes.
 */
export class DomainError extends Error {
  override name = "DomainError";
  /** The sentence's id and parameters, when it has one (`said`). */
  readonly said?: Said;
  /** Field messages in English, by dotted path. */
  readonly fieldErrors?: FieldErrors;
  /** The field messages that have an id (`said`), for the app to word. */
  readonly fieldSaid?: FieldSaid;
  constructor(
    readonly code: DomainErrorCode,
    message: string | Said,
    fieldErrors?: Record<string, (string | Said)[]>,
    options?: ErrorOptions,
  ) {
    super(typeof message === "string" ? message : message.english, options);
    if (typeof message !== "string") this.said = message;
    if (fieldErrors) {
      const entries = Object.entries(fieldErrors);
      this.fieldErrors = Object.fromEntries(
        entries.map(([path, list]) => [
          path,
          list.map((m) => (typeof m === "string" ? m : m.english)),
        ]),
      );
      const coded = entries
        .map(
          ([path, list]) => [path, list.filter((m): m is Said => typeof m !== "string")] as const,
        )
        .filter(([, list]) => list.length > 0);
      if (coded.length) this.fieldSaid = Object.fromEntries(coded);
    }
  }
}

/** A refusal about one input field: `field` is its dotted path in the procedure's input. */
function aboutField(code: DomainErrorCode, message: string | Said, field?: string): DomainError {
  return new DomainError(code, message, field ? { [field]: [message] } : undefined);
}

export const notFound = (message: string | Said) => new DomainError("NOT_FOUND", message);
export const forbidden = (message: string | Said) => new DomainError("FORBIDDEN", message);
export const badRequest = (message: string | Said, field?: string) =>
  aboutField("BAD_REQUEST", message, field);
export const conflict = (message: string | Said, field?: string) =>
  aboutField("CONFLICT", message, field);
/** Understood but not usable: an AI answer no better than what is there, or one that does not fit. */
export const unprocessable = (message: string | Said) =>
  new DomainError("UNPROCESSABLE_CONTENT", message);

/** A domain error as a plain route answers it: the one error shape, with its HTTP status. */
export function domainErrorReply(error: DomainError): { status: number; body: ErrorBody } {
  const issues = error.fieldErrors ? { fieldErrors: error.fieldErrors, formErrors: [] } : undefined;
  return { status: HTTP_STATUS[error.code], body: errorBody(error.code, error.message, issues) };
}
