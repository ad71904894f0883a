/**
 * Everything the merchant can do to blocks, as the menus, shortcuts, drag and drop and panels call
 * it. Each command is one shared operation (collab/doc/ops.ts) with this person's origin, so
 * collaborators see it live and it is one step of this person's undo.
 */
import type { Block } from "../../../../blocks/doc/schema.ts";
import { canContain } from "../../../../blocks/registry.ts";
import type { BlockPlace } from "../../../../collab/doc/ops.ts";
import { pageIdOfParent, pageParent } from "../../../../collab/doc/layout.ts";
import type { EditOrigin } from "../../../../collab/doc/origin.ts";
import type { IntlShape } from "react-intl";
import { message } from "../../i18n/message.ts";
import type * as Y from "yjs";
import { blockLabel } from "../i18n/intl.ts";
import {
  EditorStillLoading,
  isSiteEditError,
  loadSharedOps,
  sharedOps,
  sharedOpsLoaded,
} from "../session/ops.ts";
import type { DocStore } from "../state/docStore.ts";
import type { UiStore } from "../state/uiStore.ts";
import {
  lastCopy,
  newBlock,
  parseClipboard,
  readBlockSubtree,
  rememberCopy,
  serializeBlocks,
} from "./clipboard.ts";

/** A place among the children of a block or of a page (`page:<id>`), counted without the moved block. */
export type Slot = { readonly parentKey: string; readonly index: number };

export type CommandContext = {
  readonly ydoc: Y.Doc;
  readonly store: DocStore;
  readonly ui: UiStore;
  readonly origin: EditOrigin;
  readonly undo: Y.UndoManager;
  readonly readOnly: boolean;
  /** Starts a new undo step (see `EditorSession.beginEdit`). */
  readonly beginEdit: (key: string | null) => void;
  /** The merchant's language, for what the commands tell them. */
  readonly intl: () => IntlShape;
  /** Tells the merchant why something did not happen. */
  readonly notify: (message: string, tone?: "info" | "danger" | "success") => void;
};

export function placeOf(slot: Slot): BlockPlace {
  const pageId = pageIdOfParent(slot.parentKey);
  return pageId !== null
    ? { pageId, index: slot.index }
    : { parentId: slot.parentKey, index: slot.index };
}

export const commandMessages = {
  readOnly: message({
    id: "editor.commands.readOnly",
    defaultMessage: "You can look at this site, but not change it.",
  }),
  cannotGoHere: message({
    id: "editor.commands.cannotGoHere",
    defaultMessage: "A {block} block cannot go here.",
  }),
  nothingToPaste: message({
    id: "editor.commands.nothingToPaste",
    defaultMessage: "There are no blocks to paste. Copy a block first.",
  }),
  skipped: message({
    id: "editor.commands.skipped",
    defaultMessage:
      "{count, plural, one {# block could not be pasted here and was left out.} other {# blocks could not be pasted here and were left out.}}",
  }),
  notAllowed: message({
    id: "editor.commands.notAllowed",
    defaultMessage: "That cannot go there: {reason}.",
  }),
  cycle: message({
    id: "editor.commands.cycle",
    defaultMessage: "A block cannot go inside itself.",
  }),
  notFound: message({
    id: "editor.commands.notFound",
    defaultMessage: "That block is gone: someone may have just removed it.",
  }),
  failed: message({ id: "editor.commands.failed", defaultMessage: "That did not work: {reason}." }),
};

export class Commands {
  constructor(private readonly ctx: CommandContext) {}

  private get store() {
    return this.ctx.store;
  }

  private guard<T>(run: () => T): T | null {
    if (this.ctx.readOnly) {
      this.ctx.notify(this.ctx.intl().formatMessage(commandMessages.readOnly), "info");
      return null;
    }
    try {
      // Each command is an undo step of its own, whatever came just before or after it.
      this.ctx.beginEdit(null);
      const result = run();
      this.ctx.beginEdit(null);
      return result;
    } catch (error) {
      if (isSiteEditError(error)) {
        this.ctx.notify(explain(this.ctx.intl(), error), "danger");
        return null;
      }
      if (error instanceof EditorStillLoading) {
        // Asked for in the moment before the editing code arrived: done as soon as it has.
        void loadSharedOps().then(() => this.guard(run));
        return null;
      }
      throw error;
    }
  }

  select(id: string | null): void {
    const { ui, store } = this.ctx;
    if (id !== null && !store.isShown(id)) id = null;
    ui.set({
      selectedId: id,
      inlineEdit: ui.get().inlineEdit?.blockId === id ? ui.get().inlineEdit : null,
      // Picking a block while the page's settings are open shows the block's.
      rightTab: id !== null && ui.get().rightTab === "page" ? "block" : ui.get().rightTab,
      menu: null,
    });
    if (id !== null) {
      ui.expandTo(store.ancestorsOf(id));
      const pageId = store.getTree().pageOf.get(id);
      if (pageId && pageId !== ui.get().pageId) ui.set({ pageId });
    }
  }

  /** Whether a block of `type` may go among the children of `parentKey`. */
  accepts(parentKey: string, type: string): boolean {
    return canContain(this.store.typeOf(parentKey), type);
  }

  /** Adds a new block of `type` (default props) at `slot`, or after the selection, and selects it. */
  insertNew(type: string, slot?: Slot): string | null {
    const block = newBlock(type);
    const target = slot ?? this.slotNearSelection(type);
    // A page has one main heading: a second hero (or level-1 heading) starts as a level 2.
    const pageId = target
      ? (this.ctx.store.getTree().pageOf.get(target.parentKey) ?? pageIdOfParent(target.parentKey))
      : null;
    if (pageId && this.pageHasMainHeading(pageId)) {
      if (block.props.headingLevel === 1) block.props.headingLevel = 2;
      if (type === "heading" && block.props.level === 1) block.props.level = 2;
    }
    if (!target) {
      this.ctx.notify(
        this.ctx.intl().formatMessage(commandMessages.cannotGoHere, { block: blockLabel(type) }),
        "danger",
      );
      return null;
    }
    const id = this.guard(() =>
      sharedOps().insertBlock(this.ctx.ydoc, block, placeOf(target), this.ctx.origin),
    );
    if (id) this.select(id);
    return id;
  }

  /** Whether a block on the page already gives it its h1. */
  private pageHasMainHeading(pageId: string): boolean {
    const tree = this.store.getTree();
    const stack = [...(tree.children.get(`page:${pageId}`) ?? [])];
    while (stack.length > 0) {
      const id = stack.pop()!;
      const snapshot = this.store.getBlock(id);
      const props = snapshot?.parsed.ok ? snapshot.parsed.props : undefined;
      if (
        props &&
        (props.headingLevel === 1 || (snapshot!.type === "heading" && props.level === 1))
      )
        return true;
      stack.push(...(tree.children.get(id) ?? []));
    }
    return false;
  }

  move(id: string, slot: Slot): boolean {
    return (
      this.guard(() => {
        sharedOps().moveBlock(this.ctx.ydoc, id, placeOf(slot), this.ctx.origin);
        return true;
      }) === true
    );
  }

  remove(id: string): void {
    const tree = this.store.getTree();
    const parent = tree.parentOf.get(id);
    const siblings = parent ? (tree.children.get(parent) ?? []) : [];
    const index = siblings.indexOf(id);
    const done = this.guard(() => {
      sharedOps().removeBlock(this.ctx.ydoc, id, this.ctx.origin);
      return true;
    });
    if (!done) return;
    // Selection moves to a neighbour, so Delete can be pressed again and the keyboard keeps its place.
    const next =
      siblings[index + 1] ??
      siblings[index - 1] ??
      (parent && pageIdOfParent(parent) === null ? parent : null);
    if (this.ctx.ui.get().selectedId === id || this.ctx.ui.get().selectedId === null)
      this.select(next ?? null);
  }

  duplicate(id: string): string | null {
    const copy = this.guard(() => sharedOps().duplicateBlock(this.ctx.ydoc, id, this.ctx.origin));
    if (copy) this.select(copy);
    return copy;
  }

  /** Moves a block one place up or down among its siblings. */
  moveBy(id: string, delta: -1 | 1): boolean {
    const tree = this.store.getTree();
    const parent = tree.parentOf.get(id);
    if (!parent) return false;
    const siblings = tree.children.get(parent) ?? [];
    const index = siblings.indexOf(id);
    const to = index + delta;
    if (index < 0 || to < 0 || to >= siblings.length) return false;
    return this.move(id, { parentKey: parent, index: to });
  }

  copy(id: string): string | null {
    const block = readBlockSubtree(
      this.store,
      id,
      sharedOpsLoaded() ? sharedOps().readProps : undefined,
    );
    if (!block) return null;
    const text = serializeBlocks([block]);
    rememberCopy(text);
    return text;
  }

  /** Pastes clipboard text (ours) after the selection, or at the end of the page. */
  paste(text: string | null): string[] {
    // The system clipboard first; this browser's last copy when it holds something else.
    const parsed = (text ? parseClipboard(text) : null) ?? parseClipboard(lastCopy() ?? "");
    if (!parsed || parsed.blocks.length === 0) {
      this.ctx.notify(this.ctx.intl().formatMessage(commandMessages.nothingToPaste), "info");
      return [];
    }
    const inserted: string[] = [];
    let after: string | null = this.ctx.ui.get().selectedId;
    for (const block of parsed.blocks) {
      const slot = this.slotNearSelection(block.type, after);
      if (!slot) {
        this.ctx.notify(
          this.ctx
            .intl()
            .formatMessage(commandMessages.cannotGoHere, { block: blockLabel(block.type) }),
          "danger",
        );
        continue;
      }
      const id = this.guard(() =>
        sharedOps().insertBlock(this.ctx.ydoc, block, placeOf(slot), this.ctx.origin),
      );
      if (id) {
        inserted.push(id);
        after = id;
      }
    }
    if (parsed.skipped > 0)
      this.ctx.notify(
        this.ctx.intl().formatMessage(commandMessages.skipped, { count: parsed.skipped }),
        "info",
      );
    if (inserted.length > 0) this.select(inserted[inserted.length - 1]!);
    return inserted;
  }

  /** Inserts blocks given as JSON (used by paste and by other panels). */
  insertBlocks(blocks: readonly Block[], slot: Slot): string[] {
    const ids: string[] = [];
    blocks.forEach((block, i) => {
      const id = this.guard(() =>
        sharedOps().insertBlock(
          this.ctx.ydoc,
          block,
          placeOf({ ...slot, index: slot.index + i }),
          this.ctx.origin,
        ),
      );
      if (id) ids.push(id);
    });
    return ids;
  }

  undo(): void {
    this.ctx.undo.undo();
  }

  redo(): void {
    this.ctx.undo.redo();
  }

  /**
   * Where a block of `type` goes when added without a place: after `anchor` (the selection) if its
   * parent takes it, else inside the anchor if it is a container that takes it, else further up,
   * else at the end of the open page.
   */
  slotNearSelection(
    type: string,
    anchor: string | null = this.ctx.ui.get().selectedId,
  ): Slot | null {
    const tree = this.store.getTree();
    const pageId = this.ctx.ui.get().pageId;
    if (anchor && tree.pageOf.get(anchor) === pageId) {
      // An empty container that takes the block: fill it.
      if ((tree.children.get(anchor) ?? []).length === 0 && this.accepts(anchor, type)) {
        return { parentKey: anchor, index: 0 };
      }
      let current = anchor;
      for (;;) {
        const parent = tree.parentOf.get(current);
        if (parent === undefined) break;
        if (this.accepts(parent, type)) {
          const siblings = tree.children.get(parent) ?? [];
          return { parentKey: parent, index: siblings.indexOf(current) + 1 };
        }
        if (pageIdOfParent(parent) !== null) break;
        current = parent;
      }
    }
    if (!pageId) return null;
    const key = pageParent(pageId);
    if (!this.accepts(key, type)) return null;
    const top = tree.children.get(key) ?? [];
    // Before a trailing footer: new content belongs on the page, not under its footer.
    let index = top.length;
    while (index > 0 && tree.nodes.get(top[index - 1]!)?.type === "footer") index--;
    return { parentKey: key, index };
  }
}

/** A shared operation's refusal in the merchant's words (the details stay the operation's). */
export function explain(intl: IntlShape, error: Error & { code: string }): string {
  switch (error.code) {
    case "not-allowed":
      return intl.formatMessage(commandMessages.notAllowed, { reason: error.message });
    case "cycle":
      return intl.formatMessage(commandMessages.cycle);
    case "not-found":
      return intl.formatMessage(commandMessages.notFound);
    default:
      return intl.formatMessage(commandMessages.failed, { reason: error.message });
  }
}
