import { useEffect, useState, type RefObject } from "react";
import { toProblem, type ApiProblem } from "./errors.ts";
import { useProblemMessage } from "./problemWords.ts";

export type FormErrors<F extends string> = {
  /** The server's message for this input, until the merchant edits it. */
  fieldError(field: F): string | undefined;
  /** What belongs to no input (wrong password, rate limit, network): shown above the buttons. */
  formError: string | null;
  /** Hides a field's message once its value changes, so a stale error does not linger. */
  clearField(field: F): void;
};

const NONE: ReadonlySet<never> = new Set();

/**
 * Places a failed mutation's error on the form: `fieldErrors` next to their inputs; a plain
 * message on the input `fieldFor` names (e.g. CONFLICT on a slug), else at the form level.
 */
export function useFormErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  fieldFor?: (problem: ApiProblem) => F | null,
): FormErrors<F> {
  const [cleared, setCleared] = useState<{ error: unknown; fields: ReadonlySet<F> }>({
    error: null,
    fields: NONE,
  });
  const clearedFields = cleared.error === error ? cleared.fields : NONE;
  const { byField, formError } = placeErrors(error, fields, fieldFor, useProblemMessage());

  return {
    fieldError: (field) => (clearedFields.has(field) ? undefined : byField[field]),
    formError,
    clearField: (field) => {
      if (!byField[field] || clearedFields.has(field)) return;
      setCleared({ error, fields: new Set([...clearedFields, field]) });
    },
  };
}

export function placeErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  fieldFor?: (problem: ApiProblem) => F | null,
  word: (problem: ApiProblem) => string = (problem) => problem.message,
): { byField: Partial<Record<F, string>>; formError: string | null } {
  if (error == null) return { byField: {}, formError: null };
  const problem = toProblem(error);
  const byField: Partial<Record<F, string>> = {};
  const unplaced = [...problem.formErrors];
  for (const [key, messages] of Object.entries(problem.fieldErrors)) {
    if ((fields as readonly string[]).includes(key)) byField[key as F] = messages.join(" ");
    else unplaced.push(...messages);
  }
  if (Object.keys(byField).length === 0 && unplaced.length === 0) {
    const field = fieldFor?.(problem) ?? null;
    if (field) byField[field] = word(problem);
    else unplaced.push(word(problem));
  }
  return { byField, formError: unplaced.length > 0 ? unplaced.join(" ") : null };
}

/** After a failed submit, moves focus to the first input the server complained about. */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, error: unknown) {
  useEffect(() => {
    if (error == null) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, error]);
}
