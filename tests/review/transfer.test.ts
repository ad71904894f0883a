import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { gunzip, gzipSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { Block, SiteDoc } from "../../blocks/doc/schema.ts";
import { readTar, writeTar } from "../../server/sites/transfer/tar.ts";
import { call, registerUser, useTestApp } from "../helpers/app.ts";
import { demoSiteDoc } from "../../demo-store/index.ts";
import { draftOf, previewLink, setDraft, siteWithTeam } from "./helpers.ts";

const { app, deps } = await useTestApp();
const merchant = await registerUser(app, { name: "Mara Merchant" });
const buyer = await registerUser(app, { name: "Ben Buyer" });
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

async function exportArchive(siteId: string, person = merchant) {
  const response = await app.inject({
    url: `/api/sites/${siteId}/export`,
    headers: { cookie: person.cookie },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
}

async function importArchive(
  archive: Uint8Array,
  person = buyer,
  options: { query?: string; headers?: Record<string, string> } = {},
) {
  const response = await app.inject({
    method: "POST",
    url: `/api/sites/import${options.query ?? ""}`,
    headers: { "content-type": "application/gzip", cookie: person.cookie, ...options.headers },
    payload: Buffer.from(archive),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read responses loosely
  return { status: response.statusCode, body: response.json() as Record<string, any> };
}

async function filesOf(archive: Uint8Array) {
  const tar = await promisify(gunzip)(archive);
  return new Map(
    readTar(tar, { maxEntries: 1000, maxFileBytes: 1e8 }).map((e) => [e.path, e.data]),
  );
}

function archiveOf(files: Record<string, unknown>): Buffer {
  return gzipSync(
    writeTar(
      Object.entries(files).map(([path, value]) => ({
        path,
        data: value instanceof Uint8Array ? value : Buffer.from(JSON.stringify(value)),
      })),
    ),
  );
}

/** A shop with pages, a catalog, an uploaded image and a published version. */
async function richShop() {
  const site = await siteWithTeam(app, deps, merchant);
  const mediaId = crypto.randomUUID();
  const picture = sharp({
    create: { width: 320, height: 200, channels: 3, background: { r: 180, g: 120, b: 60 } },
  });
  const files = {
    "320.jpg": await picture.clone().jpeg().toBuffer(),
    "320.webp": await picture.clone().webp().toBuffer(),
    "320.avif": await picture.clone().avif().toBuffer(),
  };
  for (const [name, bytes] of Object.entries(files)) {
    await deps.media.storage.put(`media/${site.siteId}/${mediaId}/${name}`, bytes);
  }
  await deps.db.prisma.media.create({
    data: {
      id: mediaId,
      siteId: site.siteId,
      sha256: "a".repeat(64),
      filename: "roastery.jpg",
      sourceType: "jpeg",
      sourceBytes: 1234,
      status: "ready",
      progress: 100,
      alt: "The roastery",
      width: 320,
      height: 200,
      widths: [320],
      formats: ["avif", "webp", "jpeg"],
      color: "#b4783c",
      storedBytes: 999,
    },
  });
  // Products and a collection with the ids the demo document names.
  const kochere = crypto.randomUUID();
  const collection = crypto.randomUUID();
  await deps.db.prisma.product.create({
    data: {
      id: kochere,
      siteId: site.siteId,
      handle: "ethiopia-kochere",
      title: "Ethiopia Kochere",
      descriptionHtml: "<p>Jasmine and peach.</p>",
      status: "active",
      tags: ["single-origin"],
      images: [
        { src: `/media/${site.siteId}/${mediaId}/320.jpg`, alt: "Bag", width: 320, height: 200 },
      ],
      variants: { create: [{ siteId: site.siteId, title: "250 g", price: 1800, stock: 12 }] },
    },
  });
  await deps.db.prisma.product.create({
    data: {
      siteId: site.siteId,
      handle: "house-blend",
      title: "House Blend",
      status: "active",
      variants: { create: [{ siteId: site.siteId, title: "1 kg", price: 3600, stock: 3 }] },
    },
  });
  await deps.db.prisma.collection.create({
    data: {
      id: collection,
      siteId: site.siteId,
      handle: "single-origin",
      title: "Single origin",
      products: { create: [{ productId: kochere, position: 0 }] },
    },
  });
  const doc = JSON.parse(
    JSON.stringify(demoSiteDoc)
      .replaceAll('"prod_kochere"', JSON.stringify(kochere))
      .replaceAll('"col_single_origin"', JSON.stringify(collection)),
  ) as SiteDoc;
  const image: Block = {
    id: "roastery-photo",
    type: "image",
    props: {
      image: {
        src: `/media/${site.siteId}/${mediaId}/320.jpg`,
        alt: "The roastery",
        decorative: false,
      },
      caption: "Where it happens",
    },
  };
  doc.pages.find((page) => page.slug === "about")!.blocks.push(image);
  await setDraft(deps, site.siteId, doc);
  const published = await call(
    app,
    "mutation",
    "sites.publish",
    { siteId: site.siteId },
    {
      cookie: merchant.cookie,
    },
  );
  expect(published.status).toBe(200);
  return { ...site, mediaId, doc };
}

/** Every page a shopper can reach, as rendered, with ids and addresses taken out. */
async function renderedPages(slug: string, doc: SiteDoc, base: (path: string) => string) {
  const paths = [
    ...doc.pages.map((page) => `/${page.slug}`),
    "/products/ethiopia-kochere",
    "/products/house-blend",
    "/collections/single-origin",
    "/sitemap.xml",
  ];
  const out: Record<string, string> = {};
  for (const path of paths) {
    const response = await app.inject({ url: base(path) });
    out[path] = `${response.statusCode} ${response.body
      .replaceAll(slug, "<slug>")
      .replace(/\/p\/[A-Za-z0-9_-]{22}\//g, "/p/<token>/")
      // A draft preview names the draft's revision (a hash, which covers the site's own ids).
      .replace(
        /&quot;revision&quot;:&quot;d:[\w-]+&quot;/g,
        "&quot;revision&quot;:&quot;d:<n>&quot;",
      )
      .replace(UUID, "<id>")
      // Link-preview card addresses carry a fingerprint of the product (its image address).
      .replace(/(\/_pegasus\/og\/[^"]*\.)[0-9a-f]{12}\.png/g, "$1<fingerprint>.png")}`;
  }
  return out;
}

describe("export and import", () => {
  it("brings a whole shop into another account; its pages render the same apart from ids and addresses", async () => {
    const shop = await richShop();
    const archive = await exportArchive(shop.siteId);
    const files = await filesOf(archive);
    expect([...files.keys()].sort()).toEqual(
      [
        "commerce.json",
        "manifest.json",
        "media.json",
        `media/${shop.mediaId}/320.avif`,
        `media/${shop.mediaId}/320.jpg`,
        `media/${shop.mediaId}/320.webp`,
        "site.json",
      ].sort(),
    );
    const manifest = JSON.parse(files.get("manifest.json")!.toString());
    expect(manifest).toMatchObject({
      format: "pegasus-site",
      formatVersion: 1,
      site: { slug: shop.slug },
      document: { schemaVersion: 2 },
      commerce: { products: 2, collections: 1 },
      media: { items: 1, files: 3 },
      published: null, // the draft is what was published
    });

    const imported = await importArchive(archive);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const { site, report } = imported.body;
    expect(site.id).not.toBe(shop.siteId);
    expect(site.slug).toBe(`${shop.slug}-2`);
    expect(report).toMatchObject({
      migratedFrom: null,
      brought: { pages: 7, products: 2, collections: 1, images: 1, publishedVersion: false },
      problems: [],
    });
    // The buyer owns it; the merchant is not on its team.
    const mine = await call(
      app,
      "query",
      "sites.get",
      { siteId: site.id },
      { cookie: buyer.cookie },
    );
    expect(mine.data.site.role).toBe("owner");
    expect(
      (await call(app, "query", "sites.get", { siteId: site.id }, { cookie: merchant.cookie }))
        .status,
    ).toBe(404);

    // Published storefronts, page by page.
    await call(app, "mutation", "sites.publish", { siteId: site.id }, { cookie: buyer.cookie });
    const importedDoc = await draftOf(deps, site.id);
    const before = await renderedPages(shop.slug, shop.doc, (p) => `/s/${shop.slug}${p}`);
    const after = await renderedPages(site.slug, importedDoc, (p) => `/s/${site.slug}${p}`);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const path of Object.keys(before)) expectSame(after[path]!, before[path]!, path);
    expect(before["/about"]).toContain("/media/<id>/<id>/320.jpg");

    // And the draft previews, which also show the catalog.
    const linkBefore = await previewLink(app, merchant, shop.siteId);
    const linkAfter = await previewLink(app, buyer, site.id);
    const previewBefore = await renderedPages(
      shop.slug,
      shop.doc,
      (p) => `${linkBefore.path}${p.slice(1)}`,
    );
    const previewAfter = await renderedPages(
      site.slug,
      importedDoc,
      (p) => `${linkAfter.path}${p.slice(1)}`,
    );
    for (const path of Object.keys(previewBefore)) {
      expectSame(previewAfter[path]!, previewBefore[path]!, `preview ${path}`);
    }
    expect(previewBefore["/products/ethiopia-kochere"]).toMatch(/^200 /);
    expect(previewBefore["/products/ethiopia-kochere"]).toContain("Ethiopia Kochere");

    // The image is a copy of its own, served from the new site.
    const newMedia = await deps.db.prisma.media.findFirstOrThrow({ where: { siteId: site.id } });
    expect(newMedia.id).not.toBe(shop.mediaId);
    const served = await app.inject({ url: `/media/${site.id}/${newMedia.id}/320.webp` });
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(files.get(`media/${shop.mediaId}/320.webp`)!)).toBe(true);
    // The original is untouched.
    expect(await draftOf(deps, shop.siteId)).toEqual(shop.doc);
  });

  it("carries the published version when it differs from the draft", async () => {
    const shop = await siteWithTeam(app, deps, merchant);
    await call(
      app,
      "mutation",
      "sites.publish",
      { siteId: shop.siteId },
      { cookie: merchant.cookie },
    );
    const doc = await draftOf(deps, shop.siteId);
    doc.pages[0]!.title = "Home (new)";
    await setDraft(deps, shop.siteId, doc);
    const files = await filesOf(await exportArchive(shop.siteId));
    expect(files.has("published.json")).toBe(true);
    const imported = await importArchive(await exportArchive(shop.siteId));
    expect(imported.body.report.brought.publishedVersion).toBe(true);
    const versions = await deps.siteStore.listVersions(imported.body.site.id);
    expect(versions.map((v) => v.label)).toEqual(["Published version (imported)"]);
  });

  it("migrates an older document and reports what it could not bring", async () => {
    const v1 = JSON.parse(
      readFileSync(new URL("../../blocks/doc/fixtures/site-v1.json", import.meta.url), "utf8"),
    );
    const archive = archiveOf({
      "manifest.json": {
        format: "pegasus-site",
        formatVersion: 1,
        exportedAt: "2025-01-01T00:00:00.000Z",
        site: { name: "Old shop", slug: "old-shop" },
        document: { file: "site.json", schemaVersion: 1, pages: [] },
        commerce: { file: "commerce.json", products: 2, collections: 0 },
        media: { file: "media.json", items: 1, files: 1, bytes: 10 },
      },
      "site.json": v1,
      "commerce.json": {
        products: [
          {
            ref: "p1",
            handle: "good-mug",
            title: "Good mug",
            variants: [{ title: "One", price: 1200 }],
          },
          {
            ref: "p2",
            handle: "bad-mug",
            title: "Bad mug",
            variants: [{ title: "One", price: -5 }],
          },
        ],
        collections: [],
      },
      "media.json": [
        {
          ref: "11111111-1111-4111-8111-111111111111",
          sha256: "b".repeat(64),
          filename: "sneaky.jpg",
          sourceType: "jpeg",
          sourceBytes: 10,
          files: ["320.jpg"],
        },
      ],
      "media/11111111-1111-4111-8111-111111111111/320.jpg": Buffer.from(
        "<html><script>alert(1)</script></html>",
      ),
    });
    const imported = await importArchive(archive);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const { report, site } = imported.body;
    expect(report.migratedFrom).toBe(1);
    expect(report.brought).toMatchObject({ products: 1, images: 0 });
    expect(report.problems.join("\n")).toMatch(/Bad mug.*left out/);
    expect(report.problems.join("\n")).toMatch(/sneaky\.jpg/);
    expect(site.slug).toMatch(/^old-shop/);
    expect((await draftOf(deps, site.id)).schemaVersion).toBe(2);
  });

  it("refuses what is not a usable archive, with a reason, and stores nothing", async () => {
    const sitesBefore = await deps.db.prisma.site.count();
    const manifest = {
      format: "pegasus-site",
      formatVersion: 1,
      exportedAt: "2026-01-01T00:00:00.000Z",
      site: { name: "X", slug: "x-shop" },
      document: { file: "site.json", schemaVersion: 2, pages: [] },
    };
    const traversal = gzipSync(
      Buffer.concat([
        writeTar([{ path: "manifest.json", data: Buffer.from(JSON.stringify(manifest)) }]).subarray(
          0,
          0,
        ),
        tarWithRawName("../../etc/passwd", Buffer.from("x")),
      ]),
    );
    const cases: [string, Uint8Array, RegExp][] = [
      ["not gzip", Buffer.from("PK\u0003\u0004 a zip file"), /not a Pegasus site archive/],
      ["damaged gzip", Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5]), /damaged/],
      ["no manifest", archiveOf({ "site.json": demoSiteDoc }), /manifest\.json is missing/],
      [
        "another format",
        archiveOf({
          "manifest.json": { ...manifest, format: "shopify-export" },
          "site.json": demoSiteDoc,
        }),
        /not a Pegasus site archive/,
      ],
      [
        "a newer format",
        archiveOf({ "manifest.json": { ...manifest, formatVersion: 7 }, "site.json": demoSiteDoc }),
        /newer version of Pegasus \(format 7/,
      ],
      [
        "an invalid document",
        archiveOf({ "manifest.json": manifest, "site.json": { ...demoSiteDoc, pages: [] } }),
        /site document cannot be imported/,
      ],
      [
        "a newer document",
        archiveOf({
          "manifest.json": manifest,
          "site.json": { ...demoSiteDoc, schemaVersion: 99 },
        }),
        /newer version of Pegasus/,
      ],
      ["a path outside the archive", traversal, /unsafe name/],
    ];
    for (const [what, archive, message] of cases) {
      const answer = await importArchive(archive);
      expect(answer.status, what).toBe(400);
      expect(answer.body.error.message, what).toMatch(message);
    }
    expect(await deps.db.prisma.site.count()).toBe(sitesBefore);
  });

  it("needs an account, our own origin and an archive content type", async () => {
    const shop = await siteWithTeam(app, deps, merchant);
    const archive = await exportArchive(shop.siteId);
    const anonymous = await app.inject({
      method: "POST",
      url: "/api/sites/import",
      headers: { "content-type": "application/gzip" },
      payload: archive,
    });
    expect(anonymous.statusCode).toBe(401);
    expect(
      (await importArchive(archive, buyer, { headers: { origin: "https://evil.example" } })).status,
    ).toBe(403);
    const asForm = await app.inject({
      method: "POST",
      url: "/api/sites/import",
      headers: { "content-type": "text/plain", cookie: buyer.cookie },
      payload: archive,
    });
    expect(asForm.statusCode).toBe(415);
  });

  it("never overwrites: importing a site next to itself makes a second site", async () => {
    const shop = await siteWithTeam(app, deps, merchant);
    const before = await draftOf(deps, shop.siteId);
    const archive = await exportArchive(shop.siteId);
    const first = await importArchive(archive, merchant, { query: `?slug=${shop.slug}` });
    const second = await importArchive(archive, merchant, { query: "?name=Copy%20two" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    const ids = [shop.siteId, first.body.site.id, second.body.site.id];
    expect(new Set(ids).size).toBe(3);
    expect(first.body.site.slug).not.toBe(shop.slug);
    expect(second.body.site.name).toBe("Copy two");
    expect(await draftOf(deps, shop.siteId)).toEqual(before);
  });
});

/** Equal strings, or a failure that shows where they part (pages are too long to print whole). */
function expectSame(actual: string, expected: string, what: string) {
  if (actual === expected) return;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  expect(actual.slice(Math.max(0, at - 120), at + 120), `${what} differs at ${at}`).toBe(
    expected.slice(Math.max(0, at - 120), at + 120),
  );
}

/** A tar holding one file under a name our writer would refuse to write. */
function tarWithRawName(name: string, data: Buffer): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write("0000644\0", 100);
  header.write("0000000\0", 108);
  header.write("0000000\0", 116);
  header.write(data.length.toString(8).padStart(11, "0") + "\0", 124);
  header.write("00000000000\0", 136);
  header.fill(0x20, 148, 156);
  header[156] = 0x30;
  header.write("ustar\0", 257);
  header.write("00", 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, "0") + "\0 ", 148);
  const body = Buffer.alloc(512);
  data.copy(body);
  return Buffer.concat([header, body, Buffer.alloc(1024)]);
}
