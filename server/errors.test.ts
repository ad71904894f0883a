import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AiOutputError, AiUnavailableError } from "./ai/port.ts";
import {
  badRequest,
  DomainError,
  domainErrorReply,
  notFound,
  type DomainErrorCode,
} from "./errors.ts";
import { HTTP_STATUS, type ErrorCode } from "./http/errors.ts";
import { publicProcedure, router, type Context } from "./trpc.ts";

const refusals = router({
  order: publicProcedure.query(() => {
    throw notFound("No such order.");
  }),
  discount: publicProcedure.mutation(() => {
    throw new DomainError("CONFLICT", "The code TEN already exists.", {
      "discount.code": ["This code already exists."],
    });
  }),
  broken: publicProcedure.query(() => {
    throw new Error("connection reset by the database");
  }),
  slowModel: publicProcedure.mutation(() => {
    throw new AiUnavailableError("The AI took too long to answer. Please try again.", "timeout");
  }),
  noTranslation: publicProcedure.mutation(() => {
    throw new AiUnavailableError("The offline writer cannot translate.", "unsupported");
  }),
  unusableAnswer: publicProcedure.mutation(() => {
    throw new AiOutputError("The AI's answer could not be used; nothing was changed.", [
      "heading: too long",
    ]);
  }),
  /** Refuses with the code the input names: every code a domain may answer with. */
  refuse: publicProcedure.input(z.string()).mutation(({ input }) => {
    throw new DomainError(input as DomainErrorCode, `Refused: ${input}.`);
  }),
});

/** Calls a procedure over HTTP, as the editor does, and reads the answer it gets. */
async function call(path: string, method: "GET" | "POST" = "GET", input: unknown = {}) {
  const response = await fetchRequestHandler({
    endpoint: "/trpc",
    req: new Request(`http://app.test/trpc/${path}`, {
      method,
      ...(method === "POST"
        ? { body: JSON.stringify(input), headers: { "content-type": "application/json" } }
        : {}),
    }),
    router: refusals,
    createContext: () => ({}) as Context,
  });
  return { status: response.status, body: (await response.json()) as { error: Refusal } };
}

type Refusal = { message: string; data: Record<string, unknown> };

describe("a domain refusal on the wire", () => {
  it("answers with its own status, code and sentence", async () => {
    const { status, body } = await call("order");
    expect(status).toBe(404);
    expect(body.error.message).toBe("No such order.");
    expect(body.error.data).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
    expect(body.error.data).not.toHaveProperty("fieldErrors");
  });

  it("carries its field errors the way input errors carry theirs, for forms", async () => {
    const { status, body } = await call("discount", "POST");
    expect(status).toBe(409);
    expect(body.error.message).toBe("The code TEN already exists.");
    expect(body.error.data).toMatchObject({
      code: "CONFLICT",
      httpStatus: 409,
      fieldErrors: { "discount.code": ["This code already exists."] },
      formErrors: [],
    });
  });

  it("is told apart from our own failure, which says nothing of its cause", async () => {
    const { status, body } = await call("broken");
    expect(status).toBe(500);
    expect(body.error.message).toBe("Something went wrong on our side. Please try again.");
    expect(JSON.stringify(body)).not.toContain("database");
  });

  it("answers the AI layer's refusals like any other, with their own sentence", async () => {
    const slow = await call("slowModel", "POST");
    expect([slow.status, slow.body.error.data.code]).toEqual([408, "TIMEOUT"]);
    expect(slow.body.error.message).toBe("The AI took too long to answer. Please try again.");
    const untranslated = await call("noTranslation", "POST");
    expect([untranslated.status, untranslated.body.error.data.code]).toEqual([
      501,
      "NOT_IMPLEMENTED",
    ]);
    const unusable = await call("unusableAnswer", "POST");
    expect([unusable.status, unusable.body.error.data.code]).toEqual([
      422,
      "UNPROCESSABLE_CONTENT",
    ]);
    // What was wrong with the answer is for the log, not the merchant.
    expect(JSON.stringify(unusable.body)).not.toContain("too long");
  });

  it("answers every domain code with the status plain routes give it", async () => {
    const codes = (Object.keys(HTTP_STATUS) as ErrorCode[]).filter(
      (code) => code !== "METHOD_NOT_SUPPORTED" && code !== "INTERNAL_SERVER_ERROR",
    );
    for (const code of codes) {
      const { status, body } = await call("refuse", "POST", code);
      expect([code, status, body.error.data.code]).toEqual([code, HTTP_STATUS[code], code]);
      expect(body.error.message).toBe(`Refused: ${code}.`);
    }
  });

  it("answers a plain route in the same shape", () => {
    expect(domainErrorReply(badRequest("Enter a discount code.", "discount.code"))).toEqual({
      status: 400,
      body: {
        error: {
          message: "Enter a discount code.",
          data: {
            code: "BAD_REQUEST",
            httpStatus: 400,
            fieldErrors: { "discount.code": ["Enter a discount code."] },
            formErrors: [],
          },
        },
      },
    });
  });
});
