import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { defaultTheme } from "../../../blocks/theme/index.ts";
import { renderEditor, SITE } from "../editor/test/editorHarness.tsx";
import { mediaExtension } from "./extension.tsx";
import { logoDesigns, logoSrc, savedLogo } from "../test/logoFixtures.ts";

const LogoTab = mediaExtension.rightPanelTabs!.find((tab) => tab.id === "logo")!.Panel;

describe("the editor's Logo tab", () => {
  it("makes the chosen design the site's logo, as one step of the merchant's undo", async () => {
    let polls = 0;
    const { user, server, session, doc } = await renderEditor(<LogoTab />, {
      handlers: {
        "media.logoOptions": logoDesigns,
        "media.saveLogo": () => ({ media: savedLogo(SITE.id, "processing", "Blue Bottle") }),
        // The library takes a moment to make the logo's sizes.
        "media.get": () => ({
          media: savedLogo(SITE.id, ++polls < 2 ? "processing" : "ready", "Blue Bottle"),
        }),
        "media.list": () => ({ items: [], nextCursor: null }),
      },
    });

    expect(await screen.findByRole("radiogroup", { name: "Logo designs" })).toBeTruthy();
    expect(server.inputsOf("media.logoOptions")).toEqual([
      {
        name: "Blue Bottle",
        colors: defaultTheme.colors,
        fonts: { heading: defaultTheme.fonts.heading, body: defaultTheme.fonts.body },
      },
    ]);
    await user.click(screen.getByRole("button", { name: "Use as logo" }));

    await waitFor(() =>
      expect(doc().settings.logo).toEqual({ src: logoSrc(SITE.id), alt: "Blue Bottle" }),
    );
    expect(polls).toBe(2);
    session.undo.undo();
    expect(doc().settings.logo).toBeUndefined();
  });
});
