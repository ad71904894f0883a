// @ts-expect-error -- jsdom ships no types and @types/jsdom is not a dependency
import { JSDOM as UntypedJSDOM } from "jsdom";
import { describe, expect, it, vi } from "vitest";
import { islandsScript } from "./bundle.ts";

type Dom = { window: Window & typeof globalThis };
const JSDOM = UntypedJSDOM as new (html: string, options: Record<string, unknown>) => Dom;

/**
 * Runs the real bundled script in jsdom against markup shaped like the blocks' output, with
 * fetch faked, and checks what a shopper would see change.
 */
function setup(body: string, responses: Record<string, unknown> = {}) {
  const dom = new JSDOM(`<!doctype html><html lang="en-US"><body>${body}</body></html>`, {
    url: "https://shop.example/",
    runScripts: "outside-only",
  });
  const { window } = dom;
  const calls: { url: string; method: string; body: string }[] = [];
  window.fetch = vi.fn(async (input: string | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, method: init?.method ?? "GET", body: String(init?.body ?? "") });
    const key = Object.keys(responses).find((k) => url.includes(k));
    const payload = key ? responses[key] : { error: "nope" };
    return new Response(JSON.stringify(payload), {
      status: key ? 200 : 400,
      headers: { "content-type": "application/json" },
    });
  }) as unknown as typeof fetch;
  // jsdom has no modal dialogs; a stand-in that only flips `open` is enough here.
  window.HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  window.HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
  window.eval(islandsScript().js);
  const flush = () => new Promise((resolve) => setTimeout(resolve, 20));
  return { window, document: window.document, calls, flush };
}

/** The cart drawer as the renderer prints it for a shop in `currency` (ISO exponent `exponent`). */
const drawer = (currency = "USD", exponent = 2) =>
  `<dialog data-cart-drawer data-cart-api="/api/cart?site=brew" data-cart-update="/api/cart/update" data-currency="${currency}" data-currency-exponent="${exponent}" data-site="brew" data-product-base="/s/brew/products/">
  <button data-cart-close>Close</button><p data-cart-empty>Your cart is empty.</p><ul data-cart-lines></ul>
  <div data-cart-footer hidden><span data-cart-subtotal></span></div></dialog>`;
const DRAWER = drawer();

const CART = {
  cart: {
    currency: "USD",
    subtotal: 3700,
    lines: [
      {
        id: "line_1",
        title: "Ethiopia <b>Kochere</b>",
        variantTitle: "250 g / Filter",
        quantity: 2,
        lineTotal: 3700,
        handle: "ethiopia-kochere",
        image: { src: "javascript:alert(1)" },
      },
    ],
  },
};

describe("islands script", () => {
  it("toggles the mobile menu and closes it with Escape", () => {
    const { document, window } = setup(
      `<div data-island="menu"><button aria-expanded="false" aria-controls="menu-panel">Menu</button></div><nav id="menu-panel"></nav>`,
    );
    const button = document.querySelector("button")!;
    button.click();
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(document.getElementById("menu-panel")!.hasAttribute("data-open")).toBe(true);
    document.dispatchEvent(new window.KeyboardEvent("keydown", { key: "Escape" }));
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("posts an add-to-cart form in place, fills the drawer with text only and updates the badge", async () => {
    const { document, calls, flush } = setup(
      `<span data-cart-count hidden>0</span>
       <form data-island="add-to-cart" method="post" action="/api/cart/add"><input name="variantId" value="v1"><input name="quantity" value="2"><button type="submit">Add</button></form>${DRAWER}`,
      { "/api/cart/add": CART },
    );
    await flush();
    document.querySelector("form")!.requestSubmit();
    await flush();
    const post = calls.find((c) => c.method === "POST")!;
    expect(post.url).toBe("https://shop.example/api/cart/add");
    expect(post.body).toContain("variantId=v1");
    const badge = document.querySelector<HTMLElement>("[data-cart-count]")!;
    expect(badge.textContent).toBe("2");
    expect(badge.hidden).toBe(false);
    const dialog = document.querySelector("dialog")!;
    expect(dialog.hasAttribute("open")).toBe(true);
    const line = dialog.querySelector("[data-cart-lines] li")!;
    expect(line.querySelector("b")).toBeNull(); // the title is text, not markup
    expect(line.textContent).toContain("Ethiopia <b>Kochere</b>");
    expect(line.querySelector("img")).toBeNull(); // unsafe image source dropped
    expect(line.querySelector("a")!.getAttribute("href")).toBe("/s/brew/products/ethiopia-kochere");
    expect(line.querySelector<HTMLInputElement>('input[name="lineId"]')!.value).toBe("line_1");
    expect(dialog.querySelector("[data-cart-subtotal]")!.textContent).toBe("$37.00");
  });

  it("prices the drawer with the currency's own ISO decimals (JPY 0, BHD 3, COP 2, IQD 3)", async () => {
    for (const [currency, exponent, subtotal, text] of [
      ["JPY", 0, 3700, "¥3,700"],
      ["BHD", 3, 3700, "3.700"],
      ["COP", 2, 1850, "18.50"],
      ["IQD", 3, 1850, "1.850"],
    ] as const) {
      const { document, flush } = setup(
        `<form data-island="add-to-cart" method="post" action="/api/cart/add"><button type="submit">Add</button></form>${drawer(currency, exponent)}`,
        { "/api/cart/add": { cart: { ...CART.cart, currency, subtotal } } },
      );
      await flush();
      document.querySelector("form")!.requestSubmit();
      await flush();
      expect(document.querySelector("[data-cart-subtotal]")!.textContent).toContain(text);
    }
  });

  it("shows inline messages for newsletter forms", async () => {
    const { document, flush } = setup(
      `<form data-island="form" method="post" action="/api/forms/newsletter" data-success-message="You're on the list."><input name="email" value="a@b.co"><button>Join</button><p class="pg-newsletter__status" role="status" aria-live="polite"></p></form>
       <form data-island="form" method="post" action="/api/forms/broken"><button>Send</button></form>`,
      { "/api/forms/newsletter": { ok: true } },
    );
    const [good, bad] = Array.from(document.querySelectorAll<HTMLFormElement>("form"));
    good!.requestSubmit();
    bad!.requestSubmit();
    await flush();
    expect(good!.querySelector('[role="status"]')!.textContent).toBe("You're on the list.");
    expect(good!.querySelectorAll('[role="status"]')).toHaveLength(1); // the block's own live region is reused
    expect(bad!.querySelector("[data-form-status]")!.textContent).toBe("nope");
    expect(bad!.querySelector<HTMLElement>("[data-form-status]")!.dataset.state).toBe("error");
  });

  it("loads a video only when asked, and only over https", () => {
    const { document } = setup(
      `<figure data-island="video"><div class="frame"><button data-embed-src="https://www.youtube-nocookie.com/embed/abc" data-embed-title="Roasting day">Play</button></div></figure>
       <figure data-island="video"><div class="frame"><button data-embed-src="javascript:alert(1)">Play</button></div></figure>`,
    );
    expect(document.querySelector("iframe")).toBeNull();
    const [good, bad] = Array.from(document.querySelectorAll<HTMLButtonElement>("button"));
    good!.click();
    bad!.click();
    const frames = document.querySelectorAll("iframe");
    expect(frames).toHaveLength(1);
    expect(frames[0]!.getAttribute("src")).toBe(
      "https://www.youtube-nocookie.com/embed/abc?autoplay=1",
    );
    expect(frames[0]!.getAttribute("title")).toBe("Roasting day");
  });

  it("opens the drawer from a cart link and falls back to the cart page when the API fails", async () => {
    const { document, flush } = setup(
      `<a data-island="cart" href="/s/brew/cart">Cart</a>${DRAWER}`,
      { "/api/cart?site=brew": CART },
    );
    document.querySelector("a")!.click();
    await flush();
    expect(document.querySelector("dialog")!.hasAttribute("open")).toBe(true);
    (document.querySelector("[data-cart-close]") as HTMLElement).click();
    expect(document.querySelector("dialog")!.hasAttribute("open")).toBe(false);
  });
});

describe("islands script: <details> menus", () => {
  it("closes an open disclosure menu on Escape and on a click outside", () => {
    const { document, window } = setup(
      `<details data-island="menu"><summary>Menu</summary><nav><a href="/about">About</a></nav></details><p id="outside">x</p>`,
    );
    const menu = document.querySelector("details")!;
    menu.open = true;
    document.dispatchEvent(new window.KeyboardEvent("keydown", { key: "Escape" }));
    expect(menu.open).toBe(false);
    menu.open = true;
    document.getElementById("outside")!.click();
    expect(menu.open).toBe(false);
  });
});
