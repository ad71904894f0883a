import type { z } from "zod";
import { ProviderAnswerError } from "./port.ts";

/**
 * A provider's answer checked at the edge against what we read of it: the data, or a
 * ProviderAnswerError naming the first field that is not as expected.
 */
export function readAnswer<T extends z.ZodType>(
  provider: "Stripe" | "PayPal",
  schema: T,
  answer: unknown,
  what: string,
): z.infer<T> {
  const result = schema.safeParse(answer);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ProviderAnswerError(
    `${provider} sent ${what} we cannot read (${issue?.path.join(".") || "answer"}: ${issue?.message ?? "invalid"}).`,
  );
}
