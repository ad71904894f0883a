import { useCallback } from "react";
import { useIntl } from "react-intl";
import { message } from "../i18n/message.ts";
import { toProblem, UNKNOWN_MESSAGE, type ApiProblem } from "./errors.ts";
import { useProblemWords } from "./serverMessages.ts";

/** The app's own words for a call that never got the server's answer. */
const clientMessages = {
  network: message({
    id: "app.error.network",
    defaultMessage: "We could not reach Pegasus. Check your connection and try again.",
  }),
  unknown: message({ id: "app.error.unknown", defaultMessage: "Something went wrong." }),
};

/**
 * Words any failed call in the app's language: no network (the app's own sentence), else the
 * server's sentence through `useProblemWords`.
 */
export function useProblemMessage(): (problem: ApiProblem) => string {
  const intl = useIntl();
  const serverWords = useProblemWords();
  return useCallback(
    (problem) => {
      if (problem.code === "NETWORK") return intl.formatMessage(clientMessages.network);
      if (problem.code === "UNKNOWN" && problem.message === UNKNOWN_MESSAGE) {
        return intl.formatMessage(clientMessages.unknown);
      }
      return serverWords(problem);
    },
    [intl, serverWords],
  );
}

/** `useProblemMessage` for a raw error: `errorMessage(mutation.error)`. */
export function useErrorMessage(): (error: unknown) => string {
  const word = useProblemMessage();
  return useCallback((error) => word(toProblem(error)), [word]);
}
