import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { screenshots } from "./screenshots.ts";

/**
 * The app on the address the visitor used. The server's PUBLIC_URL is http://localhost:<port>;
 * a merchant or shopper on http://127.0.0.1:<port> (the same server) must be able to buy, share
 * a preview and hand over an invitation there: the links and redirects they get stay on
 * 127.0.0.1 instead of jumping to PUBLIC_URL (which the pages' form-action policy blocks).
 */

async function trpc<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const response = await request.post(`/trpc/${procedure}`, { data: input });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok()) throw new Error(`${procedure}: ${response.status()} ${body.error?.message}`);
  return body.result!.data;
}

async function query<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await request.get(`/trpc/${procedure}${search}`);
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok()) throw new Error(`${procedure}: ${response.status()} ${body.error?.message}`);
  return body.result!.data;
}

const stampOf = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const loopback = (baseURL: string | undefined) => `http://127.0.0.1:${new URL(baseURL!).port}`;

/** A published shop with two products, set up through the API by a fresh merchant. */
async function shopWithProducts(request: APIRequestContext) {
  const stamp = stampOf();
  const slug = `e2e-addr-${stamp}`;
  await trpc(request, "auth.register", {
    email: `merchant-${stamp}@example.com`,
    password: "a long and unusual passphrase",
    name: "Mia Merchant",
  });
  const { site } = await trpc<{ site: { id: string } }>(request, "sites.create", {
    name: "Fern & Clay",
    slug,
  });
  const product = async (title: string, price: number, stock: number) =>
    (
      await trpc<{ product: { id: string } }>(request, "products.create", {
        siteId: site.id,
        product: { title, status: "active", variants: [{ price, stock }] },
      })
    ).product;
  const planter = await product("Fern Planter", 3200, 5);
  const mug = await product("Clay Mug", 1800, 5);
  await trpc(request, "sites.publish", { siteId: site.id });
  return { siteId: site.id, slug, planter, mug };
}

async function addToCart(shopper: Page, origin: string, slug: string, handle: string) {
  await shopper.goto(`${origin}/s/${slug}/products/${handle}`);
  await shopper.getByRole("button", { name: "Add to cart" }).click();
  const drawer = shopper.getByRole("dialog", { name: "Your cart" });
  await expect(drawer).toBeVisible();
  await drawer.getByRole("button", { name: "Close cart" }).click();
}

async function fillInformation(shopper: Page) {
  await shopper.getByLabel("Email").fill("shopper@example.com");
  await shopper.getByLabel("Full name").fill("Sam Shopper");
  await shopper.getByLabel("Street address").fill("1 Market St");
  await shopper.getByLabel("City").fill("San Francisco");
  // Named by the store country's format ("State", "ZIP code" in the US; "Postal code" elsewhere).
  await shopper.locator('[name="address.region"]').fill("CA");
  await shopper.locator('[name="address.postalCode"]').fill("94105");
  await shopper.getByLabel("Country").selectOption("US");
  await shopper.getByRole("button", { name: "Continue to shipping and payment" }).click();
}

async function fillCard(shopper: Page) {
  await shopper.getByLabel("Card number").fill("4242 4242 4242 4242");
  await shopper.getByLabel("Expiry (MM/YY)").fill("12/34");
  await shopper.getByLabel("Security code").fill("123");
}

for (const host of ["127.0.0.1", "localhost"]) {
  test(`a shopper on ${host} buys through the storefront`, async ({ page, browser, baseURL }) => {
    const origin = host === "localhost" ? baseURL! : loopback(baseURL);
    const shop = await shopWithProducts(page.request);
    const shopperContext = await browser.newContext();
    const shopper = await shopperContext.newPage();
    await addToCart(shopper, origin, shop.slug, "fern-planter");
    await shopper.goto(`${origin}/s/${shop.slug}/cart`);
    await shopper.getByRole("main").getByRole("button", { name: "Check out" }).click();

    await expect(shopper.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
    expect(new URL(shopper.url()).origin).toBe(origin);
    await fillInformation(shopper);
    await fillCard(shopper);
    await shopper.getByRole("button", { name: /^Pay / }).click();
    await expect(
      shopper.getByRole("heading", { level: 1, name: "Thank you! Order #1001" }),
    ).toBeVisible();
    expect(new URL(shopper.url()).origin).toBe(origin);
    await shopperContext.close();
  });
}

test("on 127.0.0.1, a payment refused because an item sold out says so, and the shopper buys the rest", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const origin = loopback(baseURL);
  const shop = await shopWithProducts(page.request);
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await addToCart(shopper, origin, shop.slug, "fern-planter");
  await addToCart(shopper, origin, shop.slug, "clay-mug");
  await shopper.goto(`${origin}/s/${shop.slug}/cart`);
  await shopper.getByRole("main").getByRole("button", { name: "Check out" }).click();
  await expect(shopper.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await fillInformation(shopper);
  await fillCard(shopper);

  // The merchant finds the last mugs broken while the shopper is typing the card.
  const mug = await query<{ product: { title: string; variants: Record<string, unknown>[] } }>(
    page.request,
    "products.get",
    { siteId: shop.siteId, productId: shop.mug.id },
  );
  await trpc(page.request, "products.update", {
    siteId: shop.siteId,
    productId: shop.mug.id,
    product: {
      title: mug.product.title,
      status: "active",
      variants: [{ ...mug.product.variants[0], stock: 0 }],
    },
  });
  await shopper.getByRole("button", { name: /^Pay / }).click();
  await expect(
    shopper.getByText("Sorry, Clay Mug sold out while you were checking out."),
  ).toBeVisible();
  expect(new URL(shopper.url()).origin).toBe(origin);
  await screenshots(shopper, testInfo, "checkout-sold-out");

  // Back in the cart, without the mug, the planters are all still there to buy.
  await shopper.getByRole("link", { name: "Back to cart" }).click();
  await shopper
    .getByRole("row", { name: /Clay Mug/ })
    .getByRole("button", { name: "Remove" })
    .click();
  await expect(shopper.getByRole("row", { name: /Clay Mug/ })).toBeHidden();
  await shopper.getByRole("main").getByRole("button", { name: "Check out" }).click();
  await expect(shopper.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await fillInformation(shopper);
  await fillCard(shopper);
  await shopper.getByRole("button", { name: /^Pay / }).click();
  await expect(
    shopper.getByRole("heading", { level: 1, name: /^Thank you! Order #/ }),
  ).toBeVisible();
  await shopperContext.close();
});

test("a merchant on 127.0.0.1 shares a preview link that opens there", async ({
  browser,
  baseURL,
}) => {
  const origin = loopback(baseURL);
  const merchantContext = await browser.newContext({ baseURL: origin });
  const merchant = await merchantContext.newPage();
  const stamp = stampOf();
  await trpc(merchant.request, "auth.register", {
    email: `preview-${stamp}@example.com`,
    password: "a long and unusual passphrase",
    name: "Maya Merchant",
  });
  const { site } = await trpc<{ site: { id: string } }>(merchant.request, "sites.create", {
    name: `Preview ${stamp}`,
    slug: `e2e-preview-${stamp}`,
  });
  await merchant.goto(`/sites/${site.id}/editor`);
  await merchant.getByRole("button", { name: "Share preview" }).click();
  const share = merchant.getByRole("dialog", { name: "Share a preview" });
  await share.getByLabel("Name (for you)").fill("For Rita");
  await share.getByRole("button", { name: "Create link" }).click();
  const url = await share.getByRole("textbox", { name: "Preview link", exact: true }).inputValue();
  expect(url.startsWith(`${origin}/p/`)).toBe(true);

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(url);
  await expect(reviewer.getByText("Preview — this is not the live shop.")).toBeVisible();
  await reviewerContext.close();
  await merchantContext.close();
});

test("a merchant on 127.0.0.1 hands over an invitation link; the invitee accepts it there", async ({
  browser,
  baseURL,
}, testInfo) => {
  const origin = loopback(baseURL);
  const ownerContext = await browser.newContext({ baseURL: origin });
  const owner = await ownerContext.newPage();
  const stamp = stampOf();
  const guestEmail = `guest-${stamp}@example.com`;
  await trpc(owner.request, "auth.register", {
    email: `owner-${stamp}@example.com`,
    password: "a long and unusual passphrase",
    name: "Olivia Owner",
  });
  const { site } = await trpc<{ site: { id: string } }>(owner.request, "sites.create", {
    name: `Team ${stamp}`,
    slug: `e2e-team-${stamp}`,
  });
  await owner.goto(`/sites/${site.id}/settings`);
  const form = owner.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Email address").fill(guestEmail);
  await form.getByRole("button", { name: "Send invite" }).click();
  const box = form.getByRole("textbox", { name: "Invitation link" });
  await expect(box).toBeVisible();
  const url = await box.inputValue();
  expect(url.startsWith(`${origin}/invitations/accept?token=`)).toBe(true);
  await screenshots(owner, testInfo, "invitation-link");

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(url);
  await guest.getByRole("link", { name: "Create an account" }).click();
  await guest.getByLabel("Your name").fill("Gina Guest");
  await guest.getByLabel("Email").fill(guestEmail);
  await guest.getByLabel("Password", { exact: true }).fill("a long and unusual passphrase");
  await guest.getByRole("button", { name: "Create account" }).click();
  await guest.getByRole("button", { name: "Accept invitation" }).click();
  await expect(guest).toHaveURL(`${origin}/sites/${site.id}/editor`, { timeout: 30_000 });
  await guestContext.close();
  await ownerContext.close();
});

test("the wizard's chat keeps the page and carries the answers into the brief and the generation", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const stamp = stampOf();
  const name = `Blue Fern Roasters ${stamp}`;
  const description =
    "A small-batch coffee roastery in Portland selling single-origin beans and brewing gear.";
  await trpc(page.request, "auth.register", {
    email: `chat-${stamp}@example.com`,
    password: "a long and unusual passphrase",
    name: "Maya Merchant",
  });
  await page.goto("/sites/new");
  await page.getByRole("button", { name: "Prefer to chat? Answer a few questions" }).click();
  // A reload would lose this, and the conversation with it.
  await page.evaluate(() => Object.assign(window, { pegasusMarker: "still here" }));
  const chat = page.getByRole("region", { name: "Onboarding assistant" });
  const answer = chat.getByRole("textbox", { name: "Your answer" });
  // Answer whatever the assistant asks (it skips what it already knows) until it has enough.
  const answers: [RegExp, string][] = [
    [/business called/, name],
    [/what you sell/, description],
    [/Where are you based/, "Portland, Oregon"],
    [/What look do you like/, "warm, with forest green"],
    [/websites you admire/, "skip"],
  ];
  const assistantSaid = chat.getByRole("listitem").filter({ hasText: /^Assistant:/ });
  await expect(assistantSaid).toHaveCount(1);
  for (let turn = 1; ; turn++) {
    const question = (await assistantSaid.last().textContent()) ?? "";
    if (/I have what I need/.test(question)) break;
    const reply = answers.find(([asks]) => asks.test(question));
    expect(reply, `no answer for: ${question}`).toBeTruthy();
    expect(turn).toBeLessThan(answers.length + 1);
    await answer.fill(reply![1]);
    if (turn === 4) await screenshots(page, testInfo, "onboarding-chat");
    await answer.press("Enter");
    await expect(assistantSaid).toHaveCount(turn + 1);
    expect(await page.evaluate(() => (window as { pegasusMarker?: string }).pegasusMarker)).toBe(
      "still here",
    );
  }
  await expect(page.getByLabel("Business name")).toHaveValue(name);
  await chat.getByRole("button", { name: "Continue with this" }).click();

  // The answers are the brief: Pegasus shows what it read of them, the look is chosen, and the
  // summary shows the name and description.
  await expect(page.getByRole("heading", { name: "What we understood" })).toBeVisible();
  await page.getByRole("button", { name: "Next: style" }).click();
  await expect(page.getByRole("heading", { name: "Choose a look" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /Warm/ })).toBeChecked();
  await page.getByRole("button", { name: "Next: competitors" }).click();
  await page.getByRole("button", { name: "Skip: generate" }).click();
  await expect(page.getByText(name, { exact: true })).toBeVisible();
  await expect(page.getByText(description, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as { pegasusMarker?: string }).pegasusMarker)).toBe(
    "still here",
  );
  await page.getByRole("button", { name: "Generate my store" }).click();
  await expect(page.getByRole("heading", { name: "Your store is ready" })).toBeVisible({
    timeout: 60_000,
  });
  const { sites } = await query<{ sites: { name: string }[] }>(
    page.request,
    "sites.list",
    undefined,
  );
  expect(sites.map((s) => s.name)).toContain(name);
});
