/**
 * Page commands: each is one transaction of shared operations with this person's origin, so it is
 * one step of their undo and collaborators see it at once.
 */
import { ZPageSlug } from "../../../../blocks/doc/schema.ts";
import { newBlockId } from "../../../../collab/doc/ids.ts";
import { editOrigin } from "../../../../collab/doc/origin.ts";
import { EditorStillLoading, isSiteEditError, loadSharedOps, sharedOps } from "../session/ops.ts";
import { suggestSlug } from "../../dashboard/slug.ts";
import { newBlock } from "../commands/clipboard.ts";
import { defineMessages, type NoMessageValues } from "react-intl";
import { commandMessages } from "../commands/commands.ts";
import type { EditorSession } from "../session/EditorSession.ts";

const messages = defineMessages<{
  slugMissing: NoMessageValues;
  slugInvalid: NoMessageValues;
  slugTaken: NoMessageValues;
}>({
  slugMissing: {
    id: "editor.pages.slugMissing",
    defaultMessage: "Give the page an address (only the home page has none).",
  },
  slugInvalid: {
    id: "editor.pages.slugInvalid",
    defaultMessage: "Use lower-case letters, digits and single dashes, like “our-story”.",
  },
  slugTaken: {
    id: "editor.pages.slugTaken",
    defaultMessage: "Another page already uses this address.",
  },
});

/** A slug for a page title that no other page uses ("about", "about-2"). */
export function uniqueSlug(title: string, taken: ReadonlySet<string>): string {
  const base = suggestSlug(title).slice(0, 70) || "page";
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Why a slug cannot be used, in the merchant's words, or null when it can. */
export function slugProblem(
  slug: string,
  pageId: string | null,
  session: EditorSession,
): string | null {
  const { intl } = session;
  if (slug === "") return intl.formatMessage(messages.slugMissing);
  if (!ZPageSlug.safeParse(slug).success) return intl.formatMessage(messages.slugInvalid);
  if (session.store.getPages().some((page) => page.slug === slug && page.id !== pageId))
    return intl.formatMessage(messages.slugTaken);
  return null;
}

/** Runs page operations as one transaction; `key` merges typing in one field into one undo step. */
function run(session: EditorSession, change: () => void, key: string | null = null): boolean {
  try {
    sharedOps();
    // One transaction: several operations are one change for collaborators and one undo step.
    session.beginEdit(key);
    session.ydoc.transact(change, editOrigin(session.origin));
    if (key === null) session.beginEdit(null);
    return true;
  } catch (error) {
    if (isSiteEditError(error)) {
      session.notify(
        session.intl.formatMessage(commandMessages.failed, { reason: error.message }),
        "danger",
      );
      return false;
    }
    if (error instanceof EditorStillLoading) {
      // Asked for in the moment before the editing code arrived: done as soon as it has.
      void loadSharedOps().then(() => run(session, change, key));
      return false;
    }
    throw error;
  }
}

/** Adds a page (with its title as the heading), optionally to the site menu, and opens it. */
export function createPage(
  session: EditorSession,
  title: string,
  addToMenu: boolean,
): string | null {
  const taken = new Set(session.store.getPages().map((page) => page.slug));
  const slug = uniqueSlug(title, taken);
  const id = newBlockId();
  // A new page starts with its title as its main heading, in a section (the page's margins).
  const opening = newBlock("section");
  const heading = newBlock("heading");
  heading.props = { ...heading.props, text: title.slice(0, 160), level: 1 };
  opening.children = [heading];
  const ok = run(session, () => {
    sharedOps().addPage(
      session.ydoc,
      {
        id,
        title,
        slug,
        seo: {},
        blocks: [opening],
      },
      session.origin,
    );
    if (addToMenu) {
      const nav = session.store.getNav();
      if (nav.length < 24)
        sharedOps().setNav(
          session.ydoc,
          [...nav, { id: newBlockId(), label: title.slice(0, 60), href: `/${slug}` }],
          session.origin,
        );
    }
  });
  if (!ok) return null;
  session.ui.set({ pageId: id, selectedId: null, inlineEdit: null });
  return id;
}

export function updatePage(
  session: EditorSession,
  pageId: string,
  patch: { title?: string; slug?: string; seo?: Record<string, unknown> },
): boolean {
  const page = session.store.getPages().find((candidate) => candidate.id === pageId);
  if (!page) return false;
  const key = `page:${pageId}:${Object.keys(patch).join(",")}:${Object.keys(patch.seo ?? {}).join(",")}`;
  return run(
    session,
    () => {
      sharedOps().renamePage(session.ydoc, pageId, patch, session.origin);
      // Menu links follow a page whose address changed.
      if (patch.slug !== undefined && patch.slug !== page.slug && page.slug !== "") {
        const nav = session.store.getNav();
        if (nav.some((item) => item.href === `/${page.slug}`)) {
          sharedOps().setNav(
            session.ydoc,
            nav.map((item) =>
              item.href === `/${page.slug}` ? { ...item, href: `/${patch.slug}` } : item,
            ),
            session.origin,
          );
        }
      }
    },
    key,
  );
}

/** Makes a page the home page; the old home page gets an address from its title. */
export function setHomePage(session: EditorSession, pageId: string): boolean {
  const pages = session.store.getPages();
  const page = pages.find((candidate) => candidate.id === pageId);
  if (!page || page.slug === "") return false;
  const home = pages.find((candidate) => candidate.slug === "");
  const taken = new Set(
    pages.filter((candidate) => candidate.id !== pageId).map((candidate) => candidate.slug),
  );
  return run(session, () => {
    if (home)
      sharedOps().renamePage(
        session.ydoc,
        home.id,
        { slug: uniqueSlug(home.title, taken) },
        session.origin,
      );
    sharedOps().renamePage(session.ydoc, pageId, { slug: "" }, session.origin);
  });
}

export function movePage(session: EditorSession, pageId: string, delta: -1 | 1): boolean {
  const ids = session.store.getPages().map((page) => page.id);
  const from = ids.indexOf(pageId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return false;
  ids.splice(to, 0, ...ids.splice(from, 1));
  return run(session, () => sharedOps().reorderPages(session.ydoc, ids, session.origin));
}

/** Removes a page, its blocks and menu links to it. The home page and the last page stay. */
export function deletePage(session: EditorSession, pageId: string): boolean {
  const pages = session.store.getPages();
  const page = pages.find((candidate) => candidate.id === pageId);
  if (!page || page.slug === "" || pages.length <= 1) return false;
  const ok = run(session, () => {
    sharedOps().removePage(session.ydoc, pageId, session.origin);
    const nav = session.store.getNav();
    if (nav.some((item) => item.href === `/${page.slug}`)) {
      sharedOps().setNav(
        session.ydoc,
        nav.filter((item) => item.href !== `/${page.slug}`),
        session.origin,
      );
    }
  });
  if (ok && session.ui.get().pageId === pageId) session.ensurePage(null);
  return ok;
}
