import { expect, test, type Page as BrowserPage, type TestInfo } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
/**
 * Looks at pages as a person does, by their geometry: every block type alone on a page (its
 * defaults, then extreme content: long unbroken words, empty optional fields, many items), and the
 * demo store's home, product and collection pages, in the default theme at 360, 768, 1280 and
 * 1920 px. At each width: no horizontal overflow, no text or control closer than the theme's
 * gutter to the window's edge, no overlapping text, images inside their block, tap targets of at
 * least 24 px (WCAG 2.5.8, with its inline and spacing exceptions). Screenshots of every page and
 * width go to the test's output folder.
 *
 * Block pages are rendered here by the storefront's renderer and served under the running app's
 * origin (fonts, images and the islands script come from it); one browser page is reused.
 */

const WIDTHS = [360, 768, 1280, 1920] as const;
const ORIGIN_PATH = "/__geometry/";

/** Block pages from geometry-pages.ts, rendered once for the whole file. */
function renderBlockPages(): {
  types: string[];
  variants: string[];
  pages: Record<string, string>;
} {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pegasus-geometry-")), "pages.json");
  const script = path.join(import.meta.dirname, "geometry-pages.ts");
  const run = spawnSync(process.execPath, ["--import", "tsx", script, file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`geometry-pages.ts failed: ${run.stderr}`);
  return JSON.parse(readFileSync(file, "utf8"));
}
const blockPages = renderBlockPages();

interface Problem {
  width: number;
  what: string;
}

/** Runs in the page: every geometry rule at the current width. */
function geometry(): string[] {
  const problems: string[] = [];
  const vw = window.innerWidth;
  const probe = document.createElement("div");
  probe.style.cssText = "position:absolute;width:var(--pg-gutter);height:0";
  document.body.append(probe);
  const gutter = probe.getBoundingClientRect().width;
  probe.remove();

  const docWidth = document.documentElement.scrollWidth;
  if (docWidth > vw) problems.push(`horizontal overflow: document is ${docWidth} px wide`);

  // Not drawn: visually hidden helpers, closed menus, dialogs and <details>, invisible things.
  const hidden = (el: Element): boolean =>
    el.closest(".pg-ui-sr-only,.pg-ui-trap,.pg-skip") !== null ||
    !el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const where = (el: Element): string => {
    const owner = el.closest("[data-block-id]");
    const label = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `${owner?.className.split(" ")[0] ?? el.tagName.toLowerCase()} <${el.tagName.toLowerCase()}> "${label}"`;
  };
  const tooClose = (r: DOMRect) => r.left < gutter - 1 || r.right > vw - gutter + 1;

  // Text, line by line.
  const lines: { rect: DOMRect; node: Text; el: Element }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const el = node.parentElement;
    if (!el || !node.data.trim() || hidden(el)) continue;
    if (el.closest("script,style,noscript,template")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue;
      lines.push({ rect, node, el });
    }
  }
  const reported = new Set<Element>();
  for (const { rect, el } of lines) {
    if (tooClose(rect) && !reported.has(el)) {
      reported.add(el);
      problems.push(
        `text within the ${Math.round(gutter)} px gutter (x ${Math.round(rect.left)}..${Math.round(rect.right)}): ${where(el)}`,
      );
    }
  }
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!;
      const b = lines[j]!;
      if (a.node === b.node) continue;
      const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (w > 2 && h > 0.3 * Math.min(a.rect.height, b.rect.height)) {
        problems.push(`text overlaps: ${where(a.el)} and ${where(b.el)}`);
      }
    }
  }

  // Controls: inside the gutter, and big enough to tap.
  const controls = [
    ...document.querySelectorAll("a[href],button,input:not([type=hidden]),select,textarea,summary"),
  ].filter((el) => !hidden(el));
  const boxes = controls.map((el) => el.getBoundingClientRect());
  controls.forEach((el, i) => {
    const r = boxes[i]!;
    if (r.width < 1 || r.height < 1) return;
    if (tooClose(r)) problems.push(`control within the gutter: ${where(el)}`);
    if (r.width >= 24 && r.height >= 24) return;
    // WCAG 2.5.8 exceptions: a link inside a sentence, or a 24 px circle around it touching no other target.
    if (
      getComputedStyle(el).display === "inline" &&
      el.parentElement?.closest("p,li,dd,td,label")
    ) {
      const sentence = el.parentElement.closest("p,li,dd,td,label")!;
      if ((sentence.textContent ?? "").trim().length > (el.textContent ?? "").trim().length) return;
    }
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const crowded = boxes.some((o, k) => {
      if (k === i || o.width < 1) return false;
      const dx = Math.max(o.left - cx, 0, cx - o.right);
      const dy = Math.max(o.top - cy, 0, cy - o.bottom);
      return Math.hypot(dx, dy) < 12;
    });
    if (crowded) {
      problems.push(`tap target ${Math.round(r.width)}×${Math.round(r.height)} px: ${where(el)}`);
    }
  });

  // Images inside their block (after clipping by any ancestor that hides overflow).
  for (const img of document.images) {
    if (hidden(img)) continue;
    const r = img.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    let left = r.left;
    let right = r.right;
    for (let a = img.parentElement; a; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== "visible") {
        const c = a.getBoundingClientRect();
        left = Math.max(left, c.left);
        right = Math.min(right, c.right);
      }
    }
    const owner = img.closest("[data-block-id]")?.getBoundingClientRect();
    const frame = owner ?? { left: 0, right: vw };
    if (left < Math.max(0, frame.left) - 1 || right > Math.min(vw, frame.right) + 1) {
      problems.push(
        `image outside its frame (x ${Math.round(left)}..${Math.round(right)}): ${where(img)}`,
      );
    }
  }
  return [...new Set(problems)];
}

async function loadImages(page: BrowserPage) {
  await page.evaluate(async () => {
    for (const img of document.images) img.loading = "eager";
    // decode() settles once the image has loaded (or failed): a broken image fails its own check.
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
  });
}

async function checkEveryWidth(
  page: BrowserPage,
  testInfo: TestInfo,
  name: string,
  shots: readonly number[],
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => document.fonts.ready);
    for (const what of await page.evaluate(geometry)) problems.push({ width, what });
    if (shots.includes(width)) {
      await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
    }
  }
  return problems;
}

function report(found: Record<string, Problem[]>): string[] {
  return Object.entries(found).flatMap(([name, problems]) =>
    problems.map((p) => `${name} @${p.width}: ${p.what}`),
  );
}

for (const variant of blockPages.variants) {
  test(`every block type (${variant} content) keeps its geometry at every width`, async ({
    page,
    baseURL,
  }, testInfo) => {
    await page.route(`**${ORIGIN_PATH}**`, (route) => {
      const slug = new URL(route.request().url()).pathname.slice(ORIGIN_PATH.length);
      return route.fulfill({
        contentType: "text/html; charset=utf-8",
        body: blockPages.pages[slug] ?? "not found",
      });
    });
    const found: Record<string, Problem[]> = {};
    for (const type of blockPages.types) {
      await page.goto(`${baseURL}${ORIGIN_PATH}${variant}-${type}`);
      await loadImages(page);
      const shots = variant === "default" ? [360, 1280] : [];
      found[`${type} (${variant})`] = await checkEveryWidth(
        page,
        testInfo,
        `${variant}-${type}`,
        shots,
      );
    }
    expect(report(found)).toEqual([]);
  });
}

test("the demo store's home, product and collection pages keep their geometry", async ({
  page,
}, testInfo) => {
  const found: Record<string, Problem[]> = {};
  for (const [name, path] of [
    ["home", "/s/northbound/"],
    ["product", "/s/northbound/products/gooseneck-kettle"],
    ["collection", "/s/northbound/collections/single-origins"],
  ] as const) {
    await page.goto(path);
    await loadImages(page);
    found[name] = await checkEveryWidth(page, testInfo, `demo-${name}`, WIDTHS);
  }
  expect(report(found)).toEqual([]);
});

test("the editor canvas draws the demo home page with the same geometry at each preview device", async ({
  page,
}, testInfo) => {
  // The demo account's password is written to the server's DATA_DIR (playwright.config passes it on).
  const login = readFileSync(path.join(process.env.E2E_DATA_DIR!, "demo-login.txt"), "utf8");
  const password = /password:\s*(\S+)/.exec(login)![1]!;
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto("/login");
  await page.getByLabel("Email").fill("demo@pegasus.localhost");
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page
    .getByRole("link", { name: /in the editor/ })
    .first()
    .click();
  const canvas = page.frameLocator("iframe.canvas__frame");
  await expect(canvas.locator(".pg-features").first()).toBeVisible();
  const frame = page.frames().find((f) => f !== page.mainFrame() && f.url() === "about:srcdoc")!;
  // The canvas skips drawing blocks far from view (content-visibility, an editor speed-up); they
  // keep their last size until scrolled near. Draw them all, so every block is measured.
  await frame.addStyleTag({
    content: "#pegasus-canvas>[data-block-id]{content-visibility:visible!important}",
  });

  const found: Record<string, Problem[]> = {};
  for (const device of ["Desktop", "Tablet", "Mobile"] as const) {
    await page.getByRole("button", { name: `${device} preview` }).click();
    await frame.evaluate(() => document.fonts.ready);
    // The frame's width is the device's; wait for it to settle before measuring.
    const width = await frame.evaluate(
      () =>
        new Promise<number>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done(window.innerWidth))),
        ),
    );
    found[`canvas ${device.toLowerCase()}`] = (await frame.evaluate(geometry)).map((what) => ({
      width,
      what,
    }));
    await page.screenshot({ path: testInfo.outputPath(`canvas-${device.toLowerCase()}.png`) });
  }
  expect(report(found)).toEqual([]);
});
