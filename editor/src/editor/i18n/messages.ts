import { message } from "../../i18n/message.ts";

/** Words more than one part of the editor says. */
export const shared = {
  valueRefused: message({
    id: "editor.shared.valueRefused",
    defaultMessage: "That value can’t be used: {reason}",
  }),
  backToSites: message({ id: "editor.shared.backToSites", defaultMessage: "Back to your sites" }),
  moveUp: message({ id: "editor.shared.moveUp", defaultMessage: "Move up" }),
  moveDown: message({ id: "editor.shared.moveDown", defaultMessage: "Move down" }),
  cancel: message({ id: "editor.shared.cancel", defaultMessage: "Cancel" }),
  remove: message({ id: "editor.shared.remove", defaultMessage: "Remove" }),
};
