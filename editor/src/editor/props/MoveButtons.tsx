import { useIntl } from "react-intl";
import { ArrowDownIcon, ArrowUpIcon } from "../icons.tsx";

/** "Move up" and "Move down" for one item of a list a field holds (list items, chosen products). */
export function MoveButtons({
  title,
  index,
  count,
  onMove,
}: {
  /** What the item is called, for the buttons' labels ("Move Our story up"). */
  title: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
}) {
  const intl = useIntl();
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={intl.formatMessage(
          { id: "editor.props.moveItemUp", defaultMessage: "Move {title} up" },
          { title },
        )}
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        <ArrowUpIcon size={14} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={intl.formatMessage(
          { id: "editor.props.moveItemDown", defaultMessage: "Move {title} down" },
          { title },
        )}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        <ArrowDownIcon size={14} />
      </button>
    </>
  );
}
