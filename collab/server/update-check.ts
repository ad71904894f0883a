/**
 * Checks a Yjs update from a client against a site's live Y.Doc before the server applies it,
 * without applying it (a dry run on a copy costs 10-100 ms and a full materialisation 65-350 ms
 * per update on 200-2,000 blocks; typing cannot pay that).
 *
 * The update is decoded, every new item is located in the site layout (collab/doc/layout.ts) through
 * its parent or its neighbours, and every deletion through the live doc. From that the check knows
 * exactly what the update writes, and validates the result of only what it touches:
 * - nothing may be written outside the six shared maps, or in a shape the layout does not have;
 * - a touched block must still be a block (type, parent, order, page, props), its plain props must
 *   validate with its block type's schema, and it must be allowed where it is placed;
 * - when the update touches anything outside the blocks (theme, settings, pages, nav, schema
 *   version), the document without its blocks must still validate with `ZSiteDoc`, and gain no
 *   problem it did not already have.
 * Typing inside a rich-text prop touches only that prop's Y.XmlText and costs a decode and a few
 * lookups. Rich-text content itself is left to the materialiser, which reports (and leaves out) a
 * block whose rich text Lexical cannot read.
 *
 * Where an update refers to items this replica does not have yet, Yjs keeps it pending; those
 * parts cannot be located and are not judged (they cannot take effect until what they refer to
 * arrives).
 */
import * as Y from "yjs";
import { ZSiteDoc } from "../../blocks/doc/schema.ts";
import { canContain, parseBlockProps, richTextPropsOf } from "../../blocks/registry.ts";
import { layout } from "../doc/index.ts";

/** The site rules the check applies; tests may pass their own. */
export type SiteRules = {
  richTextPropsOf(type: string): readonly string[];
  /** What is wrong with a block's plain props (rich-text props are left out); empty when valid. */
  blockPropsProblems(type: string, props: Record<string, unknown>): string[];
  canContain(parentType: string, childType: string): boolean;
  /** What is wrong with the document outside its blocks (each page's `blocks` is empty). */
  documentProblems(doc: Record<string, unknown>): string[];
};

export const siteRules: SiteRules = {
  richTextPropsOf,
  blockPropsProblems(type, props) {
    const result = parseBlockProps(type, props);
    if (result.ok) return [];
    const richText = new Set(richTextPropsOf(type));
    if (!result.issues) return [result.error];
    return result.issues
      .filter((issue) => !richText.has(String(issue.path[0])))
      .map((issue) => `${issue.path.join(".") || "props"}: ${issue.message}`);
  },
  canContain,
  documentProblems(doc) {
    const result = ZSiteDoc.safeParse(doc);
    return result.success
      ? []
      : result.error.issues.map(
          (issue) => `${issue.path.join(".") || "document"}: ${issue.message}`,
        );
  },
};

export type UpdateVerdict =
  | { readonly ok: true; readonly blocks: number; readonly document: boolean }
  | { readonly ok: false; readonly reason: string }
  /**
   * Part of the update refers to items this replica does not have (or deletes items it has not
   * seen). Yjs would keep that part pending and apply it, unchecked, once the rest arrives; so the
   * caller holds the whole update and checks it again once something it refers to has arrived:
   * `missing` maps each client to the highest clock of it the update refers to (nothing can
   * change before some client's state passes its entry).
   */
  | {
      readonly ok: "wait";
      readonly reason: string;
      readonly missing: ReadonlyMap<number, number>;
    };

class Rejection extends Error {}

/** `Y.decodeUpdate`'s delete set (Yjs does not export the type). */
type DeleteSet = ReturnType<typeof Y.decodeUpdate>["ds"];

const ROOTS = new Set([
  layout.SITE,
  layout.THEME,
  layout.SETTINGS,
  layout.PAGES,
  layout.NAV,
  layout.BLOCKS,
]);
const BLOCK_FIELDS = new Set([
  layout.BLOCK_TYPE,
  layout.BLOCK_PARENT,
  layout.BLOCK_ORDER,
  layout.BLOCK_PAGE,
  layout.BLOCK_CONTAINER,
  layout.BLOCK_PROPS,
]);
const ENTRY_KEYS = new Set([layout.ENTRY_ORDER, layout.ENTRY_FIELDS]);
/** The "key" of sequence content (text, XML children): items that sit in a list, not a map. */
const SEQUENCE = "\u0000sequence";

type Path = readonly string[];

/** What a key of a map holds once the update is applied. */
type Value =
  | { kind: "json"; value: unknown }
  | { kind: "map"; map: Y.Map<unknown> | null; container: string }
  | { kind: "xml" }
  | { kind: "other"; what: string };

/** The changes the update makes inside one map (identified by the item holding it, or its root). */
type MapChanges = {
  sets: Map<string, Y.Item[]>;
  removed: Set<string>;
};

export function checkUpdate(
  ydoc: Y.Doc,
  update: Uint8Array,
  rules: SiteRules = siteRules,
): UpdateVerdict {
  let decoded: { structs: Array<Y.Item | Y.GC | Y.Skip>; ds: DeleteSet };
  try {
    decoded = Y.decodeUpdate(update) as typeof decoded;
  } catch (error) {
    return { ok: false, reason: `malformed update (${describe(error)})` };
  }
  try {
    return new Inspection(ydoc, decoded.structs, decoded.ds, rules).run();
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, reason: error.message };
    // Anything the decoder accepted but we cannot follow is malformed as far as we are concerned.
    return { ok: false, reason: `malformed update (${describe(error)})` };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const idKey = (id: Y.ID): string => `${id.client}:${id.clock}`;

class Inspection {
  private readonly newItems = new Map<number, Y.Item[]>();
  private readonly isNew = new Set<Y.Item>();
  /** Garbage-collected content the update brings (deleted already), by client. */
  private readonly newGarbage = new Map<number, Y.GC[]>();
  /** New items inside something already garbage-collected: Yjs drops them, so they do not count. */
  private readonly gone = new Set<Y.Item>();
  private readonly paths = new Map<Y.Item, Path | null>();
  private readonly containers = new Map<Y.Item, string | null>();
  private readonly changes = new Map<string, MapChanges>();
  private readonly touchedBlocks = new Map<string, { structural: boolean }>();
  private touchesDocument = false;
  private unresolved = 0;
  /** Per client, the highest clock referred to that this replica does not have. */
  private readonly missing = new Map<number, number>();
  private readonly maps: layout.SiteMaps;

  constructor(
    private readonly ydoc: Y.Doc,
    structs: Array<Y.Item | Y.GC | Y.Skip>,
    private readonly ds: DeleteSet,
    private readonly rules: SiteRules,
  ) {
    this.maps = layout.siteMaps(ydoc);
    for (const struct of structs) {
      if (struct instanceof Y.GC) {
        let list = this.newGarbage.get(struct.id.client);
        if (!list) this.newGarbage.set(struct.id.client, (list = []));
        list.push(struct);
      }
      if (!(struct instanceof Y.Item)) continue;
      if (struct.content instanceof Y.ContentDoc)
        throw new Rejection("subdocuments are not allowed");
      let list = this.newItems.get(struct.id.client);
      if (!list) this.newItems.set(struct.id.client, (list = []));
      list.push(struct);
      this.isNew.add(struct);
    }
    for (const list of [...this.newItems.values(), ...this.newGarbage.values()])
      list.sort((a, b) => a.id.clock - b.id.clock);
  }

  run(): UpdateVerdict {
    for (const list of this.newItems.values()) {
      for (const item of list) {
        if (Y.isDeleted(this.ds, item.id)) continue;
        const path = this.pathOfNew(item);
        if (path === null) {
          if (!this.gone.has(item)) this.unresolved += 1;
          continue;
        }
        this.record(path, item);
      }
    }
    this.recordDeletions();
    for (const [blockId, touch] of this.touchedBlocks) this.checkBlock(blockId, touch.structural);
    if (this.touchesDocument) this.checkDocument();
    if (this.unresolved > 0) {
      return {
        ok: "wait",
        reason: `${this.unresolved} part(s) refer to content not received yet`,
        missing: this.missing,
      };
    }
    return { ok: true, blocks: this.touchedBlocks.size, document: this.touchesDocument };
  }

  // -------------------------------------------------------------------------------------------------
  // Locating items

  private findNew(id: Y.ID): Y.Item | undefined {
    return findStruct(this.newItems.get(id.client), id.clock);
  }

  private findOld(id: Y.ID): Y.Item | Y.GC | undefined {
    if (id.clock >= Y.getState(this.ydoc.store, id.client)) {
      this.needs(id.client, id.clock);
      return undefined;
    }
    return Y.getItem(this.ydoc.store, id) as Y.Item | Y.GC;
  }

  /** Whether the update's own items (or garbage) cover the client's clocks [from, to). */
  private bringsAll(client: number, from: number, to: number): boolean {
    for (let clock = from; clock < to;) {
      const struct =
        findStruct(this.newItems.get(client), clock) ??
        findStruct(this.newGarbage.get(client), clock);
      if (!struct) return false;
      clock = struct.id.clock + struct.length;
    }
    return true;
  }

  private needs(client: number, clock: number): void {
    if (clock > (this.missing.get(client) ?? -1)) this.missing.set(client, clock);
  }

  /** The path of an integrated item: root, then the map keys down to the item. */
  private pathOfOld(item: Y.Item): Path {
    const known = this.paths.get(item);
    if (known) return known;
    const type = item.parent as Y.AbstractType<unknown>;
    const base: Path = type._item ? this.pathOfOld(type._item) : [Y.findRootTypeKey(type)];
    const path = [...base, item.parentSub ?? SEQUENCE];
    this.paths.set(item, path);
    return path;
  }

  private containerOfOld(item: Y.Item): string {
    const type = item.parent as Y.AbstractType<unknown>;
    return type._item ? idKey(type._item.id) : `root:${Y.findRootTypeKey(type)}`;
  }

  /** The path of a new item, or null when it refers to something this replica does not have. */
  private pathOfNew(item: Y.Item): Path | null {
    if (this.paths.has(item)) return this.paths.get(item)!;
    this.paths.set(item, null); // guards against reference cycles in a hostile update
    const located = this.locateNew(item);
    this.paths.set(item, located?.path ?? null);
    this.containers.set(item, located?.container ?? null);
    return located?.path ?? null;
  }

  private locateNew(item: Y.Item): { path: Path; container: string } | null {
    const parent = item.parent as string | Y.ID | null;
    if (typeof parent === "string") {
      return { path: [parent, item.parentSub ?? SEQUENCE], container: `root:${parent}` };
    }
    if (parent !== null) {
      const holder = this.findNew(parent) ?? this.findOld(parent);
      if (holder instanceof Y.GC) this.gone.add(item);
      if (holder === undefined || holder instanceof Y.GC) return null;
      if (!(holder.content instanceof Y.ContentType)) {
        throw new Rejection("an item's parent is not a shared type");
      }
      const base = this.isNew.has(holder) ? this.pathOfNew(holder) : this.pathOfOld(holder);
      if (base === null) {
        if (this.gone.has(holder)) this.gone.add(item);
        return null;
      }
      return { path: [...base, item.parentSub ?? SEQUENCE], container: idKey(holder.id) };
    }
    // No parent written: the item sits next to its origin (left) or right origin, in their parent.
    const ref = item.origin ?? item.rightOrigin;
    if (ref === null) throw new Rejection("an item has neither a parent nor neighbours");
    const neighbour = this.findNew(ref) ?? this.findOld(ref);
    if (neighbour instanceof Y.GC) this.gone.add(item);
    if (neighbour === undefined || neighbour instanceof Y.GC) return null;
    if (this.isNew.has(neighbour)) {
      const path = this.pathOfNew(neighbour);
      const container = this.containers.get(neighbour) ?? null;
      if (this.gone.has(neighbour)) this.gone.add(item);
      return path === null || container === null ? null : { path, container };
    }
    if (neighbour.parent === null) {
      this.gone.add(item);
      return null;
    }
    return { path: this.pathOfOld(neighbour), container: this.containerOfOld(neighbour) };
  }

  // -------------------------------------------------------------------------------------------------
  // Recording what the update touches

  private changesOf(container: string): MapChanges {
    let changes = this.changes.get(container);
    if (!changes) this.changes.set(container, (changes = { sets: new Map(), removed: new Set() }));
    return changes;
  }

  private record(path: Path, item: Y.Item): void {
    this.classify(path);
    const key = path[path.length - 1]!;
    if (key === SEQUENCE) return;
    const container = this.containers.get(item);
    if (!container) return;
    const changes = this.changesOf(container);
    let list = changes.sets.get(key);
    if (!list) changes.sets.set(key, (list = []));
    list.push(item);
  }

  private recordDeletions(): void {
    for (const [client, ranges] of this.ds.clients) {
      const structs = this.ydoc.store.clients.get(client);
      const state = Y.getState(this.ydoc.store, client);
      for (const range of ranges) {
        // Deleting what this replica has not seen: unless the update itself brings it (as one
        // item or several: edits made offline arrive merged), that delete would hit content that
        // arrives later, unchecked.
        const end = range.clock + range.len;
        if (end > state && !this.bringsAll(client, Math.max(state, range.clock), end)) {
          this.unresolved += 1;
          this.needs(client, end - 1);
        }
        if (!structs || range.clock >= state) continue;
        let index = Y.findIndexSS(structs, range.clock);
        for (; index < structs.length; index++) {
          const struct = structs[index]!;
          if (struct.id.clock >= range.clock + range.len) break;
          if (!(struct instanceof Y.Item) || struct.deleted) continue;
          const path = this.pathOfOld(struct);
          this.classify(path);
          const key = path[path.length - 1]!;
          if (key === SEQUENCE) continue;
          // Only removing a key's current value changes what the map holds; the older values a
          // `set` leaves behind are deleted alongside every overwrite.
          const parent = struct.parent as Y.AbstractType<unknown>;
          if (parent._map.get(key) === struct)
            this.changesOf(this.containerOfOld(struct)).removed.add(key);
        }
      }
    }
  }

  /** Checks the shape of a path and notes which block, or the document, it touches. */
  private classify(path: Path): void {
    const [root, key] = path;
    if (!ROOTS.has(root!)) throw new Rejection(`writes outside the site document (“${root}”)`);
    if (key === SEQUENCE) throw new Rejection(`writes list content into the ${root} map`);
    if (root !== layout.BLOCKS) {
      this.touchesDocument = true;
      return;
    }
    const blockId = key!;
    const field = path[2];
    if (field !== undefined && !BLOCK_FIELDS.has(field)) {
      throw new Rejection(`block ${blockId} has no field “${field}”`);
    }
    if (path.length > 3 && field !== layout.BLOCK_PROPS) {
      throw new Rejection(`block ${blockId}'s ${field} is not a map`);
    }
    // Inside a prop's own shared type (rich text, or a nested record): judged in checkBlock.
    const structural = !(path.length > 4 && field === layout.BLOCK_PROPS);
    const touch = this.touchedBlocks.get(blockId);
    if (touch) touch.structural ||= structural;
    else this.touchedBlocks.set(blockId, { structural });
    if (!structural) this.touchedBlocks.get(blockId)!.structural ||= this.nestedPropIsRecord(path);
  }

  /** True when a nested edit targets a record prop (a Y.Map) rather than rich text. */
  private nestedPropIsRecord(path: Path): boolean {
    const entry = this.maps.blocks.get(path[1]!);
    const props = entry instanceof Y.Map ? entry.get(layout.BLOCK_PROPS) : undefined;
    const value = props instanceof Y.Map ? props.get(path[3]!) : undefined;
    return !(value instanceof Y.XmlText);
  }

  // -------------------------------------------------------------------------------------------------
  // The state after the update, for what it touches

  /** What each key of a map holds after the update. */
  private finalEntries(map: Y.Map<unknown> | null, container: string): Map<string, Value> {
    const out = new Map<string, Value>();
    if (map) {
      for (const [key, value] of map.entries()) out.set(key, this.describeExisting(value));
    }
    const changes = this.changes.get(container);
    if (!changes) return out;
    for (const key of changes.removed) out.delete(key);
    for (const [key, items] of changes.sets) out.set(key, this.describeNew(winner(items)));
    return out;
  }

  private describeExisting(value: unknown): Value {
    if (value instanceof Y.Map) {
      return { kind: "map", map: value as Y.Map<unknown>, container: idKey(value._item!.id) };
    }
    if (value instanceof Y.XmlText) return { kind: "xml" };
    if (value instanceof Y.AbstractType) return { kind: "other", what: value.constructor.name };
    return { kind: "json", value };
  }

  private describeNew(item: Y.Item): Value {
    const content = item.content;
    if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
      const values = content.getContent();
      return { kind: "json", value: values[values.length - 1] };
    }
    if (content instanceof Y.ContentString) return { kind: "json", value: content.str };
    if (content instanceof Y.ContentType) {
      const type = content.type;
      if (type instanceof Y.Map) return { kind: "map", map: null, container: idKey(item.id) };
      if (type instanceof Y.XmlText) return { kind: "xml" };
      return { kind: "other", what: type.constructor.name };
    }
    return { kind: "other", what: content.constructor.name };
  }

  /** A record (theme, settings, page fields, plain map props) as JSON after the update. */
  private finalRecord(
    map: Y.Map<unknown> | null,
    container: string,
    where: string,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of this.finalEntries(map, container)) {
      Object.defineProperty(out, key, {
        value: this.jsonOf(value, `${where}.${key}`),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }

  private jsonOf(value: Value, where: string): unknown {
    switch (value.kind) {
      case "json":
        if (value.value instanceof Uint8Array) throw new Rejection(`${where} holds binary data`);
        return value.value;
      case "map":
        return this.finalRecord(value.map, value.container, where);
      default:
        throw new Rejection(
          `${where} holds ${value.kind === "xml" ? "rich text" : "a " + value.what}`,
        );
    }
  }

  private finalMapOf(
    value: Value | undefined,
    what: string,
  ): { map: Y.Map<unknown> | null; container: string } {
    if (value?.kind !== "map") throw new Rejection(`${what} is not a map`);
    return value;
  }

  // -------------------------------------------------------------------------------------------------
  // Blocks

  private blockType(blockId: string): string | undefined {
    const entry = this.finalEntries(
      this.maps.blocks as Y.Map<unknown>,
      `root:${layout.BLOCKS}`,
    ).get(blockId);
    if (entry?.kind !== "map") return undefined;
    const type = this.finalEntries(entry.map, entry.container).get(layout.BLOCK_TYPE);
    return type?.kind === "json" && typeof type.value === "string" ? type.value : undefined;
  }

  /** Runs `read` as if the update were not applied (for what was already wrong before it). */
  private before<T>(read: () => T): T {
    const saved = new Map(this.changes);
    this.changes.clear();
    try {
      return read();
    } finally {
      for (const [key, value] of saved) this.changes.set(key, value);
    }
  }

  private checkBlock(blockId: string, structural: boolean): void {
    if (!structural) return; // typing in rich text
    const after = this.blockProblems(blockId);
    if (after.length === 0) return;
    // A block that was already wrong (say, saved by an older Pegasus) may still be edited, as long
    // as the edit adds nothing wrong.
    let before: Set<string>;
    try {
      before = new Set(this.before(() => this.blockProblems(blockId)));
    } catch {
      before = new Set();
    }
    const added = after.filter((problem) => !before.has(problem));
    if (added.length > 0) throw new Rejection(added.slice(0, 3).join("; "));
  }

  /** What is wrong with a block after the update; throws when it is no longer a block at all. */
  private blockProblems(blockId: string): string[] {
    const entry = this.finalEntries(
      this.maps.blocks as Y.Map<unknown>,
      `root:${layout.BLOCKS}`,
    ).get(blockId);
    if (entry === undefined) return []; // removed
    const { map, container } = this.finalMapOf(entry, `block ${blockId}`);
    const fields = this.finalEntries(map, container);
    const text = (field: string, required: boolean): string | undefined => {
      const value = fields.get(field);
      if (value === undefined && !required) return undefined;
      if (value?.kind !== "json" || typeof value.value !== "string" || value.value === "") {
        throw new Rejection(`block ${blockId} needs a ${field} (text)`);
      }
      return value.value;
    };
    const type = text(layout.BLOCK_TYPE, true)!;
    const parent = text(layout.BLOCK_PARENT, true)!;
    text(layout.BLOCK_ORDER, true);
    text(layout.BLOCK_PAGE, false);
    const flag = fields.get(layout.BLOCK_CONTAINER);
    if (flag && (flag.kind !== "json" || typeof flag.value !== "boolean")) {
      throw new Rejection(`block ${blockId}'s container flag is not true or false`);
    }

    const props = this.finalMapOf(fields.get(layout.BLOCK_PROPS), `block ${blockId}'s props`);
    const richText = new Set(this.rules.richTextPropsOf(type));
    const plain: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const [key, value] of this.finalEntries(props.map, props.container)) {
      if (richText.has(key)) {
        if (value.kind !== "xml") problems.push(`${type} ${blockId}: ${key} must be rich text`);
        continue;
      }
      if (value.kind === "xml") {
        problems.push(`${type} ${blockId}: ${key} is not a rich-text prop`);
        continue;
      }
      Object.defineProperty(plain, key, {
        value: this.jsonOf(value, `${type} ${blockId}.${key}`),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    for (const problem of this.rules.blockPropsProblems(type, plain)) {
      problems.push(`${type} ${blockId} would be invalid: ${problem}`);
    }

    const pageId = layout.pageIdOfParent(parent);
    const parentType = pageId !== null ? "page" : this.blockType(parent);
    // A parent that is gone or not here yet is no reason to refuse: removal wins on read.
    if (parentType !== undefined && !this.rules.canContain(parentType, type)) {
      problems.push(
        `a ${type} block cannot be placed in ${parentType === "page" ? "a page" : `a ${parentType}`}`,
      );
    }
    return problems;
  }

  // -------------------------------------------------------------------------------------------------
  // The document outside its blocks

  private documentWithoutBlocks(): Record<string, unknown> {
    const record = (root: string) => this.finalRecord(this.ydoc.getMap(root), `root:${root}`, root);
    const entries = (root: string, withBlocks: boolean) => {
      const out: Record<string, unknown>[] = [];
      for (const [id, value] of this.finalEntries(this.ydoc.getMap(root), `root:${root}`)) {
        const entry = this.finalMapOf(value, `${root} entry ${id}`);
        const keys = this.finalEntries(entry.map, entry.container);
        for (const key of keys.keys()) {
          if (!ENTRY_KEYS.has(key))
            throw new Rejection(`${root} entry ${id} has no field “${key}”`);
        }
        const order = keys.get(layout.ENTRY_ORDER);
        if (order?.kind !== "json" || typeof order.value !== "string") {
          throw new Rejection(`${root} entry ${id} needs an order`);
        }
        const fieldsValue = keys.get(layout.ENTRY_FIELDS);
        let fields: Record<string, unknown> = {};
        if (fieldsValue !== undefined) {
          const map = this.finalMapOf(fieldsValue, `${root} entry ${id}'s fields`);
          fields = this.finalRecord(map.map, map.container, `${root}.${id}`);
        }
        out.push({ ...fields, id, ...(withBlocks ? { blocks: [] } : {}) });
      }
      return out;
    };
    return {
      ...record(layout.SITE),
      theme: record(layout.THEME),
      settings: record(layout.SETTINGS),
      pages: entries(layout.PAGES, true),
      nav: entries(layout.NAV, false),
    };
  }

  private checkDocument(): void {
    const after = this.rules.documentProblems(this.documentWithoutBlocks());
    if (after.length === 0) return;
    let before: Set<string>;
    try {
      before = new Set(
        this.before(() => this.rules.documentProblems(this.documentWithoutBlocks())),
      );
    } catch {
      before = new Set();
    }
    const added = after.filter((problem) => !before.has(problem));
    if (added.length > 0) {
      throw new Rejection(`the site would be invalid: ${added.slice(0, 3).join("; ")}`);
    }
  }
}

/** The struct of a list sorted by clock that holds `clock`. */
function findStruct<T extends Y.Item | Y.GC>(list: readonly T[] | undefined, clock: number) {
  if (!list) return undefined;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const struct = list[middle]!;
    if (clock < struct.id.clock) high = middle - 1;
    else if (clock >= struct.id.clock + struct.length) low = middle + 1;
    else return struct;
  }
  return undefined;
}

/**
 * The item a map key ends up holding when an update sets it more than once: the newest of the
 * chain (an item no other candidate sits right of); between concurrent ones Yjs puts the higher
 * client id to the right.
 */
function winner(items: readonly Y.Item[]): Y.Item {
  if (items.length === 1) return items[0]!;
  const origins = new Set(items.map((item) => (item.origin ? idKey(item.origin) : "")));
  const last = items.filter((item) => !origins.has(idKey(item.lastId)));
  const pool = last.length > 0 ? last : items;
  return pool.reduce((best, item) =>
    item.id.client > best.id.client ||
    (item.id.client === best.id.client && item.id.clock > best.id.clock)
      ? item
      : best,
  );
}
