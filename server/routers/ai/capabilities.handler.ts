import { aiCapabilities } from "../../ai/capabilities.ts";
import type { AuthedContext } from "./common.ts";

/**
 * `ai.capabilities`: what the configured AI can do (its languages, whether it translates), for
 * the wizard (before any site exists) and the editor's AI panel.
 */
export function capabilitiesHandler({ ctx }: { ctx: AuthedContext }) {
  return aiCapabilities(ctx.deps.ai.provider);
}
