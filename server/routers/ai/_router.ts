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
 */
export const aiRouter = router({
  generateSite: siteProcedure("editor").input(ZGenerateSiteInput).mutation(generateSiteHandler),
  job: siteProcedure("editor").input(ZJobInput).query(jobHandler),
  credits: siteProcedure("viewer").query(creditsHandler),
  capabilities: authedProcedure.query(capabilitiesHandler),
  fillBlock: siteProcedure("editor").input(ZFillBlockInput).mutation(fillBlockHandler),
  rewrite: siteProcedure("editor").input(ZRewriteInput).mutation(rewriteHandler),
  restyle: siteProcedure("editor").input(ZRestyleInput).mutation(restyleHandler),
  productDescription: siteProcedure("editor")
    .input(ZProductDescriptionInput)
    .mutation(productDescriptionHandler),
  seo: siteProcedure("editor").input(ZSeoInput).mutation(seoHandler),
  altText: siteProcedure("editor").input(ZAltTextInput).mutation(altTextHandler),
  suggestions: siteProcedure("editor").input(ZListSuggestionsInput).query(listSuggestionsHandler),
  accept: siteProcedure("editor").input(ZSuggestionIdsInput).mutation(acceptHandler),
  reject: siteProcedure("editor").input(ZSuggestionIdsInput).mutation(rejectHandler),
  undo: siteProcedure("editor").input(ZSuggestionIdsInput).mutation(undoHandler),
  chat: authedProcedure.input(ZChatInput).mutation(chatHandler),
  competitors: authedProcedure.input(ZCompetitorsInput).mutation(competitorsHandler),
});
