/**
 * Randomised convergence: 3 to 5 replicas make random concurrent edits (inserts, moves across parents
 * and into each other's subtrees, removals, prop edits, rich-text typing, page edits) and exchange
 * their updates late, out of order and sometimes twice. Every run must end with identical documents,
 * no block twice, no cycle, and no block lost except through a removal.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Block, SiteDoc } from "../../blocks/doc/schema.ts";
import { CURRENT_SCHEMA_VERSION, ZSiteDoc } from "../../blocks/doc/schema.ts";
import { defaultTheme } from "../../blocks/theme/index.ts";
import type { SiteSchemaHooks } from "./hooks.ts";
import { BLOCK_PAGE, BLOCK_PARENT, pageIdOfParent, pageParent, siteMaps } from "./layout.ts";
import { blockTree, readSiteDoc } from "./mapping.ts";
import {
  addPage,
  duplicateBlock,
  insertBlock,
  moveBlock,
  removeBlock,
  removePage,
  renamePage,
  reorderPages,
  replaceDocument,
  setTheme,
  SiteEditError,
  updateProps,
  type BlockPlace,
} from "./ops.ts";
import type { EditOrigin } from "./origin.ts";
import { descendantsOf } from "./tree.ts";
import { paragraphs, plainHooks, stableStringify, testHooks, typeIntoRichText } from "./testkit.ts";

const RUNS = 1000;
/** One run in this many uses rich-text blocks (reading them goes through Lexical, the slow part). */
const RICH_TEXT_EVERY = 4;
const REMOTE = "remote";

/** mulberry32: a small seeded PRNG, so a failing run can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Replica = { doc: Y.Doc; inbox: Uint8Array[]; origin: EditOrigin; name: string };

type Ledger = {
  /** Every block id that ever existed on some replica. */
  created: Set<string>;
  /** Block and page ids some operation deleted. */
  removed: Set<string>;
  removedPages: Set<string>;
};

function baseDoc(rich: boolean, seed: number): SiteDoc {
  const text = (id: string, words: string): Block =>
    rich
      ? { id, type: "text", props: { body: paragraphs(words) } }
      : { id, type: "image", props: { alt: words } };
  return ZSiteDoc.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    theme: defaultTheme,
    settings: { name: `Run ${seed}`, locale: "en", currency: "USD" },
    pages: [
      {
        id: "home",
        slug: "",
        title: "Home",
        blocks: [
          {
            id: "s1",
            type: "section",
            props: {},
            children: [
              text("t1", "hello world"),
              { id: "s2", type: "section", props: {}, children: [] },
            ],
          },
          text("t2", "second block"),
          { id: "s3", type: "section", props: {}, children: [text("t3", "inside three")] },
          { id: "s5", type: "section", props: {}, children: [] },
        ],
      },
      {
        id: "about",
        slug: "about",
        title: "About",
        blocks: [{ id: "s4", type: "section", props: {}, children: [] }],
      },
    ],
    nav: [],
  });
}

type Outcome = { cycleBroken: boolean; detached: boolean; richText: boolean };

/** Runs a scenario with `crypto.getRandomValues` (new block ids) seeded too, so a seed replays. */
function runScenario(seed: number): Outcome {
  const original = crypto.getRandomValues;
  const idRandom = prng(seed ^ 0x9e3779b9);
  crypto.getRandomValues = (<T extends ArrayBufferView | null>(array: T): T => {
    if (array instanceof Uint8Array)
      for (let i = 0; i < array.length; i++) array[i] = Math.floor(idRandom() * 256);
    else if (array !== null) original.call(crypto, array);
    return array;
  }) as typeof crypto.getRandomValues;
  try {
    return runSeededScenario(seed);
  } finally {
    crypto.getRandomValues = original;
  }
}

function runSeededScenario(seed: number): Outcome {
  const rand = prng(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  const pick = <T>(list: readonly T[]): T | undefined =>
    list.length === 0 ? undefined : list[int(list.length)];
  const rich = seed % RICH_TEXT_EVERY === 0;
  const hooks: SiteSchemaHooks = rich ? testHooks : plainHooks;
  const options = { hooks };

  // Fixed client ids: Yjs breaks ties between concurrent inserts by client id, so a seed replays exactly.
  const seedDoc = new Y.Doc();
  seedDoc.clientID = 1;
  replaceDocument(seedDoc, baseDoc(rich, seed), { kind: "system" }, options);
  const ledger: Ledger = {
    created: new Set(siteMaps(seedDoc).blocks.keys()),
    removed: new Set(),
    removedPages: new Set(),
  };
  const replicas: Replica[] = Array.from({ length: 3 + int(3) }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = 100 + i;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(seedDoc), REMOTE);
    return { doc, inbox: [], origin: { kind: "user", userId: `u${i}` }, name: `r${i}` };
  });
  for (const replica of replicas) {
    replica.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      for (const other of replicas) if (other !== replica) other.inbox.push(update);
    });
  }

  let counter = 0;
  const act = (replica: Replica): void => {
    const { doc, origin } = replica;
    const maps = siteMaps(doc);
    const tree = blockTree(maps);
    const shown = [...tree.pageOf.keys()].sort();
    const sections = shown.filter((id) => tree.nodes.get(id)!.type === "section");
    const pages = [...maps.pages.keys()].sort();
    const randomPlace = (): BlockPlace | undefined => {
      const roll = rand();
      if (roll < 0.3 || shown.length === 0) {
        const pageId = pick(pages);
        return pageId === undefined ? undefined : { pageId, index: int(4) };
      }
      if (roll < 0.65 && sections.length > 0) return { parentId: pick(sections)!, index: int(4) };
      return rand() < 0.5 ? { before: pick(shown)! } : { after: pick(shown)! };
    };
    const beforeBlocks = new Set(maps.blocks.keys());
    const beforePages = new Set(maps.pages.keys());
    const roll = rand();
    try {
      if (roll < 0.25) {
        const place = randomPlace();
        const type = rich && rand() < 0.3 ? "text" : rand() < 0.5 ? "section" : "image";
        const id = `${replica.name}x${counter++}`;
        const block: Block =
          type === "text"
            ? { id, type, props: { body: paragraphs(`typed by ${replica.name}`) } }
            : type === "section"
              ? {
                  id,
                  type,
                  props: {},
                  children: rand() < 0.3 ? [{ id: `${id}c`, type: "image", props: {} }] : [],
                }
              : { id, type, props: { n: counter } };
        if (place !== undefined) insertBlock(doc, block, place, origin, options);
      } else if (roll < 0.52) {
        // half of the moves put a section into another section: concurrent ones make cycles
        const sectionMove = rand() < 0.5 && sections.length > 1;
        const id = sectionMove ? pick(sections) : pick(shown);
        const place = sectionMove ? { parentId: pick(sections)!, index: int(3) } : randomPlace();
        if (id !== undefined && place !== undefined) moveBlock(doc, id, place, origin, options);
      } else if (roll < 0.6) {
        const id = pick(shown);
        if (id !== undefined) removeBlock(doc, id, origin);
      } else if (roll < 0.75) {
        const id = pick(shown);
        if (id !== undefined)
          updateProps(
            doc,
            id,
            rand() < 0.8 ? { title: `${replica.name}:${counter++}` } : { title: undefined },
            origin,
            options,
          );
      } else if (roll < 0.85) {
        const texts = shown.filter((id) => tree.nodes.get(id)!.type === "text");
        const id = pick(texts);
        if (rich && id !== undefined) {
          const body = (maps.blocks.get(id)!.get("props") as Y.Map<unknown>).get(
            "body",
          ) as Y.XmlText;
          if (rand() < 0.85) typeIntoRichText(body, int(12), replica.name, origin);
          else
            updateProps(
              doc,
              id,
              { body: paragraphs(`rewritten by ${replica.name}`, `${counter++}`) },
              { kind: "ai", userId: origin.kind === "user" ? origin.userId : undefined },
              options,
            );
        }
      } else if (roll < 0.9) {
        const id = pick(shown);
        if (id !== undefined) duplicateBlock(doc, id, origin, options);
      } else {
        const pageRoll = rand();
        if (pageRoll < 0.25) {
          addPage(
            doc,
            {
              slug: `p-${replica.name}-${counter++}`,
              title: "New",
              blocks: [
                { id: `${replica.name}x${counter++}`, type: "section", props: {}, children: [] },
              ],
            },
            origin,
            { ...options, index: int(3) },
          );
        } else if (pageRoll < 0.45 && pages.length > 1) {
          removePage(doc, pick(pages)!, origin);
        } else if (pageRoll < 0.65) {
          renamePage(doc, pick(pages)!, { title: `T ${replica.name}` }, origin);
        } else if (pageRoll < 0.85) {
          reorderPages(
            doc,
            [...pages].sort(() => rand() - 0.5),
            origin,
          );
        } else {
          setTheme(
            doc,
            { radius: int(48), colors: { accent: rand() < 0.5 ? "#123456" : "#654321" } },
            origin,
          );
        }
      }
    } catch (error) {
      if (!(error instanceof SiteEditError)) throw error; // refused locally (e.g. a move into its own subtree)
    }
    for (const id of maps.blocks.keys()) ledger.created.add(id);
    for (const id of beforeBlocks) if (!maps.blocks.has(id)) ledger.removed.add(id);
    for (const id of beforePages) if (!maps.pages.has(id)) ledger.removedPages.add(id);
  };

  const deliver = (replica: Replica, all: boolean): void => {
    const inbox = replica.inbox;
    replica.inbox = [];
    // out of order: shuffle; late: keep some for later; duplicated: sometimes deliver twice or requeue
    inbox.sort(() => rand() - 0.5);
    for (const update of inbox) {
      if (!all && rand() < 0.4) {
        replica.inbox.push(update);
        continue;
      }
      Y.applyUpdate(replica.doc, update, REMOTE);
      if (rand() < 0.15) Y.applyUpdate(replica.doc, update, REMOTE);
      if (!all && rand() < 0.1) replica.inbox.push(update);
    }
  };

  const rounds = 2 + int(3);
  for (let round = 0; round < rounds; round++) {
    for (const replica of [...replicas].sort(() => rand() - 0.5)) {
      const ops = 1 + int(3);
      for (let i = 0; i < ops; i++) act(replica);
    }
    for (const replica of replicas) deliver(replica, false);
  }
  for (const replica of replicas) deliver(replica, true);

  // Identical documents everywhere.
  const docs = replicas.map((r) => readSiteDoc(r.doc));
  const first = stableStringify(docs[0]);
  for (let i = 1; i < docs.length; i++)
    expect(stableStringify(docs[i]), `replica ${i} differs`).toBe(first);

  // No block twice, no cycle (every shown block's chain reaches a live page).
  const doc = docs[0]!;
  const ids: string[] = [];
  const collect = (blocks: readonly Block[]): void =>
    blocks.forEach((b) => {
      ids.push(b.id);
      collect(b.children ?? []);
    });
  for (const page of doc.pages) collect(page.blocks);
  expect(new Set(ids).size, "a block appears twice").toBe(ids.length);
  const maps = siteMaps(replicas[0]!.doc);
  const tree = blockTree(maps);
  expect(new Set(ids)).toEqual(new Set(tree.pageOf.keys()));
  for (const page of doc.pages) {
    for (const id of descendantsOf(tree, pageParent(page.id)))
      expect(tree.pageOf.get(id)).toBe(page.id);
  }

  const shown = new Set(ids);
  // No block lost except by a removal: each block that ever existed is shown, or it (or what it hangs
  // from) was removed by some operation.
  for (const id of ledger.created) {
    if (shown.has(id)) continue;
    let current = id;
    const seen = new Set<string>();
    for (;;) {
      const entry = maps.blocks.get(current);
      if (entry === undefined) {
        expect(
          ledger.removed.has(current),
          `block ${id} vanished: ${current} gone without a removal`,
        ).toBe(true);
        break;
      }
      expect(seen.has(current), `block ${id} is in an unbroken cycle`).toBe(false);
      seen.add(current);
      const parent = tree.cycleBreakers.has(current)
        ? pageParent(entry.get(BLOCK_PAGE) as string)
        : (entry.get(BLOCK_PARENT) as string);
      const pageId = pageIdOfParent(parent);
      if (pageId !== null) {
        expect(
          ledger.removedPages.has(pageId),
          `block ${id} hidden under live page ${pageId}`,
        ).toBe(true);
        break;
      }
      current = parent;
    }
  }
  return {
    cycleBroken: tree.cycleBreakers.size > 0,
    detached: tree.detached.size > 0,
    richText: rich,
  };
}

/** `CONVERGENCE_SEED=123 npx vitest run collab/doc/convergence.test.ts` replays one run. */
const ONLY_SEED =
  process.env.CONVERGENCE_SEED === undefined ? undefined : Number(process.env.CONVERGENCE_SEED);

describe("convergence of concurrent edits", () => {
  it.runIf(ONLY_SEED !== undefined)(`replays seed ${ONLY_SEED}`, () => {
    runScenario(ONLY_SEED!);
  });

  it.skipIf(ONLY_SEED !== undefined)(
    `converges in ${RUNS} seeded random runs`,
    // All CPU: it took 545 s on this 2-core machine at a load average near 25 (issue 15).
    { timeout: 900_000 },
    () => {
      const started = performance.now();
      const totals = { cycleBroken: 0, detached: 0, richText: 0 };
      for (let seed = 1; seed <= RUNS; seed++) {
        let outcome: Outcome;
        try {
          outcome = runScenario(seed);
        } catch (error) {
          throw new Error(
            `convergence run failed with seed ${seed} (replay with CONVERGENCE_SEED=${seed}): ${(error as Error).message}`,
            { cause: error },
          );
        }
        for (const key of ["cycleBroken", "detached", "richText"] as const)
          if (outcome[key]) totals[key]++;
      }
      console.log(
        `${RUNS} convergence runs in ${Math.round(performance.now() - started)} ms; runs ending with`,
        totals,
      );
      // the runs must really reach the hard cases
      expect(totals.cycleBroken).toBeGreaterThan(RUNS / 100);
      expect(totals.detached).toBeGreaterThan(RUNS / 10);
    },
  );
});
