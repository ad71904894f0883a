import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockImage } from "../shared/BlockImage.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import { safeImageUrl } from "../url.ts";
import type { VideoProps } from "./schema.ts";
import { embedUrl, parseVideoUrl, providerPoster, watchUrl } from "./videoUrl.ts";

/**
 * Click-to-load facade: no third-party iframe (or cookie) until the shopper presses play. The
 * islands script swaps the button for an iframe of `data-embed-src`; without scripts the
 * "Watch on ..." link still works.
 */
export function VideoBlock({ id, props }: BlockComponentProps<VideoProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { aspectRatio: props.aspectRatio });
  const video = parseVideoUrl(props.url);
  if (!video) {
    if (ctx.mode !== "editor") return null;
    return (
      <div data-block-id={id} className="pg-video">
        <EditorHint>Paste a YouTube or Vimeo link to show a video.</EditorHint>
      </div>
    );
  }
  const title = props.title.trim() || "Video";
  const providerName = video.provider === "youtube" ? "YouTube" : "Vimeo";
  const poster = safeImageUrl(props.poster.src) ? props.poster : null;
  const fallbackPoster = providerPoster(video);
  const caption = props.caption.trim();
  return (
    <figure data-block-id={id} className="pg-video" data-island="video">
      <div className="pg-video__frame">
        <button
          type="button"
          className="pg-video__play"
          data-embed-src={embedUrl(video)}
          data-embed-title={title}
          aria-label={`Play video: ${title}`}
        >
          {poster ? (
            <BlockImage
              className="pg-video__poster"
              image={{ ...poster, decorative: true }}
              altFallback=""
              sizes="(min-width: 1200px) 72rem, 100vw"
              size="small"
              fallbackWidth={1280}
              fallbackHeight={720}
            />
          ) : fallbackPoster ? (
            <img
              className="pg-video__poster"
              src={fallbackPoster}
              alt=""
              width={480}
              height={360}
              loading="lazy"
              decoding="async"
            />
          ) : null}
          <span className="pg-video__icon" aria-hidden="true" />
        </button>
      </div>
      <figcaption className="pg-video__caption">
        {caption ? <span>{caption} </span> : null}
        <a href={watchUrl(video)} rel="noopener" className="pg-video__watch">
          Watch on {providerName}
        </a>
      </figcaption>
    </figure>
  );
}
