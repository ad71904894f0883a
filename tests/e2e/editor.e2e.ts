import { expect, test, type Browser, type Page } from "@playwright/test";

// The visual editor as a new merchant meets it, against the app as `npm start` serves it (with
// the collab server): sign up, create a site, open the editor, build the page.

const PASSWORD = "a long and unusual passphrase";

type Merchant = { email: string; siteName: string; editorUrl: string };

async function signUpAndCreateSite(page: Page, screenshot?: string): Promise<Merchant> {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const email = `editor-${stamp}@example.com`;
  const siteName = `Bakery ${stamp}`;
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Maya Merchant");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your sites", level: 1 })).toBeVisible();

  // "Start from scratch" next to the AI wizard, or "Create a site" where there is no wizard.
  await page
    .getByRole("button", { name: /Start from scratch|Create a site/ })
    .first()
    .click();
  const dialog = page.getByRole("dialog", { name: "Create a site" });
  await dialog.getByLabel("Site name").fill(siteName);
  await expect(dialog.getByText(/is available/)).toBeVisible();
  await dialog.getByRole("button", { name: "Create site" }).click();
  await expect(dialog).toBeHidden();
  const card = page.getByRole("article", { name: siteName });
  await expect(card).toBeVisible();
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });

  await card.getByRole("link", { name: `Open ${siteName} in the editor` }).click();
  await expect(page).toHaveURL(/\/sites\/[0-9a-f-]+\/editor/);
  await expect(canvas(page).locator(".pg-hero")).toHaveCount(1);
  return { email, siteName, editorUrl: page.url().split("?")[0]! };
}

/** Whether a Yjs update kept in the browser's IndexedDB (y-indexeddb's "updates") holds `text`. */
function storedInBrowser(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (wanted) => {
    const bytes = new TextEncoder().encode(wanted);
    const holds = (update: Uint8Array) =>
      update.some((_, at) => bytes.every((byte, i) => update[at + i] === byte));
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith("pegasus:")) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      if (!db.objectStoreNames.contains("updates")) {
        db.close();
        continue;
      }
      const updates = await new Promise<Uint8Array[]>((resolve, reject) => {
        const all = db.transaction("updates").objectStore("updates").getAll();
        all.onsuccess = () => resolve(all.result as Uint8Array[]);
        all.onerror = () => reject(all.error);
      });
      db.close();
      if (updates.some(holds)) return true;
    }
    return false;
  }, text);
}

function canvas(page: Page) {
  return page.frameLocator("iframe.canvas__frame");
}

async function logIn(browser: Browser, merchant: Merchant): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(merchant.email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "Your sites", level: 1 })).toBeVisible();
  await page.goto(merchant.editorUrl);
  await expect(canvas(page).locator(".pg-hero").first()).toBeVisible();
  return page;
}

/** Drags with the mouse in small steps, as a person does (dnd-kit starts after a few pixels). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 25 });
  await page.mouse.move(to.x, to.y + 1, { steps: 2 });
}

test("a new merchant drags a hero onto the page, edits it inline, colours it, undoes, redoes and reloads", async ({
  page,
}, testInfo) => {
  await signUpAndCreateSite(page, testInfo.outputPath("dashboard.png"));
  const frame = canvas(page);
  const heroes = frame.locator(".pg-hero");

  // Drag a hero from the library to just above the footer.
  const card = page.locator('[data-block-type="hero"]');
  await card.scrollIntoViewIfNeeded();
  const from = (await card.boundingBox())!;
  const footer = (await frame.locator("footer").first().boundingBox())!;
  await drag(
    page,
    { x: from.x + 30, y: from.y + 20 },
    { x: footer.x + footer.width / 2, y: footer.y + 6 },
  );
  await expect(page.locator("[data-drop-indicator]").first()).toBeVisible();
  await page.mouse.up();
  await expect(heroes).toHaveCount(2);
  // The new hero sits between the first one and the footer, and is selected.
  await expect(page.getByRole("heading", { name: "Hero", level: 2 })).toBeVisible();
  const newHero = heroes.nth(1);
  await expect(newHero.locator("h1, h2").first()).toHaveText("Slow mornings, well made");

  // Edit its heading in place: double click, type, Enter.
  await newHero.locator("h1, h2").first().dblclick();
  await expect(newHero.locator("[contenteditable]")).toBeVisible();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Fresh bread every morning");
  await page.keyboard.press("Enter");
  await expect(newHero.locator("h1, h2").first()).toHaveText("Fresh bread every morning");
  await expect(page.getByLabel("Heading", { exact: true })).toHaveValue(
    "Fresh bread every morning",
  );

  // Change its colour: the theme's primary colour as its background.
  const background = page.getByRole("radiogroup", { name: "Background" });
  await background.getByRole("radio", { name: "Primary" }).click();
  const green = "rgb(31, 77, 58)";
  await expect(newHero).toHaveCSS("background-color", green);

  // Undo the colour, then the heading; redo both.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(newHero).not.toHaveCSS("background-color", green);
  await expect(newHero.locator("h1, h2").first()).toHaveText("Fresh bread every morning");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(newHero.locator("h1, h2").first()).toHaveText("Slow mornings, well made");
  await page.getByRole("button", { name: "Redo" }).click();
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(newHero.locator("h1, h2").first()).toHaveText("Fresh bread every morning");
  await expect(newHero).toHaveCSS("background-color", green);
  await page.screenshot({ path: testInfo.outputPath("editor.png") });

  // Everything is saved: after a reload it is all there.
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.reload();
  await expect(frame.locator(".pg-hero")).toHaveCount(2);
  await expect(frame.locator(".pg-hero").nth(1).locator("h1, h2").first()).toHaveText(
    "Fresh bread every morning",
  );
  await expect(frame.locator(".pg-hero").nth(1)).toHaveCSS("background-color", green);
  await testInfo.attach("editor", {
    path: testInfo.outputPath("editor.png"),
    contentType: "image/png",
  });
});

test("a block moves with the keyboard alone, announced to screen readers", async ({
  page,
}, testInfo) => {
  await signUpAndCreateSite(page);
  await page.getByRole("tab", { name: "Layers" }).click();
  const tree = page.getByRole("tree");
  await expect(tree.getByRole("treeitem")).toHaveCount(3);

  // From the tab, Tab goes into the tree; the arrows choose the hero.
  await page.keyboard.press("Tab");
  await expect(tree.getByRole("treeitem", { name: "Header" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  const hero = tree.getByRole("treeitem", { name: /^Hero/ });
  await expect(hero).toBeFocused();
  await expect(hero).toHaveAttribute("aria-selected", "true");

  // Space picks it up, ArrowDown moves it after the footer, Space drops it.
  const live = page.locator("#editor-announcements");
  await page.keyboard.press("Space");
  await expect(live).toContainText("Picked up Hero");
  await page.keyboard.press("ArrowDown");
  await expect(live).toHaveText("Hero: on the page, position 3 of 3.");
  await page.keyboard.press("Space");
  await expect(live).toHaveText("Dropped Hero on the page, position 3 of 3.");

  await expect(tree.getByRole("treeitem")).toHaveText([/^Header/, /^Footer/, /^Hero/]);
  const sections = canvas(page).locator(
    "body [data-block-id]:not([data-block-id] [data-block-id])",
  );
  await expect(sections.last()).toHaveClass(/pg-hero/);
  // Alt+↑ moves it back up, still from the keyboard.
  await expect(tree.getByRole("treeitem", { name: /^Hero/ })).toBeFocused();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(tree.getByRole("treeitem")).toHaveText([/^Header/, /^Hero/, /^Footer/]);
  await page.screenshot({ path: testInfo.outputPath("editor-keyboard.png") });
});

test("two people on the same site see each other's edits and selections live", async ({
  page,
  browser,
}, testInfo) => {
  const merchant = await signUpAndCreateSite(page);
  const other = await logIn(browser, merchant);

  // A selects the hero: B sees the outline with A's name.
  await canvas(page).locator(".pg-hero h1").click();
  const outlineOnB = other.locator("[data-remote-selection]");
  await expect(outlineOnB).toBeVisible();
  await expect(outlineOnB).toHaveAttribute("data-person", "Maya Merchant");

  // A types in the props panel: B's canvas follows, keystroke by keystroke.
  const heading = page.getByLabel("Heading", { exact: true });
  await heading.fill("Made together");
  await expect(canvas(other).locator(".pg-hero h1")).toHaveText("Made together");
  await expect(other.getByText(/is typing/)).toBeVisible();

  // B edits too, and selects the footer: A sees both.
  await canvas(other).locator(".pg-hero h1").click();
  await other.getByLabel("Small text above the heading").fill("Open daily");
  await expect(canvas(page).locator(".pg-hero")).toContainText("Open daily");
  await canvas(other).locator("footer").first().click();
  await expect(page.locator("[data-remote-selection]")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("editor-collaboration.png") });
  await other.context().close();
});

test("publishing shows the change on the storefront", async ({ page, context }, testInfo) => {
  await signUpAndCreateSite(page);
  await expect(page.getByText("Not published yet")).toBeVisible();
  await canvas(page).locator(".pg-hero h1").click();
  await page.getByLabel("Heading", { exact: true }).fill("Now open on Sundays");

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  await expect(page.getByText("Your site is live")).toBeVisible();

  const live = page.getByRole("link", { name: "View the live page" });
  const href = await live.getAttribute("href");
  expect(href).toMatch(/^\/s\/[a-z0-9-]+\/$/);
  const storefront = await context.newPage();
  await storefront.goto(href!);
  await expect(storefront.getByRole("heading", { level: 1 })).toHaveText("Now open on Sundays");
  await storefront.screenshot({ path: testInfo.outputPath("storefront.png") });

  // A later edit makes the state say so again.
  await page.getByLabel("Heading", { exact: true }).fill("Open on Sundays too");
  await expect(page.getByText("Unpublished changes")).toBeVisible();
});

test("edits made while the server is out of reach survive a reload and reach it later", async ({
  page,
  browser,
}) => {
  const merchant = await signUpAndCreateSite(page);
  // The collab WebSocket goes through this route: to the server while online, nowhere offline.
  let online = true;
  await page.routeWebSocket(/\/collab/, (socket) => {
    if (online) socket.connectToServer();
  });
  await page.reload();
  await expect(canvas(page).locator(".pg-hero h1")).toBeVisible();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  online = false;
  await page.reload();
  // Without the server, the copy kept in this browser opens.
  await expect(canvas(page).locator(".pg-hero h1")).toBeVisible();
  await canvas(page).locator(".pg-hero h1").click();
  await page.getByLabel("Heading", { exact: true }).fill("Baked while offline");
  await expect(canvas(page).locator(".pg-hero h1")).toHaveText("Baked while offline");
  // Nobody confirmed the change: it waits in this browser.
  await expect(page.getByText("Saving…")).toBeVisible();
  // IndexedDB writes are asynchronous: reload once the edit is stored in this browser.
  await expect.poll(() => storedInBrowser(page, "Baked while offline")).toBe(true);

  await page.reload();
  await expect(canvas(page).locator(".pg-hero h1")).toHaveText("Baked while offline");

  // Back online: the edit reaches the server, and someone else sees it.
  online = true;
  await page.reload();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  const other = await logIn(browser, merchant);
  await expect(canvas(other).locator(".pg-hero h1")).toHaveText("Baked while offline");
  await other.context().close();
});
