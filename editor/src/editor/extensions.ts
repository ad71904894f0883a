/**
 * How other parts of the app plug into the editor, as one explicit list (no registration by import
 * side effect). The route that opens the editor passes the list down (`EditorExtensionsContext`;
 * the app's own list is `APP_EDITOR_EXTENSIONS`, appExtensions.ts), so a test or another route can
 * pass its own. Everything else about the editor an extension reaches through `useEditor()`
 * (editor/src/editor/state/hooks.ts): the document store, the selection, the commands.
 *
 *   rightPanelTabs   extra tabs beside "Block" and "Page" in the right panel (e.g. "AI")
 *   topBarItems      buttons in the top bar, left of the presence avatars
 *   pickImage        the media library: image fields show "Choose image" and call it;
 *                    without it they take an image address (URL)
 *   pickRecords      the catalog: product and collection fields show "Choose product" and call
 *                    it; without it they take record ids
 *   Provider         wraps the editor: e.g. the commerce screens fill `StorefrontDataContext`
 *                    with the site's products, so commerce blocks on the canvas show them
 */
import { createContext, useContext, type ComponentType, type ReactNode } from "react";
import type { MessageDescriptor } from "react-intl";

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

export type RecordKind = "product" | "collection";

/** A product or collection as the picker and the fields show it. */
export type RecordSummary = {
  readonly id: string;
  readonly title: string;
  readonly image: { readonly src: string; readonly alt: string } | null;
  /** One line under the title: a price ("$18.00 – $24.00"), a count ("12 products"). */
  readonly detail: string;
  /** Why the storefront does not show it ("Draft", "Archived"); absent when it does. */
  readonly badge?: string;
};

export type PickRecordsRequest = {
  readonly kind: RecordKind;
  /** Several, in order ("products", "collections" fields), or exactly one. */
  readonly multiple: boolean;
  /** The most the field takes (1 when not `multiple`). */
  readonly max: number;
  /** The ids the field holds now, in order. */
  readonly current: readonly string[];
};

export type PickRecords = {
  /** Opens a picker; resolves with the chosen ids in order, or null when the merchant cancelled. */
  readonly pick: (request: PickRecordsRequest) => Promise<string[] | null>;
  /**
   * A hook: the site's records of a kind by id, so a field can show what it holds by name
   * (null while they load).
   */
  readonly useRecords: (kind: RecordKind) => ReadonlyMap<string, RecordSummary> | null;
};

export type RightPanelTab = {
  readonly id: string;
  /** The tab's name: words, or a catalogue message (`message({ id, defaultMessage })`). */
  readonly label: string | MessageDescriptor;
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
  readonly pickRecords?: PickRecords;
  /** Wraps the whole editor (providers an extension needs, dialogs it opens). */
  readonly Provider?: ComponentType<{ children: ReactNode }>;
};

/** The extensions of the editor on screen, provided by the route that opens it; none outside one. */
export const EditorExtensionsContext = createContext<readonly EditorExtension[]>([]);

export function useEditorExtensions(): readonly EditorExtension[] {
  return useContext(EditorExtensionsContext);
}

/** The first media picker any extension provides, or null (image fields then take a URL). */
export function pickImageFrom(extensions: readonly EditorExtension[]): PickImage | null {
  return extensions.find((extension) => extension.pickImage)?.pickImage ?? null;
}

/** The first product and collection picker any extension provides, or null (fields take ids). */
export function pickRecordsFrom(extensions: readonly EditorExtension[]): PickRecords | null {
  return extensions.find((extension) => extension.pickRecords)?.pickRecords ?? null;
}

// Defined apart so an extension can fill it without importing this list (a cycle).
export { StorefrontDataContext } from "./storefrontData.ts";
