import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import { FakeApiError, type Handlers } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";
import { UploadContext, UploadError, type MediaItem, type UploadFile } from "./api.ts";
import { ImagePickerDialog } from "./ImagePickerDialog.tsx";
import { MediaLibrary } from "./MediaLibrary.tsx";

const SITE = "22222222-2222-4222-8222-222222222222";
let n = 0;

function item(overrides: Partial<MediaItem> = {}): MediaItem {
  const id = `aaaaaaaa-aaaa-4aaa-8aaa-${String(++n).padStart(12, "0")}`;
  return {
    id,
    siteId: SITE,
    filename: "kiln.jpg",
    alt: "",
    origin: "upload",
    status: "ready",
    progress: 100,
    error: null,
    src: `/media/${SITE}/${id}/1920.jpg`,
    thumbnail: `/media/${SITE}/${id}/320.webp`,
    svg: null,
    width: 1920,
    height: 1280,
    widths: [320, 640, 960, 1280, 1920],
    formats: ["avif", "webp", "jpeg"],
    color: "#aa7744",
    placeholder: null,
    sourceType: "jpeg",
    sourceBytes: 2_400_000,
    storedBytes: 900_000,
    createdAt: "2026-11-24T09:00:00.000Z",
    ...overrides,
  };
}

/** An uploader under the test's control: progress and answers are sent by hand. */
function fakeUploader() {
  const calls: {
    file: File;
    progress: (f: number) => void;
    resolve: (m: MediaItem) => void;
    reject: (e: Error) => void;
  }[] = [];
  const upload: UploadFile = (_siteId, file, progress) =>
    new Promise((resolve, reject) =>
      calls.push({
        file,
        progress,
        resolve: (media) => resolve({ media, duplicate: false }),
        reject,
      }),
    );
  return { upload, calls };
}

function renderLibrary(
  handlers: Handlers,
  options: { canEdit?: boolean; uploader?: UploadFile } = {},
) {
  const uploader = options.uploader ?? fakeUploader().upload;
  return renderWithApi({
    handlers: { "media.uses": () => ({ uses: [] }), ...handlers },
    ui: (
      <UploadContext value={uploader}>
        <MediaLibrary siteId={SITE} canEdit={options.canEdit ?? true} />
      </UploadContext>
    ),
  });
}

describe("MediaLibrary", () => {
  it("shows the site's images and searches by name or description", async () => {
    const { server, user } = renderLibrary({
      "media.list": (input) => ({
        items: input.search
          ? [item({ filename: "mugs.jpg", alt: "Speckled mugs" })]
          : [item(), item({ filename: "bowl.jpg" })],
        nextCursor: null,
      }),
    });
    const grid = await screen.findByRole("region", { name: "Images" });
    await waitFor(() => expect(within(grid).getAllByRole("button")).toHaveLength(2));
    await user.type(screen.getByLabelText("Search images"), "speckled");
    await waitFor(() => expect(within(grid).getAllByRole("button")).toHaveLength(1));
    expect(within(grid).getByRole("button", { name: /Speckled mugs/ })).toBeTruthy();
    expect(server.inputsOf("media.list").at(-1)).toMatchObject({
      siteId: SITE,
      search: "speckled",
    });
  });

  it("uploads dropped files with their progress, then shows the server processing them", async () => {
    const uploader = fakeUploader();
    let processing: MediaItem | null = null;
    renderLibrary(
      { "media.list": () => ({ items: processing ? [processing] : [], nextCursor: null }) },
      { uploader: uploader.upload },
    );
    await screen.findByText("No images yet");
    const file = new File([new Uint8Array(2048)], "IMG_0042.jpg", { type: "image/jpeg" });
    const library = document.querySelector(".media-library")!;
    fireEvent.dragEnter(library, { dataTransfer: { types: ["Files"], files: [file] } });
    expect(await screen.findByText("Drop images to upload them")).toBeTruthy();
    fireEvent.drop(library, { dataTransfer: { types: ["Files"], files: [file] } });

    await waitFor(() => expect(uploader.calls).toHaveLength(1));
    expect(uploader.calls[0]!.file.name).toBe("IMG_0042.jpg");
    uploader.calls[0]!.progress(0.4);
    const bar = await screen.findByRole("progressbar", { name: "Uploading IMG_0042.jpg" });
    await waitFor(() => expect(bar.getAttribute("aria-valuenow")).toBe("40"));

    processing = item({
      filename: "IMG_0042.jpg",
      status: "processing",
      progress: 30,
      src: null,
      thumbnail: null,
    });
    uploader.calls[0]!.resolve(processing);
    expect(
      await screen.findByRole("button", { name: "IMG_0042.jpg, processing 30%" }),
    ).toBeTruthy();
    // The new image is selected, ready to be described.
    expect(
      await screen.findByRole("complementary", { name: "Details of IMG_0042.jpg" }),
    ).toBeTruthy();
  });

  it("says why the server refused an upload", async () => {
    const uploader: UploadFile = async () => {
      throw new UploadError(
        "SVG files are not accepted: they can carry scripts that would run on your store.",
        415,
      );
    };
    renderLibrary({ "media.list": () => ({ items: [], nextCursor: null }) }, { uploader });
    await screen.findByText("No images yet");
    // The file chooser filters by type, but drops and other browsers do not: the server decides.
    const svg = new File(["<svg/>"], "logo.svg", { type: "image/svg+xml" });
    fireEvent.change(screen.getByTestId("media-file-input"), { target: { files: [svg] } });
    expect((await screen.findByRole("alert")).textContent).toMatch(/SVG files are not accepted/);
  });

  it("edits the description of the selected image", async () => {
    const kiln = item();
    const { server, user } = renderLibrary({
      "media.list": () => ({ items: [kiln], nextCursor: null }),
      "media.updateAlt": (input) => ({ media: { ...kiln, alt: input.alt } }),
    });
    await user.click(await screen.findByRole("button", { name: /kiln\.jpg/ }));
    const details = await screen.findByRole("complementary", { name: "Details of kiln.jpg" });
    await user.type(within(details).getByLabelText(/Description/), "Our kiln at dusk");
    await user.click(within(details).getByRole("button", { name: "Save description" }));
    await waitFor(() =>
      expect(server.inputsOf("media.updateAlt")).toEqual([
        { siteId: SITE, mediaId: kiln.id, alt: "Our kiln at dusk" },
      ]),
    );
  });

  it("shows where an image is used and the server's refusal to delete it", async () => {
    const kiln = item();
    const use = {
      key: "p:b:image.src",
      label: "Home › Hero › image",
      pageId: "p",
      pageTitle: "Home",
      blockId: "b",
      blockType: "hero",
      field: "image.src",
      versions: ["draft", "published"] as ("draft" | "published")[],
    };
    const { user } = renderLibrary({
      "media.list": () => ({ items: [kiln], nextCursor: null }),
      "media.uses": () => ({ uses: [use] }),
      "media.delete": () => {
        throw new FakeApiError(
          "CONFLICT",
          "“kiln.jpg” is used in 1 place: Home › Hero › image (draft and published). Remove it from there first and publish, so the live store no longer shows it.",
        );
      },
    });
    await user.click(await screen.findByRole("button", { name: /kiln\.jpg/ }));
    const details = await screen.findByRole("complementary", { name: "Details of kiln.jpg" });
    expect(await within(details).findByText("Home › Hero › image")).toBeTruthy();
    expect(within(details).getByText("draft · live store")).toBeTruthy();
    await user.click(within(details).getByRole("button", { name: "Delete image" }));
    expect(await within(details).findByText("This image is still in use")).toBeTruthy();
    expect(within(details).getByText(/Remove it from there first/)).toBeTruthy();
  });

  it("lets viewers look but not upload, describe or delete", async () => {
    const { user } = renderLibrary(
      { "media.list": () => ({ items: [item()], nextCursor: null }) },
      { canEdit: false },
    );
    await user.click(await screen.findByRole("button", { name: /kiln\.jpg/ }));
    await screen.findByRole("complementary");
    expect(screen.queryByRole("button", { name: "Upload images" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Delete image" })).toBeNull();
    expect(screen.queryByLabelText(/Description/)).toBeNull();
  });
});

describe("ImagePickerDialog", () => {
  it("gives the field the chosen image with its size and description", async () => {
    const kiln = item({ alt: "Our kiln at dusk" });
    const chosen: unknown[] = [];
    const { user } = renderWithApi({
      handlers: {
        "media.list": () => ({ items: [kiln], nextCursor: null }),
        "media.uses": () => ({ uses: [] }),
      },
      ui: (
        <ImagePickerDialog
          siteId={SITE}
          label="Hero image"
          current={{ src: "", alt: "", decorative: false }}
          canEdit
          onClose={(value) => chosen.push(value)}
        />
      ),
    });
    expect(screen.getByRole("dialog", { name: "Choose hero image" })).toBeTruthy();
    const use = screen.getByRole("button", { name: "Use image" }) as HTMLButtonElement;
    expect(use.disabled).toBe(true);
    await user.click(await screen.findByRole("button", { name: /Our kiln at dusk/ }));
    await waitFor(() => expect(use.disabled).toBe(false));
    await user.click(use);
    expect(chosen).toEqual([
      { src: kiln.src, alt: "Our kiln at dusk", decorative: false, width: 1920, height: 1280 },
    ]);
  });
});

function renderFrench(items: MediaItem[]) {
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
      <UploadContext value={() => new Promise(() => {})}>
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
    renderFrench([]);
    expect(await screen.findByText("Aucune image pour l’instant")).toBeTruthy();
    expect(screen.getByText(/jusqu’à 20 Mo chacune\.$/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Importer des images" })).toBeTruthy();
    expect(screen.getByLabelText("Rechercher des images")).toBeTruthy();
  });

  it("words an image's details: size in Mo with a decimal comma, uses, actions", async () => {
    await loadArea("media");
    await setLanguage("fr");
    const { user } = renderFrench([item({ filename: "four.jpg" })]);
    const grid = await screen.findByRole("region", { name: "Images" });
    await user.click(await within(grid).findByRole("button", { name: /four\.jpg/ }));
    const details = await screen.findByRole("complementary", { name: "Détails de four.jpg" });
    expect(within(details).getByText(/JPEG · 2,3\s?Mo/)).toBeTruthy();
    expect(within(details).getByLabelText("Description (texte alternatif)")).toBeTruthy();
    expect(await within(details).findByText("brouillon")).toBeTruthy();
    expect(within(details).getByRole("button", { name: "Supprimer l’image" })).toBeTruthy();
  });
});
