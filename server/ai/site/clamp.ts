import { z } from "zod";

/**
 * Over-long answers, repaired rather than refused. A model that writes a 96-character tagline for
 * a 90-character field has written a good store with one long line: failing the store (or
 * spending a second request) for it helps no one. `fitToSchema` walks the answer beside the JSON
 * schema of the task's zod schema and shortens every string over its `maxLength` at a sentence,
 * clause or word boundary, and drops list items past `maxItems`. Everything else (a missing
 * field, a wrong type) is left for validation to refuse.
 *
 * It walks the JSON schema rather than zod's internals so that it reads the same limits the model
 * was told, for any task, with no list of fields to keep in step with the schemas.
 */

const jsonSchemas = new WeakMap<z.ZodType, JsonSchema>();

type JsonSchema = {
  type?: string | string[];
  maxLength?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/** `value` with every string and list cut to the lengths `schema` allows. */
export function fitToSchema(value: unknown, schema: z.ZodType): unknown {
  let json = jsonSchemas.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as JsonSchema;
    jsonSchemas.set(schema, json);
  }
  return fit(value, json);
}

function fit(value: unknown, schema: JsonSchema | undefined): unknown {
  if (!schema) return value;
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches)
    return fit(
      value,
      branches.find((b) => accepts(b, value)),
    );
  if (typeof value === "string") {
    return schema.maxLength !== undefined ? clampText(value, schema.maxLength) : value;
  }
  if (Array.isArray(value)) {
    const kept = schema.maxItems !== undefined ? value.slice(0, schema.maxItems) : value;
    return kept.map((item) => fit(item, schema.items));
  }
  if (value && typeof value === "object" && schema.properties) {
    const properties = schema.properties;
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fit(v, properties[k])]),
    );
  }
  return value;
}

function accepts(schema: JsonSchema, value: unknown): boolean {
  const types = schema.type === undefined ? [] : [schema.type].flat();
  const kind =
    value === null
      ? "null"
      : Array.isArray(value)
        ? "array"
        : typeof value === "number"
          ? Number.isInteger(value)
            ? "integer"
            : "number"
          : typeof value;
  return types.includes(kind) || (kind === "integer" && types.includes("number"));
}

const SENTENCE_END = /[.!?…。！？](?=["»”’)\]]*(\s|$))/g;
const CLAUSE_END = /[,;:–—](?=\s)/g;

/**
 * `text` cut to at most `max` characters where a reader would stop: after the last whole sentence
 * that fits, else before the last clause that fits, else after the last whole word. A boundary
 * that keeps less than 40% of the room is not used, and only as a last resort is a word cut.
 */
export function clampText(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const room = trimmed.slice(0, max + 1);
  const floor = Math.floor(max * 0.4);
  const last = (pattern: RegExp, inclusive: boolean) => {
    let end = -1;
    for (const match of room.matchAll(pattern)) {
      const at = match.index + (inclusive ? match[0].length : 0);
      if (at <= max) end = at;
    }
    return end;
  };
  const sentence = last(SENTENCE_END, true);
  if (sentence >= floor) return trimmed.slice(0, sentence).trim();
  const clause = last(CLAUSE_END, false);
  if (clause >= floor) return trimmed.slice(0, clause).trim();
  const space = room.lastIndexOf(" ", max);
  const cut = space >= floor ? trimmed.slice(0, space) : trimmed.slice(0, max);
  return cut.replace(/[\s,;:–—-]+$/u, "").trim();
}
