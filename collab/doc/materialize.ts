/**
 * The JSON snapshot of a site's Y.Doc, as the renderer and the site store take it: blocks whose props
 * do not validate are reported and left out (never stored as truth), and the result validates with
 * `ZSiteDoc`. Text the database cannot keep (NUL, half a surrogate pair), which an editor's
 * WebSocket update may carry where no HTTP check sees it, is repaired in the snapshot so that
 * publishing and compacting never fail on it (domain/storable-text.ts).
 */
import { ZSiteDoc, type Block, type SiteDoc } from "../../blocks/doc/schema.ts";
import { toStorableJson } from "../../domain/storable-text.ts";
import type * as Y from "yjs";
import { defaultSchemaHooks } from "./defaults.ts";
import type { SiteSchemaHooks } from "./hooks.ts";
import { readSiteDoc } from "./mapping.ts";

export type ProblemKind =
  /** The block registry rejected the block's props. */
  | "invalid-props"
  /** The block's props could not be read (e.g. rich text Lexical cannot load). */
  | "unreadable-block"
  /** A block, page or nav item broke the site document schema and was left out. */
  | "invalid-document";

export type Problem = {
  readonly kind: ProblemKind;
  readonly message: string;
  readonly blockId?: string;
  readonly pageId?: string;
  readonly navItemId?: string;
  /** Where in the snapshot (before anything was left out) the problem was found. */
  readonly path: ReadonlyArray<string | number>;
};

export type Materialized = { readonly doc: SiteDoc; readonly problems: readonly Problem[] };

/** Thrown when the snapshot cannot be made valid by leaving blocks, pages or nav items out. */
export class InvalidSiteError extends Error {
  override name = "InvalidSiteError";
  constructor(readonly problems: readonly Problem[]) {
    super(
      `the site document is invalid: ${problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("; ")}`,
    );
  }
}

export type MaterializeOptions = { readonly hooks?: SiteSchemaHooks };

export function materialize(ydoc: Y.Doc, options: MaterializeOptions = {}): Materialized {
  const hooks = options.hooks ?? defaultSchemaHooks;
  const problems: Problem[] = [];
  const nestedCount = (block: Block): number =>
    (block.children ?? []).reduce((n, child) => n + 1 + nestedCount(child), 0);
  const leftOut = (block: Block): string => {
    const nested = nestedCount(block);
    return nested > 0 ? `; left out with ${nested} nested block(s)` : "; left out";
  };

  const read = readSiteDoc(ydoc, {
    keepBlock: (block) => {
      const check = hooks.parseBlockProps?.(block.type, block.props) ?? { ok: true };
      if (check.ok) return true;
      problems.push({
        kind: "invalid-props",
        blockId: block.id,
        path: [block.id],
        message: check.message + leftOut(block),
      });
      return false;
    },
    onUnreadable: (blockId, error) => {
      const message = error instanceof Error ? error.message : String(error);
      problems.push({
        kind: "unreadable-block",
        blockId,
        path: [blockId],
        message: `${message}; left out`,
      });
    },
  });
  let doc = toStorableJson(read);

  // Leave out whatever still breaks the schema; each round drops at least one thing.
  for (let round = 0; round < 100; round++) {
    const result = ZSiteDoc.safeParse(doc);
    if (result.success) return { doc: result.data, problems };
    const drop = new Set<object>();
    const fatal: Problem[] = [];
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      const target = culprit(doc, path);
      if (target === null) {
        fatal.push({ kind: "invalid-document", path, message: issue.message });
        continue;
      }
      drop.add(target.value);
      problems.push({
        kind: "invalid-document",
        path,
        message: issue.message + "; left out",
        ...target.ids,
      });
    }
    if (fatal.length > 0 || drop.size === 0) throw new InvalidSiteError([...problems, ...fatal]);
    doc = without(doc, drop);
  }
  throw new InvalidSiteError(problems);
}

type Culprit = { value: object; ids: { blockId?: string; pageId?: string; navItemId?: string } };

/** The innermost block, page or nav item an issue path points into; null when it is none of these. */
function culprit(doc: SiteDoc, path: ReadonlyArray<string | number>): Culprit | null {
  if (path[0] === "nav" && typeof path[1] === "number") {
    const item = doc.nav[path[1]];
    return item === undefined ? null : { value: item, ids: { navItemId: item.id } };
  }
  if (path[0] !== "pages" || typeof path[1] !== "number") return null;
  const page = doc.pages[path[1]];
  if (page === undefined) return null;
  let found: Culprit | null =
    doc.pages.length > 1 ? { value: page, ids: { pageId: page.id } } : null;
  let list: readonly Block[] | undefined = path[2] === "blocks" ? page.blocks : undefined;
  for (let i = 3; list !== undefined && typeof path[i] === "number"; i += 2) {
    const block: Block | undefined = list[path[i] as number];
    if (block === undefined) break;
    found = { value: block, ids: { pageId: page.id, blockId: block.id } };
    list = path[i + 1] === "children" ? block.children : undefined;
  }
  return found;
}

function without(doc: SiteDoc, drop: ReadonlySet<object>): SiteDoc {
  const blocks = (list: readonly Block[]): Block[] =>
    list
      .filter((block) => !drop.has(block))
      .map((block) =>
        block.children === undefined ? block : { ...block, children: blocks(block.children) },
      );
  return {
    ...doc,
    pages: doc.pages
      .filter((page) => !drop.has(page))
      .map((page) => ({ ...page, blocks: blocks(page.blocks) })),
    nav: doc.nav.filter((item) => !drop.has(item)),
  };
}
