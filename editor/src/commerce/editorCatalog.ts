import { useQuery } from "@tanstack/react-query";
import type { IntlShape } from "react-intl";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import type { RecordKind, RecordSummary } from "../editor/extensions.ts";
import { message } from "../i18n/message.ts";
import { formatAmount } from "./money.ts";

export type EditorCatalog = RouterOutputs["products"]["catalog"];

/** The product screens may be open in another tab: their changes show within this long. */
const REFRESH_MS = 30_000;

/**
 * The site's catalog in the visual editor: what the storefront shows (for the canvas) and the
 * products it leaves out (for the picker). Fetched again when the merchant comes back to the tab.
 */
export function useEditorCatalog(siteId: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.products.catalog.queryOptions({ siteId }),
    enabled: siteId !== "",
    refetchOnWindowFocus: "always",
    refetchInterval: REFRESH_MS,
  });
}

const BADGE = {
  draft: message({ id: "editor.recordPicker.draft", defaultMessage: "Draft" }),
  archived: message({ id: "editor.recordPicker.archived", defaultMessage: "Archived" }),
};
const UNLISTED_ORDER = { active: 0, draft: 1, archived: 2 } as const;

/**
 * Products or collections as the picker lists them: the storefront's own first (in its order),
 * then drafts, then archived products, each with a badge saying shoppers do not see it; words
 * and prices in the app's language (`intl`).
 */
export function catalogRecords(
  catalog: EditorCatalog,
  kind: RecordKind,
  intl: IntlShape,
): RecordSummary[] {
  if (kind === "collection") {
    return catalog.storefront.collections.map((collection) => {
      const count = collection.productIds.length;
      return {
        id: collection.id,
        title: collection.title,
        image: collection.image ? { src: collection.image.src, alt: collection.image.alt } : null,
        detail: intl.formatMessage(
          {
            id: "editor.recordPicker.productCount",
            defaultMessage: "{count, plural, one {# product} other {# products}}",
          },
          { count },
        ),
      };
    });
  }
  const money = (minor: number) => formatAmount(minor, catalog.currency, intl.locale);
  const price = (min: number, max: number) =>
    min === max
      ? money(min)
      : intl.formatMessage(
          { id: "editor.recordPicker.priceRange", defaultMessage: "{min} – {max}" },
          { min: money(min), max: money(max) },
        );
  const listed = catalog.storefront.products.map((product) => {
    const image = product.images[0];
    return {
      id: product.id,
      title: product.title,
      image: image ? { src: image.src, alt: image.alt } : null,
      detail: price(product.priceMin, product.priceMax),
    };
  });
  const unlisted = [...catalog.unlisted]
    .sort((a, b) => UNLISTED_ORDER[a.status] - UNLISTED_ORDER[b.status])
    .map((product) => ({
      id: product.id,
      title: product.title,
      image: product.image ? { src: product.image.src, alt: product.image.alt } : null,
      detail: price(product.priceMin, product.priceMax),
      ...(product.status === "active" ? {} : { badge: intl.formatMessage(BADGE[product.status]) }),
    }));
  return [...listed, ...unlisted];
}
