import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import { FakeApiError, type Handlers } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";
import { AiPanel, type Suggestion } from "./AiPanel.tsx";

const SITE = "7f1c8a30-5a4e-4a3c-9f0e-2b7d6c1e9a11";
const suggestion: Suggestion = {
  id: "3d2b1f80-1c5e-4f7a-8a2b-9c0d1e2f3a4b",
  action: "rewrite",
  target: { kind: "block", blockId: "hero-1", pageId: "page-home", type: "hero" },
  label: "Hero: Coffee worth getting up for",
  before: { heading: "Coffee worth getting up for" },
  after: { heading: "Coffee worth getting up for!" },
  status: "pending",
  createdAt: "2026-11-24T10:00:00.000Z",
  preview: [
    {
      field: "heading",
      before: "Coffee worth getting up for",
      after: "Coffee worth getting up for!",
    },
  ],
};

const credits = () => ({
  credits: { used: 10, limit: 200, remaining: 190, renewsAt: "2026-12-01T00:00:00.000Z" },
  provider: { kind: "offline" as const, model: "pegasus-offline-1" },
});

const OFFLINE_REASON =
  "Translation needs an AI model, and this Pegasus runs the built-in offline writer. Ask your administrator to set OPENAI_API_KEY.";
const offline = () => ({
  provider: { kind: "offline" as const, model: "pegasus-offline-1" },
  languages: ["en" as const],
  translate: { available: false as const, code: "offlineWriter" as const, reason: OFFLINE_REASON },
});
const openai = () => ({
  provider: { kind: "openai" as const, model: "gpt-4o-mini" },
  languages: ["en", "es", "fr", "de", "it", "pt", "nl"] as const satisfies string[],
  translate: { available: true as const },
});

function renderPanel(handlers: Handlers = {}) {
  return renderWithApi({
    ui: <AiPanel siteId={SITE} blockId="hero-1" blockType="hero" pageId="page-home" canEdit />,
    handlers: { "ai.credits": credits, "ai.capabilities": offline, ...handlers },
  });
}

describe("AiPanel", () => {
  it("shows a suggestion as before/after and applies it only when accepted, then offers undo", async () => {
    const { user, server } = renderPanel({
      "ai.rewrite": () => ({ suggestions: [suggestion] }),
      "ai.accept": () => ({ accepted: [suggestion.id], applied: true }),
      "ai.undo": () => ({ undone: [suggestion.id], kept: [] }),
    });
    expect(await screen.findByText(/190 of 200 AI credits left/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Friendlier" }));
    const card = await screen.findByRole("article", { name: /Suggestion for Hero/ });
    expect(
      within(card).getByText("Coffee worth getting up for", { selector: ".ai-diff__before" }),
    ).toBeTruthy();
    expect(
      within(card).getByText("Coffee worth getting up for!", { selector: ".ai-diff__after" }),
    ).toBeTruthy();
    expect(server.inputsOf("ai.rewrite")).toEqual([
      { siteId: SITE, blockId: "hero-1", mode: "friendlier" },
    ]);
    expect(server.inputsOf("ai.accept")).toEqual([]);

    await user.click(within(card).getByRole("button", { name: "Accept" }));
    expect(await screen.findByRole("region", { name: "Applied changes" })).toBeTruthy();
    expect(server.inputsOf("ai.accept")).toEqual([
      { siteId: SITE, suggestionIds: [suggestion.id] },
    ]);
    expect(screen.queryByRole("article", { name: /Suggestion for Hero/ })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Undo" }));
    await screen.findByRole("button", { name: "Friendlier" });
    expect(server.inputsOf("ai.undo")).toEqual([{ siteId: SITE, suggestionIds: [suggestion.id] }]);
  });

  it("rejects a suggestion without applying it", async () => {
    const { user, server } = renderPanel({
      "ai.fillBlock": () => ({ suggestions: [suggestion] }),
      "ai.reject": () => ({ rejected: [suggestion.id] }),
    });
    await user.click(screen.getByRole("button", { name: "Write" }));
    const card = await screen.findByRole("article", { name: /Suggestion for Hero/ });
    await user.click(within(card).getByRole("button", { name: "Reject" }));
    expect(server.inputsOf("ai.reject")).toEqual([
      { siteId: SITE, suggestionIds: [suggestion.id] },
    ]);
    expect(server.inputsOf("ai.accept")).toEqual([]);
  });

  it("shows Translate turned off, saying why, when the configured AI cannot translate", async () => {
    const { user, server } = renderPanel();
    const reason = await screen.findByText(OFFLINE_REASON);
    const translate = screen.getByRole("button", { name: "Translate" });
    expect((translate as HTMLButtonElement).disabled).toBe(true);
    expect(translate.getAttribute("aria-describedby")).toBe(reason.id);
    expect((screen.getByRole("combobox", { name: "Language" }) as HTMLSelectElement).disabled).toBe(
      true,
    );
    await user.click(translate);
    expect(server.inputsOf("ai.rewrite")).toEqual([]);
    // The other rewrites still work.
    expect((screen.getByRole("button", { name: "Friendlier" }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it("translates into the chosen language when the configured AI can", async () => {
    const { user, server } = renderPanel({
      "ai.credits": () => ({ ...credits(), provider: openai().provider }),
      "ai.capabilities": openai,
      "ai.rewrite": () => ({ suggestions: [suggestion] }),
    });
    await screen.findByText(/gpt-4o-mini/);
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "de");
    await user.click(screen.getByRole("button", { name: "Translate" }));
    await screen.findByRole("article", { name: /Suggestion for Hero/ });
    expect(server.inputsOf("ai.rewrite")).toEqual([
      { siteId: SITE, blockId: "hero-1", mode: "translate", language: "de" },
    ]);
    expect(screen.queryByText(OFFLINE_REASON)).toBeNull();
  });

  it("says clearly when the credits are used up", async () => {
    const { user } = renderPanel({
      "ai.rewrite": () => {
        throw new FakeApiError(
          "FORBIDDEN",
          "This site has used 200 of its 200 AI credits this month.",
        );
      },
    });
    await user.click(screen.getByRole("button", { name: "Shorter" }));
    expect(await screen.findByText(/used 200 of its 200 AI credits/)).toBeTruthy();
  });
});

describe("AiPanel in French", () => {
  afterEach(() => setLanguage("en"));

  it("speaks French: scope, credits, rewrite choices and the suggestion card", async () => {
    await Promise.all([loadArea("ai"), loadArea("blocks")]);
    await setLanguage("fr");
    const { user } = renderPanel({ "ai.rewrite": () => ({ suggestions: [suggestion] }) });
    expect(await screen.findByText(/190 crédits IA restants sur 200 ce mois-ci/)).toBeTruthy();
    expect(screen.getByRole("radiogroup", { name: "Sur quoi l’IA travaille" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Bloc\u202f: Bannière d’accueil" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Réécrire le texte" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Traduire" })).toBeTruthy();
    // The server sends why it cannot translate as a code; the app words it.
    expect(
      screen.getByText(/^La traduction demande un modèle d’IA, et ce Pegasus utilise le rédacteur/),
    ).toBeTruthy();
    expect(screen.getByRole("option", { name: "allemand" })).toBeTruthy();
    expect(screen.getByPlaceholderText(/^Facultatif/).getAttribute("placeholder")).toBe(
      "Facultatif\u202f: que doit-il dire\u202f?",
    );
    await user.click(screen.getByRole("button", { name: "Plus chaleureux" }));
    const card = await screen.findByRole("article", { name: /Suggestion pour Hero/ });
    expect(within(card).getByRole("button", { name: "Accepter" })).toBeTruthy();
    expect(within(card).getByRole("button", { name: "Refuser" })).toBeTruthy();
    expect(screen.queryByText(/[A-Z][a-z]+ [a-z]+ AI/)).toBeNull();
  });
});
