import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne } from "../testing/blockContract.tsx";
import { videoBlock } from ".";
import { parseVideoUrl } from "./videoUrl.ts";

describeBlockContract(videoBlock, { emptyUntilFilled: true });

describe("parseVideoUrl", () => {
  it.each([
    [
      "https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=10",
      { provider: "youtube", id: "aqz-KE-bpKQ" },
    ],
    ["https://youtu.be/aqz-KE-bpKQ", { provider: "youtube", id: "aqz-KE-bpKQ" }],
    ["https://www.youtube.com/shorts/aqz-KE-bpKQ", { provider: "youtube", id: "aqz-KE-bpKQ" }],
    [
      "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
      { provider: "youtube", id: "aqz-KE-bpKQ" },
    ],
    ["https://vimeo.com/76979871", { provider: "vimeo", id: "76979871" }],
    ["https://player.vimeo.com/video/76979871?h=abc", { provider: "vimeo", id: "76979871" }],
  ])("reads %s", (url, expected) => {
    expect(parseVideoUrl(url)).toEqual(expected);
  });

  it.each([
    "https://www.youtube.com/watch?v=short",
    'https://www.youtube.com/watch?v=aqz-KE-bpK"',
    "https://youtube.evil.example/watch?v=aqz-KE-bpKQ",
    "javascript:alert('https://youtu.be/aqz-KE-bpKQ')",
    "https://vimeo.com/not-a-number",
    "not a url",
  ])("refuses %s", (url) => {
    expect(parseVideoUrl(url)).toBeNull();
  });
});

describe("video", () => {
  it("shows a play button with the poster and no iframe until clicked", () => {
    const r = renderOne("video", { url: "https://youtu.be/aqz-KE-bpKQ", title: "Throwing a mug" });
    expect(r.all("iframe")).toEqual([]);
    expect(attr(r.root!, "data-island")).toBe("video");
    const button = r.one("button")!;
    expect(attr(button, "aria-label")).toBe("Play video: Throwing a mug");
    expect(attr(button, "data-embed-src")).toBe(
      "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0",
    );
    expect(attr(r.one("img")!, "src")).toBe("https://i.ytimg.com/vi/aqz-KE-bpKQ/hqdefault.jpg");
    expect(attr(r.one("a")!, "href")).toBe("https://www.youtube.com/watch?v=aqz-KE-bpKQ");
  });

  it("builds Vimeo embeds with do-not-track", () => {
    const r = renderOne("video", { url: "https://vimeo.com/76979871" });
    expect(attr(r.one("button")!, "data-embed-src")).toBe(
      "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1",
    );
  });

  it("builds every URL from the id alone", () => {
    const r = renderOne("video", {
      url: "https://www.youtube.com/watch?v=aqz-KE-bpKQ&x=%22%3E%3Cscript%3E",
    });
    expect(r.html).not.toContain("script");
    expect(r.html).not.toContain("%22");
  });
});
