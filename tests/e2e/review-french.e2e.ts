import { expect, test, type APIRequestContext } from "@playwright/test";
import { screenshots } from "./screenshots.ts";

// The review screens as a French merchant sees them (screenshots at 1440 and 390 in the test's
// output folder): the comments panel with a reviewer's thread, the Share dialog with its links,
// and the preview links and export/import sections of the site settings.

async function trpc(request: APIRequestContext, procedure: string, input: unknown) {
  const response = await request.post(`/trpc/${procedure}`, { data: input });
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: Record<string, any> } }).result.data; // eslint-disable-line @typescript-eslint/no-explicit-any
}

test("a French merchant reads comments, shares previews and sees export and import in French", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await trpc(page.request, "auth.register", {
    email: `marchande-${stamp}@example.com`,
    password: "a long and unusual passphrase",
    name: "Camille Marchand",
  });
  const { site } = await trpc(page.request, "sites.create", {
    name: `Revue ${stamp}`,
    slug: `revue-${stamp}`,
  });
  const { url } = await trpc(page.request, "preview.create", {
    siteId: site.id,
    label: "Pour Rita",
    versionId: null,
    expiresInDays: 30,
    password: null,
    allowComments: true,
  });

  // A reviewer comments on the hero through the link.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(new URL(url as string).pathname);
  await reviewer.getByRole("button", { name: "Comment", exact: true }).click();
  await reviewer.locator("[data-block-id].pg-hero").click();
  const composer = reviewer.getByRole("dialog", { name: "New comment" });
  await composer.getByLabel("Your name").fill("Rita Relectrice");
  await composer.getByLabel("Your email").fill("rita@client.example");
  await composer.getByLabel("Comment").fill("Le titre pourrait-il être plus grand ?");
  await composer.getByRole("button", { name: "Post comment" }).click();
  await expect(reviewer.getByRole("button", { name: /^Comment 1:/ })).toBeVisible();
  await reviewerContext.close();

  // The comments panel in French.
  await page.goto(`/sites/${site.id}/editor?lang=fr`);
  const pin = page.locator(".comment-pin").first();
  await expect(pin).toBeVisible({ timeout: 15_000 });
  await expect(pin).toHaveAttribute("aria-label", /^1 discussion\u202f: Le titre/);
  await pin.click();
  const thread = page.getByRole("listitem", { name: /^Commentaire sur / });
  await thread.getByPlaceholder("Répondre").fill("C’est fait : il est deux fois plus grand.");
  await thread.getByRole("button", { name: "Répondre" }).click();
  await expect(thread).toContainText("C’est fait");
  await expect(page.getByText("1 commentaire ouvert")).toBeVisible();
  await screenshots(page, testInfo, "comments");

  // The Share dialog: a new link, and the list with its times.
  await page.getByRole("button", { name: "Partager un aperçu" }).click();
  const share = page.getByRole("dialog", { name: "Partager un aperçu" });
  await share.getByLabel("Nom (pour vous)").fill("Pour l’équipe marketing");
  await share.getByLabel("Protéger par un mot de passe").check();
  await share.getByLabel("Mot de passe", { exact: true }).fill("secret-words");
  await share.getByRole("button", { name: "Créer le lien" }).click();
  await expect(share.getByText("Votre lien d’aperçu est prêt")).toBeVisible();
  await expect(share.getByRole("list", { name: "Liens d’aperçu" })).toContainText(
    "Pour l’équipe marketing",
  );
  await screenshots(page, testInfo, "share");
  await page.keyboard.press("Escape");

  // The site settings' preview links and export/import.
  await page.goto(`/sites/${site.id}/settings?lang=fr`);
  await expect(page.getByRole("heading", { name: "Exporter et importer" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Télécharger l’archive" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Liens d’aperçu" })).toContainText("Pour Rita");
  await screenshots(page, testInfo, "settings");
});
