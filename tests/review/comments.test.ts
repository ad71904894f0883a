import { describe, expect, it } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";
import {
  draftOf,
  freshIp,
  heroOf,
  previewLink,
  reviewerPost,
  setDraft,
  siteWithTeam,
} from "./helpers.ts";

const { app, deps, outbox } = await useTestApp();
const owner = await registerUser(app, { name: "Olive Owner" });
const editor = await registerUser(app, { name: "Eddie Editor" });
const viewer = await registerUser(app, { name: "Vera Viewer" });
const outsider = await registerUser(app, { name: "Otto Outsider" });
const reviewer = { name: "Rita Reviewer", email: "rita@client.example" };

async function list(siteId: string, input: Record<string, unknown> = {}, person = owner) {
  const result = await call(
    app,
    "query",
    "comments.list",
    { siteId, ...input },
    { cookie: person.cookie },
  );
  expect(result.status, JSON.stringify(result.error)).toBe(200);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read responses loosely
  return result.data.threads as any[];
}

describe("review comments", () => {
  it("a reviewer comments on the hero through a link; the team sees it, replies and resolves it", async () => {
    const site = await siteWithTeam(app, deps, owner, { editor });
    const hero = heroOf(await draftOf(deps, site.siteId));
    const link = await previewLink(app, editor, site.siteId, {
      allowComments: true,
      label: "Client",
    });
    const ip = freshIp();

    const created = await reviewerPost(
      app,
      `${link.path}_review/threads`,
      { blockId: hero.id, body: "  Can the headline be bigger?  ", ...reviewer },
      { ip },
    );
    expect(created.status).toBe(200);
    expect(created.body.thread).toMatchObject({
      blockId: hero.id,
      resolved: false,
      comments: [{ name: "Rita Reviewer", team: false, body: "Can the headline be bigger?" }],
    });
    // Reviewers never get anyone's email back.
    expect(JSON.stringify(created.body)).not.toContain("@");

    const [thread] = await list(site.siteId);
    expect(thread).toMatchObject({
      blockId: hero.id,
      detached: false,
      pageTitle: "Home",
      previewLink: { id: link.linkId, label: "Client" },
      comments: [{ author: { kind: "reviewer", name: "Rita Reviewer", email: reviewer.email } }],
      can: { reply: true, resolve: true, delete: true },
    });

    const reply = await call(
      app,
      "mutation",
      "comments.reply",
      { siteId: site.siteId, threadId: thread.id, body: "Done, have a look." },
      { cookie: editor.cookie },
    );
    expect(reply.status).toBe(200);
    const seen = await app.inject({ url: `${link.path}_review/threads`, remoteAddress: ip });
    expect(seen.json().threads[0].comments).toMatchObject([
      { name: "Rita Reviewer", team: false },
      { name: "Eddie Editor", team: true, body: "Done, have a look." },
    ]);

    await call(
      app,
      "mutation",
      "comments.resolve",
      { siteId: site.siteId, threadId: thread.id },
      {
        cookie: editor.cookie,
      },
    );
    const [resolved] = await list(site.siteId);
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: { name: "Eddie Editor" } });
    expect(await list(site.siteId, { status: "open" })).toEqual([]);
    // A resolved thread takes no more reviewer replies (they cannot reopen it).
    const late = await reviewerPost(
      app,
      `${link.path}_review/threads/${thread.id}/replies`,
      { body: "One more thing", ...reviewer },
      { ip },
    );
    expect(late.status).toBe(403);
  });

  it("checks a reviewer's comment at the edge", async () => {
    const site = await siteWithTeam(app, deps, owner);
    const hero = heroOf(await draftOf(deps, site.siteId));
    const link = await previewLink(app, owner, site.siteId, { allowComments: true });
    const ip = freshIp();
    const bad = await reviewerPost(
      app,
      `${link.path}_review/threads`,
      { blockId: hero.id, name: "", email: "not-an-email", body: "" },
      { ip },
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.data.fieldErrors).sort()).toEqual(["body", "email", "name"]);
    const unknownBlock = await reviewerPost(
      app,
      `${link.path}_review/threads`,
      { blockId: "no-such-block", body: "Hi", ...reviewer },
      { ip },
    );
    expect(unknownBlock.status).toBe(400);
    const crossSite = await app.inject({
      method: "POST",
      url: `${link.path}_review/threads`,
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      payload: JSON.stringify({ blockId: hero.id, body: "Hi", ...reviewer }),
    });
    expect(crossSite.statusCode).toBe(403);
    const form = await app.inject({
      method: "POST",
      url: `${link.path}_review/threads`,
      headers: { "content-type": "text/plain" },
      payload: JSON.stringify({ blockId: hero.id, body: "Hi", ...reviewer }),
    });
    expect(form.statusCode).toBe(415);
    expect(await deps.db.prisma.commentThread.count({ where: { siteId: site.siteId } })).toBe(0);
  });

  it("needs the password cookie on a protected link", async () => {
    const site = await siteWithTeam(app, deps, owner);
    const hero = heroOf(await draftOf(deps, site.siteId));
    const link = await previewLink(app, owner, site.siteId, {
      allowComments: true,
      password: "letmein-please",
    });
    const answer = await reviewerPost(app, `${link.path}_review/threads`, {
      blockId: hero.id,
      body: "Hi",
      ...reviewer,
    });
    expect(answer.status).toBe(401);
  });

  it("mails members who are mentioned, once, and refuses mentions of outsiders", async () => {
    const site = await siteWithTeam(app, deps, owner, { editor, viewer });
    const hero = heroOf(await draftOf(deps, site.siteId));
    const sentBefore = (await outbox.list(500)).length;
    const created = await call(
      app,
      "mutation",
      "comments.create",
      {
        siteId: site.siteId,
        blockId: hero.id,
        body: "@Eddie can you look?",
        mentions: [editor.user.id],
      },
      { cookie: owner.cookie },
    );
    expect(created.status).toBe(200);
    const mails = (await outbox.list(500)).slice(0, (await outbox.list(500)).length - sentBefore);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      to: editor.email,
      subject: `Olive Owner mentioned you in a comment on “${site.name}”`,
    });
    expect(mails[0]!.text).toContain("> @Eddie can you look?");
    expect(mails[0]!.text).toContain(
      `/sites/${site.siteId}/editor?thread=${created.data.threadId}`,
    );

    // Editing to add Vera mails Vera only.
    await call(
      app,
      "mutation",
      "comments.edit",
      {
        siteId: site.siteId,
        commentId: created.data.commentId,
        body: "@Eddie @Vera can you look?",
        mentions: [editor.user.id, viewer.user.id],
      },
      { cookie: owner.cookie },
    );
    const after = await outbox.list(500);
    expect(after.length - sentBefore).toBe(2);
    expect(after[0]!.to).toBe(viewer.email);

    const stranger = await call(
      app,
      "mutation",
      "comments.reply",
      {
        siteId: site.siteId,
        threadId: created.data.threadId,
        body: "@Otto",
        mentions: [outsider.user.id],
      },
      { cookie: owner.cookie },
    );
    expect(stranger.status).toBe(400);
    expect((await outbox.list(500)).length - sentBefore).toBe(2);
    const [thread] = await list(site.siteId);
    expect(thread.comments).toHaveLength(1);
    expect(thread.comments[0].mentions.map((m: { name: string }) => m.name).sort()).toEqual([
      "Eddie Editor",
      "Vera Viewer",
    ]);
    expect(thread.comments[0].editedAt).not.toBeNull();
  });

  it("keeps a thread whose block was deleted, as detached; a moved block takes its thread along", async () => {
    const site = await siteWithTeam(app, deps, owner);
    const doc = await draftOf(deps, site.siteId);
    const home = doc.pages[0]!;
    const hero = heroOf(doc);
    const header = home.blocks.find((b) => b.type === "header")!;
    for (const blockId of [hero.id, header.id]) {
      await call(
        app,
        "mutation",
        "comments.create",
        { siteId: site.siteId, blockId, body: `On ${blockId}` },
        {
          cookie: owner.cookie,
        },
      );
    }
    // Remove the hero; move the header to a new page.
    home.blocks = home.blocks.filter((b) => b.id !== hero.id && b.id !== header.id);
    doc.pages.push({ id: "about-page", slug: "about", title: "About", blocks: [header] });
    await setDraft(deps, site.siteId, doc);

    const threads = await list(site.siteId);
    expect(threads).toHaveLength(2);
    const onHero = threads.find((t) => t.blockId === hero.id);
    const onHeader = threads.find((t) => t.blockId === header.id);
    expect(onHero).toMatchObject({ detached: true, pageId: home.id });
    expect(onHeader).toMatchObject({ detached: false, pageId: "about-page", pageTitle: "About" });
    expect((await list(site.siteId, { pageId: "about-page" })).map((t) => t.id)).toEqual([
      onHeader.id,
    ]);
  });

  it("takes a comment on a block too new for the stored draft, on the page the editor names", async () => {
    const site = await siteWithTeam(app, deps, owner);
    const doc = await draftOf(deps, site.siteId);
    const result = await call(
      app,
      "mutation",
      "comments.create",
      { siteId: site.siteId, blockId: "brand-new-block", pageId: doc.pages[0]!.id, body: "New!" },
      { cookie: owner.cookie },
    );
    expect(result.status).toBe(200);
    const unknownPage = await call(
      app,
      "mutation",
      "comments.create",
      { siteId: site.siteId, blockId: "brand-new-block", pageId: "nope", body: "New!" },
      { cookie: owner.cookie },
    );
    expect(unknownPage.status).toBe(400);
  });

  it("deletes the whole thread when its first comment is deleted, only the reply otherwise", async () => {
    const site = await siteWithTeam(app, deps, owner);
    const hero = heroOf(await draftOf(deps, site.siteId));
    const created = await call(
      app,
      "mutation",
      "comments.create",
      { siteId: site.siteId, blockId: hero.id, body: "Start" },
      { cookie: owner.cookie },
    );
    const reply = await call(
      app,
      "mutation",
      "comments.reply",
      { siteId: site.siteId, threadId: created.data.threadId, body: "Reply" },
      { cookie: owner.cookie },
    );
    const removedReply = await call(
      app,
      "mutation",
      "comments.deleteComment",
      { siteId: site.siteId, commentId: reply.data.commentId },
      { cookie: owner.cookie },
    );
    expect(removedReply.data).toEqual({ threadDeleted: false });
    expect((await list(site.siteId))[0].comments).toHaveLength(1);
    const removedFirst = await call(
      app,
      "mutation",
      "comments.deleteComment",
      { siteId: site.siteId, commentId: created.data.commentId },
      { cookie: owner.cookie },
    );
    expect(removedFirst.data).toEqual({ threadDeleted: true });
    expect(await list(site.siteId)).toEqual([]);
  });

  it("keeps one site's comments out of another's", async () => {
    const mine = await siteWithTeam(app, deps, owner);
    const theirs = await siteWithTeam(app, deps, outsider);
    const hero = heroOf(await draftOf(deps, theirs.siteId));
    const created = await call(
      app,
      "mutation",
      "comments.create",
      { siteId: theirs.siteId, blockId: hero.id, body: "Theirs" },
      { cookie: outsider.cookie },
    );
    // Owner of `mine` names their own site but the other site's thread.
    const crossed = await call(
      app,
      "mutation",
      "comments.deleteThread",
      { siteId: mine.siteId, threadId: created.data.threadId },
      { cookie: owner.cookie },
    );
    expect(crossed.status).toBe(404);
    expect(await list(theirs.siteId, {}, outsider)).toHaveLength(1);
  });
});
