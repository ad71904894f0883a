/**
 * Rich text edited in place on the canvas: the block's text is replaced by a Lexical editor bound
 * to the shared document, in the same spot and with the storefront's own prose styles, and a
 * formatting toolbar floats above it. Loaded on demand with Lexical.
 */
import { useCallback, useEffect, useLayoutEffect, useState } from "react";
import { useIntl } from "react-intl";
import BoundRichText from "../richtext/BoundRichText.tsx";
import { useEditor } from "../state/hooks.ts";
import { useCanvasRuntime } from "./runtime.ts";

export default function InlineRichText({ blockId, prop }: { blockId: string; prop: string }) {
  const intl = useIntl();
  const session = useEditor();
  const runtime = useCanvasRuntime();
  const [host, setHost] = useState<HTMLElement | null>(null);
  const [toolbarHost, setToolbarHost] = useState<HTMLElement | null>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const block = runtime.elementOf(blockId);
    if (!block) {
      session.ui.set({ inlineEdit: null });
      return;
    }
    runtime.freeze(blockId);
    const doc = block.ownerDocument;
    let element = block.querySelector<HTMLElement>(".pg-ui-prose");
    if (!element) {
      // An empty rich text shows only a hint: the editor takes the block's whole content.
      block.replaceChildren();
      element = doc.createElement("div");
      element.className = "pg-ui-prose";
      block.appendChild(element);
    } else {
      element.replaceChildren();
    }
    element.classList.add("pg-canvas-richtext");
    setHost(element);
    return () => runtime.unfreeze(blockId);
  }, [runtime, session, blockId]);

  // The toolbar sits above the block, in the editor's document (outside the frame).
  useEffect(() => {
    if (!host) return;
    const measure = () => {
      const rect = runtime.rectOf(blockId);
      if (rect) setPosition({ left: rect.left * runtime.scale, top: rect.top * runtime.scale });
    };
    measure();
    return runtime.subscribeLayout(measure);
  }, [host, runtime, blockId]);

  // A click elsewhere in the frame ends the editing.
  useEffect(() => {
    if (!host) return;
    const doc = host.ownerDocument;
    const onPointerDown = (event: PointerEvent) => {
      if (!host.contains(event.target as Node)) session.ui.set({ inlineEdit: null });
    };
    doc.addEventListener("pointerdown", onPointerDown, true);
    return () => doc.removeEventListener("pointerdown", onPointerDown, true);
  }, [host, session]);

  const exit = useCallback(() => session.ui.set({ inlineEdit: null }), [session]);

  if (!host) return null;
  return (
    <>
      <div
        ref={setToolbarHost}
        className="canvas-richtext-toolbar"
        style={
          position
            ? { transform: `translate(${position.left}px, ${Math.max(0, position.top - 44)}px)` }
            : { display: "none" }
        }
      />
      {toolbarHost ? (
        <BoundRichText
          session={session}
          blockId={blockId}
          prop={prop}
          label={intl.formatMessage({ id: "editor.canvas.text", defaultMessage: "Text" })}
          host={host}
          toolbarHost={toolbarHost}
          className="pg-canvas-richtext__editable"
          autoFocus
          onExit={exit}
        />
      ) : null}
    </>
  );
}
