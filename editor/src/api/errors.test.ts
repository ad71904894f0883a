import { TRPCClientError } from "@trpc/client";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import { toProblem } from "./errors.ts";
import { placeErrors } from "./formErrors.ts";

afterEach(() => setLanguage("en"));

/** An input check as the server answers it: zod's English by field, and each issue's id. */
function inputCheck() {
  return new TRPCClientError("password: Too small: expected string to have >=8 characters", {
    result: {
      error: {
        message: "password: Too small: expected string to have >=8 characters",
        code: -32600,
        data: {
          code: "BAD_REQUEST",
          httpStatus: 400,
          fieldErrors: {
            password: ["Too small: expected string to have >=8 characters"],
            email: ["Invalid email address"],
          },
          formErrors: [],
          fieldCodes: {
            password: [{ code: "app.field.tooShort", params: { minimum: 8 } }],
            email: [{ code: "app.field.email", params: {} }],
          },
        },
      },
    },
  });
}

describe("input checks, worded per field", () => {
  it("in French from each issue's id and parameters", async () => {
    await setLanguage("fr");
    await loadArea("app");
    const problem = toProblem(inputCheck());
    expect(problem.fieldErrors).toEqual({
      password: ["Utilisez au moins 8 caractères."],
      email: ["Saisissez une adresse e-mail, par exemple nom@exemple.fr."],
    });
    const { byField } = placeErrors(inputCheck(), ["password", "email"] as const);
    expect(byField.password).toBe("Utilisez au moins 8 caractères.");
  });

  it("in the server's English in English", async () => {
    await loadArea("app");
    expect(toProblem(inputCheck()).fieldErrors.password).toEqual([
      "Too small: expected string to have >=8 characters",
    ]);
  });
});
