/**
 * Turns what a merchant pastes (a YouTube or Vimeo page URL) into a provider and a validated id.
 * Every URL this block prints is rebuilt from that id, never copied from the input.
 */
export type VideoProvider = "youtube" | "vimeo";
export interface VideoRef {
  provider: VideoProvider;
  id: string;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const YOUTUBE_HOSTS = new Set([
  "youtube.com",
  "www.youtube.com",
  "m.youtube.com",
  "music.youtube.com",
  "youtube-nocookie.com",
  "www.youtube-nocookie.com",
]);

export function parseVideoUrl(raw: string): VideoRef | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split("/").filter(Boolean);

  if (host === "youtu.be") return youtube(segments[0]);
  if (YOUTUBE_HOSTS.has(host)) {
    if (segments[0] === "watch") return youtube(url.searchParams.get("v") ?? undefined);
    if (segments[0] && ["embed", "shorts", "live", "v"].includes(segments[0]))
      return youtube(segments[1]);
    return null;
  }
  if (host === "vimeo.com" || host === "www.vimeo.com") {
    // vimeo.com/123456, vimeo.com/channels/staffpicks/123456
    return vimeo([...segments].reverse().find((s) => VIMEO_ID.test(s)));
  }
  if (host === "player.vimeo.com" && segments[0] === "video") return vimeo(segments[1]);
  return null;
}

function youtube(id: string | undefined): VideoRef | null {
  return id !== undefined && YOUTUBE_ID.test(id) ? { provider: "youtube", id } : null;
}

function vimeo(id: string | undefined): VideoRef | null {
  return id !== undefined && VIMEO_ID.test(id) ? { provider: "vimeo", id } : null;
}

/** The privacy-friendly player URL the facade swaps in when clicked. */
export function embedUrl(video: VideoRef): string {
  return video.provider === "youtube"
    ? `https://www.youtube-nocookie.com/embed/${video.id}?autoplay=1&rel=0`
    : `https://player.vimeo.com/video/${video.id}?autoplay=1&dnt=1`;
}

/** The page to open when scripts are off (or the shopper prefers the provider's site). */
export function watchUrl(video: VideoRef): string {
  return video.provider === "youtube"
    ? `https://www.youtube.com/watch?v=${video.id}`
    : `https://vimeo.com/${video.id}`;
}

/** YouTube publishes a thumbnail per video; Vimeo needs an API call, so it gets none. */
export function providerPoster(video: VideoRef): string | null {
  return video.provider === "youtube" ? `https://i.ytimg.com/vi/${video.id}/hqdefault.jpg` : null;
}
