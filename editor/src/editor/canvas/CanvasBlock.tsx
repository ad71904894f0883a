import {
  createContext,
  memo,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
} from "react";
import { FormattedMessage } from "react-intl";
import { canContain, getBlockDefinition } from "../../../../blocks/registry.ts";
import { useBlockWords } from "../../i18n/blockWords.ts";
import { RenderContext, type RenderContextValue } from "../../../../blocks/render/context.ts";
import { StyleSheetCollector } from "../../../../blocks/style/responsive.ts";
import { countRender, mark } from "../perf.ts";
import type { BlockSnapshot } from "../state/docStore.ts";
import { useBlock, useChildren } from "../state/hooks.ts";
import { useCanvasRuntime, useFreezeState } from "./runtime.ts";

/** Deeper trees can only come from a broken document (the storefront cuts them off too). */
const MAX_DEPTH = 12;

/** Everything of the render context except the per-block style collector. */
export const BaseRenderContext = createContext<Omit<RenderContextValue, "styles"> | null>(null);

/**
 * One block on the canvas, drawn by the block's own component (the storefront's), subscribed to
 * its own entry of the document: an edit re-renders this block and no other. Its children are
 * `CanvasBlock`s too, so a parent re-renders only when its own props or its list of children change.
 */
export const CanvasBlock = memo(function CanvasBlock({
  id,
  parentType,
  depth,
}: {
  id: string;
  parentType: string;
  depth: number;
}) {
  const runtime = useCanvasRuntime();
  const base = useContext(BaseRenderContext)!;
  const live = useBlock(id);
  const childIds = useChildren(id);
  const freeze = useFreezeState(runtime, id);
  // While the merchant types into this block in place, the browser owns its text: keep showing
  // what React last drew (the document still gets every keystroke).
  const shown = useRef<BlockSnapshot | null>(live);
  if (!freeze.frozen) shown.current = live;
  const snapshot = shown.current;

  const rendered = useMemo(() => {
    countRender(id);
    const collector = new StyleSheetCollector();
    return {
      collector,
      element: drawBlock(snapshot, childIds, parentType, depth, base, collector),
    };
  }, [id, snapshot, childIds, parentType, depth, base]);

  useLayoutEffect(() => {
    runtime.setBlockCss(id, rendered.collector.toCss());
    runtime.layoutChanged();
    mark("pegasus:block-drawn", id);
  }, [runtime, id, rendered]);
  useLayoutEffect(() => () => runtime.removeBlockCss(id), [runtime, id]);

  // A new generation (after in-place editing) re-creates the block's DOM from the document.
  return <BlockGeneration key={freeze.generation}>{rendered.element}</BlockGeneration>;
});

function BlockGeneration({ children }: { children: ReactNode }) {
  return children;
}

function drawBlock(
  snapshot: BlockSnapshot | null,
  childIds: readonly string[],
  parentType: string,
  depth: number,
  base: Omit<RenderContextValue, "styles">,
  collector: StyleSheetCollector,
): ReactNode {
  if (!snapshot) return null;
  const { id, type } = snapshot;
  const definition = getBlockDefinition(type);
  if (!definition)
    return <Notice id={id} type={type} message={`there is no block type called “${type}”`} />;
  if (depth > MAX_DEPTH)
    return <Notice id={id} type={type} message={`blocks are nested more than ${MAX_DEPTH} deep`} />;
  if (!canContain(parentType, type)) {
    return (
      <Notice
        id={id}
        type={definition.label}
        message={
          parentType === "page"
            ? "it cannot sit directly on a page"
            : `it cannot sit inside a ${getBlockDefinition(parentType)?.label ?? parentType} block`
        }
      />
    );
  }
  if (!snapshot.parsed.ok) return <Notice id={id} type={type} message={snapshot.parsed.error} />;
  const Component = definition.component;
  const children =
    definition.allowedChildren !== "none" && childIds.length > 0
      ? childIds.map((childId) => (
          <CanvasBlock key={childId} id={childId} parentType={type} depth={depth + 1} />
        ))
      : undefined;
  const ctx: RenderContextValue = { ...base, styles: collector };
  return (
    <RenderContext value={ctx}>
      <Component id={id} props={snapshot.parsed.props}>
        {children}
      </Component>
    </RenderContext>
  );
}

function Notice({ id, type, message }: { id: string; type: string; message: string }) {
  const words = useBlockWords();
  return (
    <div className="pg-ui-block-notice" role="note" data-block-id={id}>
      <FormattedMessage
        id="editor.canvas.blockInvalid"
        defaultMessage="This {block} block can’t be shown: {message}"
        values={{ block: words.name(type), message }}
      />
    </div>
  );
}
