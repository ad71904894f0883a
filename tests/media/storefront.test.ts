import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { allElements, attr, descendants } from "../../renderer/testing/html.ts";
import { call, registerUser, useTestApp } from "../helpers/app.ts";
import { createSite, uploadReady, withHeroImage } from "./helpers.ts";
import { animation, photo } from "./images.ts";

/**
 * A published store with an uploaded picture: the page prints a <picture> whose every source
 * exists, the recorded size and colour, priority loading for the hero, and link-preview cards and
 * icons that are real images of the right size.
 */
const { app, deps } = await useTestApp();
const owner = await registerUser(app);

async function publishedWithHero() {
  const { siteId, slug } = await createSite(app, owner.cookie, "Juniper & Oak");
  const item = await uploadReady(
    app,
    deps,
    owner.cookie,
    siteId,
    await photo(2000, 1250),
    "hero.jpg",
  );
  // The block keeps only the src (as an older editor would): size and colour come from the library.
  await withHeroImage(deps, siteId, { src: item.src, alt: "The kiln at dusk" });
  await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
  const page = await app.inject({ url: `/s/${slug}/` });
  expect(page.statusCode).toBe(200);
  return { siteId, slug, item, html: page.body, all: allElements(page.body) };
}

/** Every `[url, "<width>w"]` of the elements' srcset attributes, in order. */
function srcsetEntries(elements: Parameters<typeof attr>[0][]) {
  return elements.flatMap((el) =>
    attr(el, "srcset")!
      .split(", ")
      .map((entry) => entry.split(" ") as [string, string]),
  );
}

describe("uploaded images on the storefront", () => {
  it("prints a <picture> with AVIF and WebP sources that all exist, the size and the colour", async () => {
    const { item, html, all } = await publishedWithHero();
    const picture = all.find((el) => el.tagName === "picture")!;
    expect(picture).toBeDefined();
    const sources = descendants(picture).filter((el) => el.tagName === "source");
    expect(sources.map((s) => attr(s, "type"))).toEqual(["image/avif", "image/webp"]);
    const img = descendants(picture).find((el) => el.tagName === "img")!;
    expect([attr(img, "width"), attr(img, "height")]).toEqual(["1920", "1200"]);
    expect([attr(img, "loading"), attr(img, "fetchpriority")]).toEqual(["eager", "high"]);
    expect(attr(img, "alt")).toBe("The kiln at dusk");
    expect(attr(img, "sizes")).toBeTruthy();

    const placeholder = attr(img, "class")!
      .split(" ")
      .find((c) => c.startsWith("pg-ph-"))!;
    expect(placeholder).toBe(`pg-ph-${item.color!.slice(1)}`);
    expect(html).toContain(`.${placeholder}{background-color:${item.color}}`);

    const urls = srcsetEntries([img, ...sources]);
    expect(urls).toHaveLength(15);
    for (const [url, w] of urls) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect((await sharp(response.rawPayload).metadata()).width).toBe(Number(w.slice(0, -1)));
    }
    // The hero is preloaded from <head>, as AVIF.
    const head = all.find((el) => el.tagName === "head")!;
    const preload = descendants(head).filter(
      (el) => el.tagName === "link" && attr(el, "as") === "image",
    );
    expect(preload).toHaveLength(1);
    expect(attr(preload[0]!, "type")).toBe("image/avif");
    expect(attr(preload[0]!, "imagesrcset")).toContain(
      `/media/${item.siteId}/${item.id}/320.avif 320w`,
    );
  });

  it("prints an animated hero as animated WebP with its GIF as the <img>; the card shows its first frame", async () => {
    const { siteId, slug } = await createSite(app, owner.cookie, "Spin & Co");
    const gif = await animation(1200, 600, ["#d03020", "#20a040", "#2040c0"]);
    const item = await uploadReady(app, deps, owner.cookie, siteId, gif, "wheel.gif");
    await withHeroImage(deps, siteId, { src: item.src, alt: "The wheel turning" });
    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    const page = await app.inject({ url: `/s/${slug}/` });
    const all = allElements(page.body);

    const picture = all.find((el) => el.tagName === "picture")!;
    const sources = descendants(picture).filter((el) => el.tagName === "source");
    expect(sources.map((s) => attr(s, "type"))).toEqual(["image/webp"]);
    const img = descendants(picture).find((el) => el.tagName === "img")!;
    expect(attr(img, "src")).toBe(`/media/${siteId}/${item.id}/1200.gif`);
    expect([attr(img, "width"), attr(img, "height"), attr(img, "loading")]).toEqual([
      "1200",
      "600",
      "eager",
    ]);
    expect(attr(img, "sizes")).toBe(attr(sources[0]!, "sizes"));
    expect(attr(img, "class")).toContain(`pg-ph-${item.color!.slice(1)}`);
    const urls = srcsetEntries([img, ...sources]);
    expect(urls.map(([url]) => url.slice(url.lastIndexOf("/") + 1))).toEqual([
      ...["320.gif", "640.gif", "960.gif", "1200.gif"],
      ...["320.webp", "640.webp", "960.webp", "1200.webp"],
    ]);
    for (const [url, w] of urls) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      const meta = await sharp(response.rawPayload).metadata();
      expect([meta.width, meta.pages], url).toEqual([Number(w.slice(0, -1)), 3]);
    }
    const head = all.find((el) => el.tagName === "head")!;
    const preload = descendants(head).find(
      (el) => el.tagName === "link" && attr(el, "as") === "image",
    )!;
    expect(attr(preload, "type")).toBe("image/webp");

    // The link-preview card is a still: it is drawn from the first frame (red).
    const og = all.find((el) => el.tagName === "meta" && attr(el, "property") === "og:image")!;
    const card = await app.inject({ url: new URL(attr(og, "content")!).pathname });
    expect(card.statusCode).toBe(200);
    const { data } = await sharp(card.rawPayload).removeAlpha().raw().toBuffer({
      resolveWithObject: true,
    });
    let red = 0;
    for (let i = 0; i < data.length; i += 3) {
      if (data[i]! > 180 && data[i + 1]! < 80 && data[i + 2]! < 80) red++;
    }
    expect(red / (data.length / 3)).toBeGreaterThan(0.1);
  });

  it("links a 1200x630 Open Graph card of the page, made once and then served from storage", async () => {
    const { siteId, all } = await publishedWithHero();
    const meta = all.find((el) => el.tagName === "meta" && attr(el, "property") === "og:image")!;
    const url = new URL(attr(meta, "content")!);
    expect(url.pathname).toMatch(
      new RegExp(`^/_pegasus/og/${siteId}/[0-9a-f-]{36}/page/_home\\.png$`),
    );
    const card = await app.inject({ url: url.pathname });
    expect(card.statusCode).toBe(200);
    expect(card.headers["content-type"]).toBe("image/png");
    expect(card.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const image = sharp(card.rawPayload);
    const info = await image.metadata();
    expect([info.width, info.height]).toEqual([1200, 630]);
    const stats = await image.stats();
    // Not blank: the channels vary a lot (text, brand panel, photo).
    expect(Math.max(...stats.channels.slice(0, 3).map((c) => c.stdev))).toBeGreaterThan(30);
    const cached = await deps.media.storage.list(`generated/${siteId}/og`);
    expect(cached).toHaveLength(1);
    const again = await app.inject({ url: url.pathname });
    expect(Buffer.compare(again.rawPayload, card.rawPayload)).toBe(0);

    expect(
      (await app.inject({ url: url.pathname.replace("_home", "no-such-page") })).statusCode,
    ).toBe(404);
    const otherVersion = url.pathname.replace(
      /og\/([^/]+)\/[^/]+\//,
      "og/$1/00000000-0000-7000-8000-000000000000/",
    );
    expect((await app.inject({ url: otherVersion })).statusCode).toBe(404);
  });

  it("links favicons and a touch icon that are real icons of the right size", async () => {
    const { all } = await publishedWithHero();
    const links = all.filter((el) => el.tagName === "link");
    const href = (rel: string, type?: string) =>
      attr(
        links.find((l) => attr(l, "rel") === rel && (!type || attr(l, "type") === type))!,
        "href",
      )!;
    for (const [url, size] of [
      [href("icon", "image/png"), 32],
      [href("apple-touch-icon"), 180],
    ] as const) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(200);
      const meta = await sharp(response.rawPayload).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["png", size, size]);
    }
    const svg = await app.inject({ url: href("icon", "image/svg+xml") });
    expect(svg.headers["content-type"]).toBe("image/svg+xml");
    expect(svg.body).toMatch(/^<svg/);
    expect(svg.body).not.toMatch(/<script/i);
  });

  it("serves uploads and cards on a site's own domain too", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const item = await uploadReady(app, deps, owner.cookie, siteId, await photo(800, 500), "a.jpg");
    await withHeroImage(deps, siteId, { src: item.src, alt: "A" });
    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    const domain = `shop-${siteId.slice(0, 8)}.example.com`;
    await deps.db.prisma.site.update({ where: { id: siteId }, data: { customDomain: domain } });
    const image = await app.inject({ url: item.src!, headers: { host: domain } });
    expect(image.statusCode).toBe(200);
    expect(image.headers["content-type"]).toBe("image/jpeg");
    const home = await app.inject({ url: "/", headers: { host: domain } });
    expect(home.statusCode).toBe(200);
    const og = /property="og:image" content="([^"]+)"/.exec(home.body)![1]!;
    expect(new URL(og).host).toBe(domain);
    const card = await app.inject({ url: new URL(og).pathname, headers: { host: domain } });
    expect(card.statusCode).toBe(200);
  });

  it("does not serve a card for a version that was never published", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const named = await deps.siteStore.appendVersion(siteId, {
      kind: "named",
      doc: (await deps.siteDocuments.draft(siteId)).doc,
    });
    expect(
      (await app.inject({ url: `/_pegasus/og/${siteId}/${named.id}/page/_home.png` })).statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ url: `/_pegasus/icons/${siteId}/${named.id}/icon-32.png` })).statusCode,
    ).toBe(404);
  });
});
