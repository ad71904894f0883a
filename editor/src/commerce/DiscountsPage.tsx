import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { Card } from "../ui/Card.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { TextField } from "../ui/Field.tsx";
import { PlusIcon } from "../ui/icons.tsx";
import { FormError } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { useToast } from "../ui/Toast.tsx";
import { message } from "../i18n/message.ts";
import { minorToInput, parseMinor } from "./money.ts";
import { ChoiceSelect, ColumnHeads, ListQuery, useStore } from "./shared.tsx";
import { fromZonedInput, timeZoneInWords, toZonedInput } from "./time.ts";

type Discount = RouterOutputs["discounts"]["list"]["discounts"][number];
type Kind = Discount["kind"];

const FIELDS = [
  "discount.code",
  "discount.value",
  "discount.endsAt",
  "discount.productIds",
  "discount.collectionIds",
] as const;

const KINDS = [
  [
    "percentage",
    message({ id: "commerce.discounts.kind.percentage", defaultMessage: "A percentage off" }),
  ],
  [
    "fixed_amount",
    message({ id: "commerce.discounts.kind.fixedAmount", defaultMessage: "A fixed amount off" }),
  ],
  [
    "free_shipping",
    message({ id: "commerce.discounts.kind.freeShipping", defaultMessage: "Free shipping" }),
  ],
] as const;

const SCOPES = [
  ["all", message({ id: "commerce.discounts.scope.all", defaultMessage: "Everything" })],
  [
    "products",
    message({ id: "commerce.discounts.scope.products", defaultMessage: "Chosen products" }),
  ],
  [
    "collections",
    message({ id: "commerce.discounts.scope.collections", defaultMessage: "Chosen collections" }),
  ],
] as const;

const COLUMNS = [
  message({ id: "commerce.discounts.code", defaultMessage: "Code" }),
  message({ id: "commerce.discounts.gives", defaultMessage: "Gives" }),
  message({ id: "commerce.discounts.used", defaultMessage: "Used" }),
  message({ id: "commerce.discounts.ends", defaultMessage: "Ends" }),
  null,
];

export function DiscountsPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: "commerce.discounts.title", defaultMessage: "Discounts" });
  useDocumentTitle(title);
  const trpc = useTRPC();
  const { siteId, money, dateTime } = useStore();
  const list = useQuery(trpc.discounts.list.queryOptions({ siteId }));
  const [editing, setEditing] = useState<Discount | "new" | null>(null);
  const describe = (d: Discount) =>
    d.kind === "percentage"
      ? intl.formatMessage(
          { id: "commerce.discounts.percentOff", defaultMessage: "{percent} off" },
          {
            percent: intl.formatNumber(d.value / 10_000, {
              style: "percent",
              maximumFractionDigits: 2,
            }),
          },
        )
      : d.kind === "fixed_amount"
        ? intl.formatMessage(
            { id: "commerce.discounts.amountOff", defaultMessage: "{amount} off" },
            { amount: money(d.value) },
          )
        : intl.formatMessage({
            id: "commerce.discounts.freeShipping",
            defaultMessage: "Free shipping",
          });
  return (
    <>
      <PageHeader
        title={title}
        description={intl.formatMessage({
          id: "commerce.discounts.description",
          defaultMessage: "Codes shoppers enter in the cart or at checkout.",
        })}
        actions={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing("new")}>
            <FormattedMessage id="commerce.discounts.add" defaultMessage="Add code" />
          </Button>
        }
      />
      <ListQuery
        query={list}
        isEmpty={(data) => data.discounts.length === 0}
        empty={
          <EmptyState
            title={intl.formatMessage({
              id: "commerce.discounts.emptyTitle",
              defaultMessage: "No discount codes yet",
            })}
            description={intl.formatMessage({
              id: "commerce.discounts.emptyDescription",
              defaultMessage: "Percentages, fixed amounts or free shipping, with limits and dates.",
            })}
          />
        }
      >
        {(data) => (
          <Card>
            <div className="commerce-table-wrap">
              <table className="commerce-table">
                <ColumnHeads columns={COLUMNS} />
                <tbody>
                  {data.discounts.map((d) => (
                    <tr key={d.id}>
                      <td>
                        <span className="commerce-inline">
                          <strong>{d.code}</strong>
                          {!d.active ? (
                            <Badge tone="neutral">
                              <FormattedMessage id="commerce.discounts.off" defaultMessage="Off" />
                            </Badge>
                          ) : null}
                        </span>
                      </td>
                      <td>{describe(d)}</td>
                      <td>
                        {d.usageLimit !== null ? (
                          <FormattedMessage
                            id="commerce.discounts.usedOf"
                            defaultMessage="{used} of {limit}"
                            values={{ used: d.usedCount, limit: d.usageLimit }}
                          />
                        ) : (
                          d.usedCount
                        )}
                      </td>
                      <td>
                        {d.endsAt ? (
                          dateTime(d.endsAt)
                        ) : (
                          <FormattedMessage id="commerce.discounts.never" defaultMessage="Never" />
                        )}
                      </td>
                      <td className="num">
                        <Button
                          size="sm"
                          onClick={() => setEditing(d)}
                          aria-label={intl.formatMessage(
                            { id: "commerce.discounts.editCode", defaultMessage: "Edit {code}" },
                            { code: d.code },
                          )}
                        >
                          <FormattedMessage id="commerce.discounts.edit" defaultMessage="Edit" />
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        )}
      </ListQuery>
      {editing ? (
        <DiscountDialog
          discount={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

function DiscountDialog({ discount, onClose }: { discount: Discount | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const intl = useIntl();
  const { siteId, currency, timeZone } = useStore();
  const [kind, setKind] = useState<Kind>(discount?.kind ?? "percentage");
  const [scope, setScope] = useState<Discount["scope"]>(discount?.scope ?? "all");
  const [chosen, setChosen] = useState<string[]>([
    ...(discount?.productIds ?? []),
    ...(discount?.collectionIds ?? []),
  ]);
  const products = useQuery({
    ...trpc.products.list.queryOptions({ siteId, limit: 100 }),
    enabled: scope === "products",
  });
  const collections = useQuery({
    ...trpc.collections.list.queryOptions({ siteId }),
    enabled: scope === "collections",
  });
  const choices =
    scope === "products"
      ? (products.data?.products ?? []).map((p) => ({ id: p.id, title: p.title }))
      : scope === "collections"
        ? (collections.data?.collections ?? []).map((c) => ({ id: c.id, title: c.title }))
        : [];
  const [localError, setLocalError] = useState<string | null>(null);
  const done = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.discounts.pathKey() });
      toast.show({
        title: intl.formatMessage({
          id: "commerce.discounts.saved",
          defaultMessage: "Discount saved",
        }),
      });
      onClose();
    },
  };
  const create = useMutation(trpc.discounts.create.mutationOptions(done));
  const update = useMutation(trpc.discounts.update.mutationOptions(done));
  const remove = useMutation(trpc.discounts.delete.mutationOptions(done));
  const errors = useFormErrors(create.error ?? update.error ?? remove.error, FIELDS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    let value = 0;
    if (kind === "percentage") {
      const percent = Number(text("value").replace(",", ".").replace("%", "").trim());
      if (!(percent > 0 && percent <= 100))
        return setLocalError(
          intl.formatMessage({
            id: "commerce.discounts.percentInvalid",
            defaultMessage: "Enter a percentage between 0 and 100.",
          }),
        );
      value = Math.round(percent * 100);
    } else if (kind === "fixed_amount") {
      const minor = parseMinor(text("value"), currency);
      if (minor === null || minor <= 0)
        return setLocalError(
          intl.formatMessage({
            id: "commerce.discounts.amountInvalid",
            defaultMessage: "Enter the amount to take off.",
          }),
        );
      value = minor;
    }
    const minSubtotal = text("minSubtotal") ? parseMinor(text("minSubtotal"), currency) : 0;
    if (minSubtotal === null)
      return setLocalError(
        intl.formatMessage({
          id: "commerce.discounts.minSubtotalInvalid",
          defaultMessage: "The minimum subtotal is not an amount.",
        }),
      );
    const limit = (name: string) => (text(name) ? Number(text(name)) : null);
    const date = (name: string) => fromZonedInput(text(name), timeZone);
    setLocalError(null);
    const input = {
      code: text("code"),
      kind,
      value,
      minSubtotal,
      usageLimit: limit("usageLimit"),
      perCustomerLimit: limit("perCustomerLimit"),
      startsAt: date("startsAt"),
      endsAt: date("endsAt"),
      active: form.get("active") === "on",
      scope,
      productIds: scope === "products" ? chosen : [],
      collectionIds: scope === "collections" ? chosen : [],
    };
    if (discount) update.mutate({ siteId, discountId: discount.id, discount: input });
    else create.mutate({ siteId, discount: input });
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={
        discount
          ? intl.formatMessage(
              { id: "commerce.discounts.editCode", defaultMessage: "Edit {code}" },
              { code: discount.code },
            )
          : intl.formatMessage({
              id: "commerce.discounts.newTitle",
              defaultMessage: "New discount code",
            })
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form-stack">
            <TextField
              label={intl.formatMessage({ id: "commerce.discounts.code", defaultMessage: "Code" })}
              name="code"
              defaultValue={discount?.code}
              maxLength={64}
              error={errors.fieldError("discount.code")}
            />
            <ChoiceSelect
              label={intl.formatMessage({
                id: "commerce.discounts.gives",
                defaultMessage: "Gives",
              })}
              value={kind}
              onChange={(e) => setKind(e.target.value as Kind)}
              choices={KINDS}
            />
            {kind !== "free_shipping" ? (
              <TextField
                label={
                  kind === "percentage"
                    ? intl.formatMessage({
                        id: "commerce.discounts.percentage",
                        defaultMessage: "Percentage",
                      })
                    : intl.formatMessage({
                        id: "commerce.discounts.amount",
                        defaultMessage: "Amount",
                      })
                }
                name="value"
                inputMode="decimal"
                defaultValue={
                  discount && discount.kind === kind
                    ? kind === "percentage"
                      ? String(discount.value / 100)
                      : minorToInput(discount.value, currency, intl.locale)
                    : ""
                }
                error={errors.fieldError("discount.value")}
              />
            ) : null}
            <div className="commerce-row">
              <TextField
                label={intl.formatMessage({
                  id: "commerce.discounts.minSubtotal",
                  defaultMessage: "Minimum subtotal",
                })}
                name="minSubtotal"
                inputMode="decimal"
                defaultValue={
                  discount?.minSubtotal
                    ? minorToInput(discount.minSubtotal, currency, intl.locale)
                    : ""
                }
              />
              <TextField
                label={intl.formatMessage({
                  id: "commerce.discounts.usageLimit",
                  defaultMessage: "Uses in total",
                })}
                name="usageLimit"
                type="number"
                min={1}
                defaultValue={discount?.usageLimit ?? ""}
              />
              <TextField
                label={intl.formatMessage({
                  id: "commerce.discounts.perCustomerLimit",
                  defaultMessage: "Uses per customer",
                })}
                name="perCustomerLimit"
                type="number"
                min={1}
                defaultValue={discount?.perCustomerLimit ?? ""}
              />
            </div>
            <div className="commerce-row">
              <TextField
                label={intl.formatMessage({
                  id: "commerce.discounts.startsAt",
                  defaultMessage: "Starts",
                })}
                name="startsAt"
                type="datetime-local"
                defaultValue={toZonedInput(discount?.startsAt ?? null, timeZone)}
              />
              <TextField
                label={intl.formatMessage({
                  id: "commerce.discounts.ends",
                  defaultMessage: "Ends",
                })}
                name="endsAt"
                type="datetime-local"
                defaultValue={toZonedInput(discount?.endsAt ?? null, timeZone)}
                error={errors.fieldError("discount.endsAt")}
              />
            </div>
            <p className="field__hint">
              <FormattedMessage
                id="commerce.discounts.timeZoneHint"
                defaultMessage="Dates and times on the store's clock: {timeZone}."
                values={{ timeZone: timeZoneInWords(intl, timeZone) }}
              />
            </p>
            <ChoiceSelect
              label={intl.formatMessage({
                id: "commerce.discounts.appliesTo",
                defaultMessage: "Applies to",
              })}
              value={scope}
              onChange={(e) => setScope(e.target.value as Discount["scope"])}
              choices={SCOPES}
            />
            {choices.length > 0 ? (
              <fieldset className="form-stack">
                <legend className="visually-hidden">
                  {scope === "products" ? (
                    <FormattedMessage
                      id="commerce.discounts.scope.products"
                      defaultMessage="Chosen products"
                    />
                  ) : (
                    <FormattedMessage
                      id="commerce.discounts.scope.collections"
                      defaultMessage="Chosen collections"
                    />
                  )}
                </legend>
                {choices.map((c) => (
                  <label key={c.id} className="commerce-check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(c.id)}
                      onChange={(e) =>
                        setChosen(
                          e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id),
                        )
                      }
                    />
                    {c.title}
                  </label>
                ))}
              </fieldset>
            ) : null}
            <FormError
              message={
                errors.fieldError("discount.productIds") ??
                errors.fieldError("discount.collectionIds")
              }
            />
            <label className="commerce-check">
              <input type="checkbox" name="active" defaultChecked={discount?.active ?? true} />
              <FormattedMessage
                id="commerce.discounts.active"
                defaultMessage="Shoppers can use it"
              />
            </label>
            <FormError message={localError ?? errors.formError} />
          </div>
        </DialogBody>
        <DialogFooter>
          {discount ? (
            <Button
              variant="danger-ghost"
              loading={remove.isPending}
              onClick={() => remove.mutate({ siteId, discountId: discount.id })}
            >
              <FormattedMessage id="commerce.discounts.delete" defaultMessage="Delete" />
            </Button>
          ) : null}
          <Button onClick={onClose}>
            <FormattedMessage id="commerce.discounts.cancel" defaultMessage="Cancel" />
          </Button>
          <Button type="submit" variant="primary" loading={create.isPending || update.isPending}>
            <FormattedMessage id="commerce.discounts.save" defaultMessage="Save" />
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
