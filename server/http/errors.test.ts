import { z } from "zod";
import { describe, expect, it } from "vitest";
import { ZRegisterInput } from "../routers/auth/auth.schema.ts";
import { fieldSaidOfIssues } from "./errors.ts";

describe("zod issues as sentence ids", () => {
  it("gives each field's issue an id and its parameters", () => {
    const schema = z.object({
      name: z.string().min(1, "Enter a name."),
      password: z.string().min(8),
      email: z.email(),
      bio: z.string().max(160),
      quantity: z.number().int().min(1),
      slug: z.string().regex(/^[a-z]+$/, "Use lowercase letters."),
    });
    const result = schema.safeParse({
      name: "",
      password: "short",
      email: "nope",
      bio: "x".repeat(200),
      quantity: 0,
      slug: "ABC",
    });
    expect(result.success).toBe(false);
    const ids = fieldSaidOfIssues(result.error!);
    expect(ids.name?.[0]?.id).toBe("app.field.required");
    expect(ids.password?.[0]).toMatchObject({ id: "app.field.tooShort", params: { minimum: 8 } });
    expect(ids.email?.[0]?.id).toBe("app.field.email");
    expect(ids.bio?.[0]).toMatchObject({ id: "app.field.tooLong", params: { maximum: 160 } });
    expect(ids.quantity?.[0]).toMatchObject({ id: "app.field.tooSmall", params: { minimum: 1 } });
    // A pattern's words only the schema knows: its English stays.
    expect(ids.slug).toBeUndefined();
  });

  it("carries the password policy's own sentence, for the app to word", () => {
    const short = ZRegisterInput.safeParse({
      email: "ann@example.com",
      password: "x",
      name: "Ann",
    });
    expect(fieldSaidOfIssues(short.error!).password?.[0]).toMatchObject({
      id: "app.error.passwordTooShort",
      params: { minimum: 10 },
    });
    const email = ZRegisterInput.safeParse({
      email: "ann@example.com",
      password: "Ann@Example.com",
      name: "Ann",
    });
    expect(fieldSaidOfIssues(email.error!).password?.[0]?.id).toBe("app.error.passwordIsEmail");
  });

  it("calls a missing field required", () => {
    const result = z.object({ title: z.string() }).safeParse({});
    expect(fieldSaidOfIssues(result.error!).title?.[0]?.id).toBe("app.field.required");
  });
});
