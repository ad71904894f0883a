import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useIntl } from "react-intl";
import type { BlockCategory } from "../../../../blocks/definition.ts";
import { blockRegistry, canContain, type BlockType } from "../../../../blocks/registry.ts";
import { useBlockWords } from "../../i18n/blockWords.ts";
import { useDragSource } from "../dnd/EditorDnd.tsx";
import { SearchIcon } from "../icons.tsx";
import { useEditor } from "../state/hooks.ts";
import { BlockIcon } from "./BlockIcon.tsx";
import { BlockPreview } from "./BlockPreview.tsx";

const CATEGORIES: Array<BlockCategory | "all"> = ["all", "layout", "content", "commerce", "site"];

/** Block types the library offers: everything that may go on a page or into a container. */
const LIBRARY_TYPES = (Object.keys(blockRegistry) as BlockType[]).filter(
  (type) => canContain("page", type) || canContain("section", type),
);

export type LibraryEntry = {
  type: BlockType;
  label: string;
  description: string;
  category: BlockCategory;
};

const ENTRIES: LibraryEntry[] = LIBRARY_TYPES.map((type) => ({
  type,
  label: blockRegistry[type].label,
  description: blockRegistry[type].description,
  category: blockRegistry[type].category,
}));

/** Entries matching a search (label, description, type) within a category. */
export function filterLibrary(
  query: string,
  category: BlockCategory | "all",
  entries: LibraryEntry[] = ENTRIES,
): LibraryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (category !== "all" && entry.category !== category) return false;
    const haystack =
      `${entry.label} ${entry.description} ${entry.type} ${entry.category}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The block library: search, categories, and a card per block type. Drag a card onto the canvas
 * (or the layers tree), click it to add the block after the selection, or pick it up with Space
 * and place it with the arrow keys. Hovering a card previews the block in the site's theme.
 */
export function BlockLibrary() {
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState<BlockCategory | "all">("all");
  const [preview, setPreview] = useState<{ type: string; top: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const searchId = useId();
  const blockWords = useBlockWords();
  const localized = useMemo(
    () =>
      ENTRIES.map((entry) => ({
        ...entry,
        label: blockWords.name(entry.type),
        description: blockWords.description(entry.type),
      })),
    [blockWords],
  );
  const entries = useMemo(
    () => filterLibrary(query, category, localized),
    [query, category, localized],
  );
  const intl = useIntl();
  const searchLabel = intl.formatMessage({
    id: "editor.library.search",
    defaultMessage: "Search blocks",
  });

  const showPreview = (type: string, element: HTMLElement) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => setPreview({ type, top: element.getBoundingClientRect().top }),
      350,
    );
  };
  const hidePreview = () => {
    clearTimeout(timer.current);
    setPreview(null);
  };

  return (
    <div className="library">
      <div className="library__search">
        <label htmlFor={searchId} className="visually-hidden">
          {searchLabel}
        </label>
        <SearchIcon className="library__search-icon" />
        <input
          id={searchId}
          type="search"
          className="input library__search-input"
          placeholder={searchLabel}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
        />
      </div>
      <div
        className="chips"
        role="group"
        aria-label={intl.formatMessage({
          id: "editor.library.categories",
          defaultMessage: "Block categories",
        })}
      >
        {CATEGORIES.map((item) => (
          <button
            key={item}
            type="button"
            className="chip"
            aria-pressed={category === item}
            onClick={() => setCategory(item)}
          >
            {blockWords.category(item)}
          </button>
        ))}
      </div>
      {entries.length === 0 ? (
        <p className="library__empty" role="status">
          {intl.formatMessage(
            {
              id: "editor.library.empty",
              defaultMessage: "No block matches “{query}”. Try another word, or look in All.",
            },
            { query },
          )}
        </p>
      ) : (
        <ul
          className="library__list"
          aria-label={intl.formatMessage({ id: "editor.library.list", defaultMessage: "Blocks" })}
        >
          {entries.map((entry) => (
            <li key={entry.type}>
              <LibraryCard entry={entry} onPreview={showPreview} onPreviewEnd={hidePreview} />
            </li>
          ))}
        </ul>
      )}
      {preview ? <BlockPreview type={preview.type} top={preview.top} /> : null}
    </div>
  );
}

function LibraryCard({
  entry,
  onPreview,
  onPreviewEnd,
}: {
  entry: LibraryEntry;
  onPreview: (type: string, element: HTMLElement) => void;
  onPreviewEnd: () => void;
}) {
  const intl = useIntl();
  const session = useEditor();
  const { attributes, listeners, setNodeRef, isDragging } = useDragSource(
    `library-${entry.type}`,
    { kind: "new", type: entry.type },
    session.readOnly,
  );
  const add = () => session.commands.insertNew(entry.type);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      className="library-card"
      data-dragging={isDragging || undefined}
      data-block-type={entry.type}
      aria-label={intl.formatMessage(
        { id: "editor.library.card", defaultMessage: "{name}: {description}" },
        { name: entry.label, description: entry.description },
      )}
      onClick={add}
      onMouseEnter={(event) => onPreview(entry.type, event.currentTarget)}
      onMouseLeave={onPreviewEnd}
      onFocus={(event) => onPreview(entry.type, event.currentTarget)}
      onBlur={onPreviewEnd}
    >
      <span className="library-card__icon">
        <BlockIcon type={entry.type} size={20} />
      </span>
      <span className="library-card__text">
        <span className="library-card__label">{entry.label}</span>
        <span className="library-card__description">{entry.description}</span>
      </span>
    </div>
  );
}
