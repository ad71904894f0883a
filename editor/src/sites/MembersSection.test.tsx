import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Role } from "../api/types.ts";
import { member, site } from "../test/fixtures.ts";
import { FakeApiError, type Handlers } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";
import { MembersSection } from "./MembersSection.tsx";

const OWNER_ID = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const ADMIN_ID = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
const EDITOR_ID = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";

const TEAM = [
  member("Olga Owner", "owner", OWNER_ID),
  member("Adam Admin", "admin", ADMIN_ID),
  member("Eve Editor", "editor", EDITOR_ID),
];

function renderAs(role: Role, userId: string, handlers: Handlers = {}) {
  return renderWithApi({
    ui: <MembersSection site={site({ role })} currentUserId={userId} />,
    handlers: {
      "members.list": () => ({ members: TEAM }),
      "members.listInvitations": () => ({ invitations: [] }),
      ...handlers,
    },
  });
}

async function rowOf(name: string) {
  const list = await screen.findByRole("list", { name: "Members" });
  const row = within(list)
    .getAllByRole("listitem")
    .find((item) => item.textContent?.includes(name));
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

function optionsOf(select: HTMLElement) {
  return within(select)
    .getAllByRole("option")
    .map((option) => option.textContent);
}

describe("MembersSection", () => {
  it("gives an owner a role picker with every role for each other member, and Leave on their own row", async () => {
    renderAs("owner", OWNER_ID);
    const admin = await rowOf("Adam Admin");
    expect(optionsOf(within(admin).getByLabelText("Role of Adam Admin"))).toEqual([
      "Owner",
      "Admin",
      "Editor",
      "Viewer",
    ]);
    expect(within(admin).getByRole("button", { name: "Remove Adam Admin" })).toBeTruthy();

    const self = await rowOf("Olga Owner");
    expect(within(self).queryByRole("combobox")).toBeNull();
    expect(within(self).getByText("You")).toBeTruthy();
    expect(within(self).getByRole("button", { name: "Leave" })).toBeTruthy();
    expect(screen.getByRole("form", { name: "Invite someone" })).toBeTruthy();
  });

  it("keeps owners out of an admin's reach and does not offer them the owner role", async () => {
    renderAs("admin", ADMIN_ID);
    const owner = await rowOf("Olga Owner");
    expect(within(owner).queryByRole("combobox")).toBeNull();
    expect(within(owner).queryByRole("button", { name: /Remove/ })).toBeNull();
    expect(within(owner).getByText("Owner")).toBeTruthy();

    const editor = await rowOf("Eve Editor");
    expect(optionsOf(within(editor).getByLabelText("Role of Eve Editor"))).toEqual([
      "Admin",
      "Editor",
      "Viewer",
    ]);
    const inviteRole = within(screen.getByRole("form", { name: "Invite someone" })).getByLabelText(
      "Role",
    );
    expect(optionsOf(inviteRole)).toEqual(["Admin", "Editor", "Viewer"]);
  });

  it("shows an editor the team read-only", async () => {
    const { server } = renderAs("editor", EDITOR_ID);
    await rowOf("Olga Owner");
    expect(screen.queryAllByRole("combobox")).toEqual([]);
    expect(screen.queryByRole("button", { name: /Remove/ })).toBeNull();
    expect(screen.queryByRole("form", { name: "Invite someone" })).toBeNull();
    // Invitations are for admins: not even asked for.
    expect(server.inputsOf("members.listInvitations")).toEqual([]);
  });

  it("changes a role through the server and confirms it", async () => {
    let team = TEAM;
    const { user, server } = renderAs("owner", OWNER_ID, {
      "members.list": () => ({ members: team }),
      "members.changeRole": ({ userId, role }) => {
        team = team.map((m) => (m.userId === userId ? { ...m, role } : m));
        return { ok: true as const };
      },
    });
    const editor = await rowOf("Eve Editor");
    await user.selectOptions(within(editor).getByLabelText("Role of Eve Editor"), "Viewer");

    expect(await screen.findByText("Eve Editor is now a viewer")).toBeTruthy();
    expect(server.inputsOf("members.changeRole")).toEqual([
      { siteId: site().id, userId: EDITOR_ID, role: "viewer" },
    ]);
    await waitFor(async () =>
      expect(
        (
          within(await rowOf("Eve Editor")).getByLabelText(
            "Role of Eve Editor",
          ) as HTMLSelectElement
        ).value,
      ).toBe("viewer"),
    );
  });

  it("puts the picker back and says why when the server refuses a role change", async () => {
    const { user } = renderAs("owner", OWNER_ID, {
      "members.changeRole": () => {
        throw new FakeApiError(
          "CONFLICT",
          "A site needs at least one owner. Make someone else an owner first.",
        );
      },
    });
    const admin = await rowOf("Adam Admin");
    const picker = within(admin).getByLabelText("Role of Adam Admin") as HTMLSelectElement;
    await user.selectOptions(picker, "Viewer");
    expect(await screen.findByText(/needs at least one owner/)).toBeTruthy();
    expect(picker.value).toBe("admin");
  });

  it("shows an invitation refusal next to the email address", async () => {
    const { user } = renderAs("owner", OWNER_ID, {
      "members.invite": ({ email }) => {
        throw new FakeApiError("CONFLICT", `${email} is already a member of this site.`);
      },
    });
    const form = await screen.findByRole("form", { name: "Invite someone" });
    const email = within(form).getByLabelText("Email address");
    await user.type(email, "eve.editor@example.com");
    await user.click(within(form).getByRole("button", { name: "Send invite" }));
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    expect(
      within(form).getByText("eve.editor@example.com is already a member of this site."),
    ).toBeTruthy();
  });

  it("shows the invitation link once, to hand over, after sending the invite", async () => {
    const url = "http://127.0.0.1:3000/invitations/accept?token=abcdefghijklmnopqrstuvwxyz";
    const { user, server } = renderAs("owner", OWNER_ID, {
      "members.invite": ({ email, role }) => ({
        invitation: {
          id: "dddddddd-dddd-4ddd-8ddd-dddddddddddd",
          email,
          role,
          createdAt: new Date().toISOString(),
          expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
        url,
      }),
    });
    const form = await screen.findByRole("form", { name: "Invite someone" });
    await user.type(within(form).getByLabelText("Email address"), "nina@example.com");
    await user.click(within(form).getByRole("button", { name: "Send invite" }));
    const link = await within(form).findByRole("textbox", { name: "Invitation link" });
    expect((link as HTMLInputElement).value).toBe(url);
    expect(within(form).getByText("Invitation sent to nina@example.com")).toBeTruthy();
    expect(server.inputsOf("members.invite")).toEqual([
      { siteId: site().id, email: "nina@example.com", role: "editor" },
    ]);
    await user.click(within(form).getByRole("button", { name: "Done" }));
    expect(within(form).queryByRole("textbox", { name: "Invitation link" })).toBeNull();
  });

  it("lists pending invitations for admins and revokes one", async () => {
    let invitations = [
      {
        id: "dddddddd-dddd-4ddd-8ddd-dddddddddddd",
        email: "new@example.com",
        role: "editor" as const,
        createdAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
    ];
    const { user, server } = renderAs("admin", ADMIN_ID, {
      "members.listInvitations": () => ({ invitations }),
      "members.revokeInvitation": ({ invitationId }) => {
        invitations = invitations.filter((invitation) => invitation.id !== invitationId);
        return { ok: true as const };
      },
    });
    const pending = await screen.findByRole("list", { name: "Pending invitations" });
    expect(within(pending).getByText("new@example.com")).toBeTruthy();
    await user.click(
      within(pending).getByRole("button", { name: "Revoke the invitation to new@example.com" }),
    );
    await waitFor(() =>
      expect(screen.queryByRole("list", { name: "Pending invitations" })).toBeNull(),
    );
    expect(server.inputsOf("members.revokeInvitation")).toEqual([
      { siteId: site().id, invitationId: "dddddddd-dddd-4ddd-8ddd-dddddddddddd" },
    ]);
  });
});
