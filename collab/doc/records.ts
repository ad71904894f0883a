/**
 * Plain JSON records (theme, settings, page fields, nav items) stored as Y.Maps, nested objects as
 * nested Y.Maps, so concurrent edits of different fields, at any depth, merge. Arrays and scalars are
 * plain values (a concurrent edit of the same array is last-writer-wins).
 */
import * as Y from "yjs";
import { cloneJson, isPlainObject, jsonEqual, setOwn, type JsonObject } from "./json.ts";

export function readRecord(map: Y.Map<unknown>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of map.entries()) setOwn(out, key, readRecordValue(value));
  return out;
}

function readRecordValue(value: unknown): unknown {
  return value instanceof Y.Map ? readRecord(value as Y.Map<unknown>) : cloneJson(value);
}

/** Makes `map` hold exactly `record`, touching only what differs. */
export function writeRecord(map: Y.Map<unknown>, record: JsonObject): void {
  for (const key of [...map.keys()]) {
    if (!Object.prototype.hasOwnProperty.call(record, key) || record[key] === undefined)
      map.delete(key);
  }
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    writeRecordValue(map, key, value, "replace");
  }
}

/**
 * Merges a deep partial into `map`: nested objects merge key by key, other values replace, and a key
 * present with the value `undefined` removes the field.
 */
export function patchRecord(map: Y.Map<unknown>, patch: JsonObject): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) map.delete(key);
    else writeRecordValue(map, key, value, "merge");
  }
}

function writeRecordValue(
  map: Y.Map<unknown>,
  key: string,
  value: unknown,
  mode: "replace" | "merge",
): void {
  const current = map.get(key);
  if (isPlainObject(value)) {
    if (current instanceof Y.Map) {
      if (mode === "replace") writeRecord(current as Y.Map<unknown>, value);
      else patchRecord(current as Y.Map<unknown>, value);
    } else {
      const nested = new Y.Map<unknown>();
      map.set(key, nested);
      writeRecord(nested, value);
    }
  } else if (current instanceof Y.Map || !jsonEqual(current, value) || !map.has(key)) {
    map.set(key, cloneJson(value));
  }
}

/** What a deep partial merge would produce, without touching Yjs (for validation before writing). */
export function mergedRecord(current: JsonObject, patch: JsonObject): JsonObject {
  const out = cloneJson(current);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else if (isPlainObject(value) && isPlainObject(out[key]))
      setOwn(out, key, mergedRecord(out[key], value));
    else setOwn(out, key, cloneJson(value));
  }
  return out;
}
