import type { MessageDescriptor } from "react-intl";

/** Words more than one part of the editor says. */
export const shared = {
  valueRefused: {
    id: "editor.shared.valueRefused",
    defaultMessage: "That value can’t be used: {reason}",
  },
  backToSites: { id: "editor.shared.backToSites", defaultMessage: "Back to your sites" },
  moveUp: { id: "editor.shared.moveUp", defaultMessage: "Move up" },
  moveDown: { id: "editor.shared.moveDown", defaultMessage: "Move down" },
  cancel: { id: "editor.shared.cancel", defaultMessage: "Cancel" },
  remove: { id: "editor.shared.remove", defaultMessage: "Remove" },
} satisfies Record<string, MessageDescriptor>;
