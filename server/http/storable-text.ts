/**
 * The HTTP edge's check: a browser never sends NUL or half a surrogate pair from a form (it turns a
 * lone surrogate into U+FFFD itself), so a request that does is refused with a message pointing
 * at the field, free text included, rather than failing in the database with a 500. What text
 * cannot be stored, and why, is in domain/storable-text.ts.
 */
import { isStorableText } from "../../domain/storable-text.ts";

export { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "../../domain/storable-text.ts";

export type InputPath = (string | number)[];

type Visit = { value: unknown; key: string | number | null; parent: Visit | null };

/**
 * The path to a string in a parsed JSON value (or an object key) that cannot be stored, or
 * null when every one can. Walks with its own stack, and keeps a path only for the answer: a
 * hostile body may nest far deeper than the call stack goes.
 */
export function findUnstorableText(value: unknown): InputPath | null {
  const stack: Visit[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const current = visit.value;
    if (typeof current === "string") {
      if (!isStorableText(current)) return pathOf(visit);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], key: i, parent: visit });
      }
    } else if (current !== null && typeof current === "object" && !ArrayBuffer.isView(current)) {
      for (const [key, item] of Object.entries(current)) {
        const child = { value: item, key, parent: visit };
        if (!isStorableText(key)) return pathOf(child);
        stack.push(child);
      }
    }
  }
  return null;
}

function pathOf(visit: Visit): InputPath {
  const path: InputPath = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
}
