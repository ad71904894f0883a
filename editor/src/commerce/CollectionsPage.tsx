import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterInputs, RouterOutputs } from "../api/types.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { Card } from "../ui/Card.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { PlusIcon, TrashIcon } from "../ui/icons.tsx";
import { FormError } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { useToast } from "../ui/Toast.tsx";
import { minorToInput, parseMinor } from "./money.ts";
import { ListQuery, useStore } from "./shared.tsx";

type Collection = RouterOutputs["collections"]["list"]["collections"][number];
type Rule = RouterInputs["collections"]["create"]["collection"]["rules"] extends
  (infer R)[] | undefined
  ? R
  : never;
type RuleDraft = { field: Rule["field"]; relation: string; value: string };

const RELATIONS: Record<Rule["field"], [string, string][]> = {
  tag: [
    ["equals", "is"],
    ["not_equals", "is not"],
  ],
  vendor: [
    ["equals", "is"],
    ["not_equals", "is not"],
    ["contains", "contains"],
  ],
  title: [
    ["equals", "is"],
    ["contains", "contains"],
  ],
  price: [
    ["greater_than", "is above"],
    ["less_than", "is below"],
  ],
};

export function CollectionsPage() {
  useDocumentTitle("Collections");
  const trpc = useTRPC();
  const { siteId } = useStore();
  const list = useQuery(trpc.collections.list.queryOptions({ siteId }));
  const [editing, setEditing] = useState<Collection | "new" | null>(null);
  return (
    <>
      <PageHeader
        title="Collections"
        description="Groups of products: chosen by hand, or filled by rules."
        actions={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing("new")}>
            Add collection
          </Button>
        }
      />
      <ListQuery
        query={list}
        isEmpty={(data) => data.collections.length === 0}
        empty={
          <EmptyState
            title="No collections yet"
            description="Collections get their own page at /collections/<address>."
          />
        }
      >
        {(data) => (
          <Card>
            <table className="commerce-table">
              <thead>
                <tr>
                  <th scope="col">Collection</th>
                  <th scope="col">Kind</th>
                  <th scope="col" className="num">
                    Products
                  </th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {data.collections.map((c) => (
                  <tr key={c.id}>
                    <td>
                      {c.title}
                      <br />
                      <small>/collections/{c.handle}</small>
                    </td>
                    <td>
                      <Badge tone={c.automatic ? "brand" : "neutral"}>
                        {c.automatic ? "Automatic" : "Manual"}
                      </Badge>
                    </td>
                    <td className="num">{c.productIds.length}</td>
                    <td className="num">
                      <Button size="sm" onClick={() => setEditing(c)}>
                        Edit
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </ListQuery>
      {editing ? (
        <CollectionDialog
          collection={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

function CollectionDialog({
  collection,
  onClose,
}: {
  collection: Collection | null;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { siteId, currency } = useStore();
  const products = useQuery(trpc.products.list.queryOptions({ siteId, limit: 100 }));
  const [automatic, setAutomatic] = useState(collection?.automatic ?? false);
  const [matchAll, setMatchAll] = useState(collection?.matchAll ?? true);
  const [chosen, setChosen] = useState<string[]>(collection?.productIds ?? []);
  const [rules, setRules] = useState<RuleDraft[]>(
    collection?.rules.map((r) => ({
      field: r.field,
      relation: r.relation,
      value: r.field === "price" ? minorToInput(r.value as number, currency) : String(r.value),
    })) ?? [{ field: "tag", relation: "equals", value: "" }],
  );
  const [localError, setLocalError] = useState<string | null>(null);
  const done = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.collections.pathKey() });
      toast.show({ title: "Collection saved" });
      onClose();
    },
  };
  const create = useMutation(trpc.collections.create.mutationOptions(done));
  const update = useMutation(trpc.collections.update.mutationOptions(done));
  const remove = useMutation(trpc.collections.delete.mutationOptions(done));
  const error = create.error ?? update.error ?? remove.error;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsedRules: Rule[] = [];
    for (const r of rules) {
      if (r.field === "price") {
        const value = parseMinor(r.value, currency);
        if (value === null) return setLocalError("A price rule needs an amount.");
        parsedRules.push({
          field: "price",
          relation: r.relation as "greater_than" | "less_than",
          value,
        });
      } else parsedRules.push({ ...r, value: r.value.trim() } as Rule);
    }
    setLocalError(null);
    const input = {
      title: String(form.get("title") ?? ""),
      description: String(form.get("description") ?? ""),
      // Kept as it is: images are set through the API and the demo store for now.
      image: collection?.image ?? null,
      automatic,
      matchAll,
      rules: automatic ? parsedRules : [],
      productIds: automatic ? [] : chosen,
    };
    if (collection) update.mutate({ siteId, collectionId: collection.id, collection: input });
    else create.mutate({ siteId, collection: input });
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={collection ? `Edit ${collection.title}` : "New collection"}
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form-stack">
            <TextField
              label="Title"
              name="title"
              defaultValue={collection?.title}
              maxLength={255}
            />
            <TextField
              label="Description"
              name="description"
              defaultValue={collection?.description}
            />
            <Select
              label="Products"
              value={automatic ? "auto" : "manual"}
              onChange={(e) => setAutomatic(e.target.value === "auto")}
            >
              <option value="manual">Chosen by hand</option>
              <option value="auto">Every active product matching rules</option>
            </Select>
            {automatic ? (
              <>
                <Select
                  label="Match"
                  value={matchAll ? "all" : "any"}
                  onChange={(e) => setMatchAll(e.target.value === "all")}
                >
                  <option value="all">all of the rules</option>
                  <option value="any">any of the rules</option>
                </Select>
                {rules.map((rule, i) => (
                  <div className="commerce-row" key={i}>
                    <Select
                      label="Field"
                      value={rule.field}
                      onChange={(e) => {
                        const field = e.target.value as Rule["field"];
                        setRules(
                          rules.map((r, k) =>
                            k === i ? { field, relation: RELATIONS[field][0]![0], value: "" } : r,
                          ),
                        );
                      }}
                    >
                      <option value="tag">Tag</option>
                      <option value="vendor">Vendor</option>
                      <option value="title">Title</option>
                      <option value="price">Price</option>
                    </Select>
                    <Select
                      label="Relation"
                      value={rule.relation}
                      onChange={(e) =>
                        setRules(
                          rules.map((r, k) => (k === i ? { ...r, relation: e.target.value } : r)),
                        )
                      }
                    >
                      {RELATIONS[rule.field].map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </Select>
                    <TextField
                      label="Value"
                      value={rule.value}
                      onChange={(e) =>
                        setRules(
                          rules.map((r, k) => (k === i ? { ...r, value: e.target.value } : r)),
                        )
                      }
                    />
                    <Button
                      variant="ghost"
                      icon={<TrashIcon />}
                      onClick={() => setRules(rules.filter((_, k) => k !== i))}
                    >
                      Remove
                    </Button>
                  </div>
                ))}
                <div>
                  <Button
                    icon={<PlusIcon />}
                    onClick={() =>
                      setRules([...rules, { field: "tag", relation: "equals", value: "" }])
                    }
                  >
                    Add rule
                  </Button>
                </div>
              </>
            ) : (
              <fieldset className="form-stack">
                <legend className="field__label">Products in this collection</legend>
                {(products.data?.products ?? []).map((p) => (
                  <label key={p.id} className="commerce-check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(p.id)}
                      onChange={(e) =>
                        setChosen(
                          e.target.checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id),
                        )
                      }
                    />
                    {p.title}
                  </label>
                ))}
              </fieldset>
            )}
            <FormError message={localError ?? (error ? toProblem(error).message : null)} />
          </div>
        </DialogBody>
        <DialogFooter>
          {collection ? (
            <Button
              variant="danger-ghost"
              loading={remove.isPending}
              onClick={() => remove.mutate({ siteId, collectionId: collection.id })}
            >
              Delete
            </Button>
          ) : null}
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={create.isPending || update.isPending}>
            Save
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
