import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { editOrigin, insertBlock, layout } from "../../collab/doc/index.ts";
import { siteDocumentName } from "../../collab/presence.ts";
import { testBlock } from "../../collab/server/testkit.ts";
import { signCollabToken } from "../../server/collab/tokens.ts";
import { call } from "../helpers/app.ts";
import {
  changeOf,
  connect,
  person,
  rawClient,
  siteWith,
  startCollabApp,
  storedState,
  waitFor,
  type Client,
} from "./helpers.ts";

const server = await startCollabApp();
afterAll(() => server.close());
const { app, deps, wsUrl } = server;

const clients: Client[] = [];
afterAll(() => clients.forEach((c) => c.destroy()));
function open(siteId: string, auth: Parameters<typeof connect>[2]): Client {
  const client = connect(wsUrl, siteId, auth);
  clients.push(client);
  return client;
}

const headings = (doc: Y.Doc) =>
  [...layout.siteMaps(doc).blocks.values()]
    .filter((entry) => entry.get("type") === "heading")
    .map((entry) => (entry.get("props") as Y.Map<unknown>).get("text"));
const firstPage = (doc: Y.Doc) => [...layout.siteMaps(doc).pages.keys()][0]!;

describe("who may open a site document", () => {
  it("refuses no session, strangers, members of other sites, and unknown documents", async () => {
    const { siteId } = await siteWith(app, deps);
    const stranger = await person(app, "Stranger");
    const other = await siteWith(app, deps);
    const name = siteDocumentName(siteId);

    expect(await (await rawClient(wsUrl)).auth(name)).toBe("denied:permission-denied");
    expect(await (await rawClient(wsUrl, { cookie: stranger.cookie })).auth(name)).toBe(
      "denied:permission-denied",
    );
    expect(await (await rawClient(wsUrl, { cookie: other.owner.cookie })).auth(name)).toBe(
      "denied:permission-denied",
    );
    // A site that does not exist looks the same as one you may not see.
    expect(
      await (
        await rawClient(wsUrl, { cookie: other.owner.cookie })
      ).auth(siteDocumentName(crypto.randomUUID())),
    ).toBe("denied:permission-denied");
    // Not a site document at all: the connection is closed.
    const odd = await rawClient(wsUrl, { cookie: other.owner.cookie });
    await odd.auth("some-other-document");
    expect((await odd.closed).code).toBe(4403);
  });

  it("takes the cookie only from this site's own pages (no cross-site WebSocket hijacking)", async () => {
    const { siteId, owner } = await siteWith(app, deps);
    const name = siteDocumentName(siteId);
    const evil = await rawClient(wsUrl, { cookie: owner.cookie, origin: "https://evil.example" });
    expect(await evil.auth(name)).toBe("denied:permission-denied");
    const own = await rawClient(wsUrl, {
      cookie: owner.cookie,
      origin: new URL(wsUrl.replace("ws:", "http:")).origin,
    });
    expect(await own.auth(name)).toBe("authenticated:read-write");
  });

  it("accepts a collab token only for its site, its session and its lifetime", async () => {
    const { siteId, owner } = await siteWith(app, deps);
    const other = await siteWith(app, deps);
    const name = siteDocumentName(siteId);
    const token = (
      await call(app, "mutation", "collab.token", { siteId }, { cookie: owner.cookie })
    ).data.token as string;
    // From anywhere: a token is not sent along by browsers on their own.
    const withToken = await rawClient(wsUrl, { origin: "https://embed.example" });
    expect(await withToken.auth(name, token)).toBe("authenticated:read-write");
    expect(await (await rawClient(wsUrl)).auth(siteDocumentName(other.siteId), token)).toBe(
      "denied:permission-denied",
    );
    const tampered = token.slice(0, -3) + (token.endsWith("AAA") ? "BBB" : "AAA");
    expect(await (await rawClient(wsUrl)).auth(name, tampered)).toBe("denied:permission-denied");

    const session = await deps.db.prisma.session.findFirstOrThrow({
      where: { userId: owner.user.id },
    });
    const expired = signCollabToken(
      deps.sessionSecret,
      session,
      { userId: owner.user.id, siteId },
      new Date(Date.now() - 10 * 60_000),
    );
    expect(await (await rawClient(wsUrl)).auth(name, expired.token)).toBe(
      "denied:permission-denied",
    );
    // Reading the database is not enough to make one: the server's secret is part of the key.
    const forged = signCollabToken(
      "someone who read the sessions table".padEnd(32, "!"),
      session,
      { userId: owner.user.id, siteId },
      new Date(),
    );
    expect(await (await rawClient(wsUrl)).auth(name, forged.token)).toBe(
      "denied:permission-denied",
    );

    await call(app, "mutation", "auth.logout", undefined, { cookie: owner.cookie });
    expect(await (await rawClient(wsUrl)).auth(name, token)).toBe("denied:permission-denied");
  });
});

describe("viewers", () => {
  it("connect read-only; any change they send is dropped: never applied, relayed or stored", async () => {
    const { siteId, owner, members } = await siteWith(app, deps, ["viewer"]);
    const viewer = members[0]!;
    const name = siteDocumentName(siteId);
    const editor = open(siteId, { cookie: owner.cookie });
    const watching = open(siteId, { cookie: viewer.cookie });
    await Promise.all([editor.synced(), watching.synced()]);
    expect(watching.provider.authorizedScope).toBe("readonly");

    const before = await deps.siteStore.loadUpdates(siteId);
    const raw = await rawClient(wsUrl, { cookie: viewer.cookie });
    expect(await raw.auth(name)).toBe("authenticated:readonly");
    raw.syncStep1(name, new Y.Doc());
    const change = changeOf(editor.doc, (doc) =>
      insertBlock(
        doc,
        testBlock("heading", { text: "Viewer was here" }),
        { pageId: firstPage(doc) },
        editOrigin({ kind: "user", userId: viewer.user.id }),
      ),
    );
    raw.update(name, change);
    // A real provider in read-only mode tries too (the editor would never, but nothing stops it).
    insertBlock(
      watching.doc,
      testBlock("heading", { text: "Provider viewer" }),
      { pageId: firstPage(watching.doc) },
      editOrigin({ kind: "user", userId: viewer.user.id }),
    );

    // Something the editor does afterwards arrives; the viewers' changes never do.
    insertBlock(
      editor.doc,
      testBlock("heading", { text: "Owner after" }),
      { pageId: firstPage(editor.doc) },
      editOrigin({ kind: "user", userId: owner.user.id }),
    );
    await editor.acknowledged();
    await waitFor(() => headings(watching.doc).includes("Owner after"));
    await waitFor(() => (deps.collab.server.metricsSnapshot().refused["read-only"] ?? 0) >= 2, {
      what: "both changes to be dropped",
    });
    expect(headings(editor.doc)).toEqual(["Owner after"]);
    const stored = await storedState(deps, siteId);
    expect(headings(stored)).toEqual(["Owner after"]);
    const after = await deps.siteStore.loadUpdates(siteId);
    expect(after.updates.length).toBe(before.updates.length + 1);
    // Dropped, not disconnected: a viewer's stray change is no attack.
    expect(raw.isOpen()).toBe(true);
  });
});

describe("access taken away closes live connections", () => {
  it("on logout (session revoked): the provider is cut off and cannot come back", async () => {
    const { siteId, members } = await siteWith(app, deps, ["editor"]);
    const editor = members[0]!;
    const client = open(siteId, { cookie: editor.cookie });
    await client.synced();
    await call(app, "mutation", "auth.logout", undefined, { cookie: editor.cookie });
    await waitFor(() => client.closes.some((c) => c.code === 4401), {
      what: "the connection to close",
    });
    await waitFor(() => client.authFailures.length > 0, { what: "re-authentication to fail" });
  });

  it("when the member is removed", async () => {
    const { siteId, owner, members } = await siteWith(app, deps, ["editor"]);
    const editor = members[0]!;
    const ownerClient = open(siteId, { cookie: owner.cookie });
    const client = open(siteId, { cookie: editor.cookie });
    await Promise.all([client.synced(), ownerClient.synced()]);
    const removed = await call(
      app,
      "mutation",
      "members.remove",
      { siteId, userId: editor.user.id },
      { cookie: owner.cookie },
    );
    expect(removed.status).toBe(200);
    await waitFor(() => client.closes.some((c) => c.code === 4403), {
      what: "the connection to close",
    });
    await waitFor(() => client.authFailures.length > 0, { what: "re-authentication to fail" });
    insertBlock(
      client.doc,
      testBlock("heading", { text: "After removal" }),
      { pageId: firstPage(client.doc) },
      editOrigin({ kind: "user", userId: editor.user.id }),
    );
    insertBlock(
      ownerClient.doc,
      testBlock("heading", { text: "Owner" }),
      { pageId: firstPage(ownerClient.doc) },
      editOrigin({ kind: "user", userId: owner.user.id }),
    );
    await ownerClient.acknowledged();
    expect(headings(await storedState(deps, siteId))).toEqual(["Owner"]);
  });

  it("when an editor becomes a viewer: they reconnect read-only", async () => {
    const { siteId, owner, members } = await siteWith(app, deps, ["editor"]);
    const editor = members[0]!;
    const client = open(siteId, { cookie: editor.cookie });
    await client.synced();
    expect(client.provider.authorizedScope).toBe("read-write");
    const changed = await call(
      app,
      "mutation",
      "members.changeRole",
      { siteId, userId: editor.user.id, role: "viewer" },
      { cookie: owner.cookie },
    );
    expect(changed.status).toBe(200);
    await waitFor(() => client.closes.some((c) => c.code === 4205), {
      what: "the connection to close",
    });
    await waitFor(
      () => client.provider.isSynced && client.provider.authorizedScope === "readonly",
      {
        what: "a read-only reconnect",
      },
    );
  });

  it("when the site is deleted", async () => {
    const { siteId, owner } = await siteWith(app, deps);
    const client = open(siteId, { cookie: owner.cookie });
    await client.synced();
    expect(
      (await call(app, "mutation", "sites.delete", { siteId }, { cookie: owner.cookie })).status,
    ).toBe(200);
    await waitFor(() => client.closes.some((c) => c.code === 4404), {
      what: "the connection to close",
    });
    await waitFor(() => client.authFailures.length > 0, { what: "re-authentication to fail" });
  });
});
