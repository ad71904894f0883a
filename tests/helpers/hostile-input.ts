import fc from "fast-check";
import { z } from "zod";

/**
 * Hostile inputs shaped like what a procedure expects, for fuzzing. A procedure's zod input is
 * turned into JSON Schema (`z.toJSONSchema`, input side) and every leaf becomes a fast-check
 * arbitrary that is mostly plausible (so the value gets past validation and reaches the handler
 * and the database) and often hostile: NUL and lone surrogates inside otherwise valid text, huge
 * strings, wrong types, nested junk, negative and huge numbers, and ids of another site.
 */

/** The parts of JSON Schema that `z.toJSONSchema` writes and we read. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
};

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** Ids a fuzzer can aim at, by kind ("product", "version", ...): its own site's and others'. */
export type IdPool = Record<string, string[]>;

/** Characters PostgreSQL cannot store in text, and other strings that break naive code. */
export const HOSTILE_FRAGMENTS = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "x\ud83dy",
  "\udc00\ud800",
  "\u0000\ud800",
  "%00",
  "\u202e\u2066",
  "\ufeff\u200b",
  "\uffff\ufffe",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "\r\n\r\n",
  "${7*7}{{7*7}}",
] as const;

const JUNK_KEYS = ["__proto__", "constructor", "prototype", "", "\u0000", "\ud800"];

const hostileFragment = fc.constantFrom(...HOSTILE_FRAGMENTS);

/** Values of the wrong type, and nested junk. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 2, 0.5, "", [], {}),
  hostileFragment,
  fc.constant("x".repeat(200_000)),
  fc.constant(nested(60)),
  fc.constant(Array.from({ length: 2_000 }, (_, i) => i)),
  fc.dictionary(fc.constantFrom(...JUNK_KEYS), fc.constantFrom(null, "\u0000", 1, [], {}), {
    maxKeys: 3,
  }),
  fc.jsonValue({ maxDepth: 3 }),
);

function nested(depth: number): unknown {
  let value: unknown = "\u0000";
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

const hostileNumber = fc.constantFrom(
  -1,
  -0,
  0.5,
  -(2 ** 31),
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 53),
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
);

export type ArbitraryOptions = {
  /** Ids by kind; `all` holds every id. A property named `productId(s)` draws from `product`. */
  ids: IdPool;
  /** The site the fuzzer owns: `siteId` is mostly this one, so calls get past the role check. */
  siteId?: string;
  /**
   * How often a leaf is hostile (0 to 1). Low values keep most of an input valid, so the one
   * hostile leaf gets past validation and reaches the handler and the database.
   */
  chaos: number;
};

/** `a` or `b`, `b` with probability `p`. */
function sometimes<T>(p: number, a: fc.Arbitrary<T>, b: fc.Arbitrary<T>): fc.Arbitrary<T> {
  const weight = Math.round(p * 1000);
  if (weight <= 0) return a;
  if (weight >= 1000) return b;
  return fc.oneof({ weight: 1000 - weight, arbitrary: a }, { weight, arbitrary: b });
}

/** An arbitrary of hostile-but-plausible values for `schema` (JSON Schema from zod). */
export function hostileValue(
  schema: JsonSchema,
  options: ArbitraryOptions,
  name = "",
): fc.Arbitrary<unknown> {
  return sometimes(options.chaos / 5, shaped(schema, options, name), junk);
}

function shaped(
  schema: JsonSchema,
  options: ArbitraryOptions,
  name: string,
): fc.Arbitrary<unknown> {
  if (schema.$ref) return junk;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => shaped(b, options, name)));
  if (schema.allOf?.length) {
    return fc
      .tuple(...schema.allOf.map((s) => shaped(s, options, name)))
      .map((parts) => Object.assign({}, ...parts.filter(isObject)) as unknown);
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return stringValue(schema, options, name);
    case "integer":
    case "number":
      return numberValue(schema, type === "integer", options);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return arrayValue(schema, options, name);
    case "object":
      return objectValue(schema, options);
    default:
      return fc.oneof(junk, fc.string(), hostileFragment);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function objectValue(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) {
    model[key] = hostileValue(property, options, key);
  }
  const required = (schema.required ?? []).filter((key) => key in model);
  const record = fc.record(model, { requiredKeys: required });
  // Now and then a key nobody asked for, some of them dangerous to naive merging.
  const extraKey = fc.tuple(fc.constantFrom(...JUNK_KEYS, "extra"), junk);
  return (
    fc
      .tuple(record, sometimes(options.chaos / 3, fc.constant(null), extraKey))
      // A computed key makes an own property, even "__proto__", which JSON then carries.
      .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value))
  );
}

function arrayValue(
  schema: JsonSchema,
  options: ArbitraryOptions,
  name: string,
): fc.Arbitrary<unknown> {
  if (schema.prefixItems) {
    return fc.tuple(...schema.prefixItems.map((item) => hostileValue(item, options, name)));
  }
  const minLength = schema.minItems ?? 0;
  const maxLength = Math.min(schema.maxItems ?? 4, Math.max(minLength, 4));
  const items = schema.items ?? {};
  const overLimit = fc.constant(null).map(() => {
    const count = Math.min((schema.maxItems ?? 1_000) + 1, 10_001);
    return Array.from({ length: count }, () => "\u0000") as unknown[];
  });
  return sometimes<unknown>(
    options.chaos / 5,
    fc.array(hostileValue(items, options, name), { minLength, maxLength }),
    overLimit,
  );
}

function numberValue(
  schema: JsonSchema,
  integer: boolean,
  options: ArbitraryOptions,
): fc.Arbitrary<unknown> {
  const min = Math.max(schema.minimum ?? schema.exclusiveMinimum ?? -(2 ** 31), -(2 ** 31));
  const max = Math.min(schema.maximum ?? schema.exclusiveMaximum ?? 2 ** 31, 2 ** 31);
  const plausible = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return sometimes<unknown>(options.chaos, plausible, hostileNumber);
}

function idKind(name: string): string | undefined {
  if (name === "before" || name === "cursor") return "version";
  if (name === "id") return "variant";
  const match = /^(.*?)Ids?$/.exec(name);
  return match?.[1];
}

function stringValue(
  schema: JsonSchema,
  options: ArbitraryOptions,
  name: string,
): fc.Arbitrary<unknown> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? 10_000;
  const plausible = plausibleString(schema, options, name);
  const withFragment = fc
    .tuple(plausible, hostileFragment, fc.nat())
    .map(([text, fragment, at]) => insertWithin(String(text), fragment, at, maxLength));
  const hostile = fc.oneof(
    { weight: 6, arbitrary: withFragment },
    { weight: 2, arbitrary: hostileFragment },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "x".repeat(maxLength + 1),
        "\u0000".repeat(Math.max(minLength, Math.min(maxLength, 300))),
        "\ud800".repeat(Math.max(minLength, Math.min(maxLength, 300))),
        " ".repeat(Math.max(minLength, 3)),
      ),
    },
  );
  return sometimes(options.chaos, plausible, hostile);
}

/** `fragment` inside `text` at a spot that survives the length limit. */
function insertWithin(text: string, fragment: string, at: number, maxLength: number): string {
  const room = Math.max(0, maxLength - fragment.length);
  const head = text.slice(0, Math.min(at % (text.length + 1), room));
  return (head + fragment + text.slice(head.length)).slice(0, Math.max(maxLength, fragment.length));
}

function plausibleString(
  schema: JsonSchema,
  options: ArbitraryOptions,
  name: string,
): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, Math.max(minLength, 40));
  if (name === "siteId" && options.siteId) {
    const others = options.ids.site ?? [];
    return fc.oneof(
      { weight: 9, arbitrary: fc.constant(options.siteId) },
      { weight: 1, arbitrary: others.length ? fc.constantFrom(...others) : fc.uuid() },
    );
  }
  const kind = idKind(name);
  const pool = (kind && options.ids[kind]) || [];
  if (schema.format === "uuid" || pool.length) {
    const all = options.ids.all ?? [];
    return fc.oneof(
      ...(pool.length ? [{ weight: 6, arbitrary: fc.constantFrom(...pool) }] : []),
      ...(all.length ? [{ weight: 2, arbitrary: fc.constantFrom(...all) }] : []),
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.constant("00000000-0000-0000-0000-000000000000") },
    );
  }
  if (schema.format === "email") return fc.emailAddress();
  if (schema.format === "date-time") {
    return fc
      .date({ min: new Date("1970-01-01"), max: new Date("2200-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= 2_000);
    } catch {
      // A pattern fast-check cannot generate from (look-arounds): plain text will do.
    }
  }
  return fc.string({ unit: "grapheme", minLength, maxLength });
}
