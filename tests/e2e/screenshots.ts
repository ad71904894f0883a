import type { Page, TestInfo } from "@playwright/test";

/**
 * Full-page screenshots at a desktop and a phone width, into the test's output folder, for a
 * person to look at what a test walked through (a layout bug fails no assertion).
 */
export async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await loadLazyImages(page);
    // From the top: a full-page capture of a scrolled page draws the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/**
 * A full-page capture does not scroll, so images with loading="lazy" below the first screen
 * would show as holes: scroll through the page once, a screen at a time, and wait for them.
 */
async function loadLazyImages(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await frame();
    }
  });
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
}
