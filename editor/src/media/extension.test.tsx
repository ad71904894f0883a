import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { site } from "../test/fixtures.ts";
import { renderWithApi } from "../test/render.tsx";
import { MediaPickerProvider, pickImage } from "./extension.tsx";

const SITE = site().id;

describe("the editor's pickImage", () => {
  it("answers null when no editor is open to show the picker", async () => {
    expect(
      await pickImage({ current: { src: "", alt: "", decorative: false }, label: "Image" }),
    ).toBeNull();
  });

  it("opens the library in a dialog and resolves with null on cancel", async () => {
    const { user } = renderWithApi({
      path: "/sites/:siteId/editor",
      url: `/sites/${SITE}/editor`,
      handlers: {
        "sites.get": () => ({ site: site({ role: "editor" }) }),
        "media.list": () => ({ items: [], nextCursor: null }),
      },
      ui: (
        <MediaPickerProvider>
          <p>Editor</p>
        </MediaPickerProvider>
      ),
    });
    await screen.findByText("Editor");
    let picked: Promise<unknown> = Promise.resolve();
    act(() => {
      picked = pickImage({ current: { src: "", alt: "", decorative: false }, label: "Hero image" });
    });
    expect(await screen.findByRole("dialog", { name: "Choose hero image" })).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Upload images" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await picked).toBeNull();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });
});
