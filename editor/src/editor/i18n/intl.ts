import { getBlockDefinition } from "../../../../blocks/registry.ts";

/**
 * The editor's words outside React (commands, screen-reader announcements, page checks) are
 * worded with the session's `IntlShape`: English until the editor screen hands the session the
 * one of its `IntlProvider` (`EditorSession.intl`, set by `useSessionIntl`), so a command run
 * from a test without React still speaks English.
 */
export { ENGLISH } from "../../i18n/message.ts";

/**
 * A block type's name as the merchant reads it. The block library's words (labels, help) are
 * the "blocks" area's; this is the editor's one door to them.
 */
export function blockLabel(type: string): string {
  return getBlockDefinition(type)?.label ?? type;
}
