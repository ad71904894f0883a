import type { Handlers } from "./fakeServer.ts";
import type { MediaItem } from "../media/api.ts";

/** Test data for the logo designs: what `media.logoOptions` draws and `media.saveLogo` stores. */
const svg = "data:image/svg+xml;base64,PHN2Zy8+";

export const LOGO_ID = "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f";

export const logoDesigns: NonNullable<Handlers["media.logoOptions"]> = () => ({
  logos: [
    { variant: "wordmark", label: "Wordmark", width: 600, height: 160, dataUrl: svg },
    { variant: "badge", label: "Badge", width: 640, height: 160, dataUrl: svg },
  ],
});

/** A saved logo: while the library makes its sizes it has no address yet. */
export function savedLogo(siteId: string, status: MediaItem["status"], alt: string): MediaItem {
  return {
    id: LOGO_ID,
    siteId,
    filename: `${alt} logo (badge).png`,
    alt,
    origin: "logo",
    status,
    src: status === "ready" ? logoSrc(siteId) : null,
  } as MediaItem;
}

export function logoSrc(siteId: string): string {
  return `/media/${siteId}/${LOGO_ID}/1280.jpg`;
}
