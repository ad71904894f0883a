import { expect, test, type APIRequestContext } from "@playwright/test";

// A reviewer opens a password-protected preview link in a real browser, at the address the
// merchant's app is served on (localhost) and at another one (127.0.0.1): a wrong password shows
// the form again saying so, the right one opens the preview. (Chromium posts the form with the
// page's referrer policy: under `no-referrer` it sent `Origin: null` and got 403.)

async function trpc(request: APIRequestContext, procedure: string, input: unknown) {
  const response = await request.post(`/trpc/${procedure}`, { data: input });
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: Record<string, any> } }).result.data; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const SHOTS = process.env.SCREENSHOT_DIR;

for (const host of ["localhost", "127.0.0.1"]) {
  test(`a reviewer at ${host} gets a wrong password told and the right one in`, async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    await trpc(page.request, "auth.register", {
      email: `preview-${stamp}@example.com`,
      password: "a long and unusual passphrase",
      name: "Paula Preview",
    });
    const { site } = await trpc(page.request, "sites.create", {
      name: `Protected ${stamp}`,
      slug: `protected-${stamp}`,
    });
    const { url } = await trpc(page.request, "preview.create", {
      siteId: site.id,
      password: "blue heron 42",
    });
    const origin = new URL(baseURL!);
    origin.hostname = host;
    const link = new URL(new URL(url as string).pathname, origin).toString();

    const reviewerContext = await browser.newContext();
    const reviewer = await reviewerContext.newPage();
    await reviewer.goto(link);
    await expect(
      reviewer.getByRole("heading", { name: "This preview is protected" }),
    ).toBeVisible();

    await reviewer.getByLabel("Password").fill("not the password");
    await reviewer.getByRole("button", { name: "View the preview" }).click();
    await expect(reviewer.getByRole("alert")).toHaveText(
      "That password is not right. Check it and try again.",
    );
    await expect(reviewer.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    expect(reviewer.url()).toBe(link);
    if (SHOTS && host === "127.0.0.1") {
      for (const width of [1440, 390]) {
        await reviewer.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
        await reviewer.screenshot({ path: `${SHOTS}/preview-password-wrong-${width}.png` });
      }
    }

    await reviewer.getByLabel("Password").fill("blue heron 42");
    await reviewer.getByRole("button", { name: "View the preview" }).click();
    await expect(reviewer.getByText("Preview — this is not the live shop.")).toBeVisible();
    expect(reviewer.url()).toBe(link);
    // Reloading keeps it open (the unlock cookie holds for this link).
    await reviewer.reload();
    await expect(reviewer.getByText("Preview — this is not the live shop.")).toBeVisible();
    await reviewerContext.close();
  });
}
