import { aiExtension } from "../ai/extension.tsx";
import { commerceExtension } from "../commerce/editorExtension.tsx";
import { mediaExtension } from "../media/extension.tsx";
import { reviewExtension } from "../review/extension.tsx";
import type { EditorExtension } from "./extensions.ts";

/** The app's extensions of the editor, which its route passes down. Add yours here, one line. */
export const APP_EDITOR_EXTENSIONS: readonly EditorExtension[] = [
  reviewExtension,
  mediaExtension,
  aiExtension,
  commerceExtension,
];
