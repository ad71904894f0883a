/**
 * How other parts of the app plug into the editor, as one explicit list (no registration by import
 * side effect). The AI panel, the media library and the commerce screens each add one entry to
 * `EDITOR_EXTENSIONS` below; everything else about the editor they reach through `useEditor()`
 * (editor/src/editor/state/hooks.ts): the document store, the selection, the commands.
 *
 *   rightPanelTabs   extra tabs beside "Block" and "Page" in the right panel (e.g. "AI")
 *   topBarItems      buttons in the top bar, left of the presence avatars
 *   pickImage        the media library: image fields show "Choose image" and call it;
 *                    without it they take an image address (URL)
 *   Provider         wraps the editor: e.g. the commerce screens fill `StorefrontDataContext`
 *                    with the site's products, so commerce blocks on the canvas show them
 */
import { createContext, type ComponentType, type ReactNode } from "react";
import type { StorefrontData } from "../../../blocks/render/commerce.ts";
import { mediaExtension } from "../media/extension.tsx";
import { aiExtension } from "../ai/extension.tsx";
import { reviewExtension } from "../review/extension.tsx";

export type ImageValue = {
  src: string;
  alt: string;
  decorative: boolean;
  width?: number;
  height?: number;
};

export type PickImageRequest = {
  /** The image the field holds now (src "" when none). */
  readonly current: ImageValue;
  /** The field's label, for the picker's title ("Hero image"). */
  readonly label: string;
};

/** Opens a picker; resolves with the chosen image, or null when the merchant cancelled. */
export type PickImage = (request: PickImageRequest) => Promise<ImageValue | null>;

export type RightPanelTab = {
  readonly id: string;
  readonly label: string;
  /** Tabs sort by this (Block is 0, Page is 10). */
  readonly order: number;
  readonly Panel: ComponentType;
};

export type TopBarItem = { readonly id: string; readonly Item: ComponentType };

export type EditorExtension = {
  readonly id: string;
  readonly rightPanelTabs?: readonly RightPanelTab[];
  readonly topBarItems?: readonly TopBarItem[];
  readonly pickImage?: PickImage;
  /** Wraps the whole editor (providers an extension needs, dialogs it opens). */
  readonly Provider?: ComponentType<{ children: ReactNode }>;
};

/** Every extension of the editor. Add yours here, one line. */
export const EDITOR_EXTENSIONS: readonly EditorExtension[] = [
  reviewExtension,
  mediaExtension,
  aiExtension,
];

/** The first media picker any extension provides, or null (image fields then take a URL). */
export function pickImageFrom(extensions: readonly EditorExtension[]): PickImage | null {
  return extensions.find((extension) => extension.pickImage)?.pickImage ?? null;
}

/** Products and collections the canvas shows in commerce blocks (empty: they show hints). */
export const StorefrontDataContext = createContext<Partial<StorefrontData>>({});
