import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { badRequest, DomainError, domainErrorReply, notFound } from "./errors.ts";
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
});

/** Calls a procedure over HTTP, as the editor does, and reads the answer it gets. */
async function call(path: string, method: "GET" | "POST" = "GET") {
  const response = await fetchRequestHandler({
    endpoint: "/trpc",
    req: new Request(`http://app.test/trpc/${path}`, {
      method,
      ...(method === "POST" ? { body: "{}", headers: { "content-type": "application/json" } } : {}),
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
