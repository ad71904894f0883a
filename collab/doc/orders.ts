/** Fractional order keys for siblings (blocks, pages, nav items). */
import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

/**
 * Order keys for a list in its wanted order, keeping every existing key it can: the longest run of
 * existing keys that is already strictly increasing stays, the others get new keys between their kept
 * neighbours. So reordering one item rewrites one key, and restoring an unchanged list writes nothing.
 */
export function assignOrders(existing: ReadonlyArray<string | undefined>): string[] {
  const kept = longestIncreasing(existing);
  const out: string[] = new Array<string>(existing.length);
  try {
    let i = 0;
    while (i < existing.length) {
      if (kept.has(i)) {
        out[i] = existing[i]!;
        i++;
        continue;
      }
      let j = i;
      while (j < existing.length && !kept.has(j)) j++;
      const low = i > 0 ? out[i - 1]! : null;
      const high = j < existing.length ? existing[j]! : null;
      const keys = generateNKeysBetween(low, high, j - i);
      for (let k = i; k < j; k++) out[k] = keys[k - i]!;
      i = j;
    }
    return out;
  } catch {
    // An existing key the library refuses (hand-edited or corrupt data): number the list afresh.
    return generateNKeysBetween(null, null, existing.length);
  }
}

/**
 * The order key for a new item placed between `before` and `after` (either may be null for the list's
 * ends). Returns null when no key fits, e.g. the neighbours share a key after concurrent inserts; the
 * caller then renumbers the siblings.
 */
export function keyBetween(before: string | null, after: string | null): string | null {
  if (before !== null && after !== null && before >= after) return null;
  try {
    return generateKeyBetween(before, after);
  } catch {
    return null;
  }
}

/** Indexes of a longest strictly increasing subsequence of the defined keys. */
function longestIncreasing(keys: ReadonlyArray<string | undefined>): Set<number> {
  const tails: number[] = []; // tails[k] = index of the smallest tail of an increasing run of length k+1
  const previous = new Array<number>(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === undefined) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  let index = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (index !== -1) {
    kept.add(index);
    index = previous[index]!;
  }
  return kept;
}
