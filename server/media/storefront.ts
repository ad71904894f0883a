import type { SiteDoc } from "../../blocks/doc/schema.ts";
import type { RenderOptions } from "../../renderer/index.ts";
import { GeneratedAssets } from "./generated/assets.ts";
import type { MediaLibrary } from "./library.ts";

export const OG_URL_PREFIX = "/_pegasus/og/";
export const ICON_URL_PREFIX = "/_pegasus/icons/";

/**
 * What the renderer needs from the media library for one published page: the size and colour
 * of every uploaded image on it, the link-preview card URLs and the icons. Card and icon URLs
 * carry the version (and a product's fingerprint), so they can be cached for good.
 */
export async function mediaRenderOptions(
  library: MediaLibrary,
  site: { siteId: string; versionId: string; doc: SiteDoc; baseUrl: string },
): Promise<Pick<RenderOptions, "media" | "socialImage" | "icons">> {
  const catalog = await library
    .catalog(site.siteId)
    .catch(() => ({ products: [], collections: [] }));
  const media = await library.lookupFor(site.siteId, site.doc, catalog);
  const origin = new URL(site.baseUrl).origin;
  const version = `${site.siteId}/${site.versionId}`;
  return {
    media,
    socialImage: (target) => {
      const file = GeneratedAssets.socialFile(target, catalog);
      return file ? `${origin}${OG_URL_PREFIX}${version}/${file}` : undefined;
    },
    icons: {
      png: `${ICON_URL_PREFIX}${version}/icon-32.png`,
      svg: `${ICON_URL_PREFIX}${version}/icon.svg`,
      appleTouch: `${ICON_URL_PREFIX}${version}/apple-touch-icon.png`,
    },
  };
}
