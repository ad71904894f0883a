/**
 * Editing text in place on the canvas. A double click (or Enter) on a heading, a button label or
 * any other plain-text prop makes that element editable right where it is; every keystroke goes
 * to the document (`updateProps`), so collaborators see it as it is typed. Rich-text props open a
 * Lexical editor in place instead (./InlineRichText.tsx).
 *
 * Which prop an element shows is found by its text: the element under the pointer (or one of its
 * ancestors inside the block) whose text equals a text prop of the block, or of one item of a
 * list prop ("items.2.title"). No block component needs to know about the editor.
 */
import type { FieldDefinition } from "../../../../blocks/fields/types.ts";
import { getBlockDefinition } from "../../../../blocks/registry.ts";
import { loadSharedOps, sharedOps, sharedOpsLoaded } from "../session/ops.ts";
import type { EditorSession } from "../session/EditorSession.ts";
import type { BlockSnapshot } from "../state/docStore.ts";
import type { CanvasRuntime } from "./runtime.ts";

export type PropPath = readonly (string | number)[];

export type EditableTarget =
  | { kind: "text"; path: PropPath; element: HTMLElement; maxLength: number; multiline: boolean }
  | { kind: "richtext"; path: PropPath; element: HTMLElement };

type TextLike = Extract<FieldDefinition, { kind: "text" | "textarea" }>;

function isTextField(field: FieldDefinition | undefined): field is TextLike {
  return field?.kind === "text" || field?.kind === "textarea";
}

/** The text props of a block (and of its list items) with their current values. */
function textProps(
  snapshot: BlockSnapshot,
): Array<{ path: PropPath; value: string; field: TextLike }> {
  const definition = getBlockDefinition(snapshot.type);
  if (!definition || !snapshot.parsed.ok) return [];
  const props = snapshot.parsed.props;
  const out: Array<{ path: PropPath; value: string; field: TextLike }> = [];
  for (const [key, field] of Object.entries(definition.fields as Record<string, FieldDefinition>)) {
    const value = props[key];
    if (isTextField(field) && typeof value === "string") out.push({ path: [key], value, field });
    if (field.kind === "list" && Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        if (typeof item !== "object" || item === null) return;
        for (const [itemKey, itemField] of Object.entries(field.itemFields)) {
          const itemValue = (item as Record<string, unknown>)[itemKey];
          if (isTextField(itemField) && typeof itemValue === "string")
            out.push({ path: [key, index, itemKey], value: itemValue, field: itemField });
        }
      });
    }
  }
  return out;
}

/** What can be edited in place at `target` (an element inside the block's element), if anything. */
export function findEditable(
  snapshot: BlockSnapshot,
  blockElement: Element,
  target: Element,
): EditableTarget | null {
  const definition = getBlockDefinition(snapshot.type);
  if (!definition) return null;
  const richKey = Object.entries(definition.fields as Record<string, FieldDefinition>).find(
    ([, field]) => field.kind === "richtext",
  )?.[0];
  if (richKey) {
    const prose = target.closest(".pg-ui-prose");
    const host = prose && blockElement.contains(prose) ? prose : blockElement;
    return { kind: "richtext", path: [richKey], element: host as HTMLElement };
  }
  const candidates = textProps(snapshot).filter((candidate) => candidate.value.trim() !== "");
  for (
    let element: Element | null = target;
    element && blockElement.contains(element);
    element = element.parentElement
  ) {
    const text = (element.textContent ?? "").trim();
    if (text === "") continue;
    const match = candidates.find((candidate) => candidate.value.trim() === text);
    if (match) {
      return {
        kind: "text",
        path: match.path,
        element: element as HTMLElement,
        maxLength: match.field.maxLength,
        multiline: match.field.kind === "textarea",
      };
    }
    if (element === blockElement) break;
  }
  return null;
}

/** The first thing of a block that can be edited in place (Enter on a selected block). */
export function firstEditable(
  snapshot: BlockSnapshot,
  blockElement: Element,
): EditableTarget | null {
  const definition = getBlockDefinition(snapshot.type);
  if (!definition) return null;
  if (
    Object.values(definition.fields as Record<string, FieldDefinition>).some(
      (f) => f.kind === "richtext",
    )
  )
    return findEditable(snapshot, blockElement, blockElement);
  for (const candidate of textProps(snapshot)) {
    if (candidate.value.trim() === "") continue;
    const walker = blockElement.ownerDocument.createTreeWalker(
      blockElement,
      NodeFilter.SHOW_ELEMENT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as Element;
      if (
        element.children.length === 0 &&
        (element.textContent ?? "").trim() === candidate.value.trim()
      ) {
        return findEditable(snapshot, blockElement, element);
      }
    }
  }
  return null;
}

/** Reads the value at a prop path ("items", 2, "title") out of a props object. */
export function valueAt(props: Readonly<Record<string, unknown>>, path: PropPath): unknown {
  let current: unknown = props;
  for (const step of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** The top-level props patch that sets `value` at `path` (lists are copied, then changed). */
export function patchAt(
  props: Readonly<Record<string, unknown>>,
  path: PropPath,
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path;
  if (typeof head !== "string") throw new Error("a prop path starts with a prop name");
  if (rest.length === 0) return { [head]: value };
  const setIn = (container: unknown, steps: readonly (string | number)[]): unknown => {
    const [step, ...more] = steps;
    const copy: Record<string | number, unknown> | unknown[] = Array.isArray(container)
      ? [...container]
      : { ...(container as Record<string, unknown>) };
    (copy as Record<string | number, unknown>)[step!] =
      more.length === 0
        ? value
        : setIn((container as Record<string | number, unknown>)?.[step!], more);
    return copy;
  };
  return { [head]: setIn(props[head], rest) };
}

/**
 * Makes `target.element` editable in place until Enter (single-line), Escape, Tab or a click
 * elsewhere. Returns the function that ends the editing.
 */
export function startInlineText(
  session: EditorSession,
  runtime: CanvasRuntime,
  blockId: string,
  target: Extract<EditableTarget, { kind: "text" }>,
): () => void {
  const { element, path, maxLength, multiline } = target;
  const doc = element.ownerDocument;
  runtime.freeze(blockId);
  session.ui.set({ inlineEdit: { blockId, kind: "text", path } });
  element.setAttribute("contenteditable", "plaintext-only");
  element.setAttribute("spellcheck", "true");
  element.setAttribute("data-inline-editing", "");
  element.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  let ended = false;
  const write = () => {
    const snapshot = session.store.getBlock(blockId);
    if (!snapshot) return end();
    let text = element.innerText ?? element.textContent ?? "";
    if (!multiline) text = text.replace(/\s*\n\s*/g, " ");
    if (text.length > maxLength) text = text.slice(0, maxLength);
    const current =
      valueAt(snapshot.props, path) ??
      valueAt(snapshot.parsed.ok ? snapshot.parsed.props : {}, path);
    if (current === text) return;
    const base = snapshot.parsed.ok
      ? { ...snapshot.parsed.props, ...snapshot.props }
      : snapshot.props;
    session.beginEdit(`inline:${blockId}:${path.join(".")}`);
    const patch = patchAt(base, path, text);
    if (!sharedOpsLoaded()) {
      // Typed in the moment before the editing code arrived: written as soon as it has.
      void loadSharedOps().then(() =>
        sharedOps().updateProps(session.ydoc, blockId, patch, session.origin),
      );
      return;
    }
    sharedOps().updateProps(session.ydoc, blockId, patch, session.origin);
    session.presence.setTyping({ blockId, prop: String(path[0]) });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (
      event.key === "Escape" ||
      event.key === "Tab" ||
      (event.key === "Enter" && (!multiline || event.metaKey || event.ctrlKey))
    ) {
      event.preventDefault();
      event.stopPropagation();
      end();
      return;
    }
    const mod = event.metaKey || event.ctrlKey;
    if (mod && (event.key === "z" || event.key === "Z" || event.key === "y")) {
      // The document's undo, not the browser's: end the editing, then undo the typing as one step.
      event.preventDefault();
      end();
      if (event.key === "y" || event.shiftKey) session.commands.redo();
      else session.commands.undo();
    }
  };
  const onPointerDown = (event: PointerEvent) => {
    if (!element.contains(event.target as Node)) end();
  };
  element.addEventListener("input", write);
  element.addEventListener("keydown", onKeyDown);
  element.addEventListener("blur", end);
  doc.addEventListener("pointerdown", onPointerDown, true);

  function end(): void {
    if (ended) return;
    ended = true;
    write();
    element.removeEventListener("input", write);
    element.removeEventListener("keydown", onKeyDown);
    element.removeEventListener("blur", end);
    doc.removeEventListener("pointerdown", onPointerDown, true);
    element.removeAttribute("contenteditable");
    element.removeAttribute("data-inline-editing");
    session.presence.setTyping(null);
    session.beginEdit(null);
    if (session.ui.get().inlineEdit?.blockId === blockId) session.ui.set({ inlineEdit: null });
    runtime.unfreeze(blockId);
  }
  return end;
}
