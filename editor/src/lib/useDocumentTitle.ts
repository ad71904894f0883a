import { useEffect } from "react";

/** "Sites · Pegasus" in the tab and the history list. */
export function useDocumentTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Pegasus` : "Pegasus";
  }, [title]);
}
