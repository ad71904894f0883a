import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setLanguage } from "../i18n/catalogue.ts";
import { FakeApiError } from "../test/fakeServer.ts";
import { ANA, member, site } from "../test/fixtures.ts";
import { renderWithApi } from "../test/render.tsx";

/** The merchant's own screens (shell, dashboard, site settings, sign-in help) in French. */
const loggedIn = { "auth.me": () => ({ user: ANA }) };
const loggedOut = {
  "auth.me": () => Promise.reject(new FakeApiError("UNAUTHORIZED", "Log in to continue.")),
};

beforeEach(() => setLanguage("fr"));
afterEach(() => setLanguage("en"));

describe("the merchant's screens in French", () => {
  it("words the dashboard: greeting with a plural, cards, relative times and the bin", async () => {
    const { user } = renderWithApi({
      routes: "app",
      url: "/",
      handlers: {
        ...loggedIn,
        "sites.list": () => ({ sites: [site({ name: "Green Leaf", slug: "green-leaf" })] }),
        "sites.listDeleted": () => ({
          sites: [site({ deletedAt: new Date(Date.now() - 3_600_000).toISOString() })],
        }),
      },
    });
    expect(await screen.findByRole("heading", { name: "Vos sites", level: 1 })).toBeTruthy();
    expect(await screen.findByText("Bon retour, Ana. Vous avez 1 site.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Aller au contenu" })).toBeTruthy();
    const card = within(screen.getByRole("region", { name: "Sites" })).getByRole("article");
    expect(within(card).getByText("Propriétaire")).toBeTruthy();
    expect(within(card).getByText("Modifié il y a 5 minutes")).toBeTruthy();
    expect(
      within(card).getByRole("link", { name: "Ouvrir Green Leaf dans l’éditeur" }),
    ).toBeTruthy();
    expect(
      within(card).getByRole("button", { name: "Plus d’actions pour Green Leaf" }),
    ).toBeTruthy();

    const bin = screen.getByRole("region", { name: "Récemment supprimés" });
    expect(
      within(bin).getByText(/Supprimé il y a 1 heure · Restaurable jusqu’au \d+ \S+ \d{4}/),
    ).toBeTruthy();
    expect(within(bin).getByRole("button", { name: "Restaurer Blue Bottle" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Nouveau site" }));
    const dialog = screen.getByRole("dialog", { name: "Créer un site" });
    expect(within(dialog).getByLabelText("Nom du site")).toBeTruthy();
    expect(within(dialog).getByLabelText("Adresse web")).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Créer le site" })).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Fermer" })).toBeTruthy();
  });

  it("words a site's settings and its team, roles and pending invitations", async () => {
    const team = [
      member("Ana Lima", "owner", ANA.id),
      member("Adam Admin", "admin", "b".repeat(8) + "-bbbb-4bbb-8bbb-bbbbbbbbbbbb"),
    ];
    renderWithApi({
      routes: "app",
      url: `/sites/${site().id}/settings`,
      handlers: {
        ...loggedIn,
        "sites.get": () => ({ site: site() }),
        "members.list": () => ({ members: team }),
        "members.listInvitations": () => ({
          invitations: [
            {
              id: "44444444-4444-4444-8444-444444444444",
              email: "bo@example.com",
              role: "viewer" as const,
              createdAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
              expiresAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
            },
          ],
        }),
        "preview.list": () => ({ links: [] }),
      },
    });
    expect(await screen.findByRole("heading", { name: "Blue Bottle", level: 1 })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Ouvrir l’éditeur" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Produits et commandes" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Général" })).toBeTruthy();
    expect(screen.getByText("Adresse web")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Supprimer ce site" })).toBeTruthy();

    expect(screen.getByRole("heading", { name: "Équipe" })).toBeTruthy();
    const role = await screen.findByRole("combobox", { name: "Rôle de Adam Admin" });
    expect(
      within(role)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Propriétaire", "Administrateur", "Éditeur", "Lecteur"]);
    expect(screen.getByRole("button", { name: "Retirer Adam Admin" })).toBeTruthy();
    expect(screen.getByText("Vous")).toBeTruthy();
    const invite = screen.getByRole("form", { name: "Inviter quelqu’un" });
    expect(within(invite).getByRole("button", { name: "Envoyer l’invitation" })).toBeTruthy();
    // The narrow no-break space before ":" is whitespace to Testing Library's matcher.
    expect(
      within(invite).getByText(/^Propriétaires : tout, y compris supprimer le site\./),
    ).toBeTruthy();

    expect(await screen.findByRole("heading", { name: "Invitations en attente" })).toBeTruthy();
    expect(screen.getByText("Envoyée avant-hier · expire dans 5 jours")).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Révoquer l’invitation envoyée à bo@example.com" }),
    ).toBeTruthy();
  });

  it("words the forgotten password page and its confirmation", async () => {
    const { user } = renderWithApi({
      routes: "app",
      url: "/forgot-password",
      handlers: { ...loggedOut, "auth.requestPasswordReset": () => ({ ok: true }) },
    });
    expect(
      await screen.findByRole("heading", { name: "Réinitialiser votre mot de passe" }),
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: "Retour à la connexion" })).toBeTruthy();
    await user.type(screen.getByLabelText("E-mail"), "ana@example.com");
    await user.click(screen.getByRole("button", { name: "Envoyer le lien" }));
    expect(
      await screen.findByRole("heading", { name: "Consultez votre boîte de réception" }),
    ).toBeTruthy();
    expect(screen.getByText(/Si un compte existe pour/).textContent).toContain("ana@example.com");
    expect(screen.getByRole("button", { name: "réessayez" })).toBeTruthy();
  });

  it("words the new password form and its mismatch", async () => {
    const { user } = renderWithApi({
      routes: "app",
      url: "/reset-password?token=abcdefghijklmnopqrstuvwxyz",
      handlers: loggedOut,
    });
    await user.type(await screen.findByLabelText("Nouveau mot de passe"), "correct horse battery");
    await user.type(screen.getByLabelText("Répétez le nouveau mot de passe"), "autre chose");
    await user.click(screen.getByRole("button", { name: "Enregistrer le mot de passe" }));
    expect(await screen.findByText("Les deux mots de passe ne sont pas identiques.")).toBeTruthy();
    expect(screen.getAllByRole("button", { name: "Afficher le mot de passe" })).toHaveLength(2);
  });

  it("words the invitation page, and a refusal for another account", async () => {
    const { user } = renderWithApi({
      routes: "app",
      url: "/invitations/accept?token=invitation-token-0123456789",
      handlers: {
        ...loggedIn,
        "members.acceptInvitation": () => {
          throw new FakeApiError("FORBIDDEN", "This invitation was sent to bo@example.com.");
        },
      },
    });
    expect(await screen.findByRole("heading", { name: "Rejoindre le site" })).toBeTruthy();
    expect(screen.getByText(/Vous êtes connecté en tant que/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Pas maintenant — aller à vos sites" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Accepter l’invitation" }));
    expect(await screen.findByText("Mauvais compte")).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Se déconnecter et changer de compte" }),
    ).toBeTruthy();
  });
});
