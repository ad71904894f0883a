/**
 * The storefront's only script: progressive enhancement for elements marked `data-island`.
 * Every feature here also works without it (forms post, links navigate), so it must stay small
 * (budget: 10 KB gzipped) and must never be required for reading a page.
 *
 * It builds DOM with textContent only (never innerHTML), so cart data cannot inject markup.
 */
import { formatMinorWithExponent } from "../../domain/money.ts";

/** The cart as the server's JSON endpoints return it (StorefrontCart in blocks/render/commerce). */
type CartLine = {
  id: string;
  title: string;
  variantTitle?: string;
  quantity: number;
  lineTotal: number;
  image?: { src: string; alt?: string };
  handle?: string;
};
type Cart = { lines: CartLine[]; itemCount?: number; subtotal?: number; currency?: string };

const doc = document;
const JSON_HEADERS = { accept: "application/json" };

function drawer(): HTMLDialogElement | null {
  return doc.querySelector<HTMLDialogElement>("dialog[data-cart-drawer]");
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Cart endpoints answer `{ cart }` or the cart itself; anything else is treated as "no cart". */
function readCart(body: unknown): Cart | null {
  const value = (body && typeof body === "object" && "cart" in body ? body.cart : body) as Cart;
  return value && Array.isArray(value.lines) ? value : null;
}

async function postForm(form: HTMLFormElement, submitter?: HTMLElement | null): Promise<Response> {
  const data = new FormData(form);
  if (submitter instanceof HTMLButtonElement && submitter.name)
    data.set(submitter.name, submitter.value);
  return fetch(form.action, {
    method: "POST",
    headers: JSON_HEADERS,
    body: new URLSearchParams(data as unknown as Record<string, string>),
    credentials: "same-origin",
  });
}

function setStatus(form: HTMLFormElement, message: string, ok: boolean): void {
  let status = form.querySelector<HTMLElement>("[data-form-status],[role=status]");
  if (!status) {
    status = el("p", { "data-form-status": "", role: "status" });
    form.append(status);
  }
  status.textContent = message;
  status.dataset.state = ok ? "success" : "error";
}

// The header block prints its badge as .pg-header__cart-count; [data-cart-count] is the generic hook.
const COUNT_BADGES = "[data-cart-count],.pg-header__cart-count";

function updateCount(cart: Cart): void {
  const count = cart.itemCount ?? cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  doc.querySelectorAll<HTMLElement>(COUNT_BADGES).forEach((badge) => {
    badge.textContent = String(count);
    if (badge.hasAttribute("data-cart-count")) badge.hidden = count === 0;
  });
  // The header prints its label in the store's language for one item and for several.
  const form = new Intl.PluralRules(doc.documentElement.lang || undefined).select(count);
  doc.querySelectorAll<HTMLElement>('a[data-island="cart"][data-label-other]').forEach((link) => {
    const label = (form === "one" && link.dataset.labelOne) || link.dataset.labelOther || "";
    link.setAttribute("aria-label", label.replace(/\d+/, String(count)));
  });
}

function renderCart(cart: Cart): void {
  const dialog = drawer();
  const list = dialog?.querySelector<HTMLElement>("[data-cart-lines]");
  if (!dialog || !list) return;
  const pageCurrency = dialog.dataset.currency;
  const currency = cart.currency ?? pageCurrency ?? "USD";
  // The page carries its shop's ISO 4217 exponent, not the whole table (300 bytes more gzipped).
  // A cart in another currency means a stale page: two digits, as formatMinor prints a currency
  // it does not know.
  const exponent = currency === pageCurrency ? Number(dialog.dataset.currencyExponent ?? 2) : 2;
  const money = (minor: number) =>
    formatMinorWithExponent(minor, currency, exponent, doc.documentElement.lang || undefined);
  const updateUrl = dialog.dataset.cartUpdate ?? "";
  list.replaceChildren();
  for (const line of cart.lines) {
    const item = el("li", { class: "cart-line" });
    const src = line.image?.src;
    if (src && /^(https:\/\/|\/(?!\/))/.test(src)) {
      item.append(el("img", { src, alt: "", width: "64", height: "64", loading: "lazy" }));
    }
    const info = el("div");
    const productBase = dialog.dataset.productBase;
    const name =
      line.handle && productBase
        ? el("a", { href: productBase + encodeURIComponent(line.handle) }, line.title)
        : el("span", {}, line.title);
    info.append(name);
    if (line.variantTitle) info.append(el("small", {}, line.variantTitle));
    info.append(el("span", { class: "cart-line-total" }, money(line.lineTotal)));
    const form = el("form", { method: "post", action: updateUrl, "data-cart-update": "" });
    const site = dialog.dataset.site;
    if (site) form.append(el("input", { type: "hidden", name: "site", value: site }));
    form.append(el("input", { type: "hidden", name: "lineId", value: line.id }));
    const label = "Quantity for " + line.title;
    form.append(
      el("input", {
        type: "number",
        name: "quantity",
        min: "0",
        max: "99",
        value: String(line.quantity),
        "aria-label": label,
      }),
      el("button", { type: "submit" }, "Update"),
      el("button", { type: "submit", name: "quantity", value: "0" }, "Remove"),
    );
    info.append(form);
    item.append(info);
    list.append(item);
  }
  const empty = dialog.querySelector<HTMLElement>("[data-cart-empty]");
  if (empty) empty.hidden = cart.lines.length > 0;
  const footer = dialog.querySelector<HTMLElement>("[data-cart-footer]");
  if (footer) footer.hidden = cart.lines.length === 0;
  const subtotal = dialog.querySelector<HTMLElement>("[data-cart-subtotal]");
  if (subtotal)
    subtotal.textContent = money(cart.subtotal ?? cart.lines.reduce((s, l) => s + l.lineTotal, 0));
  updateCount(cart);
}

async function openCart(): Promise<boolean> {
  const dialog = drawer();
  if (!dialog?.dataset.cartApi || typeof dialog.showModal !== "function") return false;
  try {
    const response = await fetch(dialog.dataset.cartApi, {
      headers: JSON_HEADERS,
      credentials: "same-origin",
    });
    const cart = response.ok ? readCart(await response.json()) : null;
    if (!cart) return false;
    renderCart(cart);
    if (!dialog.open) dialog.showModal();
    return true;
  } catch {
    return false;
  }
}

/** Add-to-cart and cart-line forms: post in place, then show the drawer; on any failure, post natively. */
async function submitCartForm(form: HTMLFormElement, submitter: HTMLElement | null): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>("button[type=submit], button:not([type])");
  if (button) button.disabled = true;
  try {
    const response = await postForm(form, submitter);
    const body: unknown = await response.json().catch(() => null);
    const cart = readCart(body);
    if (!response.ok || !cart) {
      const error = body && typeof body === "object" && "error" in body ? String(body.error) : "";
      if (error) setStatus(form, error, false);
      else form.submit();
      return;
    }
    renderCart(cart);
    const dialog = drawer();
    if (dialog && !dialog.open && typeof dialog.showModal === "function") dialog.showModal();
  } catch {
    form.submit();
  } finally {
    if (button) button.disabled = false;
  }
}

/** Newsletter and contact forms: inline success or error message; without JS they post and redirect. */
async function submitMessageForm(
  form: HTMLFormElement,
  submitter: HTMLElement | null,
): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>("button[type=submit], button:not([type])");
  if (button) button.disabled = true;
  try {
    const response = await postForm(form, submitter);
    const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string };
    if (response.ok) {
      form.reset();
      setStatus(form, body.message ?? form.dataset.successMessage ?? "Thank you!", true);
    } else {
      setStatus(
        form,
        body.error ?? form.dataset.error ?? "Something went wrong. Please try again.",
        false,
      );
    }
  } catch {
    setStatus(form, form.dataset.error ?? "We could not reach the shop. Please try again.", false);
  } finally {
    if (button) button.disabled = false;
  }
}

doc.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  // SubmitEvent is missing in older Safari; the submitter is a nicety, not a requirement.
  const submitter = (event as SubmitEvent).submitter ?? null;
  const island = form.closest<HTMLElement>("[data-island]")?.dataset.island;
  const inDrawer = form.hasAttribute("data-cart-update");
  if (island !== "add-to-cart" && island !== "form" && !inDrawer) return;
  event.preventDefault();
  if (island === "form") void submitMessageForm(form, submitter);
  else void submitCartForm(form, submitter);
});

doc.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;

  const menu = target.closest<HTMLElement>(
    '[data-island="menu"] button[aria-controls], button[data-island="menu"]',
  );
  if (menu) {
    const open = menu.getAttribute("aria-expanded") !== "true";
    menu.setAttribute("aria-expanded", String(open));
    const panel = doc.getElementById(menu.getAttribute("aria-controls") ?? "");
    if (panel) panel.toggleAttribute("data-open", open);
    return;
  }

  const cartLink = target.closest<HTMLAnchorElement>(
    'a[data-island="cart"], [data-island="cart"] a[data-cart-open]',
  );
  if (cartLink && !(event as MouseEvent).metaKey && !(event as MouseEvent).ctrlKey) {
    event.preventDefault();
    void openCart().then((opened) => {
      if (!opened) location.href = cartLink.href;
    });
    return;
  }

  if (target.closest("[data-cart-close]")) {
    drawer()?.close();
    return;
  }
  // A click on the backdrop lands on the dialog itself.
  const dialog = drawer();
  if (dialog?.open && target === dialog) dialog.close();

  // Video facade: the button carries the embed URL; swap it for the player on click.
  const play = target.closest<HTMLElement>('[data-island="video"] [data-embed-src]');
  const src = play?.dataset.embedSrc;
  if (play && src) {
    let url: URL;
    try {
      url = new URL(src, location.href);
    } catch {
      return;
    }
    if (url.protocol !== "https:") return;
    event.preventDefault();
    url.searchParams.set("autoplay", "1");
    const frame = el("iframe", {
      src: url.href,
      title: play.dataset.embedTitle ?? "Video",
      allow: "autoplay; encrypted-media; picture-in-picture; fullscreen",
      allowfullscreen: "",
    });
    play.replaceWith(frame);
    frame.focus();
  }
});

// <details> menus open without JavaScript; this adds closing on Escape and on a click elsewhere.
function closeMenus(except?: Element | null): void {
  doc.querySelectorAll<HTMLDetailsElement>('details[data-island="menu"][open]').forEach((menu) => {
    if (menu !== except) menu.open = false;
  });
}
doc.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  closeMenus(target?.closest('details[data-island="menu"]'));
});
doc.addEventListener(
  "toggle",
  (event) => {
    const menu = event.target;
    if (!(menu instanceof HTMLDetailsElement) || !menu.matches('[data-island="menu"]')) return;
    menu.querySelector("summary")?.setAttribute("aria-expanded", String(menu.open));
  },
  true,
);

doc.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const openDetails = doc.querySelector<HTMLDetailsElement>('details[data-island="menu"][open]');
  if (openDetails) {
    openDetails.open = false;
    openDetails.querySelector("summary")?.focus();
    return;
  }
  const open = doc.querySelector<HTMLElement>(
    '[data-island="menu"] button[aria-expanded="true"], button[data-island="menu"][aria-expanded="true"]',
  );
  if (open) {
    open.click();
    open.focus();
  }
});

// Cached pages are the same for every shopper, so the cart badge is filled in after load.
function refreshCount(): void {
  const dialog = drawer();
  if (!dialog?.dataset.cartApi || !doc.querySelector(COUNT_BADGES)) return;
  fetch(dialog.dataset.cartApi, { headers: JSON_HEADERS, credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : null))
    .then((body: unknown) => {
      const cart = readCart(body);
      if (cart) updateCount(cart);
    })
    .catch(() => undefined);
}
if ("requestIdleCallback" in window) requestIdleCallback(refreshCount);
else setTimeout(refreshCount, 1);
