import { describe, expect, it } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";
import { createSite, setDraft, uploadReady, withHeroImage } from "./helpers.ts";
import { photo } from "./images.ts";

/** The library over the API: list and search, alt text, where an image is used, deletion. */
const { app, deps } = await useTestApp();
const owner = await registerUser(app);
const q = (procedure: string, input: unknown) =>
  call(app, "query", `media.${procedure}`, input, { cookie: owner.cookie });
const m = (procedure: string, input: unknown) =>
  call(app, "mutation", `media.${procedure}`, input, { cookie: owner.cookie });

describe("listing and searching", () => {
  it("lists newest first, finds by file name or alt text, and pages", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const kiln = await uploadReady(
      app,
      deps,
      owner.cookie,
      siteId,
      await photo(200, 150),
      "kiln-at-dusk.jpg",
    );
    const mugs = await uploadReady(
      app,
      deps,
      owner.cookie,
      siteId,
      await photo(210, 150),
      "DSC_0001.jpg",
    );
    await m("updateAlt", { siteId, mediaId: mugs.id, alt: "Three speckled mugs on a shelf" });
    const bowl = await uploadReady(
      app,
      deps,
      owner.cookie,
      siteId,
      await photo(220, 150),
      "bowl.jpg",
    );

    const all = await q("list", { siteId });
    expect(all.data.items.map((i: { id: string }) => i.id)).toEqual([bowl.id, mugs.id, kiln.id]);
    expect(
      (await q("list", { siteId, search: "KILN" })).data.items.map((i: { id: string }) => i.id),
    ).toEqual([kiln.id]);
    expect(
      (await q("list", { siteId, search: "speckled" })).data.items.map((i: { id: string }) => i.id),
    ).toEqual([mugs.id]);
    expect((await q("list", { siteId, search: "nothing like it" })).data.items).toEqual([]);

    const first = await q("list", { siteId, limit: 2 });
    expect(first.data.items).toHaveLength(2);
    const second = await q("list", { siteId, limit: 2, cursor: first.data.nextCursor });
    expect(second.data.items.map((i: { id: string }) => i.id)).toEqual([kiln.id]);
    expect(second.data.nextCursor).toBeNull();

    // Another site's library is another site's.
    const other = await createSite(app, owner.cookie);
    expect((await q("list", { siteId: other.siteId })).data.items).toEqual([]);
    expect((await q("get", { siteId: other.siteId, mediaId: kiln.id })).status).toBe(404);
  });

  it("edits alt text and refuses alt text that is too long", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const item = await uploadReady(app, deps, owner.cookie, siteId, await photo(120, 90), "a.jpg");
    const updated = await m("updateAlt", { siteId, mediaId: item.id, alt: "  Glaze tests  " });
    expect(updated.data.media.alt).toBe("Glaze tests");
    const tooLong = await m("updateAlt", { siteId, mediaId: item.id, alt: "x".repeat(301) });
    expect(tooLong.status).toBe(400);
    expect((await q("get", { siteId, mediaId: item.id })).data.media.alt).toBe("Glaze tests");
  });
});

describe("where an image is used, and deleting it", () => {
  it("lists uses in the draft and the published store and refuses deletion while there are any", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const item = await uploadReady(
      app,
      deps,
      owner.cookie,
      siteId,
      await photo(800, 500),
      "hero.jpg",
    );
    const spare = await uploadReady(
      app,
      deps,
      owner.cookie,
      siteId,
      await photo(300, 300),
      "spare.jpg",
    );
    expect((await q("uses", { siteId, mediaId: item.id })).data.uses).toEqual([]);

    await withHeroImage(deps, siteId, {
      src: item.src,
      alt: "Kiln",
      width: item.width,
      height: item.height,
    });
    const inDraft = (await q("uses", { siteId, mediaId: item.id })).data.uses;
    expect(inDraft).toHaveLength(1);
    expect(inDraft[0]).toMatchObject({
      label: expect.stringMatching(/› Hero › image$/),
      blockType: "hero",
      field: "image.src",
      versions: ["draft"],
    });

    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    expect((await q("uses", { siteId, mediaId: item.id })).data.uses[0].versions).toEqual([
      "draft",
      "published",
    ]);

    const refused = await m("delete", { siteId, mediaId: item.id });
    expect(refused.status).toBe(409);
    expect(refused.error?.message).toMatch(
      /^“hero.jpg” is used in 1 place: .*Hero › image \(draft and published\)\. Remove it from there first and publish/,
    );
    expect(await deps.media.get(siteId, item.id)).not.toBeNull();
    expect((await app.inject({ url: item.src! })).statusCode).toBe(200);

    // Gone from the draft, still on the live store: still refused.
    const doc = structuredClone((await deps.siteDocuments.draft(siteId)).doc);
    const hero = doc.pages.flatMap((p) => p.blocks).find((b) => b.type === "hero")!;
    hero.props = { ...hero.props, image: { src: spare.src, alt: "Spare" } };
    await setDraft(deps, siteId, doc);
    const stillLive = await m("delete", { siteId, mediaId: item.id });
    expect(stillLive.status).toBe(409);
    expect(stillLive.error?.message).toMatch(/\(published\)/);

    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    const deleted = await m("delete", { siteId, mediaId: item.id });
    expect(deleted.status).toBe(200);
    expect(await deps.media.get(siteId, item.id)).toBeNull();
    expect(await deps.media.storage.list(`media/${siteId}/${item.id}`)).toEqual([]);
    expect((await app.inject({ url: item.src! })).statusCode).toBe(404);
    // The image that took its place is in use now.
    expect((await m("delete", { siteId, mediaId: spare.id })).status).toBe(409);
  });

  it("finds images in the logo and in SEO settings too", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const item = await uploadReady(
      app,
      deps,
      owner.cookie,
      siteId,
      await photo(400, 200),
      "logo.png",
    );
    const doc = structuredClone((await deps.siteDocuments.draft(siteId)).doc);
    doc.settings.logo = { src: item.src!, alt: "Logo" };
    doc.pages[0]!.seo = { ...doc.pages[0]!.seo, image: item.src! };
    await setDraft(deps, siteId, doc);
    const uses = (await q("uses", { siteId, mediaId: item.id })).data.uses;
    expect(uses.map((u: { label: string }) => u.label).sort()).toEqual(
      [`${doc.pages[0]!.title} › SEO image`, "Site settings › Logo"].sort(),
    );
  });
});
