/**
 * The canvas outside React: the iframe's document, its scale on screen, the per-block style
 * elements, and the blocks that are "frozen" while edited in place. Overlays, hit testing and drag
 * and drop measure the canvas through here, in frame coordinates (CSS pixels inside the iframe,
 * which is as tall as its content and never scrolls itself).
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from "react";

type Listener = () => void;

export type FrameRect = { left: number; top: number; width: number; height: number };

export class CanvasRuntime {
  doc: Document | null = null;
  /** The element holding the iframe and the overlays, in the editor's document. */
  stage: HTMLElement | null = null;
  scale = 1;
  private readonly blockRules = new Map<string, { css: string; rules: CSSRule[] }>();
  private readonly pendingStyles = new Map<string, string>();
  private readonly freezes = new Map<string, { frozen: boolean; generation: number }>();
  private readonly freezeListeners = new Map<string, Set<Listener>>();
  private readonly layoutListeners = new Set<Listener>();
  private layoutFrame = 0;

  attach(doc: Document): void {
    this.doc = doc;
    for (const [id, css] of this.pendingStyles) this.setBlockCss(id, css);
    this.pendingStyles.clear();
  }

  detach(): void {
    this.doc = null;
    this.blockRules.clear();
  }

  // ---- per-block CSS (the block's responsive rules, collected while it renders) ----
  //
  // All blocks' rules live in one stylesheet, changed rule by rule through the CSSOM: a
  // <style> element per block would leave the browser matching every element against a
  // thousand stylesheets, and one rewritten <style> would re-parse the whole page's CSS on
  // every colour change.

  private sheet(): CSSStyleSheet | null {
    const doc = this.doc;
    if (!doc) return null;
    let element = doc.getElementById("pegasus-blocks") as HTMLStyleElement | null;
    if (!element) {
      element = doc.createElement("style");
      element.id = "pegasus-blocks";
      doc.head.appendChild(element);
    }
    return element.sheet;
  }

  setBlockCss(id: string, css: string): void {
    const sheet = this.sheet();
    if (!sheet) {
      this.pendingStyles.set(id, css);
      return;
    }
    const current = this.blockRules.get(id);
    if ((current?.css ?? "") === css) return;
    if (current) this.deleteRules(sheet, current.rules);
    if (css === "") {
      this.blockRules.delete(id);
      return;
    }
    const rules: CSSRule[] = [];
    for (const text of topLevelRules(css)) {
      try {
        const index = sheet.insertRule(text, sheet.cssRules.length);
        rules.push(sheet.cssRules[index]!);
      } catch {
        // A rule the browser does not understand: skipped, as it would be in a <style>.
      }
    }
    this.blockRules.set(id, { css, rules });
  }

  removeBlockCss(id: string): void {
    this.pendingStyles.delete(id);
    const current = this.blockRules.get(id);
    const sheet = this.sheet();
    if (current && sheet) this.deleteRules(sheet, current.rules);
    this.blockRules.delete(id);
  }

  private deleteRules(sheet: CSSStyleSheet, rules: readonly CSSRule[]): void {
    for (const rule of rules) {
      const index = Array.prototype.indexOf.call(sheet.cssRules, rule);
      if (index >= 0) sheet.deleteRule(index);
    }
  }

  // ---- freezing a block while it is edited in place ----

  /**
   * While frozen, a block keeps showing what it showed when editing started (the browser owns its
   * text then); unfreezing re-creates its DOM from the document.
   */
  freeze(id: string): void {
    const current = this.freezes.get(id) ?? { frozen: false, generation: 0 };
    this.freezes.set(id, { frozen: true, generation: current.generation });
    this.emitFreeze(id);
  }

  unfreeze(id: string): void {
    const current = this.freezes.get(id);
    if (!current) return;
    this.freezes.set(id, { frozen: false, generation: current.generation + 1 });
    this.emitFreeze(id);
  }

  freezeState(id: string): { frozen: boolean; generation: number } {
    return this.freezes.get(id) ?? NOT_FROZEN;
  }

  subscribeFreeze(id: string, listener: Listener): () => void {
    let set = this.freezeListeners.get(id);
    if (!set) this.freezeListeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.freezeListeners.delete(id);
    };
  }

  private emitFreeze(id: string): void {
    for (const listener of [...(this.freezeListeners.get(id) ?? [])]) listener();
  }

  // ---- geometry ----

  elementOf(id: string): HTMLElement | null {
    if (!this.doc || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
    return this.doc.querySelector<HTMLElement>(`[data-block-id="${id}"]`);
  }

  rectOf(id: string): FrameRect | null {
    const element = this.elementOf(id);
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
  }

  /** A point on screen (client coordinates of the editor) in frame coordinates. */
  toFrame(clientX: number, clientY: number): { x: number; y: number } | null {
    if (!this.stage) return null;
    const stage = this.stage.getBoundingClientRect();
    return { x: (clientX - stage.left) / this.scale, y: (clientY - stage.top) / this.scale };
  }

  /** Whether a point on screen is over the canvas. */
  contains(clientX: number, clientY: number): boolean {
    if (!this.stage) return false;
    const stage = this.stage.getBoundingClientRect();
    return (
      clientX >= stage.left &&
      clientX <= stage.right &&
      clientY >= stage.top &&
      clientY <= stage.bottom
    );
  }

  /** The innermost block under a frame point. */
  blockAt(x: number, y: number): { id: string; element: Element } | null {
    const element = this.doc?.elementFromPoint(x, y) ?? null;
    const block = element?.closest("[data-block-id]") ?? null;
    const id = block?.getAttribute("data-block-id");
    return block && id ? { id, element: element! } : null;
  }

  // ---- layout changes: overlays re-measure on the next frame ----

  subscribeLayout(listener: Listener): () => void {
    this.layoutListeners.add(listener);
    return () => this.layoutListeners.delete(listener);
  }

  layoutChanged(): void {
    if (this.layoutFrame !== 0) return;
    const schedule =
      typeof requestAnimationFrame === "function"
        ? requestAnimationFrame
        : (fn: () => void) => setTimeout(fn, 16);
    this.layoutFrame = schedule(() => {
      this.layoutFrame = 0;
      for (const listener of [...this.layoutListeners]) listener();
    }) as unknown as number;
  }
}

const NOT_FROZEN = Object.freeze({ frozen: false, generation: 0 });

/** Splits CSS text into its top-level rules (a rule, or an @media block with its rules). */
export function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === "{") depth++;
    else if (char === "}") {
      depth--;
      if (depth === 0) {
        const rule = css.slice(start, i + 1).trim();
        if (rule) rules.push(rule);
        start = i + 1;
      }
    }
  }
  return rules;
}

export const CanvasRuntimeContext = createContext<CanvasRuntime | null>(null);

export function useCanvasRuntime(): CanvasRuntime {
  const runtime = useContext(CanvasRuntimeContext);
  if (!runtime) throw new Error("useCanvasRuntime() is only available inside the canvas.");
  return runtime;
}

export function useFreezeState(runtime: CanvasRuntime, id: string) {
  const subscribe = useCallback(
    (listener: Listener) => runtime.subscribeFreeze(id, listener),
    [runtime, id],
  );
  const get = useCallback(() => runtime.freezeState(id), [runtime, id]);
  return useSyncExternalStore(subscribe, get, get);
}
