import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addPage,
  createSiteYDoc,
  editOrigin,
  insertBlock,
  layout,
  materialize,
  moveBlock,
  removeBlock,
  removePage,
  renamePage,
  replaceDocument,
  setTheme,
  updateProps,
  updateSettings,
} from "../doc/index.ts";
import { siteWithBlocks, testBlock } from "./testkit.ts";
import { checkUpdate } from "./update-check.ts";

const me = editOrigin({ kind: "user", userId: "u1" });

/** A server doc and a client replica of it; `edit` runs on the client and returns its update. */
function replicas(blocks = 12) {
  const server = createSiteYDoc(siteWithBlocks(blocks));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const edit = (fn: (doc: Y.Doc) => void): Uint8Array => {
    const updates: Uint8Array[] = [];
    const record = (update: Uint8Array) => updates.push(update);
    client.on("update", record);
    try {
      fn(client);
    } finally {
      client.off("update", record);
    }
    return Y.mergeUpdates(updates);
  };
  const firstBlock = (type: string): string => {
    for (const [id, entry] of layout.siteMaps(server).blocks.entries()) {
      if (entry.get("type") === type) return id;
    }
    throw new Error(`no ${type}`);
  };
  const pageId = [...layout.siteMaps(server).pages.keys()][0]!;
  return { server, client, edit, firstBlock, pageId };
}

describe("checkUpdate", () => {
  it("accepts what the editor's operations write", () => {
    const { server, edit, firstBlock, pageId } = replicas();
    const ops: Array<(doc: Y.Doc) => void> = [
      (d) => insertBlock(d, testBlock("heading", { text: "New" }), { pageId, index: 0 }, me),
      (d) => insertBlock(d, testBlock("rich-text"), { pageId }, me),
      (d) => updateProps(d, firstBlock("heading"), { text: "Renamed" }, me),
      (d) => updateProps(d, firstBlock("button"), { label: "Buy", fullWidthOnMobile: true }, me),
      (d) => moveBlock(d, firstBlock("button"), { pageId, index: 0 }, me),
      (d) => removeBlock(d, firstBlock("hero"), me),
      (d) => setTheme(d, { radius: 12, colors: { primary: "#112233" } } as never, me),
      (d) => updateSettings(d, { name: "Renamed shop" }, me),
      (d) => addPage(d, { title: "About", slug: "about" } as never, me),
      (d) => renamePage(d, pageId, { title: "Start" } as never, me),
      (d) => {
        const text = layout
          .siteMaps(d)
          .blocks.get(firstBlock("rich-text"))!
          .get("props") as Y.Map<unknown>;
        (text.get("content") as Y.XmlText).insert(0, "typed ");
      },
      (d) => replaceDocument(d, siteWithBlocks(20), me),
    ];
    for (const op of ops) {
      const update = edit(op);
      const verdict = checkUpdate(server, update);
      expect(verdict, String(op)).toMatchObject({ ok: true });
      Y.applyUpdate(server, update);
    }
  });

  it("refuses malformed bytes", () => {
    const { server } = replicas();
    expect(checkUpdate(server, new Uint8Array([1, 2, 3, 250, 250, 250]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/malformed/),
    });
  });

  it("refuses writes outside the site layout", () => {
    const { server, edit } = replicas();
    expect(
      checkUpdate(
        server,
        edit((d) => d.getMap("evil").set("x", 1)),
      ),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/outside the site document/),
    });
    expect(
      checkUpdate(
        server,
        edit((d) => d.getText("blocks2").insert(0, "x")),
      ),
    ).toMatchObject({
      ok: false,
    });
  });

  it("refuses props the block type rejects, and keeps accepting valid ones", () => {
    const { server, edit, firstBlock } = replicas();
    const button = firstBlock("button");
    const bad = edit((d) =>
      (layout.siteMaps(d).blocks.get(button)!.get("props") as Y.Map<unknown>).set("label", 42),
    );
    expect(checkUpdate(server, bad)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/button .* would be invalid: label/),
    });
  });

  it("refuses a block without a type, and rich text where plain text belongs", () => {
    const { server, edit, firstBlock } = replicas();
    const heading = firstBlock("heading");
    expect(
      checkUpdate(
        server,
        edit((d) => layout.siteMaps(d).blocks.get(heading)!.delete("type")),
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/needs a type/) });
    expect(
      checkUpdate(
        server,
        edit((d) =>
          (layout.siteMaps(d).blocks.get(heading)!.get("props") as Y.Map<unknown>).set(
            "text",
            new Y.XmlText(),
          ),
        ),
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/not a rich-text prop/) });
    expect(
      checkUpdate(
        server,
        edit((d) => layout.siteMaps(d).blocks.set("x1", "not a map" as never)),
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/not a map/) });
  });

  it("refuses a block placed where the registry does not allow it", () => {
    const { server, edit, pageId } = replicas();
    const update = edit((d) => {
      const entry = new Y.Map<unknown>();
      layout.siteMaps(d).blocks.set("col1", entry);
      entry.set("type", "column");
      entry.set("parent", layout.pageParent(pageId));
      entry.set("order", "a0");
      entry.set("page", pageId);
      entry.set("props", new Y.Map());
    });
    expect(checkUpdate(server, update)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/column block cannot be placed in a page/),
    });
  });

  it("refuses an invalid theme, schema version, or a site without pages", () => {
    const { server, edit, pageId } = replicas();
    const colors = layout.siteMaps(server).theme.get("colors");
    expect(colors).toBeInstanceOf(Y.Map);
    expect(
      checkUpdate(
        server,
        edit((d) => (layout.siteMaps(d).theme.get("colors") as Y.Map<unknown>).set("primary", 7)),
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/theme\.colors\.primary/) });
    expect(
      checkUpdate(
        server,
        edit((d) => layout.siteMaps(d).site.set("schemaVersion", 99)),
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/schemaVersion/) });
    expect(
      checkUpdate(
        server,
        edit((d) => layout.siteMaps(d).pages.delete(pageId)),
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/pages/) });
  });

  it("accepts removing a page while another remains", () => {
    const { server, edit } = replicas(150);
    const second = [...layout.siteMaps(server).pages.keys()][1]!;
    const update = edit((d) => removePage(d, second, me));
    expect(checkUpdate(server, update)).toMatchObject({ ok: true });
  });

  it("lets a block that was already invalid be edited, as long as nothing new goes wrong", () => {
    const { server, client, edit, firstBlock } = replicas();
    const button = firstBlock("button");
    // Saved broken (say, by an older version): the label is a number.
    const broken = (d: Y.Doc) =>
      (layout.siteMaps(d).blocks.get(button)!.get("props") as Y.Map<unknown>).set("label", 5);
    broken(server);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const fixOther = edit((d) => updateProps(d, button, { size: "lg" }, me));
    expect(checkUpdate(server, fixOther)).toMatchObject({ ok: true });
    Y.applyUpdate(server, fixOther);
    const worse = edit((d) => updateProps(d, button, { size: "huge" }, me));
    expect(checkUpdate(server, worse)).toMatchObject({ ok: false });
  });

  it("holds an update that refers to content not received yet, then judges it whole", () => {
    const { server, edit, firstBlock } = replicas();
    const button = firstBlock("button");
    const first = edit((d) => updateProps(d, button, { label: "One" }, me));
    const second = edit((d) => updateProps(d, button, { label: 9 as never }, me));
    // The second overwrites the first, which the server has not seen: it cannot be judged yet.
    expect(checkUpdate(server, second)).toMatchObject({ ok: "wait" });
    Y.applyUpdate(server, first);
    expect(checkUpdate(server, second)).toMatchObject({ ok: false });
    // A delete of something not seen yet waits too.
    const later = edit((d) => updateProps(d, button, { label: "Three" }, me));
    const gone = edit((d) => updateProps(d, button, { label: "Four" }, me));
    expect(checkUpdate(server, gone)).toMatchObject({ ok: "wait" });
    Y.applyUpdate(server, later);
  });

  it("says what a held update is waiting for", () => {
    const { server, client, edit, firstBlock } = replicas();
    const button = firstBlock("button");
    const first = edit((d) => updateProps(d, button, { label: "One" }, me));
    const second = edit((d) => updateProps(d, button, { label: "Two" }, me));
    const verdict = checkUpdate(server, second);
    expect(verdict.ok).toBe("wait");
    // The client's items up to the first edit's: nothing can change before they are here.
    const needed = verdict.ok === "wait" ? verdict.missing.get(client.clientID) : undefined;
    expect(needed).toBe(
      Y.decodeStateVector(Y.encodeStateVectorFromUpdate(first)).get(client.clientID)! - 1,
    );
  });

  it("judges edits made offline, as the client sends them on reconnecting, whole", () => {
    const { server, client, firstBlock, pageId } = replicas();
    const rich = firstBlock("rich-text");
    const t = (layout.siteMaps(client).blocks.get(rich)!.get("props") as Y.Map<unknown>).get(
      "content",
    ) as Y.XmlText;
    // Typed and erased: separate items whose deletion is one range.
    client.transact(() => t.insert(0, "a"));
    client.transact(() => t.insert(1, "b"));
    client.transact(() => t.delete(1, 1));
    client.transact(() => t.insert(1, "c"));
    client.transact(() => t.delete(0, 2));
    // A block added and removed again: its content is garbage-collected in what is sent.
    const block = testBlock("heading", { text: "Gone again" });
    insertBlock(client, block, { pageId }, me);
    removeBlock(client, block.id, me);
    // The provider's answer to the server's sync step 1: everything the server lacks, merged.
    const offline = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(checkUpdate(server, offline)).toMatchObject({ ok: true });
  });

  it("checks typing in rich text at a tiny fraction of what materialising the site costs", () => {
    const { server, edit, firstBlock } = replicas(2000);
    const rich = firstBlock("rich-text");
    const updates = Array.from({ length: 200 }, (_, i) =>
      edit((d) =>
        (
          (layout.siteMaps(d).blocks.get(rich)!.get("props") as Y.Map<unknown>).get(
            "content",
          ) as Y.XmlText
        ).insert(i, "x"),
      ),
    );
    const times: number[] = [];
    for (const update of updates) {
      const started = performance.now();
      const verdict = checkUpdate(server, update);
      times.push(performance.now() - started);
      expect(verdict.ok).toBe(true);
      Y.applyUpdate(server, update);
    }
    times.sort((a, b) => a - b);
    // Relative, so a busy shared machine slows both sides alike (about 0.05 ms against 300 ms).
    const started = performance.now();
    materialize(server);
    const materialising = performance.now() - started;
    expect(times[100]!).toBeLessThan(materialising / 100);
  });
});
