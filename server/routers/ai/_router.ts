import { authedProcedure, router, siteProcedure } from "../../trpc.ts";
import {
  altTextHandler,
  fillBlockHandler,
  productDescriptionHandler,
  restyleHandler,
  rewriteHandler,
  seoHandler,
} from "./actions.handler.ts";
import { capabilitiesHandler } from "./capabilities.handler.ts";
import { chatHandler } from "./chat.handler.ts";
import { answeringWhenRedisIsDown } from "./common.ts";
import {
  competitorsHandler,
  creditsHandler,
  generateSiteHandler,
  jobHandler,
} from "./generate.handler.ts";
import {
  ZAltTextInput,
  ZChatInput,
  ZCompetitorsInput,
  ZFillBlockInput,
  ZGenerateSiteInput,
  ZJobInput,
  ZListSuggestionsInput,
  ZProductDescriptionInput,
  ZRestyleInput,
  ZRewriteInput,
  ZSeoInput,
  ZSuggestionIdsInput,
} from "./schemas.ts";
import {
  acceptHandler,
  listSuggestionsHandler,
  rejectHandler,
  undoHandler,
} from "./suggestions.handler.ts";

/**
 * AI actions. Everything that changes a site needs the editor role and comes back as suggestions
 * (before/after per target) that `accept` applies as one AI transaction; `generateSite` is the one
 * action that applies directly (the wizard's whole point), still as one undoable AI transaction.
 * The procedures that use Redis (jobs, rate limits) answer 503 "try again" when it fails.
 */
export const aiRouter = router({
  generateSite: siteProcedure("editor")
    .input(ZGenerateSiteInput)
    .mutation(answeringWhenRedisIsDown(generateSiteHandler)),
  job: siteProcedure("editor").input(ZJobInput).query(answeringWhenRedisIsDown(jobHandler)),
  credits: siteProcedure("viewer").query(creditsHandler),
  capabilities: authedProcedure.query(capabilitiesHandler),
  fillBlock: siteProcedure("editor")
    .input(ZFillBlockInput)
    .mutation(answeringWhenRedisIsDown(fillBlockHandler)),
  rewrite: siteProcedure("editor")
    .input(ZRewriteInput)
    .mutation(answeringWhenRedisIsDown(rewriteHandler)),
  restyle: siteProcedure("editor")
    .input(ZRestyleInput)
    .mutation(answeringWhenRedisIsDown(restyleHandler)),
  productDescription: siteProcedure("editor")
    .input(ZProductDescriptionInput)
    .mutation(answeringWhenRedisIsDown(productDescriptionHandler)),
  seo: siteProcedure("editor").input(ZSeoInput).mutation(answeringWhenRedisIsDown(seoHandler)),
  altText: siteProcedure("editor")
    .input(ZAltTextInput)
    .mutation(answeringWhenRedisIsDown(altTextHandler)),
  suggestions: siteProcedure("editor").input(ZListSuggestionsInput).query(listSuggestionsHandler),
  accept: siteProcedure("editor").input(ZSuggestionIdsInput).mutation(acceptHandler),
  reject: siteProcedure("editor").input(ZSuggestionIdsInput).mutation(rejectHandler),
  undo: siteProcedure("editor").input(ZSuggestionIdsInput).mutation(undoHandler),
  chat: authedProcedure.input(ZChatInput).mutation(answeringWhenRedisIsDown(chatHandler)),
  competitors: authedProcedure
    .input(ZCompetitorsInput)
    .mutation(answeringWhenRedisIsDown(competitorsHandler)),
});
