import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
import { member, site } from "../test/fixtures.ts";
import { FakeApiError } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";
import { CommentsPanel, type CommentsHost } from "./CommentsPanel.tsx";
import { PreviewLinksPanel, type PreviewLink } from "./PreviewLinks.tsx";
import { TransferSection } from "./TransferSection.tsx";
import type { CommentThread } from "./useComments.ts";

const SITE_ID = "22222222-2222-4222-8222-222222222222";
const ME = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const EDDIE = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";
const TEAM = [member("Ana Lima", "owner", ME), member("Eddie Editor", "editor", EDDIE)];

function link(overrides: Partial<PreviewLink> = {}): PreviewLink {
  return {
    id: "dddddddd-dddd-4ddd-8ddd-dddddddddddd",
    label: "For the client",
    target: { kind: "draft" },
    hasPassword: false,
    allowComments: true,
    status: "active",
    expiresAt: "2026-12-01T10:00:00.000Z",
    revokedAt: null,
    createdAt: "2026-11-24T10:00:00.000Z",
    createdBy: { id: ME, name: "Ana Lima" },
    viewCount: 3,
    lastViewedAt: "2026-11-24T11:00:00.000Z",
    ...overrides,
  };
}

describe("PreviewLinksPanel", () => {
  it("makes a link, shows its address once to copy, and revokes links", async () => {
    let links = [link()];
    const { user, server } = renderWithApi({
      ui: <PreviewLinksPanel siteId={SITE_ID} />,
      handlers: {
        "preview.versions": () => ({ versions: [] }),
        "preview.list": () => ({ links }),
        "preview.create": () => {
          const made = link({
            id: "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee",
            label: "Boss",
            viewCount: 0,
          });
          links = [made, ...links];
          return { link: made, url: "http://pegasus.test/p/AbCdEfGhIjKlMnOpQrStUv/" };
        },
        "preview.revoke": () => {
          links = links.map((l) => ({
            ...l,
            status: "revoked" as const,
            revokedAt: "2026-11-24T12:00:00.000Z",
          }));
          return { ok: true as const };
        },
      },
    });
    expect(await screen.findByText("For the client")).toBeTruthy();
    expect(screen.getByText(/3 views/)).toBeTruthy();

    await user.type(screen.getByLabelText("Name (for you)"), "Boss");
    await user.click(screen.getByLabelText("Protect with a password"));
    await user.type(screen.getByLabelText("Password"), "secret-words");
    await user.click(screen.getByRole("button", { name: "Create link" }));
    const url = (await screen.findByLabelText("Preview link")) as HTMLInputElement;
    expect(url.value).toBe("http://pegasus.test/p/AbCdEfGhIjKlMnOpQrStUv/");
    expect(server.inputsOf("preview.create")[0]).toMatchObject({
      siteId: SITE_ID,
      label: "Boss",
      versionId: null,
      expiresInDays: 7,
      password: "secret-words",
      allowComments: true,
    });

    await user.click(screen.getByRole("button", { name: "Revoke For the client" }));
    await waitFor(() => expect(server.inputsOf("preview.revoke")).toHaveLength(1));
    await waitFor(() => expect(screen.getAllByText("Revoked").length).toBeGreaterThan(0));
  });

  it("shows the server's reason next to the field", async () => {
    const { user } = renderWithApi({
      ui: <PreviewLinksPanel siteId={SITE_ID} />,
      handlers: {
        "preview.versions": () => ({ versions: [] }),
        "preview.list": () => ({ links: [] }),
        "preview.create": () => {
          throw new FakeApiError(
            "BAD_REQUEST",
            "password: Use at least 6 characters, or no password.",
            {
              fieldErrors: { password: ["Use at least 6 characters, or no password."] },
            },
          );
        },
      },
    });
    await user.click(await screen.findByLabelText("Protect with a password"));
    await user.type(screen.getByLabelText("Password"), "abc");
    await user.click(screen.getByRole("button", { name: "Create link" }));
    expect(await screen.findByText("Use at least 6 characters, or no password.")).toBeTruthy();
  });
});

function thread(overrides: Partial<CommentThread> = {}): CommentThread {
  return {
    id: "t1",
    pageId: "home",
    blockId: "hero-1",
    detached: false,
    pageTitle: "Home",
    resolved: false,
    resolvedAt: null,
    resolvedBy: null,
    previewLink: { id: "l1", label: "Client" },
    createdAt: "2026-11-24T10:00:00.000Z",
    updatedAt: "2026-11-24T10:00:00.000Z",
    comments: [
      {
        id: "c1",
        author: { kind: "reviewer", name: "Rita Reviewer", email: "rita@client.example" },
        body: "Bigger headline, please",
        mentions: [],
        createdAt: "2026-11-24T10:00:00.000Z",
        editedAt: null,
        can: { edit: false, delete: false },
      },
    ],
    can: { reply: true, resolve: true, delete: false },
    ...overrides,
  };
}

function host(overrides: Partial<CommentsHost> = {}): CommentsHost {
  return {
    siteId: SITE_ID,
    currentUserId: ME,
    pageId: "home",
    selected: null,
    blockType: (id) => (id === "hero-1" ? "hero" : null),
    selectBlock: vi.fn(),
    ...overrides,
  };
}

describe("CommentsPanel", () => {
  it("shows a reviewer's thread, replies with a mention and resolves it", async () => {
    const { user, server } = renderWithApi({
      ui: <CommentsPanel host={host()} />,
      handlers: {
        "comments.list": () => ({ threads: [thread()] }),
        "members.list": () => ({ members: TEAM }),
        "comments.reply": () => ({ threadId: "t1", commentId: "c2" }),
        "comments.resolve": () => ({ threadId: "t1", resolved: true }),
      },
    });
    const card = await screen.findByRole("listitem", { name: "Comment on Hero" });
    expect(within(card).getByText("Bigger headline, please")).toBeTruthy();
    expect(within(card).getByText(/Reviewer · rita@client.example/)).toBeTruthy();
    expect(within(card).getByText("Via Client")).toBeTruthy();
    // The server said this member may not delete: no button.
    expect(within(card).queryByRole("button", { name: "Delete" })).toBeNull();

    await user.selectOptions(
      await within(card).findByRole("combobox", { name: "Mention a teammate" }),
      EDDIE,
    );
    await user.type(within(card).getByPlaceholderText("Reply"), "can you fix it?");
    await user.click(within(card).getByRole("button", { name: "Reply" }));
    await waitFor(() => expect(server.inputsOf("comments.reply")).toHaveLength(1));
    expect(server.inputsOf("comments.reply")[0]).toEqual({
      siteId: SITE_ID,
      threadId: "t1",
      body: "@Eddie Editor can you fix it?",
      mentions: [EDDIE],
    });
    await user.click(within(card).getByRole("button", { name: "Resolve" }));
    await waitFor(() =>
      expect(server.inputsOf("comments.resolve")).toEqual([{ siteId: SITE_ID, threadId: "t1" }]),
    );
  });

  it("keeps threads whose block was deleted, apart, and comments on the selected block", async () => {
    const { user, server } = renderWithApi({
      ui: (
        <CommentsPanel
          host={host({ selected: { blockId: "hero-1", type: "hero", pageId: "home" } })}
        />
      ),
      handlers: {
        "comments.list": () => ({
          threads: [
            thread({
              id: "gone",
              blockId: "old-block",
              detached: true,
              can: { reply: false, resolve: false, delete: false },
            }),
          ],
        }),
        "members.list": () => ({ members: TEAM }),
        "comments.create": () => ({ threadId: "t9", commentId: "c9" }),
      },
    });
    const detached = await screen.findByRole("list", { name: "Detached threads" });
    expect(within(detached).getByText("Deleted block")).toBeTruthy();
    expect(within(detached).queryByPlaceholderText("Reply")).toBeNull();

    await user.type(screen.getByPlaceholderText("Comment on the Hero"), "Lovely");
    await user.click(screen.getByRole("button", { name: "Comment" }));
    await waitFor(() =>
      expect(server.inputsOf("comments.create")).toEqual([
        { siteId: SITE_ID, blockId: "hero-1", pageId: "home", body: "Lovely", mentions: [] },
      ]),
    );
  });
});

describe("TransferSection", () => {
  it("offers the download to admins and imports an archive into a new site", async () => {
    const posted: RequestInit[] = [];
    const importFetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      posted.push(init!);
      return new Response(
        JSON.stringify({
          site: {
            id: "99999999-9999-4999-8999-999999999999",
            name: "Old shop",
            slug: "old-shop-2",
          },
          report: {
            migratedFrom: 1,
            brought: {
              pages: 3,
              blocks: 20,
              products: 1,
              collections: 0,
              images: 0,
              publishedVersion: false,
            },
            problems: ["Product “Bad mug” was left out: variants.0.price: Too small."],
            notIncluded: [],
          },
        }),
        { status: 201, headers: { "content-type": "application/json" } },
      );
    });
    const { user } = renderWithApi({
      ui: <TransferSection site={site({ role: "admin" })} fetcher={importFetch as typeof fetch} />,
      handlers: {
        "transfer.exportSummary": () => ({
          pages: 7,
          products: 2,
          collections: 1,
          images: 4,
          imageBytes: 1000,
          published: true,
          notIncluded: ["orders, carts and customers"],
          notIncludedParts: ["orders", "discounts"],
          downloadPath: `/api/sites/${SITE_ID}/export`,
          importPath: "/api/sites/import",
          maxArchiveBytes: 1000,
        }),
      },
    });
    const download = await screen.findByRole("link", { name: "Download archive" });
    expect(download.getAttribute("href")).toBe(`/api/sites/${SITE_ID}/export`);
    expect(screen.getByText(/7 pages/)).toBeTruthy();
    expect(
      screen.getByText("Not included: orders, carts and customers; discount codes."),
    ).toBeTruthy();

    const file = new File([new Uint8Array([0x1f, 0x8b, 1, 2])], "shop.tar.gz", {
      type: "application/gzip",
    });
    await user.upload(screen.getByLabelText("Site archive"), file);
    await user.click(screen.getByRole("button", { name: "Import as a new site" }));
    expect(await screen.findByText("“Old shop” was imported")).toBeTruthy();
    expect(screen.getByText(/Bad mug/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Open it" }).getAttribute("href")).toBe(
      "/sites/99999999-9999-4999-8999-999999999999/editor",
    );
    expect(posted[0]).toMatchObject({
      method: "POST",
      headers: { "content-type": "application/gzip" },
    });
  });

  it("lets editors import but not export, and says why an import failed", async () => {
    const failing = vi.fn(
      async () =>
        new Response(
          JSON.stringify({ error: { message: "This is not a Pegasus site archive." } }),
          { status: 400 },
        ),
    );
    const { user } = renderWithApi({
      ui: (
        <TransferSection
          site={site({ role: "editor" })}
          fetcher={failing as unknown as typeof fetch}
        />
      ),
    });
    expect(screen.queryByRole("link", { name: "Download archive" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Import as a new site" }));
    expect(await screen.findByText(/Choose an archive/)).toBeTruthy();
    await user.upload(screen.getByLabelText("Site archive"), new File(["PK"], "not-really.tar.gz"));
    await user.click(screen.getByRole("button", { name: "Import as a new site" }));
    expect(await screen.findByText("This is not a Pegasus site archive.")).toBeTruthy();
  });
});

describe("CommentsPanel in French", () => {
  afterEach(() => setLanguage("en"));

  it("names the thread's block and a deleted block in French", async () => {
    await Promise.all([loadArea("review"), loadArea("blocks")]);
    await setLanguage("fr");
    renderWithApi({
      ui: <CommentsPanel host={host()} />,
      handlers: {
        "comments.list": () => ({
          threads: [thread(), thread({ id: "gone", blockId: "old-block", detached: true })],
        }),
        "members.list": () => ({ members: TEAM }),
      },
    });
    expect(await screen.findByText("Bannière d’accueil")).toBeTruthy();
    const detached = await screen.findByRole("list", { name: "Discussions détachées" });
    expect(within(detached).getByText("Bloc supprimé")).toBeTruthy();
  });

  it("words the panel, a thread and its buttons in French, with plurals and relative times", async () => {
    await Promise.all([loadArea("review"), loadArea("blocks")]);
    await setLanguage("fr");
    const anHourAgo = new Date(Date.now() - 3600_000).toISOString();
    renderWithApi({
      ui: <CommentsPanel host={host()} />,
      handlers: {
        "comments.list": () => ({
          threads: [
            thread({
              comments: [{ ...thread().comments[0]!, createdAt: anHourAgo }],
              can: { reply: true, resolve: true, delete: true },
            }),
            thread({ id: "t2", resolved: true }),
          ],
        }),
        "members.list": () => ({ members: TEAM }),
      },
    });
    const card = await screen.findByRole("listitem", {
      name: "Commentaire sur Bannière d’accueil",
    });
    expect(screen.getByText("1 commentaire ouvert")).toBeTruthy();
    expect(
      screen.getByText("Sélectionnez un bloc dans le canevas pour le commenter."),
    ).toBeTruthy();
    expect(screen.getByRole("option", { name: "Toutes les pages" })).toBeTruthy();
    expect(within(card).getByText("Relecteur · rita@client.example")).toBeTruthy();
    expect(within(card).getByText("Via Client")).toBeTruthy();
    expect(within(card).getByText("il y a 1 heure")).toBeTruthy();
    expect(within(card).getByPlaceholderText("Répondre")).toBeTruthy();
    expect(within(card).getByRole("button", { name: "Résoudre" })).toBeTruthy();
    expect(within(card).getByRole("button", { name: "Supprimer" })).toBeTruthy();
    expect(
      await within(card).findByRole("combobox", { name: "Mentionner un membre de l’équipe" }),
    ).toBeTruthy();
  });
});

describe("Preview links and transfer in French", () => {
  afterEach(() => setLanguage("en"));

  it("lists links with French dates, plurals and statuses, and tells saved versions apart by time", async () => {
    await loadArea("review");
    await setLanguage("fr");
    const { user } = renderWithApi({
      ui: <PreviewLinksPanel siteId={SITE_ID} />,
      handlers: {
        "preview.versions": () => ({
          versions: [
            { id: "v2", kind: "auto", label: null, savedAt: "2026-11-24T15:30:00.000Z" },
            { id: "v1", kind: "auto", label: null, savedAt: "2026-11-24T09:05:00.000Z" },
            { id: "v0", kind: "published", label: null, savedAt: "2026-11-20T09:05:00.000Z" },
          ],
        }),
        "preview.list": () => ({
          links: [
            link({ hasPassword: true }),
            link({
              id: "ffffffff-ffff-4fff-8fff-ffffffffffff",
              label: "",
              status: "revoked",
              revokedAt: "2026-11-25T10:00:00.000Z",
              viewCount: 1,
              lastViewedAt: null,
              allowComments: false,
              target: {
                kind: "version",
                versionId: "v1",
                label: null,
                versionKind: "auto",
                savedAt: "2026-11-24T09:05:00.000Z",
              },
            }),
          ],
        }),
      },
    });
    const list = await screen.findByRole("list", { name: "Liens d’aperçu" });
    expect(within(list).getByText("Actif")).toBeTruthy();
    expect(within(list).getByText("Désactivé")).toBeTruthy();
    expect(within(list).getByText("Mot de passe")).toBeTruthy();
    expect(within(list).getByText("expire le 1 déc. 2026")).toBeTruthy();
    expect(within(list).getByText("désactivé le 25 nov. 2026")).toBeTruthy();
    expect(within(list).getByText(/^3 vues \(dernière : /)).toBeTruthy();
    expect(within(list).getByText("1 vue")).toBeTruthy();
    expect(within(list).getAllByText("créé par Ana Lima")).toHaveLength(2);
    expect(within(list).getByText(/^Version enregistrée · 24 nov\. 2026/)).toBeTruthy();
    expect(within(list).getByRole("button", { name: "Désactiver For the client" })).toBeTruthy();

    expect(screen.getByRole("option", { name: "7 jours" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "1 jour" })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getAllByRole("option", { name: /^Version/ })).toHaveLength(3),
    );
    const versions = screen
      .getAllByRole("option", { name: /^Version/ })
      .map((option) => option.textContent);
    expect(new Set(versions).size).toBe(3);
    expect(versions[2]).toMatch(/^Version publiée · 20 nov\. 2026/);
    await user.click(screen.getByLabelText("Protéger par un mot de passe"));
    expect(screen.getByText("Envoyez-le séparément du lien. 6 caractères minimum.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Créer le lien" })).toBeTruthy();
  });

  it("words the export and import in French, with plurals", async () => {
    await loadArea("review");
    await setLanguage("fr");
    renderWithApi({
      ui: <TransferSection site={site({ role: "admin" })} />,
      handlers: {
        "transfer.exportSummary": () => ({
          pages: 7,
          products: 1,
          collections: 0,
          images: 4,
          imageBytes: 1000,
          published: true,
          notIncluded: [],
          notIncludedParts: ["orders", "reviewAndTeam"],
          downloadPath: `/api/sites/${SITE_ID}/export`,
          importPath: "/api/sites/import",
          maxArchiveBytes: 1000,
        }),
      },
    });
    expect(await screen.findByRole("link", { name: "Télécharger l’archive" })).toBeTruthy();
    expect(screen.getByText("Exporter et importer")).toBeTruthy();
    expect(screen.getByText(/7 pages, le thème, 1 produit, 0 collection et 4 images/)).toBeTruthy();
    expect(
      // (the matcher folds the narrow no-break spaces into spaces)
      screen.getByText(
        "Non inclus : les commandes, paniers et clients ; les liens d’aperçu, les commentaires et l’équipe.",
      ),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Importer comme nouveau site" })).toBeTruthy();
    expect(screen.getByLabelText("Archive du site")).toBeTruthy();
  });
});
