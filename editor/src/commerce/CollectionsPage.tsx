import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
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
import { message } from "../i18n/message.ts";
import { minorToInput, parseMinor } from "./money.ts";
import { ListQuery, useStore } from "./shared.tsx";

type Collection = RouterOutputs["collections"]["list"]["collections"][number];
type Rule = RouterInputs["collections"]["create"]["collection"]["rules"] extends
  (infer R)[] | undefined
  ? R
  : never;
type RuleDraft = { field: Rule["field"]; relation: string; value: string };

const IS = message({ id: "commerce.collections.rule.is", defaultMessage: "is" });
const IS_NOT = message({ id: "commerce.collections.rule.isNot", defaultMessage: "is not" });
const CONTAINS = message({ id: "commerce.collections.rule.contains", defaultMessage: "contains" });

const RELATIONS: Record<Rule["field"], [string, MessageDescriptor][]> = {
  tag: [
    ["equals", IS],
    ["not_equals", IS_NOT],
  ],
  vendor: [
    ["equals", IS],
    ["not_equals", IS_NOT],
    ["contains", CONTAINS],
  ],
  title: [
    ["equals", IS],
    ["contains", CONTAINS],
  ],
  price: [
    [
      "greater_than",
      message({ id: "commerce.collections.rule.above", defaultMessage: "is above" }),
    ],
    ["less_than", message({ id: "commerce.collections.rule.below", defaultMessage: "is below" })],
  ],
};

export function CollectionsPage() {
  const intl = useIntl();
  const title = intl.formatMessage({
    id: "commerce.collections.title",
    defaultMessage: "Collections",
  });
  useDocumentTitle(title);
  const trpc = useTRPC();
  const { siteId } = useStore();
  const list = useQuery(trpc.collections.list.queryOptions({ siteId }));
  const [editing, setEditing] = useState<Collection | "new" | null>(null);
  return (
    <>
      <PageHeader
        title={title}
        description={intl.formatMessage({
          id: "commerce.collections.description",
          defaultMessage: "Groups of products: chosen by hand, or filled by rules.",
        })}
        actions={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing("new")}>
            <FormattedMessage id="commerce.collections.add" defaultMessage="Add collection" />
          </Button>
        }
      />
      <ListQuery
        query={list}
        isEmpty={(data) => data.collections.length === 0}
        empty={
          <EmptyState
            title={intl.formatMessage({
              id: "commerce.collections.empty",
              defaultMessage: "No collections yet",
            })}
            description={intl.formatMessage(
              {
                id: "commerce.collections.emptyHint",
                defaultMessage: "Collections get their own page at {path}.",
              },
              { path: "/collections/…" },
            )}
          />
        }
      >
        {(data) => (
          <Card>
            <table className="commerce-table">
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage
                      id="commerce.collections.column.collection"
                      defaultMessage="Collection"
                    />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="commerce.collections.column.kind" defaultMessage="Kind" />
                  </th>
                  <th scope="col" className="num">
                    <FormattedMessage
                      id="commerce.collections.column.products"
                      defaultMessage="Products"
                    />
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
                      <small>{collectionPath(c.handle)}</small>
                    </td>
                    <td>
                      <Badge tone={c.automatic ? "brand" : "neutral"}>
                        {c.automatic
                          ? intl.formatMessage({
                              id: "commerce.collections.automatic",
                              defaultMessage: "Automatic",
                            })
                          : intl.formatMessage({
                              id: "commerce.collections.manual",
                              defaultMessage: "Manual",
                            })}
                      </Badge>
                    </td>
                    <td className="num">{c.productIds.length}</td>
                    <td className="num">
                      <Button
                        size="sm"
                        onClick={() => setEditing(c)}
                        aria-label={intl.formatMessage(
                          {
                            id: "commerce.collections.editLabel",
                            defaultMessage: "Edit {collection}",
                          },
                          { collection: c.title },
                        )}
                      >
                        <FormattedMessage id="commerce.collections.edit" defaultMessage="Edit" />
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
  const intl = useIntl();
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
      toast.show({
        title: intl.formatMessage({
          id: "commerce.collection.saved",
          defaultMessage: "Collection saved",
        }),
      });
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
        if (value === null)
          return setLocalError(
            intl.formatMessage({
              id: "commerce.collection.error.price",
              defaultMessage: "A price rule needs an amount.",
            }),
          );
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
      title={
        collection
          ? intl.formatMessage(
              { id: "commerce.collection.editTitle", defaultMessage: "Edit {collection}" },
              { collection: collection.title },
            )
          : intl.formatMessage({ id: "commerce.collection.new", defaultMessage: "New collection" })
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form-stack">
            <TextField
              label={intl.formatMessage({
                id: "commerce.collection.titleField",
                defaultMessage: "Title",
              })}
              name="title"
              defaultValue={collection?.title}
              maxLength={255}
            />
            <TextField
              label={intl.formatMessage({
                id: "commerce.collection.description",
                defaultMessage: "Description",
              })}
              name="description"
              defaultValue={collection?.description}
            />
            <Select
              label={intl.formatMessage({
                id: "commerce.collection.products",
                defaultMessage: "Products",
              })}
              value={automatic ? "auto" : "manual"}
              onChange={(e) => setAutomatic(e.target.value === "auto")}
            >
              <option value="manual">
                {intl.formatMessage({
                  id: "commerce.collection.manual",
                  defaultMessage: "Chosen by hand",
                })}
              </option>
              <option value="auto">
                {intl.formatMessage({
                  id: "commerce.collection.automatic",
                  defaultMessage: "Every active product matching rules",
                })}
              </option>
            </Select>
            {automatic ? (
              <>
                <Select
                  label={intl.formatMessage({
                    id: "commerce.collection.match",
                    defaultMessage: "Match",
                  })}
                  value={matchAll ? "all" : "any"}
                  onChange={(e) => setMatchAll(e.target.value === "all")}
                >
                  <option value="all">
                    {intl.formatMessage({
                      id: "commerce.collection.matchAll",
                      defaultMessage: "all of the rules",
                    })}
                  </option>
                  <option value="any">
                    {intl.formatMessage({
                      id: "commerce.collection.matchAny",
                      defaultMessage: "any of the rules",
                    })}
                  </option>
                </Select>
                {rules.map((rule, i) => (
                  <div className="commerce-row" key={i}>
                    <Select
                      label={intl.formatMessage({
                        id: "commerce.collection.field",
                        defaultMessage: "Field",
                      })}
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
                      <option value="tag">
                        {intl.formatMessage({
                          id: "commerce.collection.field.tag",
                          defaultMessage: "Tag",
                        })}
                      </option>
                      <option value="vendor">
                        {intl.formatMessage({
                          id: "commerce.collection.field.vendor",
                          defaultMessage: "Vendor",
                        })}
                      </option>
                      <option value="title">
                        {intl.formatMessage({
                          id: "commerce.collection.field.title",
                          defaultMessage: "Title",
                        })}
                      </option>
                      <option value="price">
                        {intl.formatMessage({
                          id: "commerce.collection.field.price",
                          defaultMessage: "Price",
                        })}
                      </option>
                    </Select>
                    <Select
                      label={intl.formatMessage({
                        id: "commerce.collection.relation",
                        defaultMessage: "Relation",
                      })}
                      value={rule.relation}
                      onChange={(e) =>
                        setRules(
                          rules.map((r, k) => (k === i ? { ...r, relation: e.target.value } : r)),
                        )
                      }
                    >
                      {RELATIONS[rule.field].map(([value, label]) => (
                        <option key={value} value={value}>
                          {intl.formatMessage(label)}
                        </option>
                      ))}
                    </Select>
                    <TextField
                      label={intl.formatMessage({
                        id: "commerce.collection.value",
                        defaultMessage: "Value",
                      })}
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
                      <FormattedMessage
                        id="commerce.collection.removeRule"
                        defaultMessage="Remove"
                      />
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
                    <FormattedMessage id="commerce.collection.addRule" defaultMessage="Add rule" />
                  </Button>
                </div>
              </>
            ) : (
              <fieldset className="form-stack">
                <legend className="field__label">
                  <FormattedMessage
                    id="commerce.collection.chosen"
                    defaultMessage="Products in this collection"
                  />
                </legend>
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
              <FormattedMessage id="commerce.collection.delete" defaultMessage="Delete" />
            </Button>
          ) : null}
          <Button onClick={onClose}>
            <FormattedMessage id="commerce.collection.cancel" defaultMessage="Cancel" />
          </Button>
          <Button type="submit" variant="primary" loading={create.isPending || update.isPending}>
            <FormattedMessage id="commerce.collection.save" defaultMessage="Save" />
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

/** Where the storefront shows a collection: an address, the same in every language. */
function collectionPath(handle: string): string {
  return `/collections/${handle}`;
}
