import {
  test as base,
  expect,
  request as playwrightRequest,
  type Locator,
  type Page,
} from "@playwright/test";
import { buyWithTestCard, merchantWithSite, trpc, uniqueStamp } from "./helpers.ts";
import { PseudoLocaleReport, ui, uiPart } from "./pseudo.ts";

/**
 * Every screen of the merchant app in the pseudo-locale en-XA (#18): text the catalogue did not
 * write shows as plain ASCII, longer words show where a box cuts them or a control leaves the
 * window. Each test walks one part of the app and fails with the list per screen (also attached
 * to its artifacts, with screenshots at 1440 and 390 of every screen). The steps find controls by
 * their English or their en-XA words (`ui`), so they walk a screen before and after it is
 * translated, and report it either way.
 */

/** Each test's report, written to its output and artifacts also when a step fails. */
const test = base.extend<{ report: PseudoLocaleReport }>({
  // Playwright reads a fixture's needs from its first argument's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  report: async ({}, use, testInfo) => {
    const report = new PseudoLocaleReport(testInfo);
    await use(report);
    await report.finish();
  },
});

const XA = "lang=en-XA";
/** `path` with the pseudo-locale asked for (it holds for the whole visit). */
const xa = (path: string) => `${path}${path.includes("?") ? "&" : "?"}${XA}`;

/** Waits for what a screen (or a dialog: `within`) loads: nothing busy left. */
async function settled(within: Page | Locator) {
  await expect(within.locator('[aria-busy="true"]')).toHaveCount(0);
}

test("the sign-in pages and the invitation page in en-XA", async ({
  page,
  browser,
  report,
}, testInfo) => {
  const stamp = uniqueStamp();
  const inviter = await playwrightRequest.newContext({ baseURL: testInfo.project.use.baseURL });
  const { site } = await merchantWithSite(inviter, {
    name: "Ines Inviter",
    siteName: "Kiln House",
    slug: "xa-invite",
  });
  const invitee = `invitee-${stamp}@example.com`;
  const { url } = await trpc<{ url: string }>(inviter, "members.invite", {
    siteId: site.id,
    email: invitee,
    role: "editor",
  });
  await inviter.dispose();
  report.allow("Kiln House", "Ines Inviter", invitee);

  await page.goto(xa("/login"));
  await expect(page.getByRole("button", { name: ui("Log in") })).toBeVisible();
  await report.check(page, "login");
  await page.getByLabel(ui("Email")).fill(`nobody-${stamp}@example.com`);
  await page.getByLabel(ui("Password"), { exact: true }).fill("not the password at all");
  await page.getByRole("button", { name: ui("Log in") }).click();
  await expect(page.getByText(ui("Email or password is incorrect."))).toBeVisible();
  await report.check(page, "login, wrong password");

  await page.goto(xa("/signup"));
  await expect(page.getByRole("heading", { name: ui("Create your account") })).toBeVisible();
  await page.getByRole("button", { name: ui("Create account") }).click();
  await report.check(page, "signup, empty fields refused");

  await page.goto(xa("/forgot-password"));
  await expect(page.getByRole("heading", { name: ui("Reset your password") })).toBeVisible();
  await report.check(page, "forgot password");
  await page.getByLabel(ui("Email")).fill(`nobody-${stamp}@example.com`);
  await page.getByRole("button").last().click();
  await expect(page.getByRole("heading", { name: ui("Check your inbox") })).toBeVisible();
  await report.check(page, "forgot password, sent");

  await page.goto(xa("/reset-password"));
  await expect(page.getByRole("heading", { name: ui("This link is incomplete") })).toBeVisible();
  await report.check(page, "reset password, no token");
  await page.goto(xa(`/reset-password?token=${"x".repeat(40)}`));
  await expect(page.getByRole("heading", { name: ui("Choose a new password") })).toBeVisible();
  await report.check(page, "reset password");

  const invitation = new URL(url);
  await page.goto(xa(invitation.pathname + invitation.search));
  await expect(page.getByRole("heading", { name: ui("You are invited") })).toBeVisible();
  await settled(page);
  await report.check(page, "invitation, logged out");

  // The invited person, signed in: the page offers to join.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const invited = await context.newPage();
  await trpc(invited.request, "auth.register", {
    email: invitee,
    password: "a long and unusual passphrase",
    name: "Ivo Invitee",
  });
  report.allow("Ivo Invitee");
  await invited.goto(xa(invitation.pathname + invitation.search));
  await expect(invited.getByRole("button", { name: ui("Accept invitation") })).toBeVisible();
  await report.check(invited, "invitation, signed in");
  await invited.getByRole("button", { name: ui("Accept invitation") }).click();
  // Joined: the editor of the site, with a toast that says so.
  await expect(invited).toHaveURL(/\/editor/);
  await expect(invited.getByText(ui("You joined the site"))).toBeVisible();
  await report.check(invited, "invitation, joined (toast on the editor)");
  await context.close();
});

test("the dashboard, the create-site dialog, account and site settings in en-XA", async ({
  page,
  report,
}) => {
  const stamp = uniqueStamp();
  const { email, site } = await merchantWithSite(page.request, {
    name: "Maya Merchant",
    siteName: "Kiln House",
    slug: "xa-dashboard",
  });
  const invited = `helper-${stamp}@example.com`;
  await trpc(page.request, "members.invite", { siteId: site.id, email: invited, role: "editor" });
  report.allow("Maya Merchant", "Kiln House", "Kiln Annex", email, invited, site.slug);

  await page.goto(xa("/"));
  await expect(page.getByRole("article", { name: /Kiln House/ })).toBeVisible();
  await settled(page);
  await report.check(page, "dashboard with a site");

  await page
    .getByRole("button", {
      name: new RegExp(`${ui("New site").source}|${ui("Create a site").source}`),
    })
    .first()
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(ui("Site name")).fill("Kiln Annex");
  await expect(dialog.getByText(uiPart("is available"))).toBeVisible();
  await report.check(page, "create-site dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: /Maya Merchant/ }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  await report.check(page, "user menu");
  await page.keyboard.press("Escape");

  await page.goto(xa("/account"));
  await expect(page.getByRole("heading", { name: ui("Account settings"), level: 1 })).toBeVisible();
  await settled(page);
  await report.check(page, "account settings");

  await page.goto(xa(`/sites/${site.id}/settings`));
  await expect(page.getByRole("heading", { name: ui("General"), level: 2 })).toBeVisible();
  await expect(page.getByText(invited).first()).toBeVisible();
  await settled(page);
  await report.check(page, "site settings, members and invitations");
});

test("the AI wizard's steps in en-XA", async ({ page, report }) => {
  test.setTimeout(240_000);
  const stamp = uniqueStamp();
  const { email } = await merchantWithSite(page.request, {
    name: "Camille Potier",
    siteName: "Atelier Annex",
    slug: "xa-wizard",
  });
  const business = `Clay Corner ${stamp}`;
  const brief =
    "A pottery studio in Leeds: hand-thrown bowls, mugs and plates in stoneware, from £18 to £45.";
  report.allow("Camille Potier", business, brief, email);

  await page.goto(xa("/sites/new"));
  await expect(page.getByLabel(ui("Business name"))).toBeVisible();
  await report.check(page, "wizard: business");
  await page.getByLabel(ui("Business name")).fill(business);
  await page.getByLabel(ui("What do you sell, and to whom?")).fill(brief);
  await page.getByRole("button", { name: ui("Next: check what we understood") }).click();
  await expect(page.getByRole("heading", { name: ui("What we understood") })).toBeVisible();
  await report.check(page, "wizard: what we understood");
  await page.getByRole("button", { name: ui("Next: style") }).click();
  await expect(page.getByRole("button", { name: ui("Next: competitors") })).toBeVisible();
  await report.check(page, "wizard: style");
  await page.getByRole("button", { name: ui("Next: competitors") }).click();
  await expect(page.getByRole("button", { name: ui("Skip: generate") })).toBeVisible();
  await report.check(page, "wizard: competitors");
  await page.getByRole("button", { name: ui("Skip: generate") }).click();
  await expect(page.getByRole("button", { name: ui("Generate my store") })).toBeVisible();
  await report.check(page, "wizard: ready to generate");
  await page.getByRole("button", { name: ui("Generate my store") }).click();
  await expect(page.getByRole("heading", { name: ui("Your store is ready") })).toBeVisible({
    timeout: 120_000,
  });
  await settled(page);
  await report.check(page, "wizard: store ready, logo");
});

test("the editor's panels and dialogs in en-XA", async ({ page, report }) => {
  test.setTimeout(240_000);
  const { email, site } = await merchantWithSite(page.request, {
    name: "Maya Merchant",
    siteName: "Kiln House",
    slug: "xa-editor",
  });
  // "Home": the starter site's page, the site's own content.
  report.allow("Maya Merchant", "Kiln House", email, "Home");
  const canvas = page.frameLocator("iframe.canvas__frame");

  await page.goto(xa(`/sites/${site.id}/editor`));
  await expect(canvas.locator(".pg-hero")).toHaveCount(1);
  await expect(page.getByText(ui("Saved"))).toBeVisible();
  await report.check(page, "editor: block library");

  await canvas.locator(".pg-hero h1").click();
  await expect(page.getByRole("heading", { name: ui("Hero"), level: 2 })).toBeVisible();
  await report.check(page, "editor: hero selected, props panel");

  await page
    .getByRole("button", {
      name: new RegExp(`${ui("Choose image").source}|${ui("Replace image").source}`),
    })
    .first()
    .click();
  const library = page.getByRole("dialog");
  await expect(library).toBeVisible();
  await settled(library);
  await report.check(page, "editor: media library dialog");
  await library.getByRole("button", { name: ui("Cancel") }).click();
  await expect(library).toBeHidden();

  for (const [tab, screen] of [
    ["Style", "editor: theme panel"],
    ["Layers", "editor: layers"],
    ["Pages", "editor: pages"],
  ] as const) {
    await page.getByRole("tab", { name: ui(tab) }).click();
    await expect(page.getByRole("tab", { name: ui(tab) })).toHaveAttribute("aria-selected", "true");
    await report.check(page, screen);
  }
  await page.getByRole("tab", { name: ui("Add") }).click();

  for (const [tab, screen] of [
    ["Page", "editor: page settings"],
    ["AI", "editor: AI panel"],
    ["Comments", "editor: comments"],
    ["Logo", "editor: logo"],
  ] as const) {
    await page.getByRole("tab", { name: ui(tab) }).click();
    await expect(page.getByRole("tab", { name: ui(tab) })).toHaveAttribute("aria-selected", "true");
    await settled(page);
    await report.check(page, screen);
  }

  await page.getByRole("button", { name: ui("Share preview") }).click();
  const share = page.getByRole("dialog");
  await share.getByLabel(ui("Name (for you)")).fill("For Rita");
  report.allow("For Rita");
  await share.getByRole("button", { name: ui("Create link") }).click();
  await expect(share.getByRole("list")).toContainText("For Rita");
  await report.check(page, "editor: preview links");
  await page.keyboard.press("Escape");
  await expect(share).toBeHidden();

  await page.getByRole("button", { name: ui("Publish") }).click();
  await expect(page.getByText(ui("Your site is live"))).toBeVisible();
  await report.check(page, "editor: published");

  await page.goto(xa(`/sites/${site.id}/media`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await settled(page);
  await report.check(page, "media library page");
});

test("the store admin's screens and the order's dialogs in en-XA", async ({
  page,
  report,
}, testInfo) => {
  test.setTimeout(240_000);
  const { email, site } = await merchantWithSite(page.request, {
    name: "Mia Merchant",
    siteName: "Weekend Goods",
    slug: "xa-store",
  });
  const siteId = site.id;
  await trpc(page.request, "taxes.save", {
    siteId,
    rate: { country: "NL", name: "BTW", ratePpm: 210_000, appliesToShipping: true },
  });
  await trpc(page.request, "shipping.createZone", {
    siteId,
    zone: {
      name: "Benelux",
      countries: ["NL"],
      rates: [{ name: "PostNL", kind: "flat", price: 495 }],
    },
  });
  const { product } = await trpc<{ product: { id: string; variants: { id: string }[] } }>(
    page.request,
    "products.create",
    {
      siteId,
      product: {
        title: "Leather Weekender",
        status: "active",
        variants: [{ price: 8900, stock: 5 }],
      },
    },
  );
  await trpc(page.request, "collections.create", {
    siteId,
    collection: { title: "Travel Bags", productIds: [product.id] },
  });
  await trpc(page.request, "discounts.create", {
    siteId,
    discount: { code: "TEN", kind: "percentage", value: 1000 },
  });
  await trpc(page.request, "sites.publish", { siteId });
  await buyWithTestCard(testInfo.project.use.baseURL!, site.slug, product.variants[0]!.id);
  report.allow(
    "Mia Merchant",
    "Weekend Goods",
    email,
    "Leather Weekender",
    "Travel Bags",
    "TEN",
    "Benelux",
    "PostNL",
    "BTW",
    "NL",
    "Noor Jansen",
    "Keizersgracht",
    "1015 CJ",
    "travel-bags",
    "Amsterdam",
    "noor@example.nl",
  );
  const store = (path: string) => xa(`/sites/${siteId}/store/${path}`);

  await page.goto(store("orders"));
  await expect(page.getByRole("link", { name: "#1001" })).toBeVisible();
  await settled(page);
  await report.check(page, "store: orders");

  await page.getByRole("link", { name: "#1001" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /1001/ })).toBeVisible();
  await settled(page);
  await report.check(page, "store: order detail");

  for (const [button, screen] of [
    ["Fulfil", "store: order, ship dialog"],
    ["Refund", "store: order, refund dialog"],
    ["Cancel order", "store: order, cancel dialog"],
  ] as const) {
    await page
      .getByRole("button", { name: ui(button) })
      .first()
      .click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await report.check(page, screen);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  }

  await page.goto(store("products"));
  await expect(page.getByRole("link", { name: "Leather Weekender" }).first()).toBeVisible();
  await settled(page);
  await report.check(page, "store: products");
  await page.goto(store(`products/${product.id}`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await settled(page);
  await report.check(page, "store: product editor");

  for (const [path, shows, screen] of [
    ["collections", "Travel Bags", "store: collections"],
    ["discounts", "TEN", "store: discounts"],
    ["shipping", "Benelux", "store: shipping"],
    ["taxes", "BTW", "store: taxes and currency"],
    ["payments", null, "store: payments"],
    ["payouts", null, "store: payouts"],
  ] as const) {
    await page.goto(store(path));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (shows) await expect(page.getByRole("main").getByText(shows).first()).toBeVisible();
    await settled(page);
    await report.check(page, screen);
  }
});
