/**
 * One open editor: the site's Y.Doc and what is built around it (the read store, the UI state,
 * this person's undo manager, presence and the commands). Created when the editor opens a site,
 * destroyed when it closes; React components reach it through `useEditor()`.
 */
import { can } from "../../../../domain/permissions.ts";
import { editOrigin, type EditOrigin } from "../../../../collab/doc/origin.ts";
import { createUndoManager } from "../../../../collab/doc/undo.ts";
import { defineMessages, type IntlShape } from "react-intl";
import type * as Y from "yjs";
import { ENGLISH } from "../i18n/intl.ts";
import { Commands } from "../commands/commands.ts";
import { DocStore } from "../state/docStore.ts";
import { UiStore } from "../state/uiStore.ts";
import type { SiteConnection } from "./connection.ts";
import { Presence } from "./presence.ts";

export type EditorSite = {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly role: "owner" | "admin" | "editor" | "viewer";
};

export type EditorUser = { readonly id: string; readonly name: string };

export type Notify = (message: string, tone?: "info" | "danger" | "success") => void;

const messages = defineMessages<{ problems: { count: number; first: string | undefined } }>({
  problems: {
    id: "editor.session.notSaved",
    defaultMessage:
      "{count, plural, one {A block could not be saved: {first}} other {# blocks could not be saved. The first: {first}}}",
  },
});

export class EditorSession {
  readonly ydoc: Y.Doc;
  readonly store: DocStore;
  readonly ui: UiStore;
  readonly undo: Y.UndoManager;
  readonly origin: EditOrigin;
  readonly presence: Presence;
  readonly commands: Commands;
  readonly readOnly: boolean;
  private readonly cleanups: Array<() => void> = [];
  private lastEditKey: string | null = null;
  /** The merchant's language for words made outside React (see `useSessionIntl`). */
  intl: IntlShape = ENGLISH;

  constructor(
    readonly site: EditorSite,
    readonly user: EditorUser,
    readonly connection: SiteConnection,
    readonly notify: Notify,
  ) {
    this.ydoc = connection.ydoc;
    // Read-only exactly when the collab server opens this person's connection read-only.
    this.readOnly = !can(site.role, "collab.write");
    this.origin = editOrigin({ kind: "user", userId: user.id });
    this.store = new DocStore(this.ydoc);
    this.ui = new UiStore();
    this.undo = createUndoManager(this.ydoc, this.origin);
    this.presence = new Presence(connection.awareness);
    this.commands = new Commands({
      ydoc: this.ydoc,
      store: this.store,
      ui: this.ui,
      origin: this.origin,
      undo: this.undo,
      readOnly: this.readOnly,
      beginEdit: (key) => this.beginEdit(key),
      intl: () => this.intl,
      notify,
    });

    // Undo brings back the selection of the moment, so the merchant sees what came back.
    const onAdded = (event: { stackItem: { meta: Map<string, unknown> } }) => {
      event.stackItem.meta.set("selection", this.ui.get().selectedId);
    };
    const onPopped = (event: { stackItem: { meta: Map<string, unknown> } }) => {
      const selected = event.stackItem.meta.get("selection");
      if (typeof selected === "string" && this.store.isShown(selected))
        this.commands.select(selected);
      else if (this.ui.get().selectedId && !this.store.isShown(this.ui.get().selectedId!))
        this.commands.select(null);
    };
    this.undo.on("stack-item-added", onAdded);
    this.undo.on("stack-item-popped", onPopped);
    this.cleanups.push(() => {
      this.undo.off("stack-item-added", onAdded);
      this.undo.off("stack-item-popped", onPopped);
    });

    // Blocks the server could not keep: say so once per report, in the merchant's words.
    this.cleanups.push(
      connection.onProblems((problems) =>
        notify(
          this.intl.formatMessage(messages.problems, {
            count: problems.length,
            first: problems[0],
          }),
          "danger",
        ),
      ),
    );

    // Presence follows the page and the selection.
    let last = this.ui.get();
    this.cleanups.push(
      this.ui.subscribe(() => {
        const now = this.ui.get();
        if (now.pageId !== last.pageId) this.presence.setPage(now.pageId);
        if (now.selectedId !== last.selectedId)
          this.presence.setSelection(now.selectedId ? [now.selectedId] : []);
        last = now;
      }),
    );

    // A removed selection (by anyone) is dropped; a removed page sends us to the first one.
    this.cleanups.push(
      this.store.subscribeTree(() => {
        const { selectedId } = this.ui.get();
        if (selectedId && !this.store.isShown(selectedId))
          this.ui.set({ selectedId: null, inlineEdit: null });
      }),
      this.store.subscribePages(() => this.ensurePage()),
    );
    this.ensurePage();
  }

  /**
   * Draws the line between undo steps. Edits with the same key in a row (typing in one field,
   * dragging a colour picker) are one step; a command (`null`) is always a step of its own, even
   * when it follows other edits within Yjs' capture timeout.
   */
  beginEdit(key: string | null): void {
    if (key === null || key !== this.lastEditKey) this.undo.stopCapturing();
    this.lastEditKey = key;
  }

  /** Opens the home page (or the first) when no page, or a removed one, is open. */
  ensurePage(preferred?: string | null): void {
    const pages = this.store.getPages();
    const current = preferred ?? this.ui.get().pageId;
    if (current && pages.some((page) => page.id === current)) {
      if (current !== this.ui.get().pageId) this.ui.set({ pageId: current, selectedId: null });
      return;
    }
    const home = pages.find((page) => page.slug === "") ?? pages[0];
    this.ui.set({ pageId: home?.id ?? null, selectedId: null, inlineEdit: null });
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.presence.destroy();
    this.undo.destroy();
    this.store.destroy();
  }
}
