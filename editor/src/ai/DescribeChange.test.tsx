import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FakeApiError, type Handlers } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";
import { AiPanel, type Suggestion } from "./AiPanel.tsx";

const SITE = "7f1c8a30-5a4e-4a3c-9f0e-2b7d6c1e9a11";
const darker: Suggestion = {
  id: "5e2b1f80-1c5e-4f7a-8a2b-9c0d1e2f3a4b",
  action: "describeChange",
  target: { kind: "block", blockId: "hero-1", pageId: "page-home", type: "hero" },
  label: "Darker hero",
  before: { background: "surface" },
  after: { background: "primary" },
  status: "pending",
  createdAt: "2026-12-07T10:00:00.000Z",
  preview: [{ field: "background", before: "surface", after: "primary" }],
};
const faq: Suggestion = {
  id: "6f3c2a91-2d6f-4a8b-9b3c-0d1e2f3a4b5c",
  action: "describeChange",
  target: {
    kind: "insert",
    pageId: "page-home",
    afterBlockId: "hero-1",
    blockId: "faq-1",
    type: "faq",
  },
  label: "New FAQ section",
  before: { section: null },
  after: { section: { id: "faq-1", type: "faq", props: { heading: "Questions about gluten" } } },
  status: "pending",
  createdAt: "2026-12-07T10:00:00.000Z",
  preview: [{ field: "section", before: "", after: "Questions about gluten" }],
};

function renderPanel(handlers: Handlers = {}, blockId: string | null = null) {
  return renderWithApi({
    ui: (
      <AiPanel
        siteId={SITE}
        blockId={blockId}
        blockType={blockId ? "hero" : null}
        pageId="page-home"
        canEdit
      />
    ),
    handlers: {
      "ai.credits": () => ({
        credits: { used: 0, limit: 200, remaining: 200, renewsAt: "2027-01-01T00:00:00.000Z" },
        provider: { kind: "offline" as const, model: "pegasus-offline-1" },
      }),
      "ai.capabilities": () => ({
        provider: { kind: "offline" as const, model: "pegasus-offline-1" },
        languages: ["en" as const],
        translate: {
          available: false as const,
          code: "unavailable" as const,
          reason: "Needs a model.",
        },
      }),
      ...handlers,
    },
  });
}

describe("Describe a change", () => {
  it("sends the request for the open page and lists the suggestions, accepted or rejected one by one", async () => {
    const { user, server } = renderPanel({
      "ai.describeChange": () => ({
        suggestions: [darker, faq],
        summary: "2 suggestions to review, one by one.",
      }),
      "ai.accept": () => ({ accepted: [darker.id], applied: true }),
      "ai.reject": () => ({ rejected: [faq.id] }),
    });
    const box = screen.getByRole("textbox", { name: "Describe a change" });
    const submit = screen.getByRole("button", { name: "Suggest changes" });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    await user.type(box, "make the hero darker and add an FAQ about gluten");
    await user.click(submit);

    expect(await screen.findByText("2 suggestions to review, one by one.")).toBeTruthy();
    expect(server.inputsOf("ai.describeChange")).toEqual([
      {
        siteId: SITE,
        pageId: "page-home",
        request: "make the hero darker and add an FAQ about gluten",
      },
    ]);
    const hero = screen.getByRole("article", { name: "Suggestion for Darker hero" });
    const section = screen.getByRole("article", { name: "Suggestion for New FAQ section" });
    expect(within(section).getByText("Questions about gluten")).toBeTruthy();

    await user.click(within(hero).getByRole("button", { name: "Accept" }));
    expect(await screen.findByRole("region", { name: "Applied changes" })).toBeTruthy();
    expect(server.inputsOf("ai.accept")).toEqual([{ siteId: SITE, suggestionIds: [darker.id] }]);
    await user.click(within(section).getByRole("button", { name: "Reject" }));
    expect(server.inputsOf("ai.reject")).toEqual([{ siteId: SITE, suggestionIds: [faq.id] }]);
    expect(screen.queryByRole("region", { name: "Suggestions" })).toBeNull();
    // The summary goes with the last suggestion decided.
    expect(screen.queryByText("2 suggestions to review, one by one.")).toBeNull();
  });

  it("passes the selected block along when the panel works on a block", async () => {
    const { user, server } = renderPanel(
      { "ai.describeChange": () => ({ suggestions: [darker], summary: "" }) },
      "hero-1",
    );
    await user.type(screen.getByRole("textbox", { name: "Describe a change" }), "make it darker");
    await user.click(screen.getByRole("button", { name: "Suggest changes" }));
    await screen.findByRole("article", { name: "Suggestion for Darker hero" });
    expect(server.inputsOf("ai.describeChange")[0]).toMatchObject({ blockId: "hero-1" });
  });

  it("shows a refusal as the server's sentence, tied to the box", async () => {
    const refusal =
      "This change needs an AI model; the built-in writer can change colours, fonts, tone, add or remove a section, or mention a fact.";
    const { user } = renderPanel({
      "ai.describeChange": () => {
        throw new FakeApiError("UNPROCESSABLE_CONTENT", refusal);
      },
    });
    const box = screen.getByRole("textbox", { name: "Describe a change" });
    await user.type(box, "write a poem");
    await user.click(screen.getByRole("button", { name: "Suggest changes" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(refusal);
    expect(box.getAttribute("aria-invalid")).toBe("true");
    expect(box.getAttribute("aria-describedby")).toContain(alert.id);
  });

  it("shows the field's error for an invalid request", async () => {
    const { user } = renderPanel({
      "ai.describeChange": () => {
        throw new FakeApiError("BAD_REQUEST", "Invalid input", {
          fieldErrors: { request: ["Describe the change in a few words."] },
        });
      },
    });
    await user.type(screen.getByRole("textbox", { name: "Describe a change" }), "abc");
    await user.click(screen.getByRole("button", { name: "Suggest changes" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Describe the change in a few words.",
    );
  });
});
