/**
 * Rich-text props live in the site Y.Doc as `Y.XmlText`s laid out exactly as Lexical's V1 Yjs binding
 * (`@lexical/yjs`) lays them out, so the editor can bind a Lexical editor straight to one with
 * `createYjsBinding({ getXmlText })`. This module reads and writes them headlessly (no DOM): a
 * headless Lexical editor is bound to a *scratch* copy, never to the live `Y.XmlText`, because a second
 * binding over a root replaces the collab nodes that a live editor binding caches on those shared types.
 */
import { createHeadlessEditor } from "@lexical/headless";
import { AutoLinkNode, LinkNode } from "@lexical/link";
import { ListItemNode, ListNode } from "@lexical/list";
import { HeadingNode, QuoteNode } from "@lexical/rich-text";
import {
  createYjsBinding,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
  type Binding,
  type Provider,
} from "@lexical/yjs";
import {
  $getRoot,
  $isElementNode,
  $isTextNode,
  $parseSerializedNode,
  COLLABORATION_TAG,
  SKIP_COLLAB_TAG,
  type ElementNode,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
  type SerializedEditorState,
  type SerializedLexicalNode,
} from "lexical";
import * as Y from "yjs";
import type { RichTextPackageNodeType } from "../../domain/rich-text.ts";
import { isPlainObject, jsonEqual } from "./json.ts";

/** A rich-text prop value: Lexical's serialized editor state, `{ root: { type: "root", children, ... } }`. */
export type RichTextState = SerializedEditorState;

/** The Lexical class of each node type of the rich-text list (domain/rich-text.ts) Lexical lacks. */
const NODE_CLASSES = {
  heading: HeadingNode,
  quote: QuoteNode,
  list: ListNode,
  listitem: ListItemNode,
  link: LinkNode,
  autolink: AutoLinkNode,
} as const satisfies Record<RichTextPackageNodeType, Klass<LexicalNode>>;

/**
 * The Lexical nodes every Pegasus rich-text editor registers. The editor must register the same set:
 * a binding refuses shared types whose node type it does not know.
 */
export const RICH_TEXT_NODES: ReadonlyArray<Klass<LexicalNode>> = Object.values(NODE_CLASSES);

/** A rich-text value that Lexical cannot load (unknown node type, an empty root, not an object...). */
export class RichTextError extends Error {
  override name = "RichTextError";
}

/** Awareness is irrelevant to a scratch binding; a `null` local state makes every cursor sync a no-op. */
const NO_AWARENESS_PROVIDER: Provider = {
  awareness: {
    getLocalState: () => null,
    getStates: () => new Map(),
    on: () => {},
    off: () => {},
    setLocalState: () => {},
    setLocalStateField: () => {},
  },
  connect: () => {},
  disconnect: () => {},
  on: () => {},
  off: () => {},
};

export function createRichTextEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: "pegasus-rich-text",
    nodes: [...RICH_TEXT_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** The shape of a rich-text value Lexical can load: a root with at least one child. */
export function isRichTextState(value: unknown): value is RichTextState {
  return (
    isPlainObject(value) &&
    isPlainObject(value.root) &&
    value.root.type === "root" &&
    Array.isArray(value.root.children) &&
    value.root.children.length > 0
  );
}

const NOT_RICH_TEXT =
  "a rich-text value is a Lexical editor state `{ root: {...} }` with at least one child";

/**
 * Loads what an `XmlText` already holds into a freshly bound editor: the same three steps the binding
 * runs for a remote element it has never seen. Editors that bind to an already-synced rich-text prop
 * (every prop after the first sync) need this too, since the binding only observes later changes.
 */
export function loadBoundXmlText(binding: Binding): void {
  binding.editor.update(
    () => {
      const root = binding.root;
      root.syncPropertiesFromYjs(binding, null);
      root.applyChildrenYjsDelta(binding, root.getSharedType().toDelta());
      root.syncChildrenFromYjs(binding);
    },
    { discrete: true, skipTransforms: true, tag: COLLABORATION_TAG },
  );
}

/**
 * Lexical's binding caches its collab node on each shared type (`_collabNode`) and reuses it when
 * a new binding meets the same type; after an earlier editor of the prop was disposed those nodes
 * are stale, and a new binding would load every paragraph a second time. Forgotten on both ends.
 */
function forgetCollabNodes(type: unknown): void {
  if (!(type instanceof Y.AbstractType)) return;
  delete (type as { _collabNode?: unknown })._collabNode;
  if (type instanceof Y.XmlText) {
    for (const op of type.toDelta() as Array<{ insert: unknown }>) {
      forgetCollabNodes(op.insert);
    }
    for (const value of Object.values(type.getAttributes() as Record<string, unknown>)) {
      forgetCollabNodes(value);
    }
  } else if (type instanceof Y.XmlElement) {
    for (const child of type.toArray()) forgetCollabNodes(child);
  } else if (type instanceof Y.Map) {
    for (const value of type.values()) forgetCollabNodes(value);
  }
}

export type BoundEditor = { readonly binding: Binding; readonly dispose: () => void };

/**
 * Binds a Lexical editor (with `RICH_TEXT_NODES` registered) to one rich-text prop of the site doc and
 * keeps both in sync, both ways, starting from what the prop already holds. This is what the collab
 * plugin does, plus the initial load it leaves out (it only bootstraps empty roots). Pass the
 * Hocuspocus provider to share cursors; add `binding` to the user's undo manager's tracked origins.
 */
export function bindEditorToXmlText(
  editor: LexicalEditor,
  ydoc: Y.Doc,
  getXmlText: (doc: Y.Doc) => Y.XmlText,
  options: { id?: string; provider?: Provider } = {},
): BoundEditor {
  const id = options.id ?? "rich-text";
  const provider = options.provider ?? NO_AWARENESS_PROVIDER;
  forgetCollabNodes(getXmlText(ydoc));
  const binding = createYjsBinding({
    editor,
    id,
    doc: ydoc,
    docMap: new Map([[id, ydoc]]),
    getXmlText,
  });
  const shared = binding.root.getSharedType();
  const onYjsChanges = (events: Array<Y.YEvent<Y.Text>>, transaction: Y.Transaction): void => {
    if (transaction.origin !== binding) {
      syncYjsChangesToLexical(
        binding,
        provider,
        events,
        transaction.origin instanceof Y.UndoManager,
      );
    }
  };
  shared.observeDeep(
    onYjsChanges as (events: Array<Y.YEvent<Y.XmlText>>, transaction: Y.Transaction) => void,
  );
  const unregister = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      if (tags.has(SKIP_COLLAB_TAG)) return;
      syncLexicalUpdateToYjs(
        binding,
        provider,
        prevEditorState,
        editorState,
        dirtyElements,
        dirtyLeaves,
        normalizedNodes,
        tags,
      );
    },
  );
  loadBoundXmlText(binding);
  return {
    binding,
    dispose: () => {
      shared.unobserveDeep(
        onYjsChanges as (events: Array<Y.YEvent<Y.XmlText>>, transaction: Y.Transaction) => void,
      );
      unregister();
      binding.root.destroy(binding);
      forgetCollabNodes(binding.root.getSharedType());
    },
  };
}

type ScratchBinding = { editor: LexicalEditor; binding: Binding; dispose: () => void };

/** Binds a headless editor to an `XmlText` of a scratch doc, writing Lexical updates back to it. */
function bindScratch(doc: Y.Doc, getXmlText: (doc: Y.Doc) => Y.XmlText): ScratchBinding {
  const editor = createRichTextEditor();
  const binding = createYjsBinding({
    editor,
    id: "scratch",
    doc,
    docMap: new Map([["scratch", doc]]),
    getXmlText,
  });
  // Registered before anything loads, as the collaboration plugin does, so normalisation merges that
  // Lexical makes while loading are written back the way a real client would write them.
  const unregister = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      syncLexicalUpdateToYjs(
        binding,
        NO_AWARENESS_PROVIDER,
        prevEditorState,
        editorState,
        dirtyElements,
        dirtyLeaves,
        normalizedNodes,
        tags,
      );
    },
  );
  return { editor, binding, dispose: unregister };
}

/**
 * Copies the content of one Lexical-structured `XmlText` into another (empty, integrated) one: its
 * attributes, text runs and embedded shared types, recursively. Lexical's layout is plain Yjs
 * structure (XmlText elements, Y.Map text/linebreak nodes, XmlElement decorators), so this is a
 * structural copy with new items; no Lexical is involved. Call it inside a transaction.
 */
export function copyXmlTextContent(source: Y.XmlText, target: Y.XmlText): void {
  for (const [key, value] of Object.entries(source.getAttributes() as Record<string, unknown>)) {
    setAttributeCopy(target, key, value);
  }
  let index = 0;
  for (const op of source.toDelta() as Array<{
    insert: unknown;
    attributes?: Record<string, unknown>;
  }>) {
    const attributes = op.attributes ?? {};
    if (typeof op.insert === "string") {
      target.insert(index, op.insert, attributes);
      index += op.insert.length;
    } else {
      const copy = emptyCopyOf(op.insert);
      target.insertEmbed(index, copy as Y.Map<unknown>, attributes);
      fillCopy(op.insert, copy);
      index += 1;
    }
  }
}

function emptyCopyOf(value: unknown): unknown {
  if (value instanceof Y.XmlText) return new Y.XmlText();
  if (value instanceof Y.XmlElement) return new Y.XmlElement(value.nodeName);
  if (value instanceof Y.Map) return new Y.Map();
  if (value instanceof Y.Array) return new Y.Array();
  if (value instanceof Y.Text) return new Y.Text();
  return structuredClone(value);
}

/** Fills `target`, a just-integrated empty copy made by `emptyCopyOf(source)`. */
function fillCopy(source: unknown, target: unknown): void {
  if (source instanceof Y.XmlText && target instanceof Y.XmlText) {
    copyXmlTextContent(source, target);
  } else if (source instanceof Y.XmlElement && target instanceof Y.XmlElement) {
    for (const [key, value] of Object.entries(source.getAttributes() as Record<string, unknown>)) {
      setAttributeCopy(target, key, value);
    }
    source.toArray().forEach((child, i) => {
      const copy = emptyCopyOf(child) as Y.XmlElement;
      target.insert(i, [copy]);
      fillCopy(child, copy);
    });
  } else if (source instanceof Y.Map && target instanceof Y.Map) {
    for (const [key, value] of source.entries()) {
      const copy = emptyCopyOf(value);
      target.set(key, copy);
      fillCopy(value, copy);
    }
  } else if (source instanceof Y.Array && target instanceof Y.Array) {
    source.toArray().forEach((item: unknown, i) => {
      const copy = emptyCopyOf(item);
      target.insert(i, [copy]);
      fillCopy(item, copy);
    });
  } else if (source instanceof Y.Text && target instanceof Y.Text) {
    target.applyDelta(source.toDelta());
  }
}

function setAttributeCopy(target: Y.XmlText | Y.XmlElement, key: string, value: unknown): void {
  // Yjs types attribute values as strings, but Lexical stores nested shared types (`__state`) there too.
  const copy = emptyCopyOf(value);
  target.setAttribute(key, copy as string);
  fillCopy(value, copy);
}

/** A scratch doc holding one `XmlText`, at a fixed place. */
function scratchHolder(): { doc: Y.Doc; xmlText: Y.XmlText } {
  const doc = new Y.Doc({ gc: false });
  const xmlText = new Y.XmlText();
  doc.getMap("scratch").set("text", xmlText);
  return { doc, xmlText };
}

const scratchText = (doc: Y.Doc): Y.XmlText => doc.getMap("scratch").get("text") as Y.XmlText;

/**
 * Reads a rich-text `XmlText` back into Lexical's serialized editor state, or `undefined` when it is
 * empty (an empty `XmlText` is an unset prop: Lexical never produces a root without children).
 * Safe to call on an `XmlText` that a live editor is bound to.
 */
export function readRichText(source: Y.XmlText): RichTextState | undefined {
  if (source.length === 0) return undefined;
  const { doc } = scratchHolder();
  const { editor, binding, dispose } = bindScratch(doc, scratchText);
  try {
    doc.transact(() => copyXmlTextContent(source, scratchText(doc)));
    loadBoundXmlText(binding);
    return editor.getEditorState().toJSON();
  } catch (error) {
    throw new RichTextError(`cannot read rich text: ${(error as Error).message}`, { cause: error });
  } finally {
    dispose();
  }
}

/** A rich-text value checked by Lexical and already laid out as Yjs, ready to be copied into a block. */
export type PreparedRichText = { readonly xmlText: Y.XmlText };

/** Validates a serialized editor state with Lexical and lays it out in a scratch `XmlText`. */
export function prepareRichText(value: unknown): PreparedRichText {
  if (!isRichTextState(value)) throw new RichTextError(NOT_RICH_TEXT);
  const { doc, xmlText } = scratchHolder();
  const { editor, dispose } = bindScratch(doc, scratchText);
  try {
    editor.setEditorState(editor.parseEditorState(value));
  } catch (error) {
    throw new RichTextError(`invalid rich text: ${(error as Error).message}`, { cause: error });
  } finally {
    dispose();
  }
  return { xmlText };
}

/** Writes a prepared value into an empty, integrated `XmlText` (inside the caller's transaction). */
export function writePreparedRichText(target: Y.XmlText, prepared: PreparedRichText): void {
  copyXmlTextContent(prepared.xmlText, target);
}

/** One rich-text prop to turn into `state` (`undefined` empties it); `label` names it in errors. */
export type RichTextEdit = {
  readonly xmlText: Y.XmlText;
  readonly state: RichTextState | undefined;
  readonly label?: string;
};

/**
 * Plans edits of rich text that may be live: returns one Yjs update that turns each `XmlText` into its
 * target state with small changes (unchanged paragraphs and text stay the same items, changed text is a
 * character diff), so a collaborator typing in the same prop keeps their typing. The edits are made by a
 * headless editor on a full scratch copy of `ydoc` (same item ids, its own client id); apply the update
 * with `Y.applyUpdate` inside the transaction of the operation. Throws `RichTextError` before anything
 * is written when a target state is invalid.
 */
export function planRichTextEdits(ydoc: Y.Doc, edits: readonly RichTextEdit[]): Uint8Array | null {
  if (edits.length === 0) return null;
  const prefix = (edit: RichTextEdit): string =>
    edit.label === undefined ? "" : `${edit.label}: `;
  for (const edit of edits) {
    if (edit.state !== undefined && !isRichTextState(edit.state)) {
      throw new RichTextError(`${prefix(edit)}${NOT_RICH_TEXT}`);
    }
  }
  const scratch = new Y.Doc({ gc: false });
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(ydoc));
  const before = Y.encodeStateVector(scratch);
  for (const edit of edits) {
    const path = pathInDoc(edit.xmlText);
    const resolve = (doc: Y.Doc): Y.XmlText => resolvePath(doc, path);
    const target = resolve(scratch);
    if (edit.state === undefined) {
      scratch.transact(() => clearXmlText(target));
      continue;
    }
    const state = edit.state;
    if (target.length === 0) {
      let prepared: PreparedRichText;
      try {
        prepared = prepareRichText(state);
      } catch (error) {
        throw new RichTextError(`${prefix(edit)}${(error as Error).message}`, { cause: error });
      }
      scratch.transact(() => writePreparedRichText(target, prepared));
      continue;
    }
    const { editor, binding, dispose } = bindScratch(scratch, resolve);
    try {
      loadBoundXmlText(binding);
      const parsed = editor.parseEditorState(state); // validates before we touch anything
      const wanted = parsed.toJSON();
      editor.update(() => $reconcileChildren($getRoot(), wanted.root.children, wanted.root), {
        discrete: true,
      });
      if (!jsonEqual(editor.getEditorState().toJSON(), wanted)) {
        // The in-place reconcile missed something this node set can express: replace the whole state.
        editor.setEditorState(editor.parseEditorState(state));
      }
    } catch (error) {
      throw new RichTextError(`${prefix(edit)}invalid rich text: ${(error as Error).message}`, {
        cause: error,
      });
    } finally {
      dispose();
    }
  }
  const update = Y.encodeStateAsUpdate(scratch, before);
  return update;
}

/** Empties an `XmlText`: its content and its attributes. */
export function clearXmlText(xmlText: Y.XmlText): void {
  if (xmlText.length > 0) xmlText.delete(0, xmlText.length);
  for (const key of Object.keys(xmlText.getAttributes() as Record<string, unknown>))
    xmlText.removeAttribute(key);
}

type PathStep = { root: string } | { key: string } | { index: number };

/** Where a shared type sits in its doc: the top-level name, then map keys (or array indexes). */
function pathInDoc(type: Y.XmlText): PathStep[] {
  const steps: PathStep[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types parents as AbstractType<any>
  let current: Y.AbstractType<any> = type;
  while (current._item !== null) {
    const item = current._item;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    const parent = item.parent as Y.AbstractType<any>;
    if (item.parentSub !== null) {
      steps.push({ key: item.parentSub });
    } else {
      throw new RichTextError("rich text must sit in a map, not in a list");
    }
    current = parent;
  }
  const doc = type.doc;
  if (doc === null) throw new RichTextError("the rich-text XmlText is not part of a doc");
  for (const [name, shared] of doc.share) {
    if (shared === current) {
      steps.push({ root: name });
      return steps.reverse();
    }
  }
  throw new RichTextError("the rich-text XmlText is not reachable from a top-level type");
}

function resolvePath(doc: Y.Doc, path: readonly PathStep[]): Y.XmlText {
  let current: unknown = null;
  for (const step of path) {
    if ("root" in step) current = doc.getMap(step.root);
    else if ("key" in step) current = current instanceof Y.Map ? current.get(step.key) : undefined;
    else current = current instanceof Y.Array ? current.get(step.index) : undefined;
  }
  if (!(current instanceof Y.XmlText))
    throw new RichTextError("the rich-text XmlText vanished from the scratch copy");
  return current;
}

/** The node's serialized form with its children, for equality checks. */
function exportDeep(node: LexicalNode): SerializedLexicalNode {
  const json = node.exportJSON() as SerializedLexicalNode & { children?: SerializedLexicalNode[] };
  if ($isElementNode(node)) json.children = node.getChildren().map(exportDeep);
  return json;
}

type SerializedWithChildren = SerializedLexicalNode & { children?: SerializedLexicalNode[] };

/**
 * Turns `parent`'s children into `next` while keeping as many existing nodes as it can: equal runs at
 * the start and at the end stay untouched, nodes in between that keep their type are updated in place
 * (text through `setTextContent`, which the binding turns into a character diff), the rest are replaced.
 */
function $reconcileChildren(
  parent: ElementNode,
  next: readonly SerializedLexicalNode[],
  parentJson: unknown,
): void {
  parent.updateFromJSON(parentJson as Parameters<ElementNode["updateFromJSON"]>[0]);
  const current = parent.getChildren();
  let start = 0;
  while (
    start < current.length &&
    start < next.length &&
    jsonEqual(exportDeep(current[start]!), next[start])
  )
    start++;
  let endCurrent = current.length;
  let endNext = next.length;
  while (
    endCurrent > start &&
    endNext > start &&
    jsonEqual(exportDeep(current[endCurrent - 1]!), next[endNext - 1])
  ) {
    endCurrent--;
    endNext--;
  }
  const middle = Math.min(endCurrent - start, endNext - start);
  for (let i = 0; i < middle; i++) {
    const node = current[start + i]!;
    const json = next[start + i]! as SerializedWithChildren;
    if (node.getType() !== json.type) {
      node.replace($parseSerializedNode(json));
    } else if ($isTextNode(node)) {
      node.updateFromJSON(json as Parameters<typeof node.updateFromJSON>[0]);
      const text = (json as { text?: unknown }).text;
      if (typeof text === "string" && node.getTextContent() !== text) node.setTextContent(text);
    } else if ($isElementNode(node)) {
      $reconcileChildren(node, json.children ?? [], json);
    } else {
      node.replace($parseSerializedNode(json));
    }
  }
  for (let i = start + middle; i < endCurrent; i++) current[i]!.remove();
  let anchor: LexicalNode | null = start + middle > 0 ? current[start + middle - 1]! : null;
  for (let i = start + middle; i < endNext; i++) {
    const node = $parseSerializedNode(next[i]!);
    if (anchor === null) {
      const first = parent.getFirstChild();
      if (first === null) parent.append(node);
      else first.insertBefore(node);
    } else {
      anchor.insertAfter(node);
    }
    anchor = node;
  }
}
