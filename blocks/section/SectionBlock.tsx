import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { EditorHint } from "../shared/EditorHint.tsx";
import type { SectionProps } from "./schema.ts";

/** "Visit Us!" -> "visit-us": the only characters an anchor id keeps. */
export function anchorId(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

export function SectionBlock({ id, props, children }: BlockComponentProps<SectionProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, {
    background: props.background,
    paddingBlock: props.paddingBlock,
    gap: props.gap,
    maxWidth: props.width,
    textAlign: props.align,
  });
  const anchor = anchorId(props.anchor);
  const label = props.label.trim();
  return (
    <section
      data-block-id={id}
      className="pg-section"
      id={anchor || undefined}
      aria-label={label || undefined}
    >
      <div className="pg-section__inner pg-ui-container">
        {children}
        {hasChildren(children) ? null : <EditorHint>Drag blocks into this section.</EditorHint>}
      </div>
    </section>
  );
}

function hasChildren(children: unknown): boolean {
  return children !== undefined && children !== null && children !== false;
}
