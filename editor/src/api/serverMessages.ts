import { useCallback } from "react";
import { defineMessages, useIntl } from "react-intl";
import type { ApiProblem } from "./errors.ts";

/**
 * The server's refusals the app words itself (decision 0016): the server sends a stable id
 * (`messageCode`) and parameters beside its English sentence; these are their English, the same
 * words the server sends, so the catalogues translate them like any other message. An id the app
 * does not know is shown in the server's English.
 */
export const serverMessages = defineMessages({
  loginToContinue: { id: "app.error.loginToContinue", defaultMessage: "Log in to continue." },
  noSuchSite: { id: "app.error.noSuchSite", defaultMessage: "No such site." },
  wrongCredentials: {
    id: "app.error.wrongCredentials",
    defaultMessage: "Email or password is incorrect.",
  },
  tooManyAttempts: {
    id: "app.error.tooManyAttempts",
    defaultMessage:
      "Too many failed attempts. Try again in {seconds, plural, one {# second} other {# seconds}}.",
  },
  wrongCurrentPassword: {
    id: "app.error.wrongCurrentPassword",
    defaultMessage: "Your current password is incorrect.",
  },
  wrongPassword: { id: "app.error.wrongPassword", defaultMessage: "Your password is incorrect." },
  resetLinkInvalid: {
    id: "app.error.resetLinkInvalid",
    defaultMessage: "This reset link is invalid or has expired. Ask for a new one.",
  },
  resetLinkUsed: {
    id: "app.error.resetLinkUsed",
    defaultMessage: "This reset link was already used.",
  },
});

const known = new Set<string>(Object.values(serverMessages).map((message) => message.id));

/**
 * Words a problem in the app's language: from the catalogue when the server named a sentence the
 * app knows and the language has it, else the server's own English.
 */
export function useProblemWords(): (problem: ApiProblem) => string {
  const intl = useIntl();
  return useCallback(
    (problem) => {
      const id = problem.messageCode;
      if (!id || !known.has(id) || !(id in intl.messages)) return problem.message;
      // A descriptor made here, not written: the extractor collects only written messages.
      const descriptor = { id };
      return intl.formatMessage(descriptor, problem.params);
    },
    [intl],
  );
}
