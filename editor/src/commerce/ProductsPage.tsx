import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type ChangeEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { useTRPC, useTRPCClient } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { useDebouncedValue } from "../lib/useDebouncedValue.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button, ButtonLink } from "../ui/Button.tsx";
import { Card } from "../ui/Card.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { PlusIcon } from "../ui/icons.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { useToast } from "../ui/Toast.tsx";
import { toProblem } from "../api/errors.ts";
import { ListQuery, STATUS_LABELS, StatusLabel, statusTone, useStore } from "./shared.tsx";

type Product = RouterOutputs["products"]["list"]["products"][number];
type ImportResult = RouterOutputs["products"]["importCsv"];

export function ProductsPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: "commerce.products.title", defaultMessage: "Products" });
  useDocumentTitle(title);
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { siteId, money } = useStore();
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<"all" | "draft" | "active" | "archived">("all");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [imported, setImported] = useState<ImportResult | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const search = useDebouncedValue(query, 250);
  const list = useQuery({
    ...trpc.products.list.queryOptions({ siteId, query: search, status, limit: 100 }),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.products.pathKey() });
  const bulk = useMutation(
    trpc.products.bulkUpdate.mutationOptions({
      onSuccess: async (data) => {
        setSelected(new Set());
        await refresh();
        toast.show({
          title: intl.formatMessage(
            {
              id: "commerce.products.updated",
              defaultMessage: "{count, plural, one {# product updated} other {# products updated}}",
            },
            { count: data.updated },
          ),
        });
      },
    }),
  );
  const remove = useMutation(
    trpc.products.delete.mutationOptions({
      onSuccess: async (data) => {
        setSelected(new Set());
        await refresh();
        toast.show({
          title: intl.formatMessage(
            {
              id: "commerce.products.deleted",
              defaultMessage: "{count, plural, one {# product deleted} other {# products deleted}}",
            },
            { count: data.deleted },
          ),
        });
      },
    }),
  );
  const importCsv = useMutation(
    trpc.products.importCsv.mutationOptions({
      onSuccess: async (result) => {
        setImported(result);
        if (result.problems.length === 0) {
          await refresh();
          toast.show({
            title: intl.formatMessage(
              {
                id: "commerce.products.imported",
                defaultMessage:
                  "{count, plural, one {# product imported} other {# products imported}}",
              },
              { count: result.imported },
            ),
          });
        }
      },
    }),
  );

  async function exportCsv() {
    const { csv, filename } = await client.products.exportCsv.query({ siteId });
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = filename;
    a.click();
    URL.revokeObjectURL(url);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setImported(null);
    importCsv.mutate({ siteId, csv: await file.text() });
  }

  const products = list.data?.products ?? [];
  const ids = [...selected];
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <PageHeader
        title={title}
        description={intl.formatMessage({
          id: "commerce.products.description",
          defaultMessage: "What your shop sells: prices, options and stock.",
        })}
        actions={
          <>
            <Button onClick={() => fileRef.current?.click()} loading={importCsv.isPending}>
              <FormattedMessage id="commerce.products.import" defaultMessage="Import CSV" />
            </Button>
            <Button onClick={() => void exportCsv()}>
              <FormattedMessage id="commerce.products.export" defaultMessage="Export CSV" />
            </Button>
            <ButtonLink to="new" variant="primary" icon={<PlusIcon />}>
              <FormattedMessage id="commerce.products.add" defaultMessage="Add product" />
            </ButtonLink>
          </>
        }
      />
      <input
        ref={fileRef}
        type="file"
        accept=".csv,text/csv"
        hidden
        onChange={(e) => void onFile(e)}
        aria-label={intl.formatMessage({
          id: "commerce.products.importFile",
          defaultMessage: "CSV file to import",
        })}
      />
      {importCsv.error ? <FormError message={toProblem(importCsv.error).message} /> : null}
      {imported && imported.problems.length > 0 ? (
        <Notice
          tone="danger"
          title={intl.formatMessage({
            id: "commerce.products.importProblems",
            defaultMessage: "Nothing was imported: fix these rows and try again",
          })}
        >
          <ul className="commerce-problems">
            {imported.problems.map((p, i) => (
              <li key={i}>
                {p.column
                  ? intl.formatMessage(
                      {
                        id: "commerce.products.importProblemColumn",
                        defaultMessage: "Row {row} ({column}): {problem}",
                      },
                      { row: p.row, column: p.column, problem: p.message },
                    )
                  : intl.formatMessage(
                      {
                        id: "commerce.products.importProblem",
                        defaultMessage: "Row {row}: {problem}",
                      },
                      { row: p.row, problem: p.message },
                    )}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <div className="commerce-toolbar">
        <TextField
          label={intl.formatMessage({ id: "commerce.products.search", defaultMessage: "Search" })}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={intl.formatMessage({
            id: "commerce.products.searchPlaceholder",
            defaultMessage: "Title, SKU, vendor, tag",
          })}
        />
        <Select
          label={intl.formatMessage({ id: "commerce.products.status", defaultMessage: "Status" })}
          value={status}
          onChange={(e) => setStatus(e.target.value as typeof status)}
        >
          <option value="all">
            {intl.formatMessage({ id: "commerce.products.statusAll", defaultMessage: "All" })}
          </option>
          <option value="active">
            <StatusLabel of={STATUS_LABELS} value="active" />
          </option>
          <option value="draft">
            <StatusLabel of={STATUS_LABELS} value="draft" />
          </option>
          <option value="archived">
            <StatusLabel of={STATUS_LABELS} value="archived" />
          </option>
        </Select>
        {ids.length > 0 ? (
          <>
            <Button
              onClick={() => bulk.mutate({ siteId, productIds: ids, set: { status: "active" } })}
            >
              <FormattedMessage id="commerce.products.makeActive" defaultMessage="Make active" />
            </Button>
            <Button
              onClick={() => bulk.mutate({ siteId, productIds: ids, set: { status: "draft" } })}
            >
              <FormattedMessage id="commerce.products.makeDraft" defaultMessage="Make draft" />
            </Button>
            <Button
              onClick={() => bulk.mutate({ siteId, productIds: ids, set: { status: "archived" } })}
            >
              <FormattedMessage id="commerce.products.archive" defaultMessage="Archive" />
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                const question = intl.formatMessage(
                  {
                    id: "commerce.products.confirmDelete",
                    defaultMessage:
                      "{count, plural, one {Delete # product?} other {Delete # products?}} This cannot be undone.",
                  },
                  { count: ids.length },
                );
                if (window.confirm(question)) remove.mutate({ siteId, productIds: ids });
              }}
            >
              <FormattedMessage id="commerce.products.delete" defaultMessage="Delete" />
            </Button>
          </>
        ) : null}
      </div>
      <ListQuery
        query={list}
        height={240}
        isEmpty={() => products.length === 0}
        empty={
          <EmptyState
            title={
              search || status !== "all"
                ? intl.formatMessage({
                    id: "commerce.products.noMatch",
                    defaultMessage: "No products match",
                  })
                : intl.formatMessage({
                    id: "commerce.products.empty",
                    defaultMessage: "Add your first product",
                  })
            }
            description={intl.formatMessage({
              id: "commerce.products.emptyHint",
              defaultMessage: "Products appear in your store's grids, product pages and cart.",
            })}
            actions={
              <ButtonLink to="new" variant="primary">
                <FormattedMessage id="commerce.products.add" defaultMessage="Add product" />
              </ButtonLink>
            }
          />
        }
      >
        {() => (
          <Card>
            <table className="commerce-table">
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={intl.formatMessage({
                        id: "commerce.products.selectAll",
                        defaultMessage: "Select all",
                      })}
                      checked={selected.size === products.length}
                      onChange={(e) =>
                        setSelected(
                          e.target.checked ? new Set(products.map((p) => p.id)) : new Set(),
                        )
                      }
                    />
                  </th>
                  <th scope="col">
                    <FormattedMessage
                      id="commerce.products.column.product"
                      defaultMessage="Product"
                    />
                  </th>
                  <th scope="col">
                    <FormattedMessage
                      id="commerce.products.column.status"
                      defaultMessage="Status"
                    />
                  </th>
                  <th scope="col" className="num">
                    <FormattedMessage id="commerce.products.column.stock" defaultMessage="Stock" />
                  </th>
                  <th scope="col" className="num">
                    <FormattedMessage id="commerce.products.column.price" defaultMessage="Price" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {products.map((product) => (
                  <ProductRow
                    key={product.id}
                    product={product}
                    money={money}
                    selected={selected.has(product.id)}
                    onToggle={() => toggle(product.id)}
                  />
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </ListQuery>
      {list.data && list.data.total > products.length ? (
        <p className="card__footer-hint">
          <FormattedMessage
            id="commerce.products.showing"
            defaultMessage="Showing {shown} of {total}. Search to find the others."
            values={{ shown: products.length, total: list.data.total }}
          />
        </p>
      ) : null}
    </>
  );
}

function ProductRow({
  product,
  money,
  selected,
  onToggle,
}: {
  product: Product;
  money: (minor: number) => string;
  selected: boolean;
  onToggle: () => void;
}) {
  const prices = product.variants.map((v) => v.price);
  const min = Math.min(...prices);
  const max = Math.max(...prices);
  const tracked = product.variants.filter((v) => v.trackStock);
  const stock = tracked.reduce((sum, v) => sum + v.stock, 0);
  const intl = useIntl();
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={intl.formatMessage(
            { id: "commerce.products.select", defaultMessage: "Select {product}" },
            { product: product.title },
          )}
          checked={selected}
          onChange={onToggle}
        />
      </td>
      <td>
        <Link to={product.id}>{product.title}</Link>
        <br />
        <small>
          {product.vendor ? (
            <FormattedMessage
              id="commerce.products.variantsVendor"
              defaultMessage="{count, plural, one {# variant} other {# variants}} · {vendor}"
              values={{ count: product.variants.length, vendor: product.vendor }}
            />
          ) : (
            <FormattedMessage
              id="commerce.products.variants"
              defaultMessage="{count, plural, one {# variant} other {# variants}}"
              values={{ count: product.variants.length }}
            />
          )}
        </small>
      </td>
      <td>
        <Badge tone={statusTone(product.status)}>
          <StatusLabel of={STATUS_LABELS} value={product.status} />
        </Badge>
        {product.sample ? (
          <>
            {" "}
            <span
              title={intl.formatMessage({
                id: "commerce.products.sampleHint",
                defaultMessage:
                  "Added as an example by the AI: edit or remove it before you publish",
              })}
            >
              <Badge tone="warning">
                <FormattedMessage id="commerce.products.sample" defaultMessage="Sample" />
              </Badge>
            </span>
          </>
        ) : null}
      </td>
      <td className="num">
        {tracked.length === 0 ? (
          <FormattedMessage id="commerce.products.notTracked" defaultMessage="Not tracked" />
        ) : (
          intl.formatNumber(stock)
        )}
      </td>
      <td className="num">
        {min === max ? (
          money(min)
        ) : (
          <FormattedMessage
            id="commerce.products.priceRange"
            defaultMessage="{min} – {max}"
            values={{ min: money(min), max: money(max) }}
          />
        )}
      </td>
    </tr>
  );
}
