import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { shared } from "../i18n/messages.ts";
import type { FieldDefinition } from "../../../../blocks/fields/types.ts";
import { getBlockDefinition } from "../../../../blocks/registry.ts";
import { EditorStillLoading, isSiteEditError, loadSharedOps, sharedOps } from "../session/ops.ts";
import { useBlockWords } from "../../i18n/blockWords.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { TrashIcon } from "../../ui/icons.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Button } from "../../ui/Button.tsx";
import { DuplicateIcon } from "../icons.tsx";
import { BlockIcon } from "../panels/BlockIcon.tsx";
import { mark } from "../perf.ts";
import type { EditorSession } from "../session/EditorSession.ts";
import type { BlockSnapshot } from "../state/docStore.ts";
import { useBlock, useEditor, useUi } from "../state/hooks.ts";
import { FieldControl } from "./FieldControl.tsx";
import type { FieldContext } from "./FieldFrame.tsx";

/** The props of the selected block, one input per field of its type. */
export function PropsPanel() {
  const intl = useIntl();
  const selected = useUi((state) => state.selectedId);
  const block = useBlock(selected);
  useLayoutEffect(() => {
    if (selected) mark("pegasus:props-shown", selected);
  }, [selected]);
  if (!selected || !block) {
    return (
      <div className="props-empty">
        <EmptyState
          compact
          headingLevel={3}
          title={intl.formatMessage({
            id: "editor.props.nothing",
            defaultMessage: "Nothing selected",
          })}
          description={intl.formatMessage({
            id: "editor.props.nothingHelp",
            defaultMessage:
              "Click a block on the page (or in Layers) to change its text, images and colours. Double-click text to type right on the page.",
          })}
        />
      </div>
    );
  }
  return <BlockProps key={selected} block={block} />;
}

/** Sends the typing hint while someone types in a field, and clears it when they pause. */
function useTypingHint(session: EditorSession, blockId: string) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      session.presence.setTyping(null);
    },
    [session],
  );
  return useCallback(
    (prop: string) => {
      session.presence.setTyping({ blockId, prop });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => session.presence.setTyping(null), 2500);
    },
    [session, blockId],
  );
}

const BlockProps = memo(function BlockProps({ block }: { block: BlockSnapshot }) {
  const intl = useIntl();
  const session = useEditor();
  const definition = getBlockDefinition(block.type);
  const words = useBlockWords();
  const typing = useTypingHint(session, block.id);
  // Invalid stored props still show what they hold, over the defaults.
  const values = useMemo<Record<string, unknown>>(
    () =>
      block.parsed.ok
        ? block.parsed.props
        : {
            ...((definition?.defaultProps as Record<string, unknown> | undefined) ?? {}),
            ...block.props,
          },
    [block, definition],
  );

  if (!definition) {
    return (
      <Notice
        tone="warning"
        title={intl.formatMessage({ id: "editor.props.unknown", defaultMessage: "Unknown block" })}
      >
        <FormattedMessage
          id="editor.props.unknownHelp"
          defaultMessage="This block’s type (“{type}”) is not known to this version of Pegasus. You can still move or delete it."
          values={{ type: block.type }}
        />
      </Notice>
    );
  }

  const update = (prop: string, value: unknown) => {
    if (session.readOnly) return;
    mark("pegasus:prop-change", prop);
    // Typing in one field is one undo step; a click (a colour, a choice, a list change) is its own.
    const kind = (definition.fields as Record<string, FieldDefinition>)[prop]?.kind;
    const typed = kind === "text" || kind === "textarea" || kind === "number" || kind === "link";
    session.beginEdit(typed ? `props:${block.id}:${prop}` : null);
    try {
      sharedOps().updateProps(session.ydoc, block.id, { [prop]: value }, session.origin);
      if (!typed) session.beginEdit(null);
    } catch (error) {
      if (isSiteEditError(error))
        session.notify(
          session.intl.formatMessage(shared.valueRefused, { reason: error.message }),
          "danger",
        );
      else if (error instanceof EditorStillLoading)
        void loadSharedOps().then(() => update(prop, value));
      else throw error;
    }
  };

  return (
    <div className="block-props" data-props-panel={block.id}>
      <header className="block-props__header">
        <span className="block-props__icon">
          <BlockIcon type={block.type} size={20} />
        </span>
        <div>
          <h2 className="block-props__title">{words.name(block.type)}</h2>
          <p className="block-props__description">{words.description(block.type)}</p>
        </div>
      </header>
      {block.parsed.ok ? null : (
        <Notice
          tone="warning"
          title={intl.formatMessage({
            id: "editor.props.invalid",
            defaultMessage: "This block needs a fix",
          })}
        >
          <FormattedMessage
            id="editor.props.invalidHelp"
            defaultMessage="It can’t be shown on the page: {error}"
            values={{ error: block.parsed.error }}
          />
        </Notice>
      )}
      <fieldset className="block-props__fields" disabled={session.readOnly}>
        <legend className="visually-hidden">
          <FormattedMessage
            id="editor.props.settings"
            defaultMessage="{block} settings"
            values={{ block: words.name(block.type) }}
          />
        </legend>
        {Object.entries(words.fields(block.type) as Record<string, FieldDefinition>).map(
          ([prop, field]) => (
            <PropField
              key={prop}
              prop={prop}
              field={field}
              value={values[prop]}
              blockId={block.id}
              onChange={update}
              onTyping={typing}
            />
          ),
        )}
      </fieldset>
      {session.readOnly ? null : (
        <footer className="block-props__footer">
          <Button
            size="sm"
            icon={<DuplicateIcon size={14} />}
            onClick={() => session.commands.duplicate(block.id)}
          >
            <FormattedMessage id="editor.menu.duplicate" defaultMessage="Duplicate" />
          </Button>
          <Button
            size="sm"
            variant="danger-ghost"
            icon={<TrashIcon size={14} />}
            onClick={() => session.commands.remove(block.id)}
          >
            <FormattedMessage id="editor.menu.delete" defaultMessage="Delete" />
          </Button>
        </footer>
      )}
    </div>
  );
});

/** One prop's field; re-renders only when its own value changes. */
const PropField = memo(
  function PropField({
    prop,
    field,
    value,
    blockId,
    onChange,
    onTyping,
  }: {
    prop: string;
    field: FieldDefinition;
    value: unknown;
    blockId: string;
    onChange: (prop: string, value: unknown) => void;
    onTyping: (prop: string) => void;
  }) {
    const context = useMemo<FieldContext>(
      () => ({ blockId, prop, onTyping: () => onTyping(prop) }),
      [blockId, prop, onTyping],
    );
    return (
      <FieldControl
        field={field}
        value={value}
        context={context}
        onChange={(next) => onChange(prop, next)}
      />
    );
  },
  (a, b) =>
    a.prop === b.prop &&
    a.field === b.field &&
    a.blockId === b.blockId &&
    Object.is(a.value, b.value) &&
    a.onTyping === b.onTyping,
);
