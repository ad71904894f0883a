import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { insertBlock } from "../../collab/doc/index.ts";
import { editOrigin } from "../../collab/doc/origin.ts";
import { siteDocumentName } from "../../collab/presence.ts";
import { testBlock } from "../../collab/server/testkit.ts";
import {
  changeOf,
  rawClient,
  siteWith,
  startCollabApp,
  storedState,
  waitFor,
} from "../collab/helpers.ts";
import { previewLink, reviewerPost } from "./helpers.ts";

/**
 * A reviewer reads and comments through the preview link, and has no way to change the document:
 * the collab server (the only way in) does not take a preview link's credentials, so a connection
 * made by hand with them is refused, and what it sends anyway is never applied or stored.
 */
const { app, deps, wsUrl, close } = await startCollabApp();
afterAll(close);

function headings(doc: Y.Doc): string[] {
  const out: string[] = [];
  for (const entry of doc.getMap<Y.Map<unknown>>("blocks").values()) {
    if (entry.get("type") !== "heading") continue;
    out.push(String((entry.get("props") as Y.Map<unknown>).get("text")));
  }
  return out;
}

describe("a reviewer and the live document", () => {
  it("can comment, but a hand-made collab connection with the link's credentials changes nothing", async () => {
    const { siteId, owner } = await siteWith(app, deps);
    const name = siteDocumentName(siteId);
    const link = await previewLink(
      app,
      { cookie: owner.cookie, user: owner.user, email: "", password: "" },
      siteId,
      { allowComments: true, password: "gallery opening" },
    );
    const unlocked = await app.inject({
      method: "POST",
      url: link.path,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "password=gallery+opening",
    });
    const proof = unlocked.cookies.find((c) => c.name === "pegasus_preview")!.value;
    const reviewerCookie = `pegasus_preview=${proof}`;
    const before = await deps.siteStore.loadUpdates(siteId);
    const draftBefore = (await deps.siteDocuments.draft(siteId)).doc;

    // Reading and commenting work.
    const page = await app.inject({ url: link.path, headers: { cookie: reviewerCookie } });
    expect(page.statusCode).toBe(200);
    const hero = draftBefore.pages[0]!.blocks.find((b) => b.type === "hero")!;
    const comment = await reviewerPost(
      app,
      `${link.path}_review/threads`,
      { blockId: hero.id, body: "Lovely", name: "Rita", email: "rita@example.com" },
      { cookie: reviewerCookie },
    );
    expect(comment.status).toBe(200);

    // Writing through the collab server does not: with the token, with the cookie, with both.
    const current = await storedState(deps, siteId);
    const change = changeOf(current, (doc) =>
      insertBlock(
        doc,
        testBlock("heading", { text: "Reviewer was here" }),
        { pageId: doc.getMap<Y.Map<unknown>>("pages").keys().next().value! },
        editOrigin({ kind: "user", userId: "reviewer" }),
      ),
    );
    const attempts: { headers: Record<string, string>; token: string }[] = [
      { headers: {}, token: link.token },
      { headers: { cookie: reviewerCookie }, token: "" },
      { headers: { cookie: reviewerCookie }, token: link.token },
      { headers: { cookie: reviewerCookie }, token: `pc1.${link.token}.x` },
    ];
    for (const attempt of attempts) {
      const raw = await rawClient(wsUrl, attempt.headers);
      expect(await raw.auth(name, attempt.token)).toBe("denied:permission-denied");
      if (raw.isOpen()) {
        raw.syncStep1(name, new Y.Doc());
        raw.update(name, change);
      }
      raw.close();
      await raw.closed;
    }
    // An owner's own change afterwards is stored; the reviewer's never is.
    const ownerChange = changeOf(current, (doc) =>
      insertBlock(
        doc,
        testBlock("heading", { text: "Owner after" }),
        { pageId: doc.getMap<Y.Map<unknown>>("pages").keys().next().value! },
        editOrigin({ kind: "user", userId: owner.user.id }),
      ),
    );
    const ownerRaw = await rawClient(wsUrl, { cookie: owner.cookie });
    expect(await ownerRaw.auth(name)).toBe("authenticated:read-write");
    ownerRaw.syncStep1(name, new Y.Doc());
    ownerRaw.update(name, ownerChange);
    await waitFor(async () => headings(await storedState(deps, siteId)).includes("Owner after"), {
      what: "the owner's change to be stored",
    });
    ownerRaw.close();
    const stored = await storedState(deps, siteId);
    expect(headings(stored)).toEqual(["Owner after"]);
    const after = await deps.siteStore.loadUpdates(siteId);
    expect(after.updates.length).toBeLessThanOrEqual(before.updates.length + 1);
  });
});
