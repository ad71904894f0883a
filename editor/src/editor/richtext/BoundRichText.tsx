/**
 * A Lexical rich-text editor bound to one rich-text prop of the shared document (its Y.XmlText),
 * so collaborators see each keystroke and two people typing in the same paragraph both keep their
 * words. Loaded on demand: Lexical's React parts ship in their own chunk.
 *
 * Only one editor may be bound to a prop in this tab at a time (a second binding over the same
 * root would replace the first one's collab nodes): the props panel shows its editor only while
 * the canvas is not editing that prop in place.
 */
import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from "@lexical/link";
import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from "@lexical/list";
import { LexicalComposer } from "@lexical/react/LexicalComposer";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { ContentEditable } from "@lexical/react/LexicalContentEditable";
import { LexicalErrorBoundary } from "@lexical/react/LexicalErrorBoundary";
import { LinkPlugin } from "@lexical/react/LexicalLinkPlugin";
import { ListPlugin } from "@lexical/react/LexicalListPlugin";
import { RichTextPlugin } from "@lexical/react/LexicalRichTextPlugin";
import { $createHeadingNode, $isHeadingNode, type HeadingTagType } from "@lexical/rich-text";
import { $setBlocksType } from "@lexical/selection";
import { $findMatchingParent, $getNearestNodeOfType } from "@lexical/utils";
import {
  $createParagraphNode,
  $getRoot,
  SKIP_SCROLL_INTO_VIEW_TAG,
  $getSelection,
  $isRangeSelection,
  COLLABORATION_TAG,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_ESCAPE_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from "lexical";
import { ListNode } from "@lexical/list";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { FormattedMessage, useIntl } from "react-intl";
import { safeUrl } from "../../../../blocks/url.ts";
import { getBlockDefinition } from "../../../../blocks/registry.ts";
import { BLOCK_PROPS } from "../../../../collab/doc/layout.ts";
import { updateProps } from "../../../../collab/doc/ops.ts";
import { bindEditorToXmlText, RICH_TEXT_NODES } from "../../../../collab/doc/richText.ts";
import * as Y from "yjs";
import {
  BoldIcon,
  HeadingIcon,
  ItalicIcon,
  LinkIcon,
  ListIcon,
  OrderedListIcon,
  ParagraphIcon,
} from "../icons.tsx";
import type { EditorSession } from "../session/EditorSession.ts";

export type BoundRichTextProps = {
  session: EditorSession;
  blockId: string;
  prop: string;
  /** Accessible name of the editable area. */
  label: string;
  /** Where the editable area goes (a host element on the canvas); inline when omitted. */
  host?: HTMLElement | null;
  /** Where the toolbar goes; above the editable area when omitted. */
  toolbarHost?: HTMLElement | null;
  autoFocus?: boolean;
  /** Escape pressed inside the editor. */
  onExit?: () => void;
  className?: string;
};

function xmlTextOf(session: EditorSession, blockId: string, prop: string): Y.XmlText | null {
  const props = session.store.maps.blocks.get(blockId)?.get(BLOCK_PROPS);
  const value = props instanceof Y.Map ? props.get(prop) : undefined;
  return value instanceof Y.XmlText ? value : null;
}

export default function BoundRichText(props: BoundRichTextProps) {
  const { session, blockId, prop, label, host, toolbarHost, autoFocus, onExit, className } = props;
  const editable = (
    <ContentEditable
      className={className ?? "richtext-editor__content"}
      aria-label={label}
      aria-multiline="true"
      spellCheck
    />
  );
  return (
    <LexicalComposer
      initialConfig={{
        namespace: `pegasus-${blockId}-${prop}`,
        nodes: [...RICH_TEXT_NODES],
        // The binding fills the editor from the shared document.
        editorState: null,
        editable: !session.readOnly,
        onError: (error) => {
          console.error(error);
        },
      }}
    >
      <div className={host ? "richtext-editor richtext-editor--inline" : "richtext-editor"}>
        {session.readOnly ? null : toolbarHost ? (
          createPortal(<Toolbar />, toolbarHost)
        ) : (
          <Toolbar />
        )}
        <RichTextPlugin
          contentEditable={host ? createPortal(editable, host) : editable}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <ListPlugin />
      <LinkPlugin validateUrl={(url) => safeUrl(url) !== null} />
      <SharedDocumentPlugin
        session={session}
        blockId={blockId}
        prop={prop}
        autoFocus={autoFocus ?? false}
      />
      {onExit ? <EscapePlugin onExit={onExit} /> : null}
    </LexicalComposer>
  );
}

/** Binds the editor to the prop's Y.XmlText, with this person's undo and a typing hint. */
function SharedDocumentPlugin({
  session,
  blockId,
  prop,
  autoFocus,
}: {
  session: EditorSession;
  blockId: string;
  prop: string;
  autoFocus: boolean;
}) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const xmlText = xmlTextOf(session, blockId, prop);
    if (!xmlText) return;
    // An unset prop shows its default text on the canvas: start the editor from that same text.
    if (xmlText.length === 0 && !session.readOnly) {
      const definition = getBlockDefinition(session.store.getBlock(blockId)?.type ?? "");
      const fallback = (definition?.defaultProps as Record<string, unknown> | undefined)?.[prop];
      if (fallback) updateProps(session.ydoc, blockId, { [prop]: fallback }, session.origin);
    }
    const bound = bindEditorToXmlText(editor, session.ydoc, () =>
      xmlTextOf(session, blockId, prop)!,
    );
    session.undo.addTrackedOrigin(bound.binding);
    let idle: ReturnType<typeof setTimeout> | undefined;
    const cleanups = [
      editor.registerCommand(
        UNDO_COMMAND,
        () => (session.undo.undo(), true),
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        REDO_COMMAND,
        () => (session.undo.redo(), true),
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerUpdateListener(({ dirtyLeaves, dirtyElements, tags }) => {
        if (tags.has(COLLABORATION_TAG) || (dirtyLeaves.size === 0 && dirtyElements.size === 0))
          return;
        session.presence.setTyping({ blockId, prop });
        clearTimeout(idle);
        idle = setTimeout(() => session.presence.setTyping(null), 2500);
      }),
    ];
    if (autoFocus) {
      // On the canvas the editable sits in another document: give it the focus, then the caret.
      editor.getRootElement()?.focus({ preventScroll: true });
      editor.update(() => $getRoot().selectEnd(), { tag: SKIP_SCROLL_INTO_VIEW_TAG });
    }
    return () => {
      clearTimeout(idle);
      session.presence.setTyping(null);
      for (const cleanup of cleanups) cleanup();
      session.undo.removeTrackedOrigin(bound.binding);
      bound.dispose();
    };
  }, [editor, session, blockId, prop, autoFocus]);
  return null;
}

function EscapePlugin({ onExit }: { onExit: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        (event) => {
          event?.preventDefault();
          onExit();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, onExit],
  );
  return null;
}

type BlockKind = "paragraph" | "h2" | "h3" | "bullet" | "number";

type Formats = { bold: boolean; italic: boolean; link: string | null; block: BlockKind };

function readFormats(): Formats | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const element = anchor.getKey() === "root" ? anchor : anchor.getTopLevelElementOrThrow();
  let block: BlockKind = "paragraph";
  if ($isListNode(element)) {
    const list = $getNearestNodeOfType(anchor, ListNode);
    block = (list ?? element).getListType() === "number" ? "number" : "bullet";
  } else if ($isHeadingNode(element)) {
    block = element.getTag() === "h3" ? "h3" : "h2";
  }
  const link = $findMatchingParent(anchor, $isLinkNode);
  return {
    bold: selection.hasFormat("bold"),
    italic: selection.hasFormat("italic"),
    link: link && $isLinkNode(link) ? link.getURL() : null,
    block,
  };
}

function setBlock(editor: LexicalEditor, kind: BlockKind, current: BlockKind) {
  if (kind === "bullet" || kind === "number") {
    editor.dispatchCommand(
      kind === current
        ? REMOVE_LIST_COMMAND
        : kind === "bullet"
          ? INSERT_UNORDERED_LIST_COMMAND
          : INSERT_ORDERED_LIST_COMMAND,
      undefined,
    );
    return;
  }
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (current === "bullet" || current === "number")
      editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    $setBlocksType(selection, () =>
      kind === "paragraph" || kind === current
        ? $createParagraphNode()
        : $createHeadingNode(kind as HeadingTagType),
    );
  });
}

/** Bold, italic, link, lists and headings: the formatting the storefront's rich text keeps. */
/** The subheading button's face: the HTML level, the same in every language. */
const H3 = "H3";

function Toolbar() {
  const intl = useIntl();
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>({
    bold: false,
    italic: false,
    link: null,
    block: "paragraph",
  });
  const [linking, setLinking] = useState(false);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read(readFormats);
        if (next) setFormats(next);
      }),
    [editor],
  );

  const button = (name: string, active: boolean, icon: ReactNode, run: () => void) => (
    <button
      type="button"
      className="richtext-toolbar__button"
      aria-label={name}
      title={name}
      aria-pressed={active}
      // Keep the editor's selection: a toolbar button must not take the focus.
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
    >
      {icon}
    </button>
  );

  return (
    <div
      className="richtext-toolbar"
      role="toolbar"
      aria-label={intl.formatMessage({
        id: "editor.richtext.toolbar",
        defaultMessage: "Text formatting",
      })}
    >
      {button(
        intl.formatMessage({ id: "editor.richtext.paragraph", defaultMessage: "Paragraph" }),
        formats.block === "paragraph",
        <ParagraphIcon size={15} />,
        () => setBlock(editor, "paragraph", formats.block),
      )}
      {button(
        intl.formatMessage({ id: "editor.richtext.heading", defaultMessage: "Heading" }),
        formats.block === "h2",
        <HeadingIcon size={15} />,
        () => setBlock(editor, "h2", formats.block),
      )}
      {button(
        intl.formatMessage({ id: "editor.richtext.subheading", defaultMessage: "Subheading" }),
        formats.block === "h3",
        <span className="richtext-toolbar__h3">{H3}</span>,
        () => setBlock(editor, "h3", formats.block),
      )}
      <span className="richtext-toolbar__separator" />
      {button(
        intl.formatMessage({ id: "editor.richtext.bold", defaultMessage: "Bold" }),
        formats.bold,
        <BoldIcon size={15} />,
        () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, "bold"),
      )}
      {button(
        intl.formatMessage({ id: "editor.richtext.italic", defaultMessage: "Italic" }),
        formats.italic,
        <ItalicIcon size={15} />,
        () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, "italic"),
      )}
      {button(
        intl.formatMessage({ id: "editor.richtext.link", defaultMessage: "Link" }),
        formats.link !== null,
        <LinkIcon size={15} />,
        () => setLinking((open) => !open),
      )}
      <span className="richtext-toolbar__separator" />
      {button(
        intl.formatMessage({ id: "editor.richtext.bullets", defaultMessage: "Bulleted list" }),
        formats.block === "bullet",
        <ListIcon size={15} />,
        () => setBlock(editor, "bullet", formats.block),
      )}
      {button(
        intl.formatMessage({ id: "editor.richtext.numbers", defaultMessage: "Numbered list" }),
        formats.block === "number",
        <OrderedListIcon size={15} />,
        () => setBlock(editor, "number", formats.block),
      )}
      {linking ? (
        <LinkForm
          initial={formats.link ?? ""}
          onDone={(url) => {
            setLinking(false);
            if (url === undefined) return;
            editor.update(() => {
              const selection = $getSelection();
              if ($isRangeSelection(selection) && selection.isCollapsed() && url) {
                // Nothing selected: insert the address itself as a link.
                const link = $createLinkNode(url);
                selection.insertNodes([link]);
                link.select();
                selection.insertText(url);
                return;
              }
              editor.dispatchCommand(TOGGLE_LINK_COMMAND, url || null);
            });
          }}
        />
      ) : null}
    </div>
  );
}

function LinkForm({
  initial,
  onDone,
}: {
  initial: string;
  onDone: (url: string | undefined) => void;
}) {
  const intl = useIntl();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = value.trim();
    if (url !== "" && safeUrl(url) === null) {
      setError(
        intl.formatMessage(
          {
            id: "editor.richtext.linkBad",
            defaultMessage: "Use a page of your site (/about), #section, {web}, {mailto} or {tel}",
          },
          { web: "https://…", mailto: "mailto:", tel: "tel:" },
        ),
      );
      return;
    }
    onDone(url);
  };
  return (
    <form className="richtext-link" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="richtext-link-url">
        <FormattedMessage id="editor.richtext.linkAddress" defaultMessage="Link address" />
      </label>
      <input
        ref={input}
        id="richtext-link-url"
        className="input richtext-link__input"
        value={value}
        placeholder={intl.formatMessage(
          { id: "editor.richtext.linkPlaceholder", defaultMessage: "{web} or /page" },
          { web: "https://…" },
        )}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            event.stopPropagation();
            onDone(undefined);
          }
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "richtext-link-error" : undefined}
      />
      <button type="submit" className="button button--primary button--sm">
        {value.trim() === "" && initial ? (
          <FormattedMessage id="editor.shared.remove" defaultMessage="Remove" />
        ) : (
          <FormattedMessage id="editor.richtext.apply" defaultMessage="Apply" />
        )}
      </button>
      {error ? (
        <p id="richtext-link-error" className="richtext-link__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
