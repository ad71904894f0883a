import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { defaultTheme } from "../../../blocks/theme/index.ts";
import { readSiteDoc } from "../../../collab/doc/mapping.ts";
import { createSiteYDoc } from "../../../collab/doc/ops.ts";
import { CurrentUserContext } from "../api/session.ts";
import { block, siteDoc } from "../editor/test/editorHarness.tsx";
import { localConnection } from "../editor/session/connection.ts";
import type { Brand } from "../media/LogoOptions.tsx";
import { logoDesigns, logoSrc, savedLogo } from "../media/logoFixtures.ts";
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
  translate: { available: false as const, reason: "Translation needs an AI model." },
});
const anyLanguageWriter = () => ({
  provider: { kind: "openai" as const, model: "gpt-4o-mini" },
  languages: (["en", "es", "fr", "de", "it", "pt", "nl"] as const).slice(),
  translate: { available: true as const },
});

const generation: Handlers = {
  "ai.capabilities": offlineWriter,
  "sites.create": () => ({ site: site({ name: "Juniper & Oak", slug: "juniper-oak" }) }) as never,
  "ai.generateSite": () => ({ job: { id: JOB, siteId: SITE, status: "running" } }) as never,
  "ai.job": () =>
    ({
      job: {
        id: JOB,
        siteId: SITE,
        status: "done",
        progress: { stage: "done", message: "Your store is ready", fraction: 1 },
        steps: [{ stage: "done", message: "Your store is ready", at: "2026-11-24T10:00:00.000Z" }],
        result: { pages: [{ title: "Home", slug: "" }], products: [], warnings: [] },
        error: null,
      },
    }) as never,
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
