import { useMemo, type ReactNode } from "react";
import { useIntl } from "react-intl";
import type {
  EditorExtension,
  PickRecordsRequest,
  RecordKind,
  RecordSummary,
} from "../editor/extensions.ts";
import { useEditor } from "../editor/state/hooks.ts";
import { StorefrontDataContext, type CanvasStorefrontData } from "../editor/storefrontData.ts";
import { createPickerBridge } from "../editor/pickerBridge.ts";
import { catalogRecords, useEditorCatalog } from "./editorCatalog.ts";
import { RecordPickerDialog } from "./RecordPickerDialog.tsx";

/** `pickRecords` is a plain function product and collection fields call; the dialog lives in React. */
const recordPicker = createPickerBridge<PickRecordsRequest, string[]>();
export const pickRecords = recordPicker.pick;

/** The site's products or collections by id, for fields showing what they hold. */
function useRecords(kind: RecordKind): ReadonlyMap<string, RecordSummary> | null {
  const catalog = useEditorCatalog(useEditor().site.id);
  const intl = useIntl();
  return useMemo(
    () =>
      catalog.data
        ? new Map(catalogRecords(catalog.data, kind, intl).map((record) => [record.id, record]))
        : null,
    [catalog.data, kind, intl],
  );
}

const NO_DATA: CanvasStorefrontData = {};

/** Fills the canvas with the storefront's catalog, and shows the picker when a field asks. */
export function CommerceEditorProvider({ children }: { children: ReactNode }) {
  const siteId = useEditor().site.id;
  const catalog = useEditorCatalog(siteId);
  const { pending, finish } = recordPicker.usePending();
  const intl = useIntl();

  const canvasData = useMemo(
    () =>
      catalog.data
        ? {
            ...catalog.data.storefront,
            currency: catalog.data.currency,
            language: catalog.data.language,
          }
        : NO_DATA,
    [catalog.data],
  );
  const kind = pending?.request.kind;
  const records = useMemo(
    () => (catalog.data && kind ? catalogRecords(catalog.data, kind, intl) : null),
    [catalog.data, kind, intl],
  );

  return (
    <StorefrontDataContext.Provider value={canvasData}>
      {children}
      {pending ? (
        <RecordPickerDialog
          request={pending.request}
          records={records}
          loadError={catalog.error}
          onRetry={() => void catalog.refetch()}
          addHref={`/sites/${siteId}/store/${kind === "collection" ? "collections" : "products/new"}`}
          onClose={finish}
        />
      ) : null}
    </StorefrontDataContext.Provider>
  );
}

/**
 * The store in the visual editor: commerce blocks on the canvas show the site's real products,
 * and product and collection fields choose them by name and photo.
 */
export const commerceExtension: EditorExtension = {
  id: "commerce",
  pickRecords: { pick: pickRecords, useRecords },
  Provider: CommerceEditorProvider,
};
