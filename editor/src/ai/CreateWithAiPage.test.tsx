import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import { defaultTheme } from "../../../blocks/theme/index.ts";
import { readSiteDoc } from "../../../collab/doc/mapping.ts";
import { createSiteYDoc } from "../../../collab/doc/ops.ts";
import { CurrentUserContext } from "../api/session.ts";
import { block, siteDoc } from "../editor/test/editorHarness.tsx";
import { localConnection } from "../editor/session/connection.ts";
import type { Brand } from "../media/LogoOptions.tsx";
import { logoDesigns, logoSrc, savedLogo } from "../test/logoFixtures.ts";
import { FakeApiError, type Handlers } from "../test/fakeServer.ts";
import { ANA, site } from "../test/fixtures.ts";
import { renderWithApi, type Rendered } from "../test/render.tsx";
import { CreateWithAiPage } from "./CreateWithAiPage.tsx";
import { ConnectSiteContext, type ConnectSite } from "./storeDocument.ts";

const SITE = site().id;
const JOB = "9b2f6c1e-4d3a-4e8b-9f70-1a2b3c4d5e6f";

/** The brand the generation chose, as the store's document holds it. */
const generatedBrand: Brand = {
  name: "Juniper & Oak",
  colors: { ...defaultTheme.colors, primary: "#1f4d3a", accent: "#c2410c" },
  fonts: { heading: "Fraunces", body: "Inter" },
};

function generatedDoc() {
  const doc = siteDoc([{ id: "home", slug: "", title: "Home", blocks: [block("hdr", "header")] }]);
  doc.settings.name = generatedBrand.name;
  doc.theme = {
    ...defaultTheme,
    colors: generatedBrand.colors,
    fonts: { ...defaultTheme.fonts, ...generatedBrand.fonts },
  };
  return doc;
}

const offlineWriter = () => ({
  provider: { kind: "offline" as const, model: "pegasus-offline-1" },
  languages: ["en" as const],
  translate: {
    available: false as const,
    code: "unavailable" as const,
    reason: "Translation needs an AI model.",
  },
});
const anyLanguageWriter = () => ({
  provider: { kind: "openai" as const, model: "gpt-4o-mini" },
  languages: (["en", "es", "fr", "de", "it", "pt", "nl"] as const).slice(),
  translate: { available: true as const },
});

type Understood = Awaited<ReturnType<NonNullable<Handlers["ai.understandBrief"]>>>;
type Facts = Understood["facts"];

const NO_DELIVERY: Facts["delivery"] = {
  shipping: null,
  localPickup: false,
  localDelivery: false,
  perishable: false,
  madeToOrder: false,
  leadTime: null,
  area: null,
};

function facts(more: Partial<Facts> = {}): Facts {
  return {
    language: "en",
    name: "Juniper & Oak",
    place: null,
    country: null,
    locale: "en-GB",
    currency: "GBP",
    trade: { id: "ceramics", words: "ceramics and linen" },
    sells: "products",
    offerings: [],
    delivery: NO_DELIVERY,
    audience: null,
    tone: "warm",
    mood: null,
    colors: [],
    fonts: [],
    themeHints: [],
    avoid: [],
    highlights: [],
    ...more,
  };
}

const TRADES: Understood["trades"] = [
  { id: "bakery", label: "Bakery", group: "food-drink" },
  { id: "ceramics", label: "Ceramics", group: "home-garden" },
  { id: "lessons", label: "Lessons and tutoring", group: "services" },
  { id: "general", label: "Something else", group: "other" },
];

/** What the server understood: the facts given, the words beside them. */
function understood(f: Facts = facts(), writes = true): Understood {
  const names: Record<string, string> = { en: "English", fr: "French", nl: "Dutch" };
  return {
    facts: f,
    display: {
      trade: TRADES.find((t) => t.id === f.trade.id)?.label ?? "Something else",
      language: writes
        ? { name: names[f.language]!, writes: true, message: null }
        : {
            name: names[f.language]!,
            writes: false,
            message: `The built-in writer writes English; for ${names[f.language]} connect an AI model.`,
          },
      country: f.country === "FR" ? "France" : null,
    },
    trades: TRADES,
  };
}

/** The generation job, finished with `result` after `steps`. */
function doneJob(
  result: object,
  steps: { stage: string; message: string; at: string }[] = [
    { stage: "done", message: "Your store is ready", at: "2026-11-24T10:00:00.000Z" },
  ],
) {
  return {
    job: {
      id: JOB,
      siteId: SITE,
      status: "done",
      progress: { stage: "done", message: "Your store is ready", fraction: 1 },
      steps,
      result,
      error: null,
    },
  } as never;
}

const generation: Handlers = {
  "ai.capabilities": offlineWriter,
  "ai.understandBrief": () => understood(),
  "sites.create": () => ({ site: site({ name: "Juniper & Oak", slug: "juniper-oak" }) }) as never,
  "ai.generateSite": () => ({ job: { id: JOB, siteId: SITE, status: "running" } }) as never,
  "ai.job": () => doneJob({ pages: [{ title: "Home", slug: "" }], products: [], warnings: [] }),
  "media.logoOptions": logoDesigns,
  "media.saveLogo": () => ({ media: savedLogo(SITE, "processing", "Juniper & Oak") }),
  "media.get": () => ({ media: savedLogo(SITE, "ready", "Juniper & Oak") }),
  "media.list": () => ({ items: [], nextCursor: null }),
};

/** The wizard from the first step to a generated store, the store's document opened by `connect`. */
async function generateStore(
  connect: ConnectSite,
  handlers: Handlers = {},
  chooseLanguage?: (user: Rendered["user"]) => Promise<void>,
) {
  const rendered = renderWithApi({
    path: "/sites/new",
    handlers: { ...generation, ...handlers },
    ui: (
      <CurrentUserContext.Provider value={ANA}>
        <ConnectSiteContext.Provider value={connect}>
          <CreateWithAiPage />
        </ConnectSiteContext.Provider>
      </CurrentUserContext.Provider>
    ),
  });
  const { user } = rendered;
  await user.type(screen.getByLabelText("Business name"), "Juniper & Oak");
  await user.type(
    screen.getByLabelText("What do you sell, and to whom?"),
    "Hand-thrown ceramics and linen for slow mornings.",
  );
  await user.click(screen.getByRole("button", { name: "Next: check what we understood" }));
  await screen.findByRole("heading", { name: "What we understood" });
  await chooseLanguage?.(user);
  await user.click(screen.getByRole("button", { name: "Next: style" }));
  await user.click(screen.getByRole("button", { name: "Next: competitors" }));
  await user.click(screen.getByRole("button", { name: "Skip: generate" }));
  await user.click(screen.getByRole("button", { name: "Generate my store" }));
  expect(await screen.findByRole("heading", { name: "Your store is ready" })).toBeTruthy();
  return rendered;
}

describe("the create-with-AI wizard's logo step", () => {
  it("offers logos drawn from the generated brand, and the chosen one becomes the site's logo", async () => {
    const ydoc = createSiteYDoc(generatedDoc());
    const { server, user, router } = await generateStore(async () => localConnection(ydoc));

    expect(await screen.findByRole("radiogroup", { name: "Logo designs" })).toBeTruthy();
    expect(server.inputsOf("media.logoOptions")).toEqual([generatedBrand]);
    await user.click(screen.getByRole("radio", { name: "Badge" }));
    await user.click(screen.getByRole("button", { name: "Use this logo" }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/sites/${SITE}/editor`));
    expect(server.inputsOf("media.saveLogo")).toEqual([
      { siteId: SITE, brand: generatedBrand, variant: "badge" },
    ]);
    expect(readSiteDoc(ydoc).settings.logo).toEqual({ src: logoSrc(SITE), alt: "Juniper & Oak" });
  });

  it("lands in the editor in one click when the merchant skips, leaving the store as it is", async () => {
    const ydoc = createSiteYDoc(generatedDoc());
    const { server, user, router } = await generateStore(async () => localConnection(ydoc));

    await screen.findByRole("radiogroup", { name: "Logo designs" });
    await user.click(screen.getByRole("link", { name: "Skip: open the editor" }));

    expect(router.state.location.pathname).toBe(`/sites/${SITE}/editor`);
    expect(server.inputsOf("media.saveLogo")).toEqual([]);
    expect(readSiteDoc(ydoc).settings.logo).toBeUndefined();
  });

  it("keeps the merchant on the step, saying why, when the logo cannot be prepared", async () => {
    const ydoc = createSiteYDoc(generatedDoc());
    const { user, router } = await generateStore(async () => localConnection(ydoc), {
      "media.get": () => {
        throw new FakeApiError("NOT_FOUND", "No such image in this site's library.");
      },
    });

    await screen.findByRole("radiogroup", { name: "Logo designs" });
    await user.click(screen.getByRole("button", { name: "Use this logo" }));

    expect((await screen.findByRole("alert")).textContent).toBe(
      "No such image in this site's library.",
    );
    expect(router.state.location.pathname).toBe("/sites/new");
    expect(readSiteDoc(ydoc).settings.logo).toBeUndefined();
  });

  it("still opens the editor when the store's document cannot be read", async () => {
    const { user, router } = await generateStore(() => Promise.reject(new Error("collab is down")));

    expect(await screen.findByText(/Logo ideas are not available right now/)).toBeTruthy();
    expect(screen.queryByRole("radiogroup", { name: "Logo designs" })).toBeNull();
    await user.click(screen.getByRole("link", { name: "Skip: open the editor" }));
    expect(router.state.location.pathname).toBe(`/sites/${SITE}/editor`);
  });
});

describe("the create-with-AI wizard's languages", () => {
  const languageSelect = () =>
    screen.getByRole("combobox", { name: "Language of the store" }) as HTMLSelectElement;
  const optionsOf = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent);

  it("offers only the languages the configured AI writes, saying so", async () => {
    const ydoc = createSiteYDoc(generatedDoc());
    const { server } = await generateStore(
      async () => localConnection(ydoc),
      {},
      async () => {
        await screen.findByText("This Pegasus writes stores in English only.");
        expect(optionsOf(languageSelect())).toEqual(["English"]);
      },
    );
    expect(server.inputsOf("ai.generateSite")[0]!.brief.language).toBe("en");
  });

  it("offers every language a model writes, and generates in the chosen one", async () => {
    const ydoc = createSiteYDoc(generatedDoc());
    const { server } = await generateStore(
      async () => localConnection(ydoc),
      { "ai.capabilities": anyLanguageWriter },
      async (user) => {
        await waitFor(() =>
          expect(optionsOf(languageSelect())).toEqual([
            "English",
            "Spanish",
            "French",
            "German",
            "Italian",
            "Portuguese",
            "Dutch",
          ]),
        );
        expect(screen.queryByText(/writes stores in/)).toBeNull();
        await user.selectOptions(languageSelect(), "fr");
      },
    );
    expect(server.inputsOf("ai.generateSite")[0]!.brief.language).toBe("fr");
  });
});

describe("the onboarding chat", () => {
  /** Asks for the name, then the description, then says it has enough. */
  const assistant: Handlers = {
    "ai.chat": ({ messages, brief, finish }) => {
      const answers = messages.filter((m) => m.role === "merchant").map((m) => m.text);
      const next = {
        ...brief,
        name: answers[0] ?? brief?.name ?? "",
        description: answers[1] ?? brief?.description ?? "",
      };
      const ready = next.name !== "" && next.description.length >= 10;
      const reply = finish
        ? "Thank you!"
        : answers.length === 0
          ? "What is your business called?"
          : "Tell me what you sell.";
      return { reply, brief: next, ready } as never;
    },
  };

  it("keeps the conversation on the page and carries its answers into the brief and the generation", async () => {
    const ydoc = createSiteYDoc(generatedDoc());
    const { user, server } = renderWithApi({
      path: "/sites/new",
      handlers: { ...generation, ...assistant },
      ui: (
        <CurrentUserContext.Provider value={ANA}>
          <ConnectSiteContext.Provider value={async () => localConnection(ydoc)}>
            <CreateWithAiPage />
          </ConnectSiteContext.Provider>
        </CurrentUserContext.Provider>
      ),
    });
    await user.click(screen.getByRole("button", { name: /Prefer to chat/ }));
    const answer = await screen.findByRole("textbox", { name: "Your answer" });
    expect(await screen.findByText("What is your business called?")).toBeTruthy();
    // A form inside the wizard's form is invalid HTML: the browser submitted the chat natively
    // and reloaded the page, losing the conversation.
    expect(answer.closest("form")?.parentElement?.closest("form")).toBeNull();

    await user.type(answer, "Juniper & Oak{Enter}");
    expect(await screen.findByText("Tell me what you sell.")).toBeTruthy();
    await user.type(answer, "Hand-thrown ceramics and linen for slow mornings.{Enter}");
    await waitFor(() =>
      expect((screen.getByLabelText("Business name") as HTMLInputElement).value).toBe(
        "Juniper & Oak",
      ),
    );
    await user.click(screen.getByRole("button", { name: "Continue with this" }));
    await user.click(await screen.findByRole("button", { name: "Next: style" }));
    await user.click(await screen.findByRole("button", { name: "Next: competitors" }));
    await user.click(screen.getByRole("button", { name: "Skip: generate" }));
    await user.click(screen.getByRole("button", { name: "Generate my store" }));
    expect(await screen.findByRole("heading", { name: "Your store is ready" })).toBeTruthy();
    expect(server.inputsOf("ai.generateSite")[0]!.brief).toMatchObject({
      name: "Juniper & Oak",
      description: "Hand-thrown ceramics and linen for slow mornings.",
    });
  });
});

describe("what we understood", () => {
  const bakery = () =>
    facts({
      language: "fr",
      name: "Le Fournil",
      place: "Lyon",
      country: "FR",
      locale: "fr-FR",
      currency: "EUR",
      trade: { id: "bakery", words: "pain au levain" },
      offerings: [
        {
          name: "Pain de campagne",
          kind: "product",
          price: 450,
          priceFrom: false,
          options: [],
          details: null,
        },
        {
          name: "Baguette tradition",
          kind: "product",
          price: 130,
          priceFrom: false,
          options: [],
          details: null,
        },
        {
          name: "Brioche au beurre",
          kind: "product",
          price: 600,
          priceFrom: false,
          options: [],
          details: null,
        },
      ],
      delivery: { ...NO_DELIVERY, localPickup: true, perishable: true },
      fonts: [{ asked: "Playfair", font: "Playfair Display" }],
      colors: [{ word: "navy", hex: "#1f2a44", role: "primary" }],
    });

  /** From the business step to the summary, with the server's reading given. */
  async function openSummary(answer: Understood, more: Handlers = {}) {
    const rendered = await describeBusiness(answer, more);
    await screen.findByRole("heading", { name: "What we understood" });
    return rendered;
  }

  async function describeBusiness(answer: Understood, more: Handlers = {}) {
    const rendered = renderWithApi({
      path: "/sites/new",
      handlers: {
        ...generation,
        "ai.capabilities": anyLanguageWriter,
        "ai.understandBrief": () => answer,
        ...more,
      },
      ui: (
        <CurrentUserContext.Provider value={ANA}>
          <ConnectSiteContext.Provider
            value={async () => localConnection(createSiteYDoc(generatedDoc()))}
          >
            <CreateWithAiPage />
          </ConnectSiteContext.Provider>
        </CurrentUserContext.Provider>
      ),
    });
    const { user } = rendered;
    await user.type(screen.getByLabelText("Business name"), "Le Fournil");
    await user.type(
      screen.getByLabelText("What do you sell, and to whom?"),
      "Boulangerie à Lyon: pain de campagne 4,50 €, baguette tradition 1,30 €, brioche 6 €.",
    );
    await user.click(screen.getByRole("button", { name: "Next: check what we understood" }));
    return rendered;
  }

  async function generateFromSummary(user: Rendered["user"]) {
    await user.click(screen.getByRole("button", { name: "Next: style" }));
    await user.click(await screen.findByRole("button", { name: "Next: competitors" }));
    await user.click(screen.getByRole("button", { name: "Skip: generate" }));
    await user.click(screen.getByRole("button", { name: "Generate my store" }));
    await screen.findByRole("heading", { name: "Your store is ready" });
  }

  it("shows the facts, and generates from them as the merchant corrected them", async () => {
    const { user, server } = await openSummary(understood(bakery()));
    expect(server.inputsOf("ai.understandBrief")).toEqual([
      {
        name: "Le Fournil",
        description:
          "Boulangerie à Lyon: pain de campagne 4,50 €, baguette tradition 1,30 €, brioche 6 €.",
      },
    ]);
    // The detected language is chosen; the place, trade, prices and the font mapping are shown.
    expect((screen.getByLabelText("Language of the store") as HTMLSelectElement).value).toBe("fr");
    expect((screen.getByLabelText("Place") as HTMLInputElement).value).toBe("Lyon");
    expect(screen.getByText("In France.")).toBeTruthy();
    expect((screen.getByLabelText("Trade") as HTMLSelectElement).value).toBe("bakery");
    expect(screen.getByRole("group", { name: "Food and drink" })).toBeTruthy();
    expect((screen.getByLabelText("Price of Baguette tradition") as HTMLInputElement).value).toBe(
      "1.30",
    );
    expect(screen.getByText("Playfair → Playfair Display")).toBeTruthy();
    expect((screen.getByLabelText("Role of navy") as HTMLSelectElement).value).toBe("primary");
    expect((screen.getByLabelText("Local pickup") as HTMLInputElement).checked).toBe(true);

    // The merchant corrects a price (typed with a comma), removes a bread and marks one "from".
    const price = screen.getByLabelText("Price of Pain de campagne");
    await user.clear(price);
    await user.type(price, "4,80");
    await user.click(screen.getByRole("button", { name: "Remove Brioche au beurre" }));
    expect(screen.queryByLabelText("Name of offering 3")).toBeNull();
    const from = screen.getAllByRole("checkbox", { name: "From" });
    await user.click(from[1]!);
    await user.click(screen.getByRole("button", { name: "Add something to avoid" }));
    await user.type(screen.getByLabelText("Thing to avoid 1"), "industrial");

    await generateFromSummary(user);
    const brief = server.inputsOf("ai.generateSite")[0]!.brief;
    expect(brief.language).toBe("fr");
    expect(brief.industry).toBe("bakery");
    expect(brief.facts).toMatchObject({
      language: "fr",
      locale: "fr-FR",
      currency: "EUR",
      place: "Lyon",
      name: "Le Fournil",
      delivery: { localPickup: true, perishable: true },
      avoid: ["industrial"],
      fonts: [{ asked: "Playfair", font: "Playfair Display" }],
    });
    expect(brief.facts!.offerings.map((o) => [o.name, o.price, o.priceFrom])).toEqual([
      ["Pain de campagne", 480, false],
      ["Baguette tradition", 130, true],
    ]);
  });

  it("says which price to fix, next to it, and goes on once it is fixed", async () => {
    const { user, server } = await openSummary(understood(bakery()));
    const price = screen.getByLabelText("Price of Baguette tradition");
    await user.clear(price);
    await user.type(price, "about two");
    await user.click(screen.getByRole("button", { name: "Next: style" }));
    expect(price.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Write a price such as 4.50, or leave it empty.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "What we understood" })).toBeTruthy();

    await user.clear(price);
    await user.click(screen.getByRole("button", { name: "Add a product or service" }));
    await user.type(screen.getByLabelText("Name of offering 4"), "Fougasse");
    await user.type(screen.getByLabelText("Price of Fougasse"), "3.2");
    await generateFromSummary(user);
    const offerings = server.inputsOf("ai.generateSite")[0]!.brief.facts!.offerings;
    expect(offerings.map((o) => [o.name, o.price])).toEqual([
      ["Pain de campagne", 450],
      ["Baguette tradition", null],
      ["Brioche au beurre", 600],
      ["Fougasse", 320],
    ]);
  });

  it("says at once when the writer cannot write the brief's language, and what to do", async () => {
    const dutch = facts({ language: "nl", locale: "nl-NL", currency: "EUR" });
    await openSummary(understood(dutch, false), { "ai.capabilities": offlineWriter });
    expect(
      screen.getByText("The built-in writer writes English; for Dutch connect an AI model."),
    ).toBeTruthy();
    expect((screen.getByLabelText("Language of the store") as HTMLSelectElement).value).toBe("en");
  });

  it("shows a refused brief's field errors next to their fields, in words", async () => {
    await describeBusiness(understood(), {
      "ai.understandBrief": () => {
        throw new FakeApiError(
          "BAD_REQUEST",
          "description: Keep the description under 2,000 characters.",
          { fieldErrors: { description: ["Keep the description under 2,000 characters."] } },
        );
      },
    });
    expect(await screen.findByText("Keep the description under 2,000 characters.")).toBeTruthy();
    const description = screen.getByLabelText("What do you sell, and to whom?");
    expect(description.getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByRole("heading", { name: "What we understood" })).toBeNull();
  });

  it("says how many products are samples and shows the requests the AI could not meet once the store is ready", async () => {
    const { user } = await openSummary(understood(bakery()), {
      "ai.job": () =>
        doneJob(
          {
            pages: [{ title: "Accueil", slug: "" }],
            products: [
              { title: "Pain de campagne", price: 450, sample: false, currency: "EUR" },
              { title: "Fougasse aux olives", price: 380, sample: false, currency: "EUR" },
              { title: "Brioche", price: 600, sample: true, currency: "EUR" },
            ],
            warnings: [],
            notes: ["A booking calendar is not something the store can offer yet."],
          },
          [],
        ),
    });
    await generateFromSummary(user);
    // The brief's own breads are not samples; only the one added to top the catalogue up is.
    expect(
      screen.getByText(
        "1 page and 3 products, 1 of them a sample to replace or remove before you publish.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("What we could not do")).toBeTruthy();
    expect(
      screen.getByText(
        "1 sample item tops up the catalogue: replace or remove it before publishing.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText("A booking calendar is not something the store can offer yet."),
    ).toBeTruthy();
  });
});

describe("the create-with-AI wizard in French", () => {
  afterEach(() => setLanguage("en"));

  it("speaks French from the first step to the generated store, plurals and typography included", async () => {
    await loadArea("ai");
    await loadArea("media");
    await setLanguage("fr");
    const { user } = renderWithApi({
      path: "/sites/new",
      handlers: {
        ...generation,
        "ai.job": () =>
          doneJob(
            {
              pages: [{ title: "Home", slug: "" }],
              products: [
                { title: "Mug", price: 2400, sample: true, currency: "EUR" },
                { title: "Bol", price: 1800, sample: true, currency: "EUR" },
              ],
              warnings: [],
            },
            // The server's English: the app words each step by its stage.
            [
              ["understanding", "Reading your brief"],
              ["writing", "Words written"],
              ["building", "Laying out pages, products and pictures"],
              ["checking", "Checking readability and accessibility"],
              ["saving", "Saving your store"],
              ["products", "Adding sample products as drafts"],
              ["done", "Your store is ready"],
            ].map(([stage, message]) => ({
              stage: stage!,
              message: message!,
              at: "2026-11-24T10:00:00.000Z",
            })),
          ),
      },
      ui: (
        <CurrentUserContext.Provider value={ANA}>
          <CreateWithAiPage />
        </CurrentUserContext.Provider>
      ),
    });
    expect(screen.getByRole("heading", { name: "Créer une boutique avec l’IA" })).toBeTruthy();
    expect(screen.getByRole("list", { name: "Étapes" }).textContent).toContain(
      "Ce que nous avons compris",
    );
    await user.click(
      screen.getByRole("button", { name: "Suivant\u202f: vérifier ce que nous avons compris" }),
    );
    expect(await screen.findByText("Donnez un nom à votre entreprise.")).toBeTruthy();
    // Testing Library's text matchers read U+202F as a space (role names keep it); the page holds the narrow no-break space.
    expect(document.body.textContent).toContain(
      "Suivant\u202f: vérifier ce que nous avons compris",
    );
    await user.type(screen.getByLabelText("Nom de l’entreprise"), "Juniper & Oak");
    await user.type(
      screen.getByLabelText("Que vendez-vous, et à qui ?"),
      "Céramiques tournées à la main et linge pour des matins tranquilles.",
    );
    await user.click(
      screen.getByRole("button", { name: "Suivant\u202f: vérifier ce que nous avons compris" }),
    );
    await screen.findByRole("heading", { name: "Ce que nous avons compris" });
    expect(screen.getByRole("option", { name: "anglais" })).toBeTruthy();
    // The trades by their id in the app's language, grouped, whatever words the server sends.
    expect(screen.getByRole("option", { name: "Céramique" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "Autre chose" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Maison et jardin" })).toBeTruthy();
    expect(screen.queryByRole("option", { name: "Something else" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Suivant\u202f: style" }));
    expect(screen.getByText("Chaleureux")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Suivant\u202f: concurrents" }));
    await user.click(screen.getByRole("button", { name: "Passer\u202f: générer" }));
    expect(screen.getByText("Choisi selon votre métier")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Générer ma boutique" }));
    expect(await screen.findByRole("heading", { name: "Votre boutique est prête" })).toBeTruthy();
    expect(
      [...document.querySelectorAll(".ai-progress__steps li")].map((li) => li.textContent),
    ).toEqual([
      "Lecture de votre description",
      "Textes rédigés",
      "Mise en page des pages, produits et images",
      "Vérification de la lisibilité et de l’accessibilité",
      "Enregistrement de votre boutique",
      "Ajout de produits d’exemple en brouillon",
      "Votre boutique est prête",
    ]);
    expect(document.body.textContent).toContain(
      "2 articles d’exemple complètent le catalogue\u202f: remplacez-les ou supprimez-les avant de publier.",
    );
  });
});
