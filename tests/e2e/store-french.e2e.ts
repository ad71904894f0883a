import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Page,
} from "@playwright/test";
import { screenshots } from "./screenshots.ts";

/**
 * The store admin as a French merchant sees it (#18): the products list, a product with sizes and
 * colours (its variants table is the widest of the admin: it must scroll inside its card, not
 * spill out of it), the collections and an order with the refund dialog open. Screenshots at
 * 1440 and 390 in the test's output folder.
 */
test.use({ locale: "fr-FR" });

const port = Number(process.env.E2E_PORT ?? 3107);
const origin = `http://localhost:${port}`;

async function trpc<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const response = await request.post(`${origin}/trpc/${procedure}`, { data: input });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok()) throw new Error(`${procedure}: ${response.status()} ${body.error?.message}`);
  return body.result!.data;
}

/** A shopper buys two units through the storefront's JSON endpoints. */
async function buy(slug: string, variantId: string) {
  const shopper = await playwrightRequest.newContext({
    baseURL: origin,
    extraHTTPHeaders: { accept: "application/json" },
  });
  const post = async (url: string, form: Record<string, string>) => {
    const response = await shopper.post(url, { form: { site: slug, ...form } });
    const body = (await response.json()) as { token?: string; error?: string };
    if (!response.ok()) throw new Error(`${url}: ${response.status()} ${body.error}`);
    return body;
  };
  await post("/api/cart/add", { variantId, quantity: "2" });
  const { token } = await post("/api/checkout", {});
  await post(`/api/checkout/${token}/information`, {
    email: "camille@example.fr",
    "address.name": "Camille Durand",
    "address.line1": "12 rue de la République",
    "address.city": "Lyon",
    "address.postalCode": "69002",
    "address.country": "FR",
  });
  await post(`/api/checkout/${token}/pay`, {
    "card.number": "4242 4242 4242 4242",
    "card.expiry": "12/40",
    "card.cvc": "123",
  });
  await shopper.dispose();
}

/** No sideways scrolling of the page at a desktop's and a phone's width (longer French words). */
async function expectWithinScreen(page: Page) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    // After the resized page has laid out and painted again.
    const overflow = await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      await frame();
      await frame();
      return document.documentElement.scrollWidth - window.innerWidth;
    });
    expect(overflow, `wider than ${width} px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a French merchant's catalogue and orders, in French and within the screen", async ({
  page,
}, testInfo) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const call = <T>(procedure: string, input: unknown) => trpc<T>(page.request, procedure, input);
  await call("auth.register", {
    email: `boutique-${stamp}@example.fr`,
    password: "une phrase longue et rare",
    name: "Léa Martin",
  });
  const { site } = await call<{ site: { id: string; slug: string } }>("sites.create", {
    name: "Atelier Lin",
    slug: `e2e-boutique-${stamp}`,
  });
  const siteId = site.id;
  await call("checkout.updateSettings", {
    siteId,
    currency: "EUR",
    taxesIncluded: true,
    timeZone: "Europe/Paris",
  });
  await call("shipping.createZone", {
    siteId,
    zone: {
      name: "France",
      countries: ["FR"],
      rates: [{ name: "Colissimo", kind: "flat", price: 495 }],
    },
  });
  const sizes = ["S", "M", "L"];
  const colours = ["Naturel", "Bleu ardoise"];
  const { product } = await call<{ product: { id: string; variants: { id: string }[] } }>(
    "products.create",
    {
      siteId,
      product: {
        title: "Tablier en lin lavé",
        status: "active",
        vendor: "Atelier Lin",
        options: [
          { name: "Taille", values: sizes },
          { name: "Couleur", values: colours },
        ],
        variants: sizes.flatMap((size) =>
          colours.map((colour) => ({ options: [size, colour], price: 4850, stock: 12 })),
        ),
      },
    },
  );
  await call("collections.create", {
    siteId,
    collection: {
      title: "Cuisine",
      description: "",
      image: null,
      automatic: true,
      matchAll: true,
      rules: [{ field: "price", relation: "greater_than", value: 2000 }],
      productIds: [],
    },
  });
  await call("sites.publish", { siteId });
  await buy(site.slug, product.variants[0]!.id);

  await page.goto(`${origin}/sites/${siteId}/store/products`);
  await expect(page.getByRole("heading", { name: "Produits", level: 1 })).toBeVisible();
  await expect(page.getByText("6 variantes · Atelier Lin")).toBeVisible();
  await screenshots(page, testInfo, "products");

  await page.getByRole("link", { name: "Tablier en lin lavé" }).click();
  await expect(page.getByRole("heading", { name: "Variantes" })).toBeVisible();
  await expect(page.getByLabel("Prix de M / Bleu ardoise")).toHaveValue("48.50");
  // The table scrolls inside its card: the page itself is no wider than the screen.
  await expectWithinScreen(page);
  await screenshots(page, testInfo, "product-editor");

  await page.goto(`${origin}/sites/${siteId}/store/collections`);
  await expect(page.getByRole("heading", { name: "Collections", level: 1 })).toBeVisible();
  await expect(page.getByText("Automatique")).toBeVisible();
  await screenshots(page, testInfo, "collections");
  await page.getByRole("button", { name: "Modifier «\u202fCuisine\u202f»" }).click();
  await expect(page.getByRole("dialog", { name: "Modifier «\u202fCuisine\u202f»" })).toBeVisible();
  await screenshots(page, testInfo, "collection-dialog");
  await page.keyboard.press("Escape");

  await page.goto(`${origin}/sites/${siteId}/store/orders`);
  await page.getByRole("link", { name: "#1001" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commande #1001" })).toBeVisible();
  await page.getByRole("button", { name: "Rembourser", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Rembourser" });
  await dialog.getByLabel("Tablier en lin lavé (S / Naturel)").fill("1");
  await expect(dialog.getByText("Remboursement suggéré").first()).toBeVisible();
  await expect(dialog.getByRole("button", { name: /^Rembourser 48,50\s€$/ })).toBeEnabled();
  await screenshots(page, testInfo, "order-refund");
});
