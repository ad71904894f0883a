import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { ErrorCode } from "../http/errors.ts";

export type CommerceErrorCode = Extract<
  ErrorCode,
  | "BAD_REQUEST"
  | "NOT_FOUND"
  | "CONFLICT"
  | "FORBIDDEN"
  | "PAYLOAD_TOO_LARGE"
  | "SERVICE_UNAVAILABLE"
>;

/**
 * A refusal the shopper or merchant can act on ("Only 2 left", "This code has expired").
 * Thrown before anything is written, or from inside a transaction that it rolls back.
 */
export class CommerceError extends Error {
  override name = "CommerceError";
  constructor(
    readonly code: CommerceErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export const soldOut = (message: string) => new CommerceError("CONFLICT", message);
export const notFound = (message: string) => new CommerceError("NOT_FOUND", message);
export const badRequest = (message: string, field?: string) =>
  new CommerceError("BAD_REQUEST", message, field ? { [field]: [message] } : undefined);

/**
 * tRPC's error formatter flattens a zod cause into `fieldErrors`; field-level refusals travel
 * the same way so the editor's forms show them next to the input.
 */
export function toTRPCError(error: unknown): unknown {
  if (!(error instanceof CommerceError)) return error;
  const code = error.code === "SERVICE_UNAVAILABLE" ? "INTERNAL_SERVER_ERROR" : error.code;
  const cause = error.fieldErrors
    ? new z.ZodError(
        Object.entries(error.fieldErrors).flatMap(([path, messages]) =>
          messages.map((message) => ({
            code: "custom" as const,
            path: path.split("."),
            message,
            input: undefined,
          })),
        ),
      )
    : undefined;
  return new TRPCError({ code, message: error.message, cause });
}

/** Runs a handler body, turning CommerceErrors into tRPC errors. */
export async function trpcErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toTRPCError(error);
  }
}
