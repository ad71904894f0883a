import { useCallback } from "react";
import { useIntl } from "react-intl";
import type * as Y from "yjs";
import type { SiteSettings, Theme } from "../../../blocks/doc/schema.ts";
import type { EditOrigin } from "../../../collab/doc/origin.ts";
import { useTRPCClient } from "../api/trpc.ts";
import { loadSharedOps } from "../editor/session/ops.ts";
import type { MediaItem } from "./api.ts";
import type { Brand } from "./LogoOptions.tsx";

/** What logo designs are drawn from: the site's name, its palette and its two fonts. */
export function brandOf(settings: Pick<SiteSettings, "name">, theme: Theme): Brand {
  return {
    name: settings.name,
    colors: theme.colors,
    fonts: { heading: theme.fonts.heading, body: theme.fonts.body },
  };
}

/** The site's live document and who is editing it: an editor session, or the wizard's own. */
export type LogoTarget = { readonly ydoc: Y.Doc; readonly origin: EditOrigin };

const READY_POLL_MS = 300;
const READY_TIMEOUT_MS = 60_000;

/**
 * Makes a logo just saved to the library the site's logo (`settings.logo`), which every header
 * without a logo of its own shows. A saved image has no address until the library has made its
 * sizes, so this waits for that first.
 */
export function useSetSiteLogo(siteId: string) {
  const client = useTRPCClient();
  const intl = useIntl();
  return useCallback(
    async (target: LogoTarget, saved: MediaItem): Promise<void> => {
      let item = saved;
      const deadline = Date.now() + READY_TIMEOUT_MS;
      while (item.status === "processing" && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
        item = (await client.media.get.query({ siteId, mediaId: item.id })).media;
      }
      if (item.status !== "ready" || !item.src) {
        throw new Error(
          item.error ??
            intl.formatMessage({
              id: "media.logo.stillPreparing",
              defaultMessage:
                "The logo is in your media library but is still being prepared. Choose it in the header’s logo in a moment.",
            }),
        );
      }
      const { updateSettings } = await loadSharedOps();
      updateSettings(target.ydoc, { logo: { src: item.src, alt: item.alt } }, target.origin);
    },
    [client, siteId, intl],
  );
}
