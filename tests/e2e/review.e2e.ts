import { expect, test, type APIRequestContext } from "@playwright/test";

// A review round, as people do it: the merchant shares a preview link from the editor; a reviewer
// (no account, another browser) opens it, picks the hero and comments; the merchant sees the pin
// appear on the canvas by itself, replies and resolves; the reviewer sees the answer.

async function trpc(request: APIRequestContext, procedure: string, input: unknown) {
  const response = await request.post(`/trpc/${procedure}`, { data: input });
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: Record<string, any> } }).result.data; // eslint-disable-line @typescript-eslint/no-explicit-any
}

test("a reviewer comments on the hero; the merchant sees the pin live, replies and resolves it", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  // The merchant's account and site, made through the API (the account flow has its own test).
  await trpc(page.request, "auth.register", {
    email: `merchant-${stamp}@example.com`,
    password: "a long and unusual passphrase",
    name: "Maya Merchant",
  });
  const { site } = await trpc(page.request, "sites.create", {
    name: `Review ${stamp}`,
    slug: `review-${stamp}`,
  });

  // 1. The merchant shares a preview that takes comments, from the editor's top bar.
  await page.goto(`/sites/${site.id}/editor`);
  await page.getByRole("button", { name: "Share preview" }).click();
  const share = page.getByRole("dialog", { name: "Share a preview" });
  await share.getByLabel("Name (for you)").fill("For Rita");
  await share.getByRole("button", { name: "Create link" }).click();
  const url = await share.getByRole("textbox", { name: "Preview link", exact: true }).inputValue();
  expect(url).toMatch(/\/p\/[A-Za-z0-9_-]{22}\/$/);
  await expect(share.getByRole("list", { name: "Preview links" })).toContainText("For Rita");
  await share.getByRole("button", { name: "Done" }).click();
  await page.keyboard.press("Escape");

  // 2. The reviewer opens it in a browser of their own and comments on the hero.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(new URL(url).pathname);
  await expect(reviewer.getByText("Preview — this is not the live shop.")).toBeVisible();
  await reviewer.getByRole("button", { name: "Comment", exact: true }).click();
  await reviewer.locator("[data-block-id].pg-hero").click();
  const composer = reviewer.getByRole("dialog", { name: "New comment" });
  await composer.getByLabel("Your name").fill("Rita Reviewer");
  await composer.getByLabel("Your email").fill("rita@client.example");
  await composer.getByLabel("Comment").fill("Could the headline be bigger?");
  await composer.getByRole("button", { name: "Post comment" }).click();
  await expect(
    reviewer.getByRole("button", { name: /^Comment 1: Could the headline/ }),
  ).toBeVisible();
  await reviewer.screenshot({ path: testInfo.outputPath("reviewer.png") });

  // 3. The merchant, who has not reloaded, sees the pin on the hero appear by itself.
  const pin = page.locator(".comment-pin").first();
  await expect(pin).toBeVisible({ timeout: 15_000 });
  await expect(pin).toHaveAttribute("aria-label", /Could the headline be bigger\?/);
  await pin.click();
  const thread = page.getByRole("listitem", { name: /^Comment on Hero/ });
  await expect(thread).toContainText("Rita Reviewer");
  await expect(thread).toContainText("Could the headline be bigger?");
  await thread.getByPlaceholder("Reply").fill("Done: it is twice the size now.");
  await thread.getByRole("button", { name: "Reply" }).click();
  await expect(thread).toContainText("Done: it is twice the size now.");
  await thread.getByRole("button", { name: "Resolve" }).click();
  await expect(thread.getByText("Resolved")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("merchant.png") });

  // 4. The reviewer (the comments panel still open) sees the answer, and that the thread is closed.
  const answered = reviewer.getByRole("article", { name: "Comment 1" });
  await expect(answered).toContainText("Done: it is twice the size now.", { timeout: 20_000 });
  await expect(answered).toContainText("The team resolved this thread.");
  await reviewerContext.close();
});
