import { useId, useState, type FormEvent } from "react";
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

  return (
    <div className="pages-panel">
      <div className="pages-panel__head">
        <p className="pages-panel__count">
          {pages.length} {pages.length === 1 ? "page" : "pages"}
        </p>
        {session.readOnly ? null : (
          <Button size="sm" icon={<PlusIcon size={14} />} onClick={() => setAdding(true)}>
            Add page
          </Button>
        )}
      </div>
      <ul className="pages-list" aria-label="Pages">
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
                {page.slug === "" ? <HomeIcon size={14} aria-label="Home page" /> : null}
                {page.title}
              </span>
              <span className="pages-list__slug">/{page.slug}</span>
            </button>
            {session.readOnly ? null : (
              <Menu label={`Actions for ${page.title}`} trigger={<MoreIcon />} iconOnly>
                <MenuItem
                  icon={<PencilIcon />}
                  onSelect={() =>
                    session.ui.set({ pageId: page.id, rightTab: "page", selectedId: null })
                  }
                >
                  Rename and SEO
                </MenuItem>
                <MenuItem
                  icon={<ArrowUpIcon />}
                  disabled={index === 0}
                  onSelect={() => movePage(session, page.id, -1)}
                >
                  Move up
                </MenuItem>
                <MenuItem
                  icon={<ArrowDownIcon />}
                  disabled={index === pages.length - 1}
                  onSelect={() => movePage(session, page.id, 1)}
                >
                  Move down
                </MenuItem>
                <MenuItem
                  icon={<HomeIcon />}
                  disabled={page.slug === ""}
                  onSelect={() => setHomePage(session, page.id)}
                >
                  Make it the home page
                </MenuItem>
                <MenuSeparator />
                <MenuItem
                  icon={<TrashIcon />}
                  tone="danger"
                  disabled={page.slug === "" || pages.length <= 1}
                  onSelect={() => setRemoving(page)}
                >
                  Delete page
                </MenuItem>
              </Menu>
            )}
          </li>
        ))}
      </ul>
      <p className="pages-panel__hint">
        The home page can’t be deleted: make another page the home page first.
      </p>
      <AddPageDialog open={adding} onClose={() => setAdding(false)} />
      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        size="sm"
        title={`Delete “${removing?.title ?? ""}”?`}
        description="The page and its blocks are removed for everyone. You can undo it right after."
      >
        <DialogFooter>
          <Button onClick={() => setRemoving(null)}>Keep it</Button>
          <Button
            variant="danger"
            onClick={() => {
              if (removing) deletePage(session, removing.id);
              setRemoving(null);
            }}
          >
            Delete page
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = title.trim();
    if (name === "") {
      setError("Give the page a name, like “About us”.");
      return;
    }
    if (createPage(session, name.slice(0, 120), menu)) {
      setTitle("");
      setError(null);
      onClose();
    }
  };
  return (
    <Dialog open={open} onClose={onClose} size="sm" title="Add a page">
      <form onSubmit={submit} noValidate>
        <DialogBody>
          <div className={error ? "field field--invalid" : "field"}>
            <label htmlFor={`${id}-title`} className="field__label">
              Page name
            </label>
            <input
              id={`${id}-title`}
              className="input"
              value={title}
              maxLength={120}
              autoFocus
              placeholder="About us"
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
            <span className="switch__label">Add it to the site menu</span>
          </label>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary">
            Add page
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
