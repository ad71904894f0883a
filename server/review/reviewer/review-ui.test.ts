// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { reviewerWords } from "./words.ts";

/**
 * The reviewer script in a DOM: pick the hero, write a comment, and the pin appears. The server is
 * a fake fetch that answers like the reviewer routes do.
 */
type Thread = {
  id: string;
  blockId: string;
  pageId: string;
  resolved: boolean;
  comments: object[];
};
const threads: Thread[] = [];
const posted: { url: string; body: Record<string, string> }[] = [];
let draftRevision = "d:1";

let refuse: number | null = null;

const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
  if (init?.method === "POST" && refuse)
    return new Response(JSON.stringify({ error: { message: "Server English" } }), {
      status: refuse,
    });
  if (init?.method === "POST") {
    const body = JSON.parse(String(init.body)) as Record<string, string>;
    posted.push({ url, body });
    const thread: Thread = {
      id: `t${threads.length + 1}`,
      blockId: body.blockId!,
      pageId: "home",
      resolved: false,
      comments: [
        {
          id: "c1",
          name: body.name,
          team: false,
          body: body.body,
          createdAt: new Date().toISOString(),
        },
      ],
    };
    threads.push(thread);
    return new Response(JSON.stringify({ thread }), { status: 200 });
  }
  if (url.endsWith("/threads")) return new Response(JSON.stringify({ threads }), { status: 200 });
  return new Response(JSON.stringify({ revision: draftRevision }), { status: 200 });
});

beforeAll(async () => {
  vi.stubGlobal("fetch", fetchMock);
  document.head.innerHTML = `<meta name="pegasus-preview" content='${JSON.stringify({
    api: "/p/tok/_review",
    revision: "d:1",
    live: true,
    allowComments: true,
    lang: "en",
    words: reviewerWords("en"),
  })}'>`;
  document.body.innerHTML = `<main><section data-block-id="hero-1"><h1>Welcome</h1><a href="/elsewhere" id="cta">Shop</a></section></main>`;
  await import("./review-ui.ts");
});
afterAll(() => vi.unstubAllGlobals());

const ui = () => document.querySelector("#pegasus-review")!.shadowRoot!;
const button = (text: string) =>
  [...ui().querySelectorAll("button")].find((b) => b.textContent === text) as HTMLButtonElement;

describe("the reviewer's comment tool", () => {
  it("picks a block (without following its links) and posts a comment on it", async () => {
    button("Comment").click();
    const link = document.querySelector<HTMLAnchorElement>("#cta")!;
    const event = new MouseEvent("click", { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);

    const form = ui().querySelector("form")!;
    const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    field("name").value = "Rita";
    field("email").value = "rita@example.com";
    field("body").value = "Bigger headline";
    form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      url: "/p/tok/_review/threads",
      body: { blockId: "hero-1", name: "Rita", email: "rita@example.com", body: "Bigger headline" },
    });
    await vi.waitFor(() => expect(ui().querySelectorAll(".pin")).toHaveLength(1));
    expect(ui().querySelector(".pin")!.getAttribute("aria-label")).toContain("Bigger headline");
    // The name and email are remembered for the next comment.
    await vi.waitFor(() =>
      expect(JSON.parse(localStorage.getItem("pegasus-reviewer") ?? "null")).toEqual({
        name: "Rita",
        email: "rita@example.com",
      }),
    );
  });

  it("asks for every field before sending", async () => {
    button("Comment").click();
    document
      .querySelector("h1")!
      .dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    const form = [...ui().querySelectorAll("form")].at(-1)!;
    form.querySelector<HTMLTextAreaElement>("textarea")!.value = "";
    form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    expect(form.querySelector(".error")!.textContent).toMatch(/fill in/);
    expect(posted).toHaveLength(1);
  });

  it("says a refusal in the overlay's words, not the server's English", async () => {
    const form = [...ui().querySelectorAll("form")].at(-1)!;
    form.querySelector<HTMLTextAreaElement>("textarea")!.value = "Again";
    const error = form.querySelector(".error")!;
    for (const [status, words] of [
      [429, reviewerWords("en").tooMany],
      [400, reviewerWords("en").sendFailed],
    ] as const) {
      refuse = status;
      form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(error.textContent).toBe(words));
    }
    refuse = null;
    expect(posted).toHaveLength(1);
  });

  it("offers a reload, rather than reloading, when the draft changes while the reviewer writes", async () => {
    // The composer from the last test is still open, with its text box focused.
    ui()
      .querySelector("textarea")!
      .dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
    draftRevision = "d:2";
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.waitFor(() =>
      expect(ui().querySelector(".notice")?.textContent).toContain("The draft has changed."),
    );
    expect(button("Reload")).toBeTruthy();
  });
});
