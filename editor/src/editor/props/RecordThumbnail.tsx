import { safeImageUrl } from "../../../../blocks/url.ts";
import type { RecordSummary } from "../extensions.ts";
import "./records.css";

/** A product's or collection's photo, small; a blank tile when it has none. */
export function RecordThumbnail({ image }: { image: RecordSummary["image"] }) {
  const src = image ? safeImageUrl(image.src) : null;
  return (
    <span className="record-thumbnail" aria-hidden="true">
      {src ? <img src={src} alt="" loading="lazy" decoding="async" /> : null}
    </span>
  );
}
