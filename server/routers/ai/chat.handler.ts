import type { z } from "zod";
import { runTask } from "../../ai/run-task.ts";
import { onboardingTask, type ChatBrief } from "../../ai/tasks.ts";
import type { AuthedContext } from "./common.ts";
import type { ZChatInput } from "./ai.schema.ts";

/**
 * The wizard's onboarding chat: asks for what the brief still lacks, one question at a time, and
 * says when it has enough (`ready`); the merchant can stop at any time (`finish`). It runs before
 * the site exists, so it costs no credits; it is rate limited per person.
 */
export async function chatHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof ZChatInput>;
}) {
  const { ai } = ctx.deps;
  await ai.limiter.check(ctx.user.id, null);
  const result = await runTask(ai.provider, onboardingTask, {
    messages: input.messages,
    brief: input.brief,
    wantsToFinish: input.finish,
  });
  const brief = keepKnown(input.brief, result.value.brief);
  const ready =
    result.value.ready && brief.name.trim() !== "" && brief.description.trim().length >= 10;
  return { reply: result.value.reply, brief, ready };
}

/** A model may forget what it was told; what the merchant already said is never dropped. */
function keepKnown(before: ChatBrief, after: ChatBrief): ChatBrief {
  return {
    name: after.name.trim() || before.name,
    description:
      after.description.trim().length >= before.description.trim().length
        ? after.description
        : before.description,
    industry: after.industry ?? before.industry,
    mood: after.mood ?? before.mood,
    colors: after.colors.length ? after.colors : before.colors,
    competitorUrls: after.competitorUrls.length ? after.competitorUrls : before.competitorUrls,
  };
}
