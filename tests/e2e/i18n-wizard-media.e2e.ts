import { deflateSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { screenshots } from "./screenshots.ts";

/** A small solid-colour PNG, made here so the test needs no fixture file. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0xb4)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// A French merchant: a browser in French, the wizard and the media library in French, with
// screenshots at 1440 and 390 to look for words too long for their place.
test("the wizard and the media library in French", async ({ browser }, testInfo) => {
  test.setTimeout(150_000);
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;

  // The account is made through the API, so this test does not depend on the sign-up's words.
  const english = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const signup = await english.request.post("/trpc/auth.register", {
    data: {
      name: "Camille Potier",
      email: `potier-${stamp}@example.com`,
      password: "a long and unusual passphrase",
    },
  });
  expect(signup.ok(), await signup.text()).toBe(true);
  const storageState = await english.storageState();
  await english.close();

  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: "fr-FR",
    storageState,
  });
  const page = await context.newPage();

  await page.goto("/sites/new");
  await expect(page.getByRole("heading", { name: "Créer une boutique avec l’IA" })).toBeVisible();
  await screenshots(page, testInfo, "wizard-business");
  await page.getByLabel("Nom de l’entreprise").fill(`Atelier Potier ${stamp}`);
  await page
    .getByLabel(/Que vendez-vous/)
    .fill(
      "Atelier de céramique à Nantes : bols, tasses et assiettes en grès tournés à la main, de 18 € à 45 €.",
    );
  await page.getByRole("button", { name: /Suivant.: vérifier/ }).click();
  await expect(page.getByRole("heading", { name: "Ce que nous avons compris" })).toBeVisible();
  await screenshots(page, testInfo, "wizard-understood");
  await page.getByRole("button", { name: /Suivant.: style/ }).click();
  await expect(page.getByText("Chaleureux", { exact: true })).toBeVisible();
  await screenshots(page, testInfo, "wizard-style");
  await page.getByRole("button", { name: /Suivant.: concurrents/ }).click();
  await page.getByRole("button", { name: /Passer.: générer/ }).click();
  await expect(page.getByRole("heading", { name: "Prêt à générer" })).toBeVisible();
  await screenshots(page, testInfo, "wizard-generate");
  await page.getByRole("button", { name: "Générer ma boutique" }).click();
  await expect(page.getByRole("heading", { name: "Votre boutique est prête" })).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.getByRole("heading", { name: "Choisissez un logo" })).toBeVisible();
  await screenshots(page, testInfo, "wizard-done");

  const siteId = /\/sites\/([0-9a-f-]{36})\/editor/.exec(
    (await page.getByRole("link", { name: /Passer.: ouvrir l’éditeur/ }).getAttribute("href"))!,
  )![1]!;

  // The editor's canvas draws the store's blocks with the storefront's words in the store's
  // language (its catalogue loaded on demand, decision 0016): a featured product added from the
  // library, its button left at the default, says "Ajouter au panier" and never "Add to cart".
  await page.goto(`/sites/${siteId}/editor`);
  const canvas = page.frameLocator("iframe.canvas__frame");
  await expect(canvas.locator(".pg-hero").first()).toBeVisible({ timeout: 30_000 });
  const card = page.locator('[data-block-type="featured-product"]');
  await card.scrollIntoViewIfNeeded();
  await card.click();
  const featured = canvas.locator(".pg-featured-product").last();
  await expect(featured.getByRole("button", { name: "Ajouter au panier" })).toBeVisible({
    timeout: 15_000,
  });
  await expect(canvas.getByText("Add to cart")).toHaveCount(0);

  await page.goto(`/sites/${siteId}/media`);
  await expect(page.getByRole("heading", { name: "Médias", level: 1 })).toBeVisible();
  await page.getByTestId("media-file-input").setInputFiles({
    name: "bol-en-gres.png",
    mimeType: "image/png",
    buffer: png(640, 480),
  });
  const tile = page.getByRole("button", { name: /bol-en-gres\.png/ }).first();
  await expect(tile).toBeVisible();
  // A fresh upload is selected, its details open.
  await expect(page.getByRole("complementary", { name: /Détails de/ })).toBeVisible();
  await expect(page.getByText(/PNG · \d+(,\d)?\s?ko/)).toBeVisible();
  await screenshots(page, testInfo, "media-library");
  await context.close();
});
