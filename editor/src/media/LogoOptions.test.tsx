import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import { renderWithApi } from "../test/render.tsx";
import { LogoOptions, type Brand } from "./LogoOptions.tsx";

const SITE = "22222222-2222-4222-8222-222222222222";
const brand: Brand = {
  name: "Juniper & Oak",
  colors: {
    primary: "#1f4d3a",
    onPrimary: "#ffffff",
    secondary: "#e8dcc8",
    onSecondary: "#111111",
    accent: "#c2410c",
    onAccent: "#ffffff",
    background: "#fbf8f3",
    surface: "#f1ebe1",
    text: "#1c1917",
    muted: "#57534e",
  },
  fonts: { heading: "Fraunces", body: "Inter" },
};
const svg = "data:image/svg+xml;base64,PHN2Zy8+";

describe("LogoOptions", () => {
  it("shows the designs for the brand and adds the chosen one to the library", async () => {
    const { server, user } = renderWithApi({
      handlers: {
        "media.logoOptions": () => ({
          logos: [
            { variant: "wordmark", label: "Wordmark", width: 600, height: 160, dataUrl: svg },
            { variant: "badge", label: "Badge", width: 640, height: 160, dataUrl: svg },
          ],
        }),
        "media.saveLogo": (input) => ({
          media: {
            id: "m1",
            status: "processing",
            filename: `${input.brand.name} logo (${input.variant}).png`,
          } as never,
        }),
        "media.list": () => ({ items: [], nextCursor: null }),
      },
      ui: <LogoOptions brand={brand} siteId={SITE} canSave />,
    });
    expect(await screen.findByRole("radiogroup", { name: "Logo designs" })).toBeTruthy();
    expect(server.inputsOf("media.logoOptions")).toEqual([brand]);
    await user.click(screen.getByRole("radio", { name: "Badge" }));
    await user.click(screen.getByRole("button", { name: "Add to media library" }));
    await waitFor(() =>
      expect(server.inputsOf("media.saveLogo")).toEqual([
        { siteId: SITE, brand, variant: "badge" },
      ]),
    );
  });

  it("asks for a name first, and offers no saving without a site", async () => {
    renderWithApi({ ui: <LogoOptions brand={{ ...brand, name: " " }} /> });
    expect(screen.getByText("Name the site to see logo ideas.")).toBeTruthy();
  });

  describe("in French", () => {
    afterEach(() => setLanguage("en"));

    it("names each design by its kind, not by the server's English label", async () => {
      await loadArea("media");
      await setLanguage("fr");
      const names: Record<string, string> = {
        wordmark: "Wordmark",
        accent: "Wordmark with accent",
        badge: "Badge",
        monogram: "Monogram and name",
        stacked: "Stacked",
      };
      renderWithApi({
        handlers: {
          "media.logoOptions": () => ({
            logos: Object.entries(names).map(([variant, label]) => ({
              variant: variant as "wordmark",
              label,
              width: 600,
              height: 160,
              dataUrl: svg,
            })),
          }),
        },
        ui: <LogoOptions brand={brand} />,
      });
      const group = await screen.findByRole("radiogroup", { name: "Modèles de logo" });
      expect(
        within(group)
          .getAllByRole("radio")
          .map((radio) => radio.closest("label")!.textContent),
      ).toEqual(["Logotype", "Logotype avec accent", "Badge", "Monogramme et nom", "Empilé"]);
    });
  });
});
