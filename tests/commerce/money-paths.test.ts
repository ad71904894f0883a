// @ts-expect-error -- jsdom ships no types and @types/jsdom is not a dependency
import { JSDOM as UntypedJSDOM } from "jsdom";
import { afterAll, describe, expect, it } from "vitest";
import { serializeOuter } from "parse5";
import {
  currencyExponent,
  formatMinor,
  SUPPORTED_CURRENCIES,
  toDecimalString,
} from "../../domain/money.ts";
import { renderPage } from "../../renderer/index.ts";
import { islandsScript } from "../../renderer/islands/bundle.ts";
import { allElements, attr, descendants, textOf } from "../../renderer/testing/html.ts";
import { siteCatalog } from "../../server/commerce/catalog.ts";
import { checkoutByToken, priceCheckout } from "../../server/commerce/checkout.ts";
import { checkoutPage } from "../../server/commerce/checkout-http/pages.tsx";
import { catalogData } from "../../server/commerce/checkout-http/storefront-data.ts";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper, type Shop, orderOrCheckout } from "./helpers.ts";

type Dom = { window: Window & typeof globalThis };
const JSDOM = UntypedJSDOM as new (html: string, options?: Record<string, unknown>) => Dom;

/**
 * One price, followed through every place a shopper reads it: the product page, the cart drawer
 * the islands script fills, the checkout page and the confirmation mail. All of them must print
 * what checkout charges. Intl and ISO 4217 disagree on COP, HUF, IDR, PKR (2 decimals) and IQD
 * (3): the storefront once showed those prices 100 and 1,000 times too high.
 */
const { app, deps, outbox } = await useTestApp();

const PRICE = 1850;
/** Each test drives whole checkouts; on a loaded machine (load ~16 on 2 cores) one takes ~10 s. */
const LOADED_MACHINE_MS = 300_000;

const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

type Element = ReturnType<typeof allElements>[number];
const classes = (el: Element) => (attr(el, "class") ?? "").split(/\s+/);
const find = (elements: Element[], test: (el: Element) => boolean) => elements.find(test);

/** The product page's price (in `<main>`) and its JSON-LD offer price. */
function storefrontPrice(elements: Element[]) {
  const main = find(elements, (el) => el.tagName === "main")!;
  const price = find(descendants(main), (el) => classes(el).includes("pg-ui-price"));
  const span = price && find(descendants(price), (el) => el.tagName === "span");
  const ld = elements
    .filter((el) => el.tagName === "script" && attr(el, "type") === "application/ld+json")
    .map((el) => JSON.parse(textOf(el)) as Record<string, unknown>)
    .find((data) => data["@type"] === "Product");
  return {
    text: squash(span && textOf(span)),
    offer: (ld?.offers as { price?: string } | undefined)?.price,
  };
}

/** The checkout page's total, without the currency code printed after it. */
function checkoutTotal(html: string) {
  const total = find(allElements(html), (el) => classes(el).includes("pg-total"))!;
  const dd = find(descendants(total), (el) => el.tagName === "dd")!;
  const first = dd.childNodes[0];
  return squash(first && "value" in first ? String(first.value) : "");
}

/**
 * The real islands script in one jsdom window for the whole file (its listeners are delegated
 * from the document, so each page's form and drawer are swapped in): it posts the add-to-cart
 * form, gets `cartJson` back as the server would answer, and fills the drawer.
 */
let islands: { window: Dom["window"]; answer: unknown } | undefined;
afterAll(() => islands?.window.close());

async function drawerPrice(elements: Element[], cartJson: unknown) {
  if (!islands) {
    const { window } = new JSDOM("<!doctype html><html><body></body></html>", {
      url: "https://shop.example/",
      runScripts: "outside-only",
    });
    const state: { window: Dom["window"]; answer: unknown } = { window, answer: null };
    window.fetch = (async () =>
      new Response(JSON.stringify(state.answer), {
        status: 200,
        headers: { "content-type": "application/json" },
      })) as unknown as typeof fetch;
    // jsdom has no modal dialogs; a stand-in that only flips `open` is enough here.
    window.HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      this.setAttribute("open", "");
    };
    window.eval(islandsScript().js);
    islands = state;
  }
  islands.answer = cartJson;
  const { document } = islands.window;
  const outer = (test: (el: Element) => boolean) => serializeOuter(find(elements, test)!);
  document.documentElement.lang =
    attr(
      find(elements, (el) => el.tagName === "html")!,
      "lang",
    ) ?? "";
  document.body.innerHTML =
    outer((el) => attr(el, "data-island") === "add-to-cart") +
    outer((el) => attr(el, "data-cart-drawer") !== undefined);
  document.querySelector<HTMLFormElement>('form[data-island="add-to-cart"]')!.requestSubmit();
  const subtotal = document.querySelector("[data-cart-subtotal]")!;
  const deadline = Date.now() + 20_000;
  while (!subtotal.textContent && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 5));
  const line = document.querySelector(".cart-line-total");
  return { subtotal: squash(subtotal.textContent), line: squash(line?.textContent) };
}

type Seen = {
  currency: string;
  storefront: string;
  drawerLine: string;
  drawerSubtotal: string;
  checkout: string;
  offer: string | undefined;
};

/** What every path should show: the amount checkout charges, as checkout prints it. */
function expectedFor(currency: string, charged: number, locale: string): Seen {
  const text = squash(formatMinor(charged, currency, locale));
  return {
    currency,
    storefront: text,
    drawerLine: text,
    drawerSubtotal: text,
    checkout: text,
    offer: toDecimalString(charged, currency),
  };
}

async function setCurrency(shop: Shop, currency: string) {
  const result = await shop.as("mutation", "checkout.updateSettings", { currency });
  expect(result.status, JSON.stringify(result.error)).toBe(200);
}

/** Through the real app: product page, cart JSON into the islands script, checkout page. */
async function readThroughApp(
  shop: Shop,
  product: Awaited<ReturnType<typeof createProduct>>,
  currency: string,
) {
  const shopper = new Shopper(app, shop);
  const page = await shopper.get(`/s/${shop.slug}/products/${product.handle}`);
  expect(page.statusCode).toBe(200);
  const added = await shopper.add(product.variants[0]!.id, 1);
  expect(added.statusCode, added.body).toBe(200);
  const { token, error } = await shopper.startCheckout();
  expect(token, error).toBeTruthy();
  const checkout = await shopper.get(`/s/${shop.slug}/checkout/${token}`);
  expect(checkout.statusCode).toBe(200);
  const order = await orderOrCheckout(deps.db.prisma, { token });
  const elements = allElements(page.body);
  const storefront = storefrontPrice(elements);
  const drawer = await drawerPrice(elements, added.json());
  const seen: Seen = {
    currency,
    storefront: storefront.text,
    drawerLine: drawer.line,
    drawerSubtotal: drawer.subtotal,
    checkout: checkoutTotal(checkout.body),
    offer: storefront.offer,
  };
  return { shopper, token: token!, order, cart: added.json() as { cart: object }, seen };
}

/** Where the runtime's idea of a currency's decimals is not ISO 4217's (COP, HUF, IDR, PKR, IQD). */
const INTL_DISAGREES = SUPPORTED_CURRENCIES.filter(
  (currency) =>
    new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits !== currencyExponent(currency),
);

describe("a price reads the same on the storefront, in the cart drawer and at checkout", () => {
  it("knows which currencies the runtime gets wrong", () => {
    expect(INTL_DISAGREES).toEqual(expect.arrayContaining(["COP", "HUF", "IDR", "PKR", "IQD"]));
  });

  it(
    "in every supported currency, through the functions the routes call",
    { timeout: LOADED_MACHINE_MS },
    async () => {
      // One real checkout gives a real order, cart JSON and catalog; each currency then goes through
      // the storefront renderer, the islands script and the checkout page as the routes call them.
      const shop = await createShop(app, deps);
      const product = await createProduct(shop, { title: "Linen Apron", price: PRICE, stock: 10 });
      const { token, cart } = await readThroughApp(shop, product, "USD");
      const order = (await checkoutByToken(deps.db.prisma, shop.siteId, token))!;
      const published = await deps.db.prisma.site.findUniqueOrThrow({ where: { id: shop.siteId } });
      const doc = (await deps.siteDocuments.publishedDoc(
        shop.siteId,
        published.publishedVersionId!,
      ))!;
      const catalog = catalogData(await siteCatalog(deps, shop.siteId));
      const mismatches = [];
      for (const currency of SUPPORTED_CURRENCIES) {
        const site = {
          doc: { ...doc, settings: { ...doc.settings, currency } },
          siteSlug: shop.slug,
          baseUrl: `http://localhost:3000/s/${shop.slug}`,
          versionId: published.publishedVersionId!,
          mode: "live" as const,
        };
        const page = renderPage(site, `/products/${product.handle}`, {
          ...catalog,
          products: catalog.products.map((p) => ({ ...p, currency })),
        });
        const elements = allElements(page.html);
        const storefront = storefrontPrice(elements);
        const drawer = await drawerPrice(elements, { cart: { ...cart.cart, currency } });
        const inCurrency = { ...order, currency };
        const pricing = await priceCheckout(deps.db.prisma, inCurrency, deps.now());
        const checkout = checkoutPage(
          { ...site, currency },
          {
            order: inCurrency,
            pricing,
            editInformation: true,
            errors: {},
            values: {},
            alert: null,
            collectsCard: true,
            testMode: true,
          },
        );
        const seen: Seen = {
          currency,
          storefront: storefront.text,
          drawerLine: drawer.line,
          drawerSubtotal: drawer.subtotal,
          checkout: checkoutTotal(checkout.html),
          offer: storefront.offer,
        };
        const expected = expectedFor(currency, pricing.totals.total, "en-US");
        if (JSON.stringify(seen) !== JSON.stringify(expected)) mismatches.push({ seen, expected });
      }
      expect(mismatches).toEqual([]);
    },
  );

  it(
    "through the real app where the runtime disagrees with ISO 4217, and in USD, JPY, BHD",
    { timeout: LOADED_MACHINE_MS },
    async () => {
      const shop = await createShop(app, deps);
      const product = await createProduct(shop, { title: "Linen Apron", price: PRICE, stock: 100 });
      const mismatches = [];
      for (const currency of [...INTL_DISAGREES, "USD", "JPY", "BHD"]) {
        await setCurrency(shop, currency);
        const { order, seen } = await readThroughApp(shop, product, currency);
        expect(order).toMatchObject({ currency, total: PRICE });
        const expected = expectedFor(currency, order.total, "en-US");
        if (JSON.stringify(seen) !== JSON.stringify(expected)) mismatches.push({ seen, expected });
        // The currency can change only while the shop has no orders; this one was never paid.
        await deps.db.prisma.checkout.deleteMany({ where: { siteId: shop.siteId } });
      }
      expect(mismatches).toEqual([]);
    },
  );

  it(
    "a COP shop in Spanish prints $ 18,50 everywhere, the confirmation mail included",
    { timeout: LOADED_MACHINE_MS },
    async () => {
      const shop = await createShop(app, deps, { currency: "COP", locale: "es-CO" });
      const product = await createProduct(shop, { title: "Mochila", price: PRICE, stock: 10 });
      const { shopper, token, seen } = await readThroughApp(shop, product, "COP");
      // es-CO writes pesos as "$ 18,50"; Intl's idea of COP (no decimals) would print "$ 1.850".
      expect(seen).toEqual({
        currency: "COP",
        storefront: "$ 18,50",
        drawerLine: "$ 18,50",
        drawerSubtotal: "$ 18,50",
        checkout: "$ 18,50",
        offer: "18.50",
      });
      const info = await shopper.information(token);
      expect(info.statusCode, info.body).toBe(200);
      const paid = await shopper.pay(token);
      expect(paid.statusCode, paid.body).toBe(200);
      const order = await orderOrCheckout(deps.db.prisma, { token });
      // The store speaks Spanish: so does its mail.
      const subject = `pedido n.º ${order.number} confirmado`;
      const deadline = Date.now() + 30_000;
      let mail = (await outbox.list()).find((m) => m.subject.endsWith(subject));
      while (!mail && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        mail = (await outbox.list()).find((m) => m.subject.endsWith(subject));
      }
      expect(squash(mail?.text)).toContain("Total: $ 18,50");
    },
  );
});
