/**
 * The storefront renderer: pure functions from (site document, path, store data) to a complete
 * response. No server, no database; `server/` wires these to its routes.
 */
export { renderPage, hardenCss } from "./render-page";
export type {
  RenderedPage,
  RenderOptions,
  RenderProblem,
  SiteIcons,
  SiteRenderInput,
  SocialImageTarget,
  StorefrontData,
} from "./types";
export {
  conditionalResponse,
  createRenderCache,
  etagFor,
  type CachedPage,
  type ConditionalResponse,
  type RenderCache,
  type RenderCacheOptions,
} from "./cache";
export { fontFilePath, FONT_URL_PREFIX } from "./fonts";
export { islandsScript, islandsScriptPath, type IslandsScript } from "./islands/bundle";
export { escapeHtml, jsonForScript } from "./escape";
export { safeTheme } from "./theme-css";
