import { pagePath } from "../props/LinkControl.tsx";
import { useId, useState, type FormEvent } from "react";
import { useIntl } from "react-intl";
import { shared } from "../i18n/messages.ts";
import { Button } from "../../ui/Button.tsx";
import { Dialog, DialogBody, DialogFooter } from "../../ui/Dialog.tsx";
import { MoreIcon, PencilIcon, PlusIcon, TrashIcon } from "../../ui/icons.tsx";
import { Menu, MenuItem, MenuSeparator } from "../../ui/Menu.tsx";
import { ArrowDownIcon, ArrowUpIcon, HomeIcon } from "../icons.tsx";
import type { PageInfo } from "../state/docStore.ts";
import { useEditor, usePages, useUi } from "../state/hooks.ts";
import { createPage, deletePage, movePage, setHomePage } from "./pageOps.ts";

/** The site's pages: open one, add, rename, reorder, delete, choose the home page. */
export function PagesPanel() {
  const session = useEditor();
  const pages = usePages();
  const pageId = useUi((state) => state.pageId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<PageInfo | null>(null);
  const intl = useIntl();

  return (
    <div className="pages-panel">
      <div className="pages-panel__head">
        <p className="pages-panel__count">
          {intl.formatMessage(
            {
              id: "editor.pages.count",
              defaultMessage: "{count, plural, one {# page} other {# pages}}",
            },
            { count: pages.length },
          )}
        </p>
        {session.readOnly ? null : (
          <Button size="sm" icon={<PlusIcon size={14} />} onClick={() => setAdding(true)}>
            {intl.formatMessage({ id: "editor.pages.add", defaultMessage: "Add page" })}
          </Button>
        )}
      </div>
      <ul
        className="pages-list"
        aria-label={intl.formatMessage({ id: "editor.pages.list", defaultMessage: "Pages" })}
      >
        {pages.map((page, index) => (
          <li
            key={page.id}
            className="pages-list__item"
            aria-current={page.id === pageId ? "page" : undefined}
          >
            <button
              type="button"
              className="pages-list__open"
              onClick={() =>
                session.ui.set({ pageId: page.id, selectedId: null, inlineEdit: null })
              }
            >
              <span className="pages-list__title">
                {page.slug === "" ? (
                  <HomeIcon
                    size={14}
                    aria-label={intl.formatMessage({
                      id: "editor.pages.home",
                      defaultMessage: "Home page",
                    })}
                  />
                ) : null}
                {page.title}
              </span>
              <span className="pages-list__slug">{pagePath(page.slug)}</span>
            </button>
            {session.readOnly ? null : (
              <Menu
                label={intl.formatMessage(
                  { id: "editor.pages.actions", defaultMessage: "Actions for {page}" },
                  { page: page.title },
                )}
                trigger={<MoreIcon />}
                iconOnly
              >
                <MenuItem
                  icon={<PencilIcon />}
                  onSelect={() =>
                    session.ui.set({ pageId: page.id, rightTab: "page", selectedId: null })
                  }
                >
                  {intl.formatMessage({
                    id: "editor.pages.rename",
                    defaultMessage: "Rename and SEO",
                  })}
                </MenuItem>
                <MenuItem
                  icon={<ArrowUpIcon />}
                  disabled={index === 0}
                  onSelect={() => movePage(session, page.id, -1)}
                >
                  {intl.formatMessage(shared.moveUp)}
                </MenuItem>
                <MenuItem
                  icon={<ArrowDownIcon />}
                  disabled={index === pages.length - 1}
                  onSelect={() => movePage(session, page.id, 1)}
                >
                  {intl.formatMessage(shared.moveDown)}
                </MenuItem>
                <MenuItem
                  icon={<HomeIcon />}
                  disabled={page.slug === ""}
                  onSelect={() => setHomePage(session, page.id)}
                >
                  {intl.formatMessage({
                    id: "editor.pages.makeHome",
                    defaultMessage: "Make it the home page",
                  })}
                </MenuItem>
                <MenuSeparator />
                <MenuItem
                  icon={<TrashIcon />}
                  tone="danger"
                  disabled={page.slug === "" || pages.length <= 1}
                  onSelect={() => setRemoving(page)}
                >
                  {intl.formatMessage({ id: "editor.pages.delete", defaultMessage: "Delete page" })}
                </MenuItem>
              </Menu>
            )}
          </li>
        ))}
      </ul>
      <p className="pages-panel__hint">
        {intl.formatMessage({
          id: "editor.pages.homeHint",
          defaultMessage: "The home page can’t be deleted: make another page the home page first.",
        })}
      </p>
      <AddPageDialog open={adding} onClose={() => setAdding(false)} />
      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        size="sm"
        title={intl.formatMessage(
          { id: "editor.pages.deleteTitle", defaultMessage: "Delete “{page}”?" },
          { page: removing?.title ?? "" },
        )}
        description={intl.formatMessage({
          id: "editor.pages.deleteHelp",
          defaultMessage:
            "The page and its blocks are removed for everyone. You can undo it right after.",
        })}
      >
        <DialogFooter>
          <Button onClick={() => setRemoving(null)}>
            {intl.formatMessage({ id: "editor.pages.keep", defaultMessage: "Keep it" })}
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              if (removing) deletePage(session, removing.id);
              setRemoving(null);
            }}
          >
            {intl.formatMessage({ id: "editor.pages.delete", defaultMessage: "Delete page" })}
          </Button>
        </DialogFooter>
      </Dialog>
    </div>
  );
}

function AddPageDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const session = useEditor();
  const id = useId();
  const [title, setTitle] = useState("");
  const [menu, setMenu] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const intl = useIntl();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = title.trim();
    if (name === "") {
      setError(
        intl.formatMessage({
          id: "editor.pages.nameMissing",
          defaultMessage: "Give the page a name, like “About us”.",
        }),
      );
      return;
    }
    if (createPage(session, name.slice(0, 120), menu)) {
      setTitle("");
      setError(null);
      onClose();
    }
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="sm"
      title={intl.formatMessage({ id: "editor.pages.addTitle", defaultMessage: "Add a page" })}
    >
      <form onSubmit={submit} noValidate>
        <DialogBody>
          <div className={error ? "field field--invalid" : "field"}>
            <label htmlFor={`${id}-title`} className="field__label">
              {intl.formatMessage({ id: "editor.pages.name", defaultMessage: "Page name" })}
            </label>
            <input
              id={`${id}-title`}
              className="input"
              value={title}
              maxLength={120}
              autoFocus
              placeholder={intl.formatMessage({
                id: "editor.pages.namePlaceholder",
                defaultMessage: "About us",
              })}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => {
                setTitle(event.target.value);
                setError(null);
              }}
            />
            <p id={`${id}-error`} className="field__error" aria-live="polite">
              {error}
            </p>
          </div>
          <label className="switch switch--small">
            <input
              type="checkbox"
              role="switch"
              className="switch__input"
              checked={menu}
              onChange={(event) => setMenu(event.target.checked)}
            />
            <span className="switch__track" aria-hidden="true" />
            <span className="switch__label">
              {intl.formatMessage({
                id: "editor.pages.inMenu",
                defaultMessage: "Add it to the site menu",
              })}
            </span>
          </label>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>{intl.formatMessage(shared.cancel)}</Button>
          <Button type="submit" variant="primary">
            {intl.formatMessage({ id: "editor.pages.add", defaultMessage: "Add page" })}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
