import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useIntl } from "react-intl";
import { useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { Card } from "../ui/Card.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { PlusIcon } from "../ui/icons.tsx";
import { FormError } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { useToast } from "../ui/Toast.tsx";
import { minorToInput, parseMinor } from "./money.ts";
import { ListQuery, useStore } from "./shared.tsx";
import { formatDateTime } from "./time.ts";
import { isoToZonedInput, zonedInputToIso } from "../../../domain/time-zone.ts";

type Discount = RouterOutputs["discounts"]["list"]["discounts"][number];
type Kind = Discount["kind"];

const FIELDS = [
  "discount.code",
  "discount.value",
  "discount.endsAt",
  "discount.productIds",
  "discount.collectionIds",
] as const;

export function DiscountsPage() {
  useDocumentTitle("Discounts");
  const trpc = useTRPC();
  const { siteId, money, settings } = useStore();
  const timeZone = settings.data?.timeZone ?? "UTC";
  const list = useQuery(trpc.discounts.list.queryOptions({ siteId }));
  const [editing, setEditing] = useState<Discount | "new" | null>(null);
  const describe = (d: Discount) =>
    d.kind === "percentage"
      ? `${d.value / 100}% off`
      : d.kind === "fixed_amount"
        ? `${money(d.value)} off`
        : "Free shipping";
  return (
    <>
      <PageHeader
        title="Discounts"
        description="Codes shoppers enter in the cart or at checkout."
        actions={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing("new")}>
            Add code
          </Button>
        }
      />
      <ListQuery
        query={list}
        isEmpty={(data) => data.discounts.length === 0}
        empty={
          <EmptyState
            title="No discount codes yet"
            description="Percentages, fixed amounts or free shipping, with limits and dates."
          />
        }
      >
        {(data) => (
          <Card>
            <table className="commerce-table">
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Gives</th>
                  <th scope="col">Used</th>
                  <th scope="col">Ends</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {data.discounts.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <strong>{d.code}</strong>{" "}
                      {!d.active ? <Badge tone="neutral">Off</Badge> : null}
                    </td>
                    <td>{describe(d)}</td>
                    <td>
                      {d.usedCount}
                      {d.usageLimit !== null ? ` of ${d.usageLimit}` : ""}
                    </td>
                    <td>{d.endsAt ? formatDateTime(d.endsAt, timeZone) : "Never"}</td>
                    <td className="num">
                      <Button size="sm" onClick={() => setEditing(d)}>
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
        <DiscountDialog
          discount={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

/** A window's bound on the store's clock (StoreSettings.timeZone), not the merchant's laptop's. */
const toLocalInput = (iso: string | null, timeZone: string) =>
  iso ? isoToZonedInput(iso, timeZone) : "";

function DiscountDialog({ discount, onClose }: { discount: Discount | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { siteId, currency, settings } = useStore();
  const timeZone = settings.data?.timeZone ?? "UTC";
  const intl = useIntl();
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
      toast.show({ title: "Discount saved" });
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
      const percent = Number(text("value"));
      if (!(percent > 0 && percent <= 100))
        return setLocalError("Enter a percentage between 0 and 100.");
      value = Math.round(percent * 100);
    } else if (kind === "fixed_amount") {
      const minor = parseMinor(text("value"), currency);
      if (minor === null || minor <= 0) return setLocalError("Enter the amount to take off.");
      value = minor;
    }
    const minSubtotal = text("minSubtotal") ? parseMinor(text("minSubtotal"), currency) : 0;
    if (minSubtotal === null) return setLocalError("The minimum subtotal is not an amount.");
    const limit = (name: string) => (text(name) ? Number(text(name)) : null);
    const date = (name: string) => (text(name) ? zonedInputToIso(text(name), timeZone) : null);
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
    <Dialog open onClose={onClose} title={discount ? `Edit ${discount.code}` : "New discount code"}>
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form-stack">
            <TextField
              label="Code"
              name="code"
              defaultValue={discount?.code}
              maxLength={64}
              error={errors.fieldError("discount.code")}
            />
            <Select label="Gives" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              <option value="percentage">A percentage off</option>
              <option value="fixed_amount">A fixed amount off</option>
              <option value="free_shipping">Free shipping</option>
            </Select>
            {kind !== "free_shipping" ? (
              <TextField
                label={kind === "percentage" ? "Percentage" : "Amount"}
                name="value"
                inputMode="decimal"
                defaultValue={
                  discount && discount.kind === kind
                    ? kind === "percentage"
                      ? String(discount.value / 100)
                      : minorToInput(discount.value, currency)
                    : ""
                }
                error={errors.fieldError("discount.value")}
              />
            ) : null}
            <div className="commerce-row">
              <TextField
                label="Minimum subtotal"
                name="minSubtotal"
                inputMode="decimal"
                defaultValue={
                  discount?.minSubtotal ? minorToInput(discount.minSubtotal, currency) : ""
                }
              />
              <TextField
                label="Uses in total"
                name="usageLimit"
                type="number"
                min={1}
                defaultValue={discount?.usageLimit ?? ""}
              />
              <TextField
                label="Uses per customer"
                name="perCustomerLimit"
                type="number"
                min={1}
                defaultValue={discount?.perCustomerLimit ?? ""}
              />
            </div>
            <div className="commerce-row">
              <TextField
                label="Starts"
                name="startsAt"
                type="datetime-local"
                defaultValue={toLocalInput(discount?.startsAt ?? null, timeZone)}
                hint={intl.formatMessage(
                  {
                    id: "commerce.discounts.windowHint",
                    defaultMessage: "On the store's clock ({zone})",
                  },
                  { zone: timeZone.replace(/_/g, " ") },
                )}
              />
              <TextField
                label="Ends"
                name="endsAt"
                type="datetime-local"
                defaultValue={toLocalInput(discount?.endsAt ?? null, timeZone)}
                error={errors.fieldError("discount.endsAt")}
              />
            </div>
            <Select
              label="Applies to"
              value={scope}
              onChange={(e) => setScope(e.target.value as Discount["scope"])}
            >
              <option value="all">Everything</option>
              <option value="products">Chosen products</option>
              <option value="collections">Chosen collections</option>
            </Select>
            {choices.length > 0 ? (
              <fieldset className="form-stack">
                <legend className="visually-hidden">Chosen {scope}</legend>
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
              <input type="checkbox" name="active" defaultChecked={discount?.active ?? true} />{" "}
              Shoppers can use it
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
