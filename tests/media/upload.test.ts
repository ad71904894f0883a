import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { registerUser, useTestApp } from "../helpers/app.ts";
import { createSite, multipart, upload, uploadReady } from "./helpers.ts";
import {
  animation,
  carriesExif,
  gifFramesOnly,
  palettePng,
  photo,
  pngHeaderOnly,
} from "./images.ts";

/**
 * Uploads through the HTTP route, as the editor sends them: hostile files are refused with a
 * message that says why and nothing is stored; good ones are processed off the request and
 * served as immutable variants.
 */
const { app, deps } = await useTestApp({ env: { MEDIA_MAX_BYTES: String(2 * 1024 * 1024) } });
const owner = await registerUser(app);

async function storedFor(siteId: string) {
  return {
    rows: await deps.db.prisma.media.count({ where: { siteId } }),
    files: await deps.media.storage.list(`media/${siteId}`),
  };
}

async function hostile() {
  const jpeg = await photo(64, 48);
  const side = Math.floor(Math.sqrt(deps.config.media.maxPixels - 1));
  const comment = Buffer.from("<script>fetch('/trpc/auth.me')</script>");
  return {
    "an HTML page named .jpg": {
      file: Buffer.from(
        "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>",
      ),
      name: "holiday.jpg",
      status: 415,
      message: /not an image: it is an HTML page/,
    },
    "a JPEG/HTML polyglot": {
      file: Buffer.concat([
        jpeg.subarray(0, 2),
        Buffer.from([0xff, 0xfe, 0, comment.length + 2]),
        comment,
        jpeg.subarray(2),
      ]),
      name: "photo.jpg",
      status: 400,
      message: /HTML or script hidden inside it/,
    },
    "a truncated JPEG": {
      file: (await photo(400, 300)).subarray(0, 4000),
      name: "cut.jpg",
      status: 400,
      message: /JPEG file is damaged or incomplete/,
    },
    "a 30,000 x 30,000 PNG": {
      file: pngHeaderOnly(30_000, 30_000),
      name: "bomb.png",
      status: 413,
      message: /30,000 × 30,000 pixels \(900 megapixels\); the limit is 100 megapixels/,
    },
    // Just under MEDIA_MAX_PIXELS, but at 1 bit per pixel: 12 KB that would take seconds of work.
    "a 1-bit paletted PNG just under the pixel limit": {
      file: palettePng(side, side),
      name: "flat.png",
      status: 413,
      message:
        /9,999 × 9,999 pixels \(100 megapixels\) stored in 1 bit per pixel; .* its limit is 4\.2 megapixels/,
    },
    "an animation of 10 frames of 4,000 x 4,000 pixels": {
      file: gifFramesOnly(4000, 4000, 10),
      name: "spinner.gif",
      status: 413,
      message:
        /4,000 × 4,000 pixels and 10 frames long \(160 megapixels in all\); the limit is 100 megapixels/,
    },
    "an animation of 1,001 frames": {
      file: gifFramesOnly(2, 2, 1001),
      name: "flipbook.gif",
      status: 413,
      message: /has 1,001 frames; the limit is 1,000/,
    },
    "an SVG with a script": {
      file: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="5"/></svg>',
      ),
      name: "logo.svg",
      status: 415,
      message: /SVG files are not accepted: they can carry scripts/,
    },
    "a file over the size limit": {
      file: Buffer.concat([jpeg, Buffer.alloc(2 * 1024 * 1024)]),
      name: "huge.jpg",
      status: 413,
      message: /larger than the 2 MB limit/,
    },
  } as const;
}

describe("hostile uploads", async () => {
  const cases = Object.entries(await hostile());
  it.each(cases)("refuses %s with a clear message and stores nothing", async (_name, c) => {
    const { siteId } = await createSite(app, owner.cookie);
    const result = await upload(app, owner.cookie, siteId, c.file, c.name, {
      contentType: "image/jpeg",
    });
    expect(result.status).toBe(c.status);
    expect(result.error?.message).toMatch(c.message);
    expect(result.error?.data.httpStatus).toBe(c.status);
    expect(result.media).toBeUndefined();
    await deps.media.whenIdle();
    expect(await storedFor(siteId)).toEqual({ rows: 0, files: [] });
  });
});

describe("a good upload", () => {
  it("is accepted at once, processed off the request, and served as immutable variants", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const original = await photo(1500, 1000, { gps: true, orientation: 1 });
    const accepted = await upload(app, owner.cookie, siteId, original, "IMG_0042.JPG", {
      alt: "Our kiln",
    });
    expect(accepted.status).toBe(202);
    expect(accepted.media).toMatchObject({
      status: "processing",
      filename: "IMG_0042.jpg",
      alt: "Our kiln",
      src: null,
    });

    await deps.media.whenProcessed(accepted.media!.id);
    const item = (await deps.media.get(siteId, accepted.media!.id))!;
    expect(item).toMatchObject({
      status: "ready",
      progress: 100,
      width: 1500,
      height: 1000,
      widths: [320, 640, 960, 1280, 1500],
      formats: ["avif", "webp", "jpeg"],
      src: `/media/${siteId}/${item.id}/1500.jpg`,
    });
    expect(item.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(item.placeholder).toMatch(/^data:image\/webp;base64,/);

    const types = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" } as const;
    for (const width of item.widths) {
      for (const [ext, type] of Object.entries(types)) {
        const response = await app.inject({ url: `/media/${siteId}/${item.id}/${width}.${ext}` });
        expect(response.statusCode).toBe(200);
        expect(response.headers["content-type"]).toBe(type);
        expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
        const meta = await sharp(response.rawPayload).metadata();
        expect(meta.width).toBe(width);
        expect(meta.exif).toBeUndefined();
        expect(carriesExif(response.rawPayload)).toBe(false);
      }
    }
    // Nothing bigger than the upload, and no path outside the stored variants.
    expect((await app.inject({ url: `/media/${siteId}/${item.id}/1920.jpg` })).statusCode).toBe(
      404,
    );
    expect(
      (await app.inject({ url: `/media/${siteId}/${item.id}/..%2F..%2Fsecret.jpg` })).statusCode,
    ).toBe(404);
  });

  it("keeps an animated GIF animated: animated WebP and GIF, a JPEG of the first frame, no AVIF", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const gif = await animation(700, 400, ["#d03020", "#20a040", "#2040c0"]);
    const item = await uploadReady(app, deps, owner.cookie, siteId, gif, "spinner.gif");
    expect(item).toMatchObject({
      sourceType: "gif",
      width: 700,
      height: 400,
      widths: [320, 640, 700],
      formats: ["webp", "gif", "jpeg"],
      src: `/media/${siteId}/${item.id}/700.gif`,
      thumbnail: `/media/${siteId}/${item.id}/320.webp`,
    });
    expect(item.placeholder).toMatch(/^data:image\/webp;base64,/);

    const frames = { webp: 3, gif: 3, jpg: 1 } as const;
    for (const width of item.widths) {
      for (const [ext, pages] of Object.entries(frames)) {
        const response = await app.inject({ url: `/media/${siteId}/${item.id}/${width}.${ext}` });
        expect(response.statusCode, `${width}.${ext}`).toBe(200);
        expect(response.headers["content-type"]).toBe(
          ext === "jpg" ? "image/jpeg" : `image/${ext}`,
        );
        const meta = await sharp(response.rawPayload).metadata();
        expect([meta.width, meta.pages ?? 1], `${width}.${ext}`).toEqual([width, pages]);
      }
      expect(
        (await app.inject({ url: `/media/${siteId}/${item.id}/${width}.avif` })).statusCode,
      ).toBe(404);
    }
    expect((await storedFor(siteId)).files).toHaveLength(9);
  });

  it("finds the same file uploaded again instead of storing it twice", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const bytes = await photo(500, 400);
    const first = await uploadReady(app, deps, owner.cookie, siteId, bytes, "a.jpg");
    const files = (await storedFor(siteId)).files;
    const again = await upload(app, owner.cookie, siteId, bytes, "renamed copy.jpg");
    expect(again.status).toBe(200);
    expect(again.duplicate).toBe(true);
    expect(again.media?.id).toBe(first.id);
    expect(await storedFor(siteId)).toEqual({ rows: 1, files });
  });

  it("takes the type from the bytes: a PNG named .jpg is stored as the PNG it is", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const item = await uploadReady(
      app,
      deps,
      owner.cookie,
      siteId,
      await photo(300, 200, { format: "png" }),
      "really.jpg",
    );
    expect(item).toMatchObject({ sourceType: "png", filename: "really.png" });
  });
});

describe("what an upload request may carry", () => {
  function send(siteId: string, payload: Buffer, contentType: string) {
    return app.inject({
      method: "POST",
      url: `/api/media/upload?siteId=${siteId}`,
      headers: { cookie: owner.cookie, "content-type": contentType },
      payload,
    });
  }

  it("refuses a second file in one request, and stores neither", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const first = multipart(await photo(60, 40), "one.jpg", "image/jpeg");
    const boundary = first.headers["content-type"].split("boundary=")[1]!;
    const second = multipart(await photo(61, 40), "two.jpg", "image/jpeg");
    const both = Buffer.concat([
      first.payload.subarray(0, first.payload.length - `--${boundary}--\r\n`.length),
      Buffer.from(
        second.payload
          .toString("latin1")
          .replace(/^--\S+/, `--${boundary}`)
          .replace(/--\S+--\r\n$/, `--${boundary}--\r\n`),
        "latin1",
      ),
    ]);
    const response = await send(siteId, both, first.headers["content-type"]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe("Upload one file per request.");
    await deps.media.whenIdle();
    expect(await storedFor(siteId)).toEqual({ rows: 0, files: [] });
  });

  it("refuses a malformed or cut-off body with a message, and stores nothing", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const whole = multipart(await photo(60, 40), "cut.jpg", "image/jpeg", { alt: "A kiln" });
    const type = whole.headers["content-type"];
    const bodies: [string, Buffer, string][] = [
      ["cut in the middle of the file", whole.payload.subarray(0, whole.payload.length / 2), type],
      ["cut inside the part's headers", whole.payload.subarray(0, 150), type],
      ["without its closing boundary", whole.payload.subarray(0, whole.payload.length - 8), type],
      ["with no boundary in its type", whole.payload, "multipart/form-data"],
      ["with another boundary than its type says", whole.payload, `${type}x`],
      ["that is not multipart at all", Buffer.from("name=value&x=1"), type],
    ];
    for (const [what, payload, contentType] of bodies) {
      const response = await send(siteId, payload, contentType);
      expect(response.statusCode, what).toBe(400);
      expect(response.json().error.message, what).toMatch(
        /^The upload could not be read: it was cut off, or it is not well-formed multipart\/form-data\.$/,
      );
    }
    await deps.media.whenIdle();
    expect(await storedFor(siteId)).toEqual({ rows: 0, files: [] });
  });

  it("refuses alt text the database cannot store, and takes alt text sent after the file", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const nul = await upload(app, owner.cookie, siteId, await photo(60, 40), "a.jpg", {
      alt: "Kiln\u0000",
    });
    expect(nul.status).toBe(400);
    expect(nul.error?.message).toMatch(/^alt: contains a character that can't be stored/);
    expect(await storedFor(siteId)).toEqual({ rows: 0, files: [] });

    const file = multipart(await photo(62, 40), "b.jpg", "image/jpeg");
    const boundary = file.headers["content-type"].split("boundary=")[1]!;
    const altAfter = Buffer.concat([
      file.payload.subarray(0, file.payload.length - `--${boundary}--\r\n`.length),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\nOur kiln at dusk\r\n--${boundary}--\r\n`,
      ),
    ]);
    const response = await send(siteId, altAfter, file.headers["content-type"]);
    expect(response.statusCode).toBe(202);
    expect(response.json().media.alt).toBe("Our kiln at dusk");
  });
});

describe("who may upload", () => {
  it("needs an editor of the site, logged in, from this origin", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const viewer = await registerUser(app);
    const stranger = await registerUser(app);
    await deps.db.prisma.siteMember.create({
      data: { siteId, userId: viewer.user.id, role: "viewer" },
    });
    const bytes = await photo(50, 50);
    expect((await upload(app, undefined, siteId, bytes, "x.jpg")).status).toBe(401);
    expect((await upload(app, stranger.cookie, siteId, bytes, "x.jpg")).status).toBe(404);
    const asViewer = await upload(app, viewer.cookie, siteId, bytes, "x.jpg");
    expect(asViewer.status).toBe(403);
    expect(asViewer.error?.message).toMatch(/needs the editor role/);
    const crossSite = await upload(app, owner.cookie, siteId, bytes, "x.jpg", {
      headers: { origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
    expect((await upload(app, owner.cookie, "not-a-site", bytes, "x.jpg")).status).toBe(400);
    expect(await storedFor(siteId)).toEqual({ rows: 0, files: [] });

    const notMultipart = await app.inject({
      method: "POST",
      url: `/api/media/upload?siteId=${siteId}`,
      headers: { cookie: owner.cookie, "content-type": "application/json" },
      payload: "{}",
    });
    expect(notMultipart.statusCode).toBe(415);
  });
});
