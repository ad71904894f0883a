/**
 * srcset for image hosts that resize on request. Other sources get no srcset (the browser
 * downloads the original), which is correct, just heavier.
 */
export function responsiveSrcSet(src: string, widths: readonly number[]): string | undefined {
  const build = resizer(src);
  if (!build) return undefined;
  return widths.map((w) => `${build(w)} ${w}w`).join(", ");
}

function resizer(src: string): ((width: number) => string) | null {
  // Pegasus media storage: /media/<key>?w=<width> (served by the server's media route).
  if (src.startsWith("/media/")) {
    return (w) => withParam(src, "w", String(w));
  }
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  if (url.protocol !== "https:") return null;
  if (url.hostname === "images.unsplash.com") {
    return (w) => {
      const u = new URL(src);
      u.searchParams.set("w", String(w));
      u.searchParams.set("auto", "format");
      return u.toString();
    };
  }
  if (url.hostname === "cdn.shopify.com") {
    return (w) => {
      const u = new URL(src);
      u.searchParams.set("width", String(w));
      return u.toString();
    };
  }
  return null;
}

function withParam(path: string, key: string, value: string): string {
  const [beforeHash, hash = ""] = path.split("#", 2) as [string, string?];
  const sep = beforeHash.includes("?") ? "&" : "?";
  return `${beforeHash}${sep}${key}=${encodeURIComponent(value)}${hash ? `#${hash}` : ""}`;
}

export const IMAGE_WIDTHS = [360, 640, 960, 1280, 1600, 2048] as const;
