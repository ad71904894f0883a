import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { editOrigin, insertBlock, layout, updateProps } from "../../collab/doc/index.ts";
import { siteDocumentName } from "../../collab/presence.ts";
import { encodeAwarenessUpdate } from "../../collab/server/awareness.ts";
import { testBlock } from "../../collab/server/testkit.ts";
import {
  changeOf,
  connect,
  message,
  rawClient,
  siteWith,
  startCollabApp,
  storedState,
  waitFor,
  type Client,
  type Person,
  type RawClient,
} from "./helpers.ts";

const MAX_MESSAGE = 64 * 1024;
const MAX_WAITING = 160 * 1024;
const server = await startCollabApp({
  collab: {
    guard: { maxMessageBytes: MAX_MESSAGE, waitTimeoutMs: 300, maxWaitingBytes: MAX_WAITING },
  },
});
afterAll(() => server.close());
const { app, deps, wsUrl } = server;

let siteId: string;
let name: string;
let owner: Person;
let editor: Person;
let bystander: Client;
let otherSite: string;

beforeAll(async () => {
  const site = await siteWith(app, deps, ["editor"]);
  ({ siteId, owner } = site);
  editor = site.members[0]!;
  name = siteDocumentName(siteId);
  otherSite = (await siteWith(app, deps)).siteId;
  bystander = connect(wsUrl, siteId, { cookie: owner.cookie });
  await bystander.synced();
});
afterAll(() => bystander.destroy());

const firstPage = (doc: Y.Doc) => [...layout.siteMaps(doc).pages.keys()][0]!;
let edits = 0;

/**
 * Opens a raw connection as an editor, lets `act` misbehave, and checks what every bad input must
 * do: that connection is closed with `code` and a logged reason, the bystander keeps editing, and
 * the store holds nothing of it.
 */
async function misbehave(
  act: (raw: RawClient) => Promise<void> | void,
  expected: { code: number; reason: RegExp },
): Promise<void> {
  const storedBefore = Y.encodeStateVector(await storedState(deps, siteId));
  const bystanderBefore = Y.encodeStateAsUpdate(bystander.doc);
  const logsBefore = server.logs.length;
  const raw = await rawClient(wsUrl, { cookie: editor.cookie });
  expect(await raw.auth(name)).toBe("authenticated:read-write");
  raw.syncStep1(name, new Y.Doc());
  await act(raw);
  const closed = await raw.closed;
  expect(closed.code).toBe(expected.code);
  const logged = server.logs.slice(logsBefore).filter((line) => line.msg.includes("bad input"));
  expect(logged.map((line) => line.reason).join("\n")).toMatch(expected.reason);
  // Nothing of it reached the store or the bystander.
  expect(Y.encodeStateVector(await storedState(deps, siteId))).toEqual(storedBefore);
  expect(Y.encodeStateAsUpdate(bystander.doc)).toEqual(bystanderBefore);
  // And the bystander still edits as before.
  edits += 1;
  insertBlock(
    bystander.doc,
    testBlock("heading", { text: `Still fine ${edits}` }),
    { pageId: firstPage(bystander.doc) },
    editOrigin({ kind: "user", userId: owner.user.id }),
  );
  await bystander.acknowledged();
  expect(JSON.stringify((await storedState(deps, siteId)).getMap("blocks").toJSON())).toContain(
    `Still fine ${edits}`,
  );
}

const withUpdate = (update: Uint8Array) => (raw: RawClient) => raw.update(name, update);

describe("bad input closes only the connection that sent it, with a logged reason", () => {
  it("a frame that is not the protocol", async () => {
    await misbehave((raw) => raw.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])), {
      code: 4400,
      reason: /does not parse/,
    });
  });

  it("a text frame", async () => {
    await misbehave((raw) => raw.ws.send("hello"), { code: 4400, reason: /text frame/ });
  });

  it("a message over the size limit", async () => {
    const huge = changeOf(bystander.doc, (doc) =>
      updateProps(
        doc,
        [...layout.siteMaps(doc).blocks.keys()][0]!,
        { huge: "x".repeat(MAX_MESSAGE) },
        editOrigin({ kind: "user", userId: editor.user.id }),
      ),
    );
    await misbehave(withUpdate(huge), { code: 1009, reason: /max payload|bytes/i });
  });

  it("an update for a document the connection did not open", async () => {
    const change = changeOf(new Y.Doc(), (doc) => doc.getMap("blocks").set("x", new Y.Map()));
    await misbehave(
      (raw) =>
        raw.send(
          message(siteDocumentName(otherSite), (e) => {
            encoding.writeVarUint(e, 0);
            encoding.writeVarUint(e, 2);
            encoding.writeVarUint8Array(e, change);
          }),
        ),
      { code: 4403, reason: /has not opened/ },
    );
    expect((await deps.siteStore.loadUpdates(otherSite)).updates).toEqual([]);
  });

  it("an update that does not decode", async () => {
    await misbehave(withUpdate(new Uint8Array([3, 200, 1, 7, 7, 7, 7])), {
      code: 4400,
      reason: /malformed update/,
    });
  });

  it("an update that writes outside the site document", async () => {
    await misbehave(
      withUpdate(changeOf(bystander.doc, (doc) => doc.getMap("scripts").set("x", "alert(1)"))),
      {
        code: 4400,
        reason: /outside the site document/,
      },
    );
  });

  it("an update that would make a block invalid", async () => {
    const hero = [...layout.siteMaps(bystander.doc).blocks.entries()].find(
      ([, e]) => e.get("type") === "hero",
    )![0];
    const update = changeOf(bystander.doc, (doc) =>
      (layout.siteMaps(doc).blocks.get(hero)!.get("props") as Y.Map<unknown>).set("heading", {
        not: "text",
      }),
    );
    await misbehave(withUpdate(update), { code: 4400, reason: /would be invalid/ });
  });

  it("an update that would make the site invalid (no pages left, a broken theme)", async () => {
    await misbehave(
      withUpdate(
        changeOf(bystander.doc, (doc) => layout.siteMaps(doc).pages.delete(firstPage(doc))),
      ),
      {
        code: 4400,
        reason: /site would be invalid: pages/,
      },
    );
    await misbehave(
      withUpdate(
        changeOf(bystander.doc, (doc) =>
          (layout.siteMaps(doc).theme.get("colors") as Y.Map<unknown>).set(
            "primary",
            "javascript:alert(1)",
          ),
        ),
      ),
      { code: 4400, reason: /theme\.colors\.primary/ },
    );
  });

  it("an update that builds on content that never arrives (held, never applied, then refused)", async () => {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(bystander.doc));
    const hero = [...layout.siteMaps(replica).blocks.entries()].find(
      ([, e]) => e.get("type") === "hero",
    )![0];
    const edit = (heading: string) =>
      changeOf(replica, (doc) =>
        updateProps(doc, hero, { heading }, editOrigin({ kind: "user", userId: editor.user.id })),
      );
    // Only the second of two edits is sent: it overwrites a value the server never saw.
    Y.applyUpdate(replica, edit("never sent"));
    await misbehave(withUpdate(edit("sent alone")), { code: 4400, reason: /never arrived/ });
  });

  it("updates that build on content never sent, past the bytes that may wait for it", async () => {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(bystander.doc));
    const hero = [...layout.siteMaps(replica).blocks.entries()].find(
      ([, e]) => e.get("type") === "hero",
    )![0];
    const edit = (heading: string) =>
      changeOf(replica, (doc) =>
        updateProps(doc, hero, { heading }, editOrigin({ kind: "user", userId: editor.user.id })),
      );
    Y.applyUpdate(replica, edit("never sent"));
    // Each overwrites the one before, back to the edit the server never gets.
    const flood = Array.from({ length: 8 }, (_, i) => {
      const update = edit(`${i}`.repeat(30_000));
      Y.applyUpdate(replica, update);
      return update;
    });
    await misbehave((raw) => flood.forEach((update) => raw.update(name, update)), {
      code: 4400,
      reason: /bytes of updates refer to content that has not arrived/,
    });
  });

  it("a broadcast (only the server broadcasts: it carries restores)", async () => {
    await misbehave(
      (raw) =>
        raw.send(
          message(name, (e) => {
            encoding.writeVarUint(e, 6);
            encoding.writeVarString(e, JSON.stringify({ type: "restore", update: "" }));
          }),
        ),
      { code: 4403, reason: /broadcast/ },
    );
  });

  it("presence that is not JSON", async () => {
    const bad = encoding.createEncoder();
    encoding.writeVarUint(bad, 1);
    encoding.writeVarUint(bad, 12345);
    encoding.writeVarUint(bad, 1);
    encoding.writeVarString(bad, "{not json");
    await misbehave((raw) => raw.awareness(name, encoding.toUint8Array(bad)), {
      code: 4400,
      reason: /not JSON/,
    });
  });
});

describe("presence of someone else", () => {
  it("is left out, not relayed: nobody can move or remove another person's cursor", async () => {
    const watcher = connect(wsUrl, siteId, { cookie: editor.cookie });
    try {
      await watcher.synced();
      bystander.provider.awareness!.setLocalState({
        pageId: firstPage(bystander.doc),
        selection: ["mine"],
      });
      const states = () => watcher.provider.awareness!.getStates();
      await waitFor(
        () =>
          (states().get(bystander.doc.clientID) as { selection?: string[] })?.selection?.[0] ===
          "mine",
      );
      const clock = bystander.provider.awareness!.meta.get(bystander.doc.clientID)!.clock;

      const raw = await rawClient(wsUrl, { cookie: editor.cookie });
      expect(await raw.auth(name)).toBe("authenticated:read-write");
      raw.awareness(
        name,
        encodeAwarenessUpdate([
          {
            clientId: bystander.doc.clientID,
            clock: clock + 5,
            state: { selection: ["hijacked"] },
          },
          { clientId: 777, clock: 1, state: { selection: ["own"] } },
        ]),
      );
      await waitFor(() => states().has(777), { what: "the raw client's own presence" });
      expect((states().get(777) as { user: { id: string } }).user.id).toBe(editor.user.id);
      expect((states().get(bystander.doc.clientID) as { selection?: string[] }).selection).toEqual([
        "mine",
      ]);
      // Removing it is no better.
      raw.awareness(
        name,
        encodeAwarenessUpdate([
          { clientId: bystander.doc.clientID, clock: clock + 9, state: null },
        ]),
      );
      raw.awareness(name, encodeAwarenessUpdate([{ clientId: 777, clock: 2, state: null }]));
      await waitFor(() => !states().has(777));
      expect(states().has(bystander.doc.clientID)).toBe(true);
      expect(raw.isOpen()).toBe(true);
    } finally {
      watcher.destroy();
    }
  });
});
