/**
 * The reviewer's side of a preview page: a browser script (no framework, no dependencies) served
 * at /_review/review.<hash>.js next to the rendered preview. It
 * - reloads a draft preview when the draft changes (polls the link's cheap state endpoint), keeping
 *   the scroll position, or offers a reload while the reviewer is writing;
 * - when the link allows comments: pick a block, write a comment (name and email, remembered in
 *   this browser), see the pins of this link's threads and the team's replies, reply.
 *
 * Everything it draws lives in one open shadow root, styled by a constructed stylesheet, so the
 * shop's CSS cannot reach it and it needs no inline script or style element (the preview's CSP
 * allows neither script nor anything but 'self'). Text is set with textContent only.
 */

import type { ReviewerSettings as Config, ReviewerWords } from "./words.ts";

type ReviewerComment = { id: string; name: string; team: boolean; body: string; createdAt: string };
type ReviewerThread = {
  id: string;
  blockId: string;
  pageId: string;
  resolved: boolean;
  comments: ReviewerComment[];
};

const STATE_POLL_MS = 4_000;
const THREADS_POLL_MS = 8_000;
const SCROLL_KEY = "pegasus-preview-scroll";
const IDENTITY_KEY = "pegasus-reviewer";

const meta = document.querySelector<HTMLMetaElement>('meta[name="pegasus-preview"]');
const config: Config | null = meta ? (JSON.parse(meta.content) as Config) : null;

/** A word of the overlay, its `{placeholders}` filled. */
function say(key: keyof ReviewerWords, values: Record<string, string | number> = {}): string {
  return config!.words[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${config!.api}${path}`, {
    method: body === undefined ? "GET" : "POST",
    credentials: "same-origin",
    headers:
      body === undefined
        ? { accept: "application/json" }
        : {
            accept: "application/json",
            "content-type": "application/json",
          },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // The server's messages are English: the overlay says what happened in the store's language.
  const { status } = response;
  if (status === 429) throw new Error(say("tooMany"));
  if (status === 401 || status === 403 || status === 404) throw new Error(say("gone"));
  if (!response.ok) throw new Error(say(status < 500 ? "sendFailed" : "serverError", { status }));
  return (await response.json()) as T;
}

// ---------------------------------------------------------------------------------------------
// The shadow root everything is drawn in

const STYLES = `
:host{all:initial}
*{box-sizing:border-box;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1c1917}
.bar{position:fixed;right:16px;bottom:16px;display:flex;gap:8px;z-index:2}
button{cursor:pointer;border:1px solid #d6d3d1;background:#fff;border-radius:999px;padding:8px 14px;font-weight:600;box-shadow:0 2px 8px rgb(0 0 0/.12)}
button.primary{background:#4f46e5;border-color:#4f46e5;color:#fff}
button.primary *{color:#fff}
button:focus-visible,textarea:focus-visible,input:focus-visible{outline:2px solid #4f46e5;outline-offset:2px}
.notice{position:fixed;left:50%;transform:translateX(-50%);top:48px;background:#1c1917;color:#fff;border-radius:8px;padding:8px 12px;display:flex;gap:12px;align-items:center;z-index:3}
.notice span{color:#fff}
.hint{position:fixed;left:50%;transform:translateX(-50%);bottom:72px;background:#1c1917;color:#fff;border-radius:8px;padding:8px 12px;z-index:2}
.outline{position:absolute;border:2px solid #4f46e5;background:rgb(79 70 229/.08);pointer-events:none;border-radius:4px}
.pin{position:absolute;width:28px;height:28px;margin:-14px 0 0 -14px;border-radius:50% 50% 50% 0;background:#4f46e5;color:#fff;border:2px solid #fff;font-weight:700;padding:0;box-shadow:0 2px 6px rgb(0 0 0/.3)}
.pin.resolved{background:#78716c}
.panel{position:fixed;right:16px;bottom:68px;width:min(360px,calc(100vw - 32px));max-height:min(70vh,560px);overflow:auto;background:#fff;border:1px solid #d6d3d1;border-radius:12px;box-shadow:0 12px 32px rgb(0 0 0/.18);padding:16px;z-index:2}
.panel h2{font-size:16px;font-weight:700;margin:0 0 8px}
.panel h3{font-size:13px;font-weight:700;margin:12px 0 4px;color:#57534e}
.thread{border-top:1px solid #e7e5e4;padding:10px 0}
.thread.active{background:#eef2ff;margin:0 -16px;padding:10px 16px}
.comment{margin:0 0 8px}
.who{font-weight:700}
.team{font-size:11px;font-weight:700;color:#4338ca;background:#e0e7ff;border-radius:4px;padding:1px 4px;margin-left:4px}
.body{white-space:pre-wrap;margin:2px 0 0}
.muted{color:#78716c;font-size:12px}
form{display:grid;gap:8px;margin-top:8px}
label{font-weight:600;font-size:12px;display:grid;gap:4px}
input,textarea{font:inherit;padding:6px 8px;border:1px solid #a8a29e;border-radius:6px;width:100%}
textarea{min-height:72px;resize:vertical}
.row{display:flex;gap:8px;justify-content:flex-end}
.error{color:#b91c1c;font-weight:600}
`;

const host = h("div", { id: "pegasus-review", "data-pegasus-review": "" });
host.style.cssText = "position:absolute;top:0;left:0;width:0;height:0;z-index:2147483000";
const root = host.attachShadow({ mode: "open" });
try {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  root.adoptedStyleSheets = [sheet];
} catch {
  // Browsers without constructed stylesheets (Safari before 16.4) take a style element.
  root.append(h("style", {}, STYLES));
}
const layer = h("div");
root.append(layer);

// ---------------------------------------------------------------------------------------------
// Live draft: reload when the draft changes

let writing = false;

function restoreScroll() {
  const saved = sessionStorage.getItem(SCROLL_KEY);
  if (saved === null) return;
  sessionStorage.removeItem(SCROLL_KEY);
  const [path, y] = saved.split("\n");
  if (path === location.pathname) window.scrollTo(0, Number(y) || 0);
}

function reloadKeepingScroll() {
  sessionStorage.setItem(SCROLL_KEY, `${location.pathname}\n${Math.round(window.scrollY)}`);
  location.reload();
}

let reloadNotice: HTMLElement | null = null;
function offerReload() {
  if (reloadNotice) return;
  const button = h("button", { type: "button", class: "primary" }, say("reload"));
  button.addEventListener("click", reloadKeepingScroll);
  reloadNotice = h(
    "div",
    { class: "notice", role: "status" },
    h("span", {}, say("draftChanged")),
    button,
  );
  layer.append(reloadNotice);
}

function watchDraft() {
  let revision = config!.revision;
  const check = async () => {
    if (document.hidden) return;
    try {
      const state = await api<{ revision: string }>("/state");
      if (state.revision === revision) return;
      revision = state.revision;
      if (writing) offerReload();
      else reloadKeepingScroll();
    } catch {
      // Offline for a moment, or the link was turned off: the next reload will say so.
    }
  };
  setInterval(() => void check(), STATE_POLL_MS);
  document.addEventListener("visibilitychange", () => void check());
}

// ---------------------------------------------------------------------------------------------
// Comments

let threads: ReviewerThread[] = [];
let picking = false;
let activeThread: string | null = null;
let panelOpen = false;
const outline = h("div", { class: "outline", hidden: "" });
const pins = h("div");
const panel = h("section", { class: "panel", hidden: "" });
const hint = h("div", { class: "hint", role: "status", hidden: "" });

function blockElement(blockId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-block-id="${CSS_escape(blockId)}"]`);
}

function CSS_escape(value: string): string {
  return window.CSS?.escape ? window.CSS.escape(value) : value.replace(/["\\]/g, "\\$&");
}

function identity(): { name: string; email: string } {
  try {
    const saved = JSON.parse(localStorage.getItem(IDENTITY_KEY) ?? "{}") as Record<string, unknown>;
    return {
      name: typeof saved.name === "string" ? saved.name : "",
      email: typeof saved.email === "string" ? saved.email : "",
    };
  } catch {
    return { name: "", email: "" };
  }
}

function rememberIdentity(name: string, email: string) {
  try {
    localStorage.setItem(IDENTITY_KEY, JSON.stringify({ name, email }));
  } catch {
    // Private mode: they type it again next time.
  }
}

function pagePosition(element: HTMLElement) {
  const rect = element.getBoundingClientRect();
  return {
    top: rect.top + window.scrollY,
    left: rect.left + window.scrollX,
    width: rect.width,
    height: rect.height,
  };
}

function drawPins() {
  pins.replaceChildren();
  threads.forEach((thread, index) => {
    const element = blockElement(thread.blockId);
    if (!element) return;
    const box = pagePosition(element);
    const pin = h(
      "button",
      {
        type: "button",
        class: thread.resolved ? "pin resolved" : "pin",
        "data-thread-id": thread.id,
        "aria-label": say(thread.resolved ? "pinResolved" : "pin", {
          number: index + 1,
          excerpt: thread.comments[0]?.body.slice(0, 60) ?? "",
        }),
      },
      String(index + 1),
    );
    pin.style.top = `${box.top + 14}px`;
    pin.style.left = `${box.left + Math.max(14, box.width - 20)}px`;
    pin.addEventListener("click", () => openPanel(thread.id));
    pins.append(pin);
  });
}

function commentView(comment: ReviewerComment) {
  const who = h("span", { class: "who" }, comment.name);
  return h(
    "div",
    { class: "comment" },
    who,
    ...(comment.team ? [h("span", { class: "team" }, say("team"))] : []),
    " ",
    h("span", { class: "muted" }, new Date(comment.createdAt).toLocaleString(config!.lang)),
    h("p", { class: "body" }, comment.body),
  );
}

/** The name, email and comment fields; `onSend` gets the values, errors show in the form. */
function commentForm(
  submitLabel: string,
  onSend: (values: { name: string; email: string; body: string }) => Promise<void>,
  onCancel?: () => void,
): HTMLFormElement {
  const saved = identity();
  const name = h("input", { name: "name", autocomplete: "name", maxlength: "80", required: "" });
  name.value = saved.name;
  const email = h("input", {
    name: "email",
    type: "email",
    autocomplete: "email",
    maxlength: "254",
    required: "",
  });
  email.value = saved.email;
  const body = h("textarea", { name: "body", maxlength: "5000", required: "" });
  const error = h("p", { class: "error", role: "alert", hidden: "" });
  const send = h("button", { type: "submit", class: "primary" }, submitLabel);
  const actions = h("div", { class: "row" });
  if (onCancel) {
    const cancel = h("button", { type: "button" }, say("cancel"));
    cancel.addEventListener("click", onCancel);
    actions.append(cancel);
  }
  actions.append(send);
  const form = h(
    "form",
    { novalidate: "" },
    h("label", {}, say("name"), name),
    h("label", {}, say("email"), email),
    h("label", {}, say("comment"), body),
    error,
    actions,
  );
  form.addEventListener("focusin", () => (writing = true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = { name: name.value.trim(), email: email.value.trim(), body: body.value.trim() };
    if (!values.name || !values.email || !values.body) {
      error.textContent = say("fillIn");
      error.hidden = false;
      return;
    }
    send.disabled = true;
    rememberIdentity(values.name, values.email);
    onSend(values)
      .then(() => {
        writing = false;
      })
      .catch((failure: unknown) => {
        error.textContent = failure instanceof Error ? failure.message : say("sendFailed");
        error.hidden = false;
      })
      .finally(() => (send.disabled = false));
  });
  return form;
}

function drawPanel() {
  if (!panelOpen) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  const close = h("button", { type: "button", "aria-label": say("closeComments") }, say("close"));
  close.addEventListener("click", () => {
    panelOpen = false;
    activeThread = null;
    writing = false;
    drawPanel();
  });
  const here = threads.filter((t) => blockElement(t.blockId));
  const elsewhere = threads.filter((t) => !blockElement(t.blockId));
  const section = (title: string, list: ReviewerThread[]) =>
    list.length
      ? [
          h("h3", {}, title),
          ...list.map((thread) => threadView(thread, threads.indexOf(thread) + 1)),
        ]
      : [];
  panel.replaceChildren(
    h("div", { class: "row" }, h("h2", {}, say("comments")), close),
    ...(threads.length === 0 ? [h("p", { class: "muted" }, say("empty"))] : []),
    ...section(say("here"), here),
    ...section(say("elsewhere"), elsewhere),
  );
  if (activeThread) {
    panel
      .querySelector<HTMLElement>(`[data-thread="${CSS_escape(activeThread)}"]`)
      ?.scrollIntoView?.({ block: "nearest" });
  }
}

function threadView(thread: ReviewerThread, number: number) {
  const view = h("article", {
    class: thread.id === activeThread ? "thread active" : "thread",
    "data-thread": thread.id,
    "aria-label": say("thread", { number }),
  });
  view.append(
    h("p", { class: "muted" }, `#${number}${thread.resolved ? ` · ${say("resolved")}` : ""}`),
  );
  for (const comment of thread.comments) view.append(commentView(comment));
  if (thread.resolved) {
    view.append(h("p", { class: "muted" }, say("resolvedThread")));
  } else if (thread.id === activeThread) {
    view.append(
      commentForm(say("reply"), async (values) => {
        await api(`/threads/${encodeURIComponent(thread.id)}/replies`, values);
        writing = false;
        await refreshThreads();
      }),
    );
  } else {
    const reply = h("button", { type: "button" }, say("reply"));
    reply.addEventListener("click", () => openPanel(thread.id));
    view.append(reply);
  }
  return view;
}

function openPanel(threadId: string | null) {
  panelOpen = true;
  activeThread = threadId;
  drawPanel();
  if (threadId)
    blockElement(threads.find((t) => t.id === threadId)?.blockId ?? "")?.scrollIntoView?.({
      block: "center",
      behavior: "smooth",
    });
}

async function refreshThreads() {
  const result = await api<{ threads: ReviewerThread[] }>("/threads");
  // Oldest first, so pin numbers stay put as threads are added.
  threads = result.threads.sort((a, b) =>
    (a.comments[0]?.createdAt ?? "").localeCompare(b.comments[0]?.createdAt ?? ""),
  );
  drawPins();
  if (!writing) drawPanel();
}

// Picking a block

let composer: HTMLElement | null = null;

function setPicking(on: boolean) {
  picking = on;
  hint.hidden = !on;
  outline.hidden = true;
  document.documentElement.style.cursor = on ? "crosshair" : "";
}

function blockAt(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element) || host.contains(target)) return null;
  return target.closest<HTMLElement>("[data-block-id]");
}

document.addEventListener(
  "mousemove",
  (event) => {
    if (!picking) return;
    const block = blockAt(event.target);
    if (!block) {
      outline.hidden = true;
      return;
    }
    const box = pagePosition(block);
    Object.assign(outline.style, {
      top: `${box.top}px`,
      left: `${box.left}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
    outline.hidden = false;
  },
  { passive: true },
);

// Capture phase: a click while picking must not follow the shop's links or press its buttons.
document.addEventListener(
  "click",
  (event) => {
    if (!picking) return;
    const block = blockAt(event.target);
    if (!block) return;
    event.preventDefault();
    event.stopPropagation();
    setPicking(false);
    openComposer(block);
  },
  true,
);

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  if (picking) setPicking(false);
  else if (composer) closeComposer();
});

function closeComposer() {
  composer?.remove();
  composer = null;
  outline.hidden = true;
  writing = false;
}

function openComposer(block: HTMLElement) {
  closeComposer();
  const blockId = block.dataset.blockId ?? "";
  const box = pagePosition(block);
  Object.assign(outline.style, {
    top: `${box.top}px`,
    left: `${box.left}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
  });
  outline.hidden = false;
  const form = commentForm(
    say("post"),
    async (values) => {
      const created = await api<{ thread: ReviewerThread }>("/threads", { blockId, ...values });
      closeComposer();
      await refreshThreads();
      openPanel(created.thread.id);
    },
    closeComposer,
  );
  composer = h(
    "section",
    { class: "panel", role: "dialog", "aria-label": say("newComment") },
    h("h2", {}, say("newComment")),
    form,
  );
  layer.append(composer);
  panelOpen = false;
  drawPanel();
  composer.querySelector<HTMLTextAreaElement>("textarea")?.focus();
}

function mountComments() {
  const pick = h("button", { type: "button", class: "primary" }, say("pick"));
  pick.addEventListener("click", (event) => {
    event.stopPropagation();
    closeComposer();
    setPicking(!picking);
  });
  const list = h("button", { type: "button", "aria-label": say("showComments") }, say("comments"));
  list.addEventListener("click", () => {
    if (panelOpen) {
      panelOpen = false;
      drawPanel();
    } else openPanel(null);
  });
  layer.append(outline, pins, hint, panel, h("div", { class: "bar" }, list, pick));
  window.addEventListener("resize", drawPins);
  // Late images and fonts move blocks: place the pins again once everything has loaded.
  window.addEventListener("load", drawPins);
  void refreshThreads().catch(() => {});
  setInterval(() => {
    if (!document.hidden) void refreshThreads().catch(() => {});
  }, THREADS_POLL_MS);
}

if (config) {
  panel.setAttribute("aria-label", say("comments"));
  hint.textContent = say("pickHint");
  document.body.append(host);
  restoreScroll();
  if (config.live) watchDraft();
  if (config.allowComments) mountComments();
}
