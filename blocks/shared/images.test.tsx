import { describe, expect, it } from "vitest";
import { createTestRenderContext } from "../render/testing.ts";
import { attr, renderOne } from "../testing/blockContract.tsx";
import { parseMediaUrl, pictureSources, variantWidthsFor } from "./images.ts";

const SITE = "abcdef12-2222-4333-8444-555555555555";
const MEDIA = "66666666-7777-4888-9999-aaaaaaaaaaaa";
const src = (width: number, ext = "jpg") => `/media/${SITE}/${MEDIA}/${width}.${ext}`;

describe("media variant widths", () => {
  it("are the standard widths below the original, then the original capped at 1920", () => {
    expect(variantWidthsFor(4000)).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidthsFor(1920)).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidthsFor(1000)).toEqual([320, 640, 960, 1000]);
    expect(variantWidthsFor(960)).toEqual([320, 640, 960]);
    expect(variantWidthsFor(100)).toEqual([100]);
  });
});

describe("media URLs", () => {
  it("reads only Pegasus media URLs", () => {
    expect(parseMediaUrl(src(1920))).toEqual({
      siteId: SITE,
      mediaId: MEDIA,
      width: 1920,
      format: "jpeg",
    });
    expect(parseMediaUrl(src(640, "avif"))?.format).toBe("avif");
    expect(parseMediaUrl(src(640, "gif"))?.format).toBe("gif");
    for (const other of [
      "/media/demo-store/hero.svg",
      "/media/kiln.jpg",
      `${src(1920)}?x=1`,
      `https://cdn.example${src(1920)}`,
      `/media/${SITE}/${MEDIA}/0.jpg`,
      `/media/${SITE}/${MEDIA}/1920.png`,
      `/media/${SITE}/${MEDIA}/../1920.jpg`,
      `/media/${SITE.toUpperCase()}/${MEDIA}/1920.jpg`,
    ]) {
      expect(parseMediaUrl(other), other).toBeNull();
    }
  });

  it("build AVIF and WebP sources and a JPEG fallback of exactly the stored widths", () => {
    const picture = pictureSources(src(1000))!;
    expect(picture.sources.map((s) => s.type)).toEqual(["image/avif", "image/webp"]);
    expect(picture.sources[0]!.srcSet).toBe(
      [320, 640, 960, 1000].map((w) => `${src(w, "avif")} ${w}w`).join(", "),
    );
    expect(picture.src).toBe(src(1000));
    expect(picture.srcSet).toContain(`${src(640)} 640w`);
    expect(pictureSources("/media/kiln.jpg")).toBeNull();
  });

  it("build an animated WebP source and a GIF fallback for an animation (its src names the GIF)", () => {
    const picture = pictureSources(src(1000, "gif"))!;
    expect(picture.sources).toEqual([
      {
        type: "image/webp",
        srcSet: [320, 640, 960, 1000].map((w) => `${src(w, "webp")} ${w}w`).join(", "),
      },
    ]);
    expect(picture.src).toBe(src(1000, "gif"));
    expect(picture.srcSet).toBe(
      [320, 640, 960, 1000].map((w) => `${src(w, "gif")} ${w}w`).join(", "),
    );
  });
});

describe("BlockImage with an uploaded image", () => {
  it("prints <picture> with the library's size and placeholder colour", () => {
    const ctx = createTestRenderContext({
      media: (s) => (s === src(1920) ? { width: 1920, height: 1280, color: "#A07850" } : undefined),
    });
    const r = renderOne(
      "image",
      { image: { src: src(1920), alt: "Kiln", width: 10, height: 10 } },
      ctx,
    );
    const img = r.one("img")!;
    expect(r.all("picture")).toHaveLength(1);
    expect(r.all("source").map((s) => attr(s, "type"))).toEqual(["image/avif", "image/webp"]);
    expect(r.all("source").every((s) => attr(s, "sizes") === attr(img, "sizes"))).toBe(true);
    expect([attr(img, "width"), attr(img, "height")]).toEqual(["1920", "1280"]);
    expect(attr(img, "class")).toContain("pg-ph-a07850");
    expect(ctx.styles.toCss()).toContain(".pg-ph-a07850{background-color:#a07850}");
    expect(attr(img, "src")).toBe(src(1920));
  });

  it("prints an animation as animated WebP with its GIF as the <img>, sized, lazy and coloured like a still", () => {
    const ctx = createTestRenderContext({
      media: (s) =>
        s === src(960, "gif") ? { width: 960, height: 540, color: "#336699" } : undefined,
    });
    // The first image takes the page's priority; the animation after it loads lazily.
    renderOne("image", { image: { src: src(1920), alt: "First" } }, ctx);
    const r = renderOne("image", { image: { src: src(960, "gif"), alt: "Spinning wheel" } }, ctx);
    expect(r.all("picture")).toHaveLength(1);
    const sources = r.all("source");
    expect(sources.map((s) => attr(s, "type"))).toEqual(["image/webp"]);
    expect(attr(sources[0]!, "srcset")).toBe(
      [320, 640, 960].map((w) => `${src(w, "webp")} ${w}w`).join(", "),
    );
    const img = r.one("img")!;
    expect(attr(img, "src")).toBe(src(960, "gif"));
    expect(attr(img, "srcset")).toContain(`${src(640, "gif")} 640w`);
    expect(attr(img, "srcset")).not.toMatch(/\.(jpg|avif)/);
    expect(attr(sources[0]!, "sizes")).toBe(attr(img, "sizes"));
    expect([attr(img, "width"), attr(img, "height")]).toEqual(["960", "540"]);
    expect([attr(img, "loading"), attr(img, "alt")]).toEqual(["lazy", "Spinning wheel"]);
    expect(attr(img, "class")).toContain("pg-ph-336699");
  });

  it("preloads an animation's WebP when it is the page's first large image", () => {
    const live = renderOne("image", { image: { src: src(1280, "gif"), alt: "A" } });
    const preload = live.all("link");
    expect(preload).toHaveLength(1);
    expect(attr(preload[0]!, "type")).toBe("image/webp");
    expect(attr(preload[0]!, "imagesrcset")).toContain(`${src(1280, "webp")} 1280w`);
  });

  it("works from the URL alone (the editor canvas has no library lookup)", () => {
    const r = renderOne("image", {
      image: { src: src(1280), alt: "Kiln", width: 1280, height: 720 },
    });
    const img = r.one("img")!;
    expect([attr(img, "width"), attr(img, "height")]).toEqual(["1280", "720"]);
    expect(attr(img, "class") ?? "").not.toContain("pg-ph-");
    expect(attr(r.all("source")[1]!, "srcset")).toContain(`${src(1280, "webp")} 1280w`);
  });

  it("preloads only the first large image, and never in the editor", () => {
    const live = renderOne("image", { image: { src: src(1920), alt: "A" } });
    const preload = live.all("link");
    expect(preload).toHaveLength(1);
    expect([attr(preload[0]!, "as"), attr(preload[0]!, "type")]).toEqual(["image", "image/avif"]);
    expect(attr(live.one("img")!, "fetchpriority")).toBe("high");
    const editor = renderOne(
      "image",
      { image: { src: src(1920), alt: "A" } },
      createTestRenderContext({ mode: "editor" }),
    );
    expect(editor.all("link")).toEqual([]);
    expect(attr(editor.one("img")!, "loading")).toBe("lazy");
  });

  it("ignores a colour that is not #rrggbb", () => {
    const ctx = createTestRenderContext({
      media: () => ({ width: 10, height: 10, color: "red;}body{display:none" }),
    });
    const r = renderOne("image", { image: { src: src(1920), alt: "A" } }, ctx);
    expect(attr(r.one("img")!, "class") ?? "").not.toContain("pg-ph");
    expect(ctx.styles.toCss()).not.toContain("display:none");
  });
});
