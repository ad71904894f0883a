import type { ReactNode } from "react";
import type { Block } from "../doc/schema.ts";
import { canContain, getBlockDefinition, parseBlockProps } from "../registry.ts";
import { useRenderContext, type RenderContextValue } from "./context.ts";

/** Deeper trees are cut off: they can only come from a broken or hostile document. */
const MAX_DEPTH = 12;
const BLOCK_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface BlockTreeProps {
  blocks: readonly Block[];
  /** The type of the block these are children of; "page" for a page's top level. */
  parentType?: string;
}

/**
 * Renders blocks through the registry. Each block's props are validated (after its prop
 * migrations) before its component runs, so a bad block renders nothing (a visible notice in
 * the editor) and is reported through `ctx.onProblem`; the rest of the page still renders.
 */
export function BlockTree({ blocks, parentType = "page" }: BlockTreeProps) {
  return <BlockList blocks={blocks} parentType={parentType} depth={0} />;
}

function BlockList({
  blocks,
  parentType,
  depth,
}: {
  blocks: readonly Block[];
  parentType: string;
  depth: number;
}) {
  const ctx = useRenderContext();
  if (!Array.isArray(blocks)) return null;
  const seen = new Set<string>();
  return (
    <>
      {blocks.map((block, index) => {
        const key = isBlockShaped(block) && !seen.has(block.id) ? block.id : `#${index}`;
        const problem = checkPlacement(block, parentType, depth, seen);
        if (isBlockShaped(block)) seen.add(block.id);
        if (problem !== null) {
          return <ProblemNotice key={key} ctx={ctx} block={block} message={problem} />;
        }
        return <BlockNode key={key} block={block as Block} depth={depth} />;
      })}
    </>
  );
}

function isBlockShaped(block: unknown): block is Block {
  return (
    typeof block === "object" &&
    block !== null &&
    typeof (block as Block).id === "string" &&
    typeof (block as Block).type === "string"
  );
}

function checkPlacement(
  block: unknown,
  parentType: string,
  depth: number,
  seen: Set<string>,
): string | null {
  if (!isBlockShaped(block)) return "this is not a block (it needs an id and a type)";
  if (!BLOCK_ID.test(block.id)) return "the block id may only use letters, digits, _ and -";
  if (seen.has(block.id)) return `another block here already uses the id "${block.id}"`;
  if (depth > MAX_DEPTH) return `blocks are nested more than ${MAX_DEPTH} deep`;
  if (!getBlockDefinition(block.type)) return `there is no block type called "${block.type}"`;
  if (!canContain(parentType, block.type)) {
    return parentType === "page"
      ? `a ${block.type} block cannot sit directly on a page`
      : `a ${block.type} block cannot sit inside a ${parentType} block`;
  }
  return null;
}

function BlockNode({ block, depth }: { block: Block; depth: number }) {
  const ctx = useRenderContext();
  const definition = getBlockDefinition(block.type)!;
  const parsed = parseBlockProps(block.type, block.props);
  if (!parsed.ok) return <ProblemNotice ctx={ctx} block={block} message={parsed.error} />;

  const Component = definition.component;
  const children =
    definition.allowedChildren !== "none" &&
    Array.isArray(block.children) &&
    block.children.length > 0 ? (
      <BlockList blocks={block.children} parentType={block.type} depth={depth + 1} />
    ) : undefined;
  const element = (
    <Component id={block.id} props={parsed.props}>
      {children}
    </Component>
  );
  return <>{ctx.wrapBlock ? ctx.wrapBlock(block, element) : element}</>;
}

function ProblemNotice({
  ctx,
  block,
  message,
}: {
  ctx: RenderContextValue;
  block: unknown;
  message: string;
}): ReactNode {
  const id = isBlockShaped(block) ? block.id : "";
  const type = isBlockShaped(block) ? block.type : "unknown";
  ctx.onProblem?.({ blockId: id, type, message });
  if (ctx.mode !== "editor") return null;
  const notice = (
    <div
      className="pg-ui-block-notice"
      role="note"
      data-block-id={BLOCK_ID.test(id) ? id : undefined}
    >
      This {type} block can’t be shown: {message}
    </div>
  );
  return isBlockShaped(block) && ctx.wrapBlock ? ctx.wrapBlock(block, notice) : notice;
}
