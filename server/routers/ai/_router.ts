import { authedProcedure, router, siteProcedure } from "../../trpc.ts";
import { altTextHandler } from "./alt-text.handler.ts";
import { capabilitiesHandler } from "./capabilities.handler.ts";
import { chatHandler } from "./chat.handler.ts";
import { describeChangeHandler } from "./describe-change.handler.ts";
import { fillBlockHandler } from "./fill-block.handler.ts";
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
  ZDescribeChangeInput,
  ZFillBlockInput,
  ZGenerateSiteInput,
  ZJobInput,
  ZListSuggestionsInput,
  ZProductDescriptionInput,
  ZRestyleInput,
  ZRewriteInput,
  ZSeoInput,
  ZSuggestionIdsInput,
  ZUnderstandBriefInput,
} from "./ai.schema.ts";
import {
  acceptHandler,
  listSuggestionsHandler,
  rejectHandler,
  undoHandler,
} from "./suggestions.handler.ts";
import { productDescriptionHandler } from "./product-description.handler.ts";
import { restyleHandler } from "./restyle.handler.ts";
import { rewriteHandler } from "./rewrite.handler.ts";
import { seoHandler } from "./seo.handler.ts";
import { understandBriefHandler } from "./understand.handler.ts";

/**
 * AI actions. Everything that changes a site needs the editor role and comes back as suggestions
 * (before/after per target) that `accept` applies as one AI transaction; `generateSite` is the one
 * action that applies directly (the wizard's whole point), still as one undoable AI transaction.
 * The procedures that use Redis (jobs, rate limits) answer 503 "try again" when it fails.
 */
export const aiRouter = router({
  generateSite: siteProcedure("ai.generateSite")
    .input(ZGenerateSiteInput)
    .mutation(answeringWhenRedisIsDown(generateSiteHandler)),
  job: siteProcedure("ai.job").input(ZJobInput).query(answeringWhenRedisIsDown(jobHandler)),
  credits: siteProcedure("ai.credits").query(creditsHandler),
  capabilities: authedProcedure.query(capabilitiesHandler),
  fillBlock: siteProcedure("ai.fillBlock")
    .input(ZFillBlockInput)
    .mutation(answeringWhenRedisIsDown(fillBlockHandler)),
  rewrite: siteProcedure("ai.rewrite")
    .input(ZRewriteInput)
    .mutation(answeringWhenRedisIsDown(rewriteHandler)),
  restyle: siteProcedure("ai.restyle")
    .input(ZRestyleInput)
    .mutation(answeringWhenRedisIsDown(restyleHandler)),
  productDescription: siteProcedure("ai.productDescription")
    .input(ZProductDescriptionInput)
    .mutation(answeringWhenRedisIsDown(productDescriptionHandler)),
  seo: siteProcedure("ai.seo").input(ZSeoInput).mutation(answeringWhenRedisIsDown(seoHandler)),
  altText: siteProcedure("ai.altText")
    .input(ZAltTextInput)
    .mutation(answeringWhenRedisIsDown(altTextHandler)),
  describeChange: siteProcedure("ai.describeChange")
    .input(ZDescribeChangeInput)
    .mutation(answeringWhenRedisIsDown(describeChangeHandler)),
  suggestions: siteProcedure("ai.suggestions")
    .input(ZListSuggestionsInput)
    .query(listSuggestionsHandler),
  accept: siteProcedure("ai.accept").input(ZSuggestionIdsInput).mutation(acceptHandler),
  reject: siteProcedure("ai.reject").input(ZSuggestionIdsInput).mutation(rejectHandler),
  undo: siteProcedure("ai.undo").input(ZSuggestionIdsInput).mutation(undoHandler),
  understandBrief: authedProcedure
    .input(ZUnderstandBriefInput)
    .mutation(answeringWhenRedisIsDown(understandBriefHandler)),
  chat: authedProcedure.input(ZChatInput).mutation(answeringWhenRedisIsDown(chatHandler)),
  competitors: authedProcedure
    .input(ZCompetitorsInput)
    .mutation(answeringWhenRedisIsDown(competitorsHandler)),
});
