import { setImmediate as nextTurn } from "node:timers/promises";
import { Binary, MongoServerError, ObjectId, type Db } from "mongodb";

/**
 * An in-memory stand-in for the slice of the MongoDB driver that ./mongodb.ts uses, so that the
 * adapter's own logic (sequence numbers, checkpoints, version guards, paging) runs the whole
 * contract on machines without a MongoDB server. It checks the adapter, not the driver: it accepts
 * only the operators the adapter is meant to use and throws on anything else, and it lets other
 * calls run between any two operations, as a server would. The real contract runs when MONGODB_URL
 * is set.
 */
export function createFakeMongoDb(hooks: FakeMongoHooks = {}): Db {
  const collections = new Map<string, FakeCollection>();
  const db = {
    collection(name: string) {
      let collection = collections.get(name);
      if (!collection) collections.set(name, (collection = new FakeCollection(name, hooks)));
      return collection;
    },
    async command(command: Record<string, unknown>) {
      await nextTurn();
      if (command.ping === 1) return { ok: 1 };
      throw new Error(`fake MongoDB: unsupported command ${JSON.stringify(command)}`);
    },
  };
  return db as unknown as Db;
}

export type FakeMongoHooks = {
  /** Runs before an insert takes effect: a test can hold one back to stage a race. */
  beforeInsert?: (collection: string, doc: Record<string, unknown>) => Promise<void>;
};

type Doc = Record<string, unknown>;
type Options = { projection?: Doc; sort?: Doc; limit?: number; returnDocument?: string };

class FakeCollection {
  private docs: Doc[] = [];
  private uniqueIndexes: string[][] = [];

  constructor(
    private readonly name: string,
    private readonly hooks: FakeMongoHooks,
  ) {}

  async createIndex(keys: Doc, options: { unique?: boolean; name?: string } = {}) {
    await nextTurn();
    if (options.unique) this.uniqueIndexes.push(Object.keys(keys));
    return options.name ?? Object.keys(keys).join("_");
  }

  async insertOne(doc: Doc) {
    await nextTurn();
    await this.hooks.beforeInsert?.(this.name, doc);
    const stored = clone({ _id: new ObjectId(), ...doc }) as Doc;
    for (const fields of [["_id"], ...this.uniqueIndexes]) {
      if (this.docs.some((other) => fields.every((f) => equal(other[f], stored[f])))) {
        throw new MongoServerError({
          message: `E11000 duplicate key error (${fields.join(", ")})`,
          code: 11000,
        });
      }
    }
    this.docs.push(stored);
    return { acknowledged: true, insertedId: stored._id };
  }

  async findOne(filter: Doc, options: Options = {}) {
    await nextTurn();
    const [doc] = this.select(filter, { ...options, limit: 1 });
    return doc ?? null;
  }

  find(filter: Doc, options: Options = {}) {
    return {
      toArray: async () => {
        await nextTurn();
        return this.select(filter, options);
      },
    };
  }

  async findOneAndUpdate(filter: Doc, update: Doc, options: Options = {}) {
    await nextTurn();
    checkOptions(options, ["projection", "returnDocument"]);
    const doc = this.docs.find((candidate) => matches(candidate, filter));
    if (!doc) return null;
    const before = clone(doc) as Doc;
    for (const [operator, fields] of Object.entries(update)) {
      for (const [field, value] of Object.entries(fields as Doc)) {
        if (value === undefined) throw new Error(`fake MongoDB: ${operator}.${field} is undefined`);
        if (operator === "$set") doc[field] = clone(value);
        else if (operator === "$inc") {
          if (typeof value !== "number") throw new Error(`fake MongoDB: $inc by ${String(value)}`);
          doc[field] = ((doc[field] as number | undefined) ?? 0) + value;
        } else throw new Error(`fake MongoDB: unsupported update operator ${operator}`);
      }
    }
    return project(options.returnDocument === "after" ? (clone(doc) as Doc) : before, options);
  }

  async deleteOne(filter: Doc) {
    await nextTurn();
    const index = this.docs.findIndex((doc) => matches(doc, filter));
    if (index >= 0) this.docs.splice(index, 1);
    return { acknowledged: true, deletedCount: index >= 0 ? 1 : 0 };
  }

  async deleteMany(filter: Doc) {
    await nextTurn();
    const before = this.docs.length;
    this.docs = this.docs.filter((doc) => !matches(doc, filter));
    return { acknowledged: true, deletedCount: before - this.docs.length };
  }

  private select(filter: Doc, options: Options): Doc[] {
    checkOptions(options, ["projection", "sort", "limit"]);
    let found = this.docs.filter((doc) => matches(doc, filter));
    if (options.sort) {
      const keys = Object.entries(options.sort);
      found = found.sort((a, b) => {
        for (const [field, direction] of keys) {
          const order = compare(a[field], b[field]) * (direction === -1 ? -1 : 1);
          if (order !== 0) return order;
        }
        return 0;
      });
    }
    if (options.limit) found = found.slice(0, options.limit);
    return found.map((doc) => project(clone(doc) as Doc, options));
  }
}

function checkOptions(options: Options, allowed: string[]) {
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw new Error(`fake MongoDB: unsupported option ${key}`);
  }
}

function matches(doc: Doc, filter: Doc): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === "$or") return (condition as Doc[]).some((branch) => matches(doc, branch));
    if (key.startsWith("$") || key.includes(".")) {
      throw new Error(`fake MongoDB: unsupported filter key ${key}`);
    }
    const value = doc[key];
    if (isOperatorObject(condition)) {
      return Object.entries(condition).every(([operator, operand]) => {
        switch (operator) {
          case "$in":
            return (operand as unknown[]).some((item) => equal(value, item));
          case "$lt":
            return value !== undefined && compare(value, operand) < 0;
          case "$lte":
            return value !== undefined && compare(value, operand) <= 0;
          case "$gt":
            return value !== undefined && compare(value, operand) > 0;
          case "$gte":
            return value !== undefined && compare(value, operand) >= 0;
          default:
            throw new Error(`fake MongoDB: unsupported query operator ${operator}`);
        }
      });
    }
    if (condition !== null && typeof condition === "object" && !(condition instanceof Date)) {
      throw new Error(`fake MongoDB: unsupported filter value for ${key}`);
    }
    return equal(value, condition);
  });
}

function isOperatorObject(value: unknown): value is Doc {
  if (value === null || typeof value !== "object" || value instanceof Date) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key.startsWith("$"));
}

function equal(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof ObjectId && b instanceof ObjectId) return a.equals(b);
  if (a === undefined) return b === null || b === undefined;
  return a === b;
}

function compare(a: unknown, b: unknown): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (a instanceof ObjectId && b instanceof ObjectId)
    return a.toHexString() < b.toHexString() ? -1 : 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") {
    // MongoDB's default collation compares UTF-8 bytes.
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
  }
  throw new Error(`fake MongoDB: cannot compare ${typeof a} with ${typeof b}`);
}

function project(doc: Doc, options: Options): Doc {
  const projection = options.projection;
  if (!projection) return doc;
  const entries = Object.entries(projection);
  const including = entries.some(([key, value]) => key !== "_id" && value === 1);
  if (including) {
    const result: Doc = {};
    if (projection._id !== 0) result._id = doc._id;
    for (const [key, value] of entries) if (value === 1 && key in doc) result[key] = doc[key];
    return result;
  }
  const result = { ...doc };
  for (const [key, value] of entries) if (value === 0) delete result[key];
  return result;
}

function clone(value: unknown): unknown {
  if (value === undefined) throw new Error("fake MongoDB: undefined is not stored");
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof ObjectId) return value;
  if (value instanceof Binary) return new Binary(new Uint8Array(value.value()));
  if (value instanceof Uint8Array) return new Binary(new Uint8Array(value));
  if (Array.isArray(value)) return value.map(clone);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clone(item)]));
}
