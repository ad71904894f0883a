import { useLayoutEffect } from "react";
import { useIntl } from "react-intl";
import type { EditorSession } from "../session/EditorSession.ts";

/** Hands the session the screen's language, for the words it makes outside React. */
export function useSessionIntl(session: EditorSession): void {
  const intl = useIntl();
  useLayoutEffect(() => {
    session.intl = intl;
  }, [session, intl]);
}
