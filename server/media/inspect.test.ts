import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  animation,
  gifFramesOnly,
  palettePng,
  photo,
  pngHeaderOnly,
} from "../../tests/media/images.ts";
import {
  detectImageType,
  hidesMarkup,
  inspectUpload,
  pixelBudget,
  pngBitsPerPixel,
  UploadRefused,
  type InspectLimits,
} from "./inspect.ts";

const LIMIT = { maxPixels: 100_000_000 };

function refusal(bytes: Uint8Array, limits: InspectLimits = LIMIT): UploadRefused {
  try {
    inspectUpload(bytes, limits);
  } catch (error) {
    if (error instanceof UploadRefused) return error;
    throw error;
  }
  throw new Error("the upload was accepted");
}

describe("what an upload is, from its bytes", () => {
  it.each(["jpeg", "png", "webp", "avif", "gif"] as const)(
    "recognises %s and reads its size from the header alone",
    async (format) => {
      const bytes = await photo(123, 45, { format });
      expect(detectImageType(bytes)).toBe(format);
      expect(inspectUpload(bytes, LIMIT)).toEqual({
        type: format,
        width: 123,
        height: 45,
        frames: 1,
      });
    },
  );

  it("reads WebP sizes from all three headers (lossy, lossless, extended)", async () => {
    const base = sharp({
      create: { width: 301, height: 77, channels: 4, background: "#33669980" },
    });
    const lossy = await base.clone().removeAlpha().webp({ quality: 50 }).toBuffer();
    const lossless = await base.clone().webp({ lossless: true }).toBuffer();
    const extended = await base.clone().webp({ quality: 50 }).toBuffer(); // alpha: VP8X
    for (const bytes of [lossy, lossless, extended]) {
      expect(inspectUpload(bytes, LIMIT)).toEqual({
        type: "webp",
        width: 301,
        height: 77,
        frames: 1,
      });
    }
  });

  it.each(["gif", "webp"] as const)(
    "counts the frames of an animated %s from its blocks, agreeing with the decoder",
    async (format) => {
      const bytes = await animation(120, 80, ["#c03020", "#20a040", "#2040c0", "#e0c020"], {
        format,
      });
      expect(inspectUpload(bytes, LIMIT)).toEqual({
        type: format,
        width: 120,
        height: 80,
        frames: 4,
      });
      expect((await sharp(bytes).metadata()).pages).toBe(4);
    },
  );

  it("reads a progressive JPEG's size", async () => {
    const bytes = await sharp({
      create: { width: 640, height: 480, channels: 3, background: "#888" },
    })
      .jpeg({ progressive: true })
      .toBuffer();
    expect(inspectUpload(bytes, LIMIT)).toMatchObject({ width: 640, height: 480 });
  });

  it("takes a JPEG with harmless data after its end (phones append depth maps and previews)", async () => {
    const bytes = Buffer.concat([
      await photo(64, 64),
      Buffer.from("MPF\0\0\0binary trailer \xff\xd9"),
    ]);
    expect(inspectUpload(bytes, LIMIT).type).toBe("jpeg");
  });
});

describe("refusals", () => {
  it("refuses an empty file", () => {
    expect(refusal(new Uint8Array()).message).toBe("The file is empty.");
  });

  it("refuses an HTML page named like a picture, saying what it is", () => {
    const error = refusal(Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script>"));
    expect(error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(error.message).toMatch(/not an image: it is an HTML page/);
  });

  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['<?xml version="1.0"?>\n<!-- hi -->\n<svg onload="alert(1)"/>'],
    [
      "\xef\xbb\xbf  <svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    ],
  ])("refuses SVG (it can carry script): %s", (text) => {
    const error = refusal(Buffer.from(text, "latin1"));
    expect(error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(error.message).toMatch(/SVG files are not accepted/);
  });

  it("names PDFs, HEIC photos, archives and text", () => {
    expect(refusal(Buffer.from("%PDF-1.7\n...")).message).toMatch(/PDF/);
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from("ftypheic\0\0\0\0mif1heic"),
    ]);
    expect(refusal(heic).message).toMatch(/HEIC/);
    expect(refusal(Buffer.from("PK\x03\x04zipzip")).message).toMatch(/ZIP/);
    expect(refusal(Buffer.from("hello, this is a note")).message).toMatch(/text/);
  });

  it("refuses polyglots: an image that also carries HTML or script", async () => {
    const jpeg = await photo(32, 32);
    // A JPEG comment segment holding a script, right after the SOI marker.
    const comment = Buffer.from("<script>alert(document.cookie)</script>");
    const com = Buffer.concat([Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment]);
    const withComment = Buffer.concat([jpeg.subarray(0, 2), com, jpeg.subarray(2)]);
    const appended = Buffer.concat([jpeg, Buffer.from("<html><body onload=alert(1)>")]);
    const gifJs = Buffer.from(
      "GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=1;<script>alert(1)</script>;\x3b",
    );
    for (const bytes of [withComment, appended, gifJs]) {
      const error = refusal(bytes);
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/HTML or script hidden inside it/);
    }
  });

  it("refuses truncated files of every type, and says so", async () => {
    for (const format of ["jpeg", "png", "webp", "avif", "gif"] as const) {
      const whole = await photo(200, 150, { format });
      const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
      const error = refusal(cut);
      expect(error.code, format).toBe("BAD_REQUEST");
      expect(error.message, format).toMatch(/damaged or incomplete/);
    }
  });

  it("refuses a decompression bomb from its header: 30,000 x 30,000 pixels in a few bytes", () => {
    const bomb = pngHeaderOnly(30_000, 30_000);
    expect(bomb.length).toBeLessThan(100);
    const error = refusal(bomb);
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toBe(
      "This image is 30,000 × 30,000 pixels (900 megapixels); the limit is 100 megapixels. Make it smaller and upload it again.",
    );
  });

  it("gives a PNG stored in few bits per pixel a budget that shrinks with its bits: 100 megapixels at 1 bit in 12 KB is refused", async () => {
    const bomb = palettePng(9999, 9999);
    expect(bomb.length).toBeLessThan(16 * 1024);
    expect(pngBitsPerPixel(bomb)).toBe(1);
    const error = refusal(bomb);
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toBe(
      "This image is 9,999 × 9,999 pixels (100 megapixels) stored in 1 bit per pixel; such an image takes as long to process as a full-colour one, so its limit is 4.2 megapixels. Make it smaller, or save it in full colour, and upload it again.",
    );
    // The same size in full colour is within the limit, and so is a small 1-bit image.
    expect(inspectUpload(pngHeaderOnly(9999, 9999), LIMIT).width).toBe(9999);
    expect(inspectUpload(palettePng(2000, 2000), LIMIT).width).toBe(2000);

    // A real 256-colour PNG (as pngquant or TinyPNG make them): 8 bits, a third of the budget.
    const quantised = await photo(300, 200, { format: "png" }).then((png) =>
      sharp(png).png({ palette: true, colours: 256 }).toBuffer(),
    );
    expect(pngBitsPerPixel(quantised)).toBe(8);
    expect(inspectUpload(quantised, { maxPixels: 300 * 200 * 3 }).width).toBe(300);
    expect(refusal(quantised, { maxPixels: 300 * 200 * 3 - 3 }).message).toMatch(
      /stored in 8 bits per pixel; such an image takes as long to process as a full-colour one/,
    );
    expect([1, 2, 4, 8, 24, 32, 48].map((bits) => pixelBudget(2_400, bits))).toEqual([
      100, 200, 400, 800, 2_400, 2_400, 2_400,
    ]);
  });

  it("counts every frame of an animation against the pixel limit: 10 frames of 4,000 x 4,000 in 170 bytes", async () => {
    const bomb = gifFramesOnly(4000, 4000, 10);
    expect(bomb.length).toBeLessThan(200);
    const error = refusal(bomb);
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toBe(
      "This animation is 4,000 × 4,000 pixels and 10 frames long (160 megapixels in all); the limit is 100 megapixels. Make it smaller or shorter and upload it again.",
    );
    // One frame of that size is allowed; the frames are what make it too big.
    expect(inspectUpload(gifFramesOnly(4000, 4000, 1), LIMIT).frames).toBe(1);
    const real = await animation(100, 100, ["#c03020", "#20a040", "#2040c0"]);
    expect(inspectUpload(real, { maxPixels: 100 * 100 * 3 }).frames).toBe(3);
    expect(refusal(real, { maxPixels: 100 * 100 * 3 - 1 }).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("counts an animated WebP's frames on its canvas", async () => {
    const webp = await animation(50, 40, ["#c03020", "#20a040", "#2040c0"], { format: "webp" });
    // Rewrite the VP8X canvas to claim 8,000 x 8,000: three frames of 64 megapixels each.
    const claimed = Buffer.from(webp);
    claimed.writeUIntLE(8000 - 1, 24, 3);
    claimed.writeUIntLE(8000 - 1, 27, 3);
    expect(refusal(claimed).message).toMatch(
      /^This animation is 8,000 × 8,000 pixels and 3 frames long \(192 megapixels in all\)/,
    );
  });

  it("refuses an animation of more than 1,000 frames, however small", () => {
    expect(inspectUpload(gifFramesOnly(1, 1, 1000), LIMIT).frames).toBe(1000);
    const error = refusal(gifFramesOnly(1, 1, 1001));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toBe(
      "This animation has 1,001 frames; the limit is 1,000. Shorten it or drop frames (a lower frame rate) and upload it again.",
    );
    expect(refusal(gifFramesOnly(1, 1, 3), { ...LIMIT, maxFrames: 2 }).message).toMatch(
      /has 3 frames; the limit is 2\./,
    );
  });

  it("refuses an animated GIF whose frames are cut off, even with a trailer at the end", async () => {
    const whole = await animation(200, 150, ["#c03020", "#20a040", "#2040c0"]);
    const cut = Buffer.concat([
      whole.subarray(0, Math.floor(whole.length * 0.6)),
      Buffer.from([0x3b]),
    ]);
    const error = refusal(cut);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/GIF file is damaged or incomplete/);
  });

  it("applies the pixel limit to JPEG frame headers too", async () => {
    const jpeg = Buffer.from(await photo(64, 48));
    // Rewrite the SOF0 frame header to claim 40,000 x 40,000.
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg.writeUInt16BE(40_000, sof + 5);
    jpeg.writeUInt16BE(40_000, sof + 7);
    expect(refusal(jpeg).code).toBe("PAYLOAD_TOO_LARGE");
    expect(inspectUpload(await photo(64, 48), { maxPixels: 64 * 48 }).width).toBe(64);
    expect(refusal(await photo(64, 48), { maxPixels: 64 * 48 - 1 }).code).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("the hidden-markup scan", () => {
  it("does not fire on ordinary compressed image data", async () => {
    // Noise compresses to high-entropy bytes: the worst case for accidental matches.
    const noise = Buffer.alloc(600 * 600 * 3);
    let seed = 42;
    for (let i = 0; i < noise.length; i++)
      noise[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const raw = { raw: { width: 600, height: 600, channels: 3 as const } };
    for (const bytes of [
      await sharp(noise, raw).jpeg({ quality: 95 }).toBuffer(),
      await sharp(noise, raw).png().toBuffer(),
      await sharp(noise, raw).webp().toBuffer(),
    ]) {
      expect(hidesMarkup(bytes)).toBe(false);
      expect(() => inspectUpload(bytes, LIMIT)).not.toThrow();
    }
  });

  it("finds markup in any case and anywhere", () => {
    expect(hidesMarkup(Buffer.from("\x00\x01<ScRiPt src=x>"))).toBe(true);
    expect(hidesMarkup(Buffer.from("xx<?php echo 1; ?>"))).toBe(true);
    expect(hidesMarkup(Buffer.from("url(javascript:alert(1))"))).toBe(true);
    expect(
      hidesMarkup(Buffer.from("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF/></x:xmpmeta>")),
    ).toBe(false);
  });
});
