import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type ChangeEvent } from "react";
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
  useDocumentTitle("Products");
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
          title: `${data.updated} ${data.updated === 1 ? "product" : "products"} updated`,
        });
      },
    }),
  );
  const remove = useMutation(
    trpc.products.delete.mutationOptions({
      onSuccess: async (data) => {
        setSelected(new Set());
        await refresh();
        toast.show({ title: `${data.deleted} deleted` });
      },
    }),
  );
  const importCsv = useMutation(
    trpc.products.importCsv.mutationOptions({
      onSuccess: async (result) => {
        setImported(result);
        if (result.problems.length === 0) {
          await refresh();
          toast.show({ title: `Imported ${result.imported} products` });
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
        title="Products"
        description="What your shop sells: prices, options and stock."
        actions={
          <>
            <Button onClick={() => fileRef.current?.click()} loading={importCsv.isPending}>
              Import CSV
            </Button>
            <Button onClick={() => void exportCsv()}>Export CSV</Button>
            <ButtonLink to="new" variant="primary" icon={<PlusIcon />}>
              Add product
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
        aria-label="CSV file to import"
      />
      {importCsv.error ? <FormError message={toProblem(importCsv.error).message} /> : null}
      {imported && imported.problems.length > 0 ? (
        <Notice tone="danger" title="Nothing was imported: fix these rows and try again">
          <ul className="commerce-problems">
            {imported.problems.map((p, i) => (
              <li key={i}>
                Row {p.row}
                {p.column ? ` (${p.column})` : ""}: {p.message}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <div className="commerce-toolbar">
        <TextField
          label="Search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Title, SKU, vendor, tag"
        />
        <Select
          label="Status"
          value={status}
          onChange={(e) => setStatus(e.target.value as typeof status)}
        >
          <option value="all">All</option>
          <option value="active">Active</option>
          <option value="draft">Draft</option>
          <option value="archived">Archived</option>
        </Select>
        {ids.length > 0 ? (
          <>
            <Button
              onClick={() => bulk.mutate({ siteId, productIds: ids, set: { status: "active" } })}
            >
              Make active
            </Button>
            <Button
              onClick={() => bulk.mutate({ siteId, productIds: ids, set: { status: "draft" } })}
            >
              Make draft
            </Button>
            <Button
              onClick={() => bulk.mutate({ siteId, productIds: ids, set: { status: "archived" } })}
            >
              Archive
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                if (window.confirm(`Delete ${ids.length} products? This cannot be undone.`))
                  remove.mutate({ siteId, productIds: ids });
              }}
            >
              Delete
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
            title={search || status !== "all" ? "No products match" : "Add your first product"}
            description="Products appear in your store's grids, product pages and cart."
            actions={
              <ButtonLink to="new" variant="primary">
                Add product
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
                      aria-label="Select all"
                      checked={selected.size === products.length}
                      onChange={(e) =>
                        setSelected(
                          e.target.checked ? new Set(products.map((p) => p.id)) : new Set(),
                        )
                      }
                    />
                  </th>
                  <th scope="col">Product</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Stock
                  </th>
                  <th scope="col" className="num">
                    Price
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
          Showing {products.length} of {list.data.total}. Search to find the others.
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
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={`Select ${product.title}`}
          checked={selected}
          onChange={onToggle}
        />
      </td>
      <td>
        <Link to={product.id}>{product.title}</Link>
        <br />
        <small>
          {product.variants.length} {product.variants.length === 1 ? "variant" : "variants"}
          {product.vendor ? ` · ${product.vendor}` : ""}
        </small>
      </td>
      <td>
        <Badge tone={statusTone(product.status)}>
          <StatusLabel of={STATUS_LABELS} value={product.status} />
        </Badge>
        {product.sample ? (
          <>
            {" "}
            <span title="Added as an example by the AI: edit or remove it before you publish">
              <Badge tone="warning">Sample</Badge>
            </span>
          </>
        ) : null}
      </td>
      <td className="num">{tracked.length === 0 ? "Not tracked" : stock}</td>
      <td className="num">{min === max ? money(min) : `${money(min)} – ${money(max)}`}</td>
    </tr>
  );
}
