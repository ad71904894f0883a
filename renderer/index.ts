/**
 * The storefront renderer: pure functions from (site document, path, store data) to a complete
 * response. No server, no database; `server/` wires these to its routes.
 */
export { renderPage, hardenCss } from "./render-page.tsx";
export type {
  RenderedPage,
  RenderOptions,
  RenderProblem,
  SiteIcons,
  SiteRenderInput,
  SocialImageTarget,
  StorefrontData,
} from "./types.ts";
export {
  conditionalResponse,
  createRenderCache,
  etagFor,
  type CachedPage,
  type ConditionalResponse,
  type RenderCache,
  type RenderCacheOptions,
} from "./cache.ts";
export { fontFilePath, FONT_URL_PREFIX } from "./fonts.ts";
export { islandsScript, islandsScriptPath, type IslandsScript } from "./islands/bundle.ts";
export { escapeHtml, jsonForScript } from "./escape.ts";
export { safeTheme } from "./theme-css.ts";
