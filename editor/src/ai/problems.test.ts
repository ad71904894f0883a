import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { aiProblem, readableMessage } from "./problems.tsx";

/** An error as the tRPC client hands it over, from the server's error shape. */
function serverError(
  code: string,
  message: string,
  issues: { fieldErrors?: Record<string, string[]> } = {},
) {
  return TRPCClientError.from({
    error: { message, code: -32600, data: { code, httpStatus: 400, ...issues } },
  });
}

describe("AI errors a merchant can read", () => {
  it("keeps a server's sentence as it is", () => {
    const error = serverError(
      "TOO_MANY_REQUESTS",
      "Too many AI requests: try again in 12 seconds.",
    );
    expect(aiProblem(error).message).toBe("Too many AI requests: try again in 12 seconds.");
  });

  it("never shows a schema dump, an error's class or zod's JSON", () => {
    const dumps = [
      'AiOutputError: [{"code":"too_big","path":["props","heading"]}]',
      "products.3.price: Expected number, received null",
      "ZodError: Invalid input",
    ];
    for (const dump of dumps) {
      const message = aiProblem(serverError("INTERNAL_SERVER_ERROR", dump)).message;
      expect(message).toBe(
        "Something went wrong on our side. Nothing was changed; please try again.",
      );
    }
    expect(
      aiProblem(
        serverError(
          "UNPROCESSABLE_CONTENT",
          "The AI's answer did not pass our checks twice, so nothing was changed. props.heading: Too big: expected string to have <=120 characters",
        ),
      ).message,
    ).toBe(
      "The AI's answer did not pass our checks, so nothing was changed. Please try again, or word your request differently.",
    );
    expect(readableMessage('{"message":"boom"}')).toMatch(/^Something went wrong on our side/);
  });

  it("keys field errors by the field's own name, each in words", () => {
    const problem = aiProblem(
      serverError(
        "BAD_REQUEST",
        "brief.description: Keep the description under 2,000 characters.",
        {
          fieldErrors: {
            "brief.description": ["Keep the description under 2,000 characters."],
            "brief.language": ['Invalid option: expected one of "en"|"fr"'],
          },
        },
      ),
    );
    expect(problem.fields).toEqual({
      description: "Keep the description under 2,000 characters.",
      language: "Check this answer.",
    });
    expect(problem.message).toBe("Keep the description under 2,000 characters. Check this answer.");
  });
});
