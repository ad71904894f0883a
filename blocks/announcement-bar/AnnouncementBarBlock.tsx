import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { EditorHint } from "../shared/EditorHint.tsx";
import { resolveHref } from "../shared/links.ts";
import type { AnnouncementBarProps } from "./schema.ts";

export function AnnouncementBarBlock({ id, props }: BlockComponentProps<AnnouncementBarProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { background: props.background });
  const text = props.text.trim();
  const label = props.linkLabel.trim();
  const href = label ? resolveHref(props.linkHref, ctx) : null;
  if (!text && ctx.mode !== "editor") return null;
  return (
    <div
      data-block-id={id}
      className="pg-announcement-bar"
      role="region"
      aria-label={ctx.t("storefront.nav.announcement")}
    >
      {text ? (
        <p className="pg-announcement-bar__text">
          {text}
          {href ? (
            <>
              {" "}
              <a className="pg-announcement-bar__link" href={href}>
                {label}
              </a>
            </>
          ) : null}
        </p>
      ) : (
        <EditorHint>Write a short announcement.</EditorHint>
      )}
    </div>
  );
}
