import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import { renderWithApi } from "../test/render.tsx";
import { UploadContext, type MediaItem, type UploadFile } from "./api.ts";
import { MediaLibrary } from "./MediaLibrary.tsx";

const SITE = "22222222-2222-4222-8222-222222222222";
const ID = "aaaaaaaa-aaaa-4aaa-8aaa-000000000001";
const never: UploadFile = () => new Promise(() => {});

const kiln: MediaItem = {
  id: ID,
  siteId: SITE,
  filename: "four.jpg",
  alt: "",
  origin: "upload",
  status: "ready",
  progress: 100,
  error: null,
  src: `/media/${SITE}/${ID}/1920.jpg`,
  thumbnail: `/media/${SITE}/${ID}/320.webp`,
  svg: null,
  width: 1920,
  height: 1280,
  widths: [320, 1920],
  formats: ["webp", "jpeg"],
  color: "#aa7744",
  placeholder: null,
  sourceType: "jpeg",
  sourceBytes: 2_400_000,
  storedBytes: 900_000,
  createdAt: "2026-11-24T09:00:00.000Z",
};

function renderLibrary(items: MediaItem[]) {
  return renderWithApi({
    handlers: {
      "media.list": () => ({ items, nextCursor: null }),
      "media.uses": () => ({
        uses: [
          {
            key: "p:b:image.src",
            label: "Accueil › Bannière › image",
            pageId: "p",
            pageTitle: "Accueil",
            blockId: "b",
            blockType: "hero",
            field: "image.src",
            versions: ["draft" as const],
          },
        ],
      }),
    },
    ui: (
      <UploadContext value={never}>
        <MediaLibrary siteId={SITE} canEdit />
      </UploadContext>
    ),
  });
}

describe("the media library in French", () => {
  afterEach(() => setLanguage("en"));

  it("words its empty state, with the size limit in French units", async () => {
    await loadArea("media");
    await setLanguage("fr");
    renderLibrary([]);
    expect(await screen.findByText("Aucune image pour l’instant")).toBeTruthy();
    expect(screen.getByText(/jusqu’à 20 Mo chacune\.$/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Importer des images" })).toBeTruthy();
    expect(screen.getByLabelText("Rechercher des images")).toBeTruthy();
  });

  it("words an image's details: size in Mo with a decimal comma, uses, actions", async () => {
    await loadArea("media");
    await setLanguage("fr");
    const { user } = renderLibrary([kiln]);
    const grid = await screen.findByRole("region", { name: "Images" });
    await user.click(await within(grid).findByRole("button", { name: /four\.jpg/ }));
    const details = await screen.findByRole("complementary", { name: "Détails de four.jpg" });
    expect(within(details).getByText(/JPEG · 2,3\s?Mo/)).toBeTruthy();
    expect(within(details).getByLabelText("Description (texte alternatif)")).toBeTruthy();
    expect(await within(details).findByText("brouillon")).toBeTruthy();
    expect(within(details).getByRole("button", { name: "Supprimer l’image" })).toBeTruthy();
  });
});
