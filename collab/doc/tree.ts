/**
 * Derives the block tree from the flat block map. Every replica derives the same tree from the same
 * document state, whatever order the updates arrived in:
 *
 * - The children of X are the blocks whose parent is X, sorted by (order, id), comparing strings by
 *   UTF-16 code units (never by locale).
 * - Cycles (two concurrent moves, A into B and B into A) are broken on read: in each cycle the member
 *   with the smallest id is shown at the top level of its `page` (the page it was last placed on),
 *   keeping its order key. The rest of the cycle hangs below it as stored. Each connected part of the
 *   parent graph has at most one cycle, so this removes every cycle, and the result only depends on
 *   the document. Operations that move or remove a block of a shown cycle first store the breaker's
 *   shown parent (ops.ts `healCycles`), so what people saw stays put.
 * - Removal wins: a block whose parent chain ends at a block or page that no longer exists (removed
 *   while someone moved the block into it) is detached, and not shown. A block is therefore never
 *   lost except through the removal of itself, an ancestor or its page.
 * - Duplicates cannot happen: each block is one entry of the map.
 */
import { pageIdOfParent, pageParent } from "./layout.ts";

/** The tree-relevant fields of one block entry. */
export type BlockNode = {
  readonly id: string;
  readonly type: string;
  /** As stored: a block id or "page:<pageId>". */
  readonly parent: string;
  readonly order: string;
  readonly page: string;
};

export type BlockTree = {
  readonly nodes: ReadonlyMap<string, BlockNode>;
  /** Attached blocks only, keyed by parent ("page:<pageId>" or a block id), sorted (order, id). */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** The parent each attached block is shown under (differs from the stored one for cycle breakers). */
  readonly parentOf: ReadonlyMap<string, string>;
  /** The page each attached block is shown on. */
  readonly pageOf: ReadonlyMap<string, string>;
  /** Blocks in the map that are not shown: their chain ends at something removed. */
  readonly detached: ReadonlySet<string>;
  /** Blocks moved to their page's top level to break a cycle. */
  readonly cycleBreakers: ReadonlySet<string>;
};

export function compareSiblings(a: BlockNode, b: BlockNode): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export function deriveTree(
  nodes: ReadonlyMap<string, BlockNode>,
  pageIds: ReadonlySet<string>,
): BlockTree {
  const effectiveParent = new Map<string, string>();
  for (const node of nodes.values()) effectiveParent.set(node.id, node.parent);

  // 1. Break cycles. Walk each unvisited block up its parent chain; meeting a block of the current
  //    walk again closes a cycle.
  const cycleBreakers = new Set<string>();
  const state = new Map<string, "walking" | "done">();
  for (const start of nodes.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && nodes.has(current) && !state.has(current)) {
      state.set(current, "walking");
      path.push(current);
      current = nodes.get(current)!.parent;
    }
    if (current !== undefined && state.get(current) === "walking") {
      const cycle = path.slice(path.indexOf(current));
      const breaker = cycle.reduce((min, id) => (id < min ? id : min));
      cycleBreakers.add(breaker);
      effectiveParent.set(breaker, pageParent(nodes.get(breaker)!.page));
    }
    for (const id of path) state.set(id, "done");
  }

  // 2. Attach: a block is shown when its (cycle-free) chain reaches an existing page.
  const pageOf = new Map<string, string>();
  const detached = new Set<string>();
  const resolve = (id: string): string | null => {
    const chain: string[] = [];
    let current = id;
    let page: string | null = null;
    for (;;) {
      const known = pageOf.get(current);
      if (known !== undefined) {
        page = known;
        break;
      }
      if (detached.has(current)) break;
      chain.push(current);
      const parent = effectiveParent.get(current)!;
      const parentPage = pageIdOfParent(parent);
      if (parentPage !== null) {
        page = pageIds.has(parentPage) ? parentPage : null;
        break;
      }
      if (!nodes.has(parent)) break;
      current = parent;
    }
    for (const member of chain) {
      if (page === null) detached.add(member);
      else pageOf.set(member, page);
    }
    return page;
  };
  for (const id of nodes.keys()) resolve(id);

  // 3. Children lists of shown blocks.
  const grouped = new Map<string, BlockNode[]>();
  const parentOf = new Map<string, string>();
  for (const node of nodes.values()) {
    if (!pageOf.has(node.id)) continue;
    const parent = effectiveParent.get(node.id)!;
    parentOf.set(node.id, parent);
    let siblings = grouped.get(parent);
    if (siblings === undefined) grouped.set(parent, (siblings = []));
    siblings.push(node);
  }
  const children = new Map<string, string[]>();
  for (const [parent, siblings] of grouped)
    children.set(
      parent,
      siblings.sort(compareSiblings).map((n) => n.id),
    );

  return { nodes, children, parentOf, pageOf, detached, cycleBreakers };
}

/** The shown blocks below `root` (a block id or "page:<id>"), depth first, `root` excluded. */
export function descendantsOf(tree: BlockTree, root: string): string[] {
  const out: string[] = [];
  const stack = [...(tree.children.get(root) ?? [])].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(id);
    const kids = tree.children.get(id);
    if (kids !== undefined) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** True when `candidate` is `ancestor` or shown somewhere below it. */
export function isInSubtree(tree: BlockTree, ancestor: string, candidate: string): boolean {
  let current: string | undefined = candidate;
  const seen = new Set<string>();
  while (current !== undefined && !seen.has(current)) {
    if (current === ancestor) return true;
    seen.add(current);
    current = tree.parentOf.get(current);
  }
  return false;
}
