import type { RenderContextValue } from "../render/context.ts";
import { isSitePath, safeUrl } from "../url.ts";

/**
 * The href to print for a merchant's link, or null when it is unsafe or empty. Site paths
 * ("/about?x#y") go through `ctx.pageHref` so they work under /s/<site>/ and in previews.
 */
export function resolveHref(raw: string, ctx: Pick<RenderContextValue, "pageHref">): string | null {
  const safe = safeUrl(raw);
  if (safe === null) return null;
  if (!isSitePath(safe)) return safe;
  const match = /^\/([^?#]*)(.*)$/.exec(safe);
  const path = (match?.[1] ?? "").replace(/\/+$/, "");
  return ctx.pageHref(path) + (match?.[2] ?? "");
}

export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href);
}
