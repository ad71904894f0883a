import type { ReactNode } from "react";
import { useRenderContext } from "../render/context.ts";

/** A note only the editor canvas shows ("Add a question"), never shoppers. */
export function EditorHint({ children }: { children: ReactNode }) {
  const ctx = useRenderContext();
  if (ctx.mode !== "editor") return null;
  return (
    <p className="pg-ui-editor-hint" role="note">
      {children}
    </p>
  );
}
