import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardHeader } from "../ui/Card.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { PlusIcon, TrashIcon } from "../ui/icons.tsx";
import { FormError } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { useToast } from "../ui/Toast.tsx";
import { minorToInput, parseMinor } from "./money.ts";
import { ListQuery, useStore } from "./shared.tsx";

type Zone = RouterOutputs["shipping"]["listZones"]["zones"][number];
type Kind = Zone["rates"][number]["kind"];
type RateDraft = {
  id?: string;
  name: string;
  kind: Kind;
  price: string;
  min: string;
  max: string;
  freeOver: string;
};

export function ShippingPage() {
  useDocumentTitle("Shipping");
  const trpc = useTRPC();
  const { siteId, money } = useStore();
  const zones = useQuery(trpc.shipping.listZones.queryOptions({ siteId }));
  const [editing, setEditing] = useState<Zone | "new" | null>(null);
  const describe = (r: Zone["rates"][number]) =>
    r.kind === "free_over"
      ? `${money(r.price)}, free over ${money(r.freeOverAmount ?? 0)}`
      : r.kind === "weight"
        ? `${money(r.price)} for ${r.minWeightGrams ?? 0}–${r.maxWeightGrams ?? "∞"} g`
        : money(r.price);
  return (
    <>
      <PageHeader
        title="Shipping"
        description="Zones of countries, each with its rates. With no zones, shipping is free everywhere."
        actions={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing("new")}>
            Add zone
          </Button>
        }
      />
      <ListQuery
        query={zones}
        isEmpty={(data) => data.zones.length === 0}
        empty={
          <EmptyState
            title="Free shipping everywhere"
            description="Add a zone to charge for shipping or to ship only to some countries."
          />
        }
      >
        {(data) => (
          <div className="stack">
            {data.zones.map((zone) => (
              <Card key={zone.id}>
                <CardHeader
                  title={zone.name}
                  description={zone.countries
                    .map((c) => (c === "*" ? "Rest of the world" : c))
                    .join(", ")}
                  actions={
                    <Button size="sm" onClick={() => setEditing(zone)}>
                      Edit
                    </Button>
                  }
                />
                <CardBody>
                  <ul>
                    {zone.rates.map((rate) => (
                      <li key={rate.id}>
                        <strong>{rate.name}</strong>: {describe(rate)}
                      </li>
                    ))}
                  </ul>
                </CardBody>
              </Card>
            ))}
          </div>
        )}
      </ListQuery>
      {editing ? (
        <ZoneDialog zone={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}

function ZoneDialog({ zone, onClose }: { zone: Zone | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { siteId, currency } = useStore();
  const [rates, setRates] = useState<RateDraft[]>(
    zone?.rates.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      price: minorToInput(r.price, currency),
      min: r.minWeightGrams === null ? "" : String(r.minWeightGrams),
      max: r.maxWeightGrams === null ? "" : String(r.maxWeightGrams),
      freeOver: minorToInput(r.freeOverAmount, currency),
    })) ?? [{ name: "Standard", kind: "flat", price: "", min: "", max: "", freeOver: "" }],
  );
  const [localError, setLocalError] = useState<string | null>(null);
  const done = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.shipping.pathKey() });
      toast.show({ title: "Shipping saved" });
      onClose();
    },
  };
  const create = useMutation(trpc.shipping.createZone.mutationOptions(done));
  const update = useMutation(trpc.shipping.updateZone.mutationOptions(done));
  const remove = useMutation(trpc.shipping.deleteZone.mutationOptions(done));
  const error = create.error ?? update.error ?? remove.error;
  const setRate = (i: number, patch: Partial<RateDraft>) =>
    setRates(rates.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = [];
    for (const r of rates) {
      const price = parseMinor(r.price, currency);
      if (price === null) return setLocalError(`Enter a price for ${r.name || "each rate"}.`);
      const freeOver = r.freeOver ? parseMinor(r.freeOver, currency) : null;
      parsed.push({
        ...(r.id ? { id: r.id } : {}),
        name: r.name,
        kind: r.kind,
        price,
        minWeightGrams: r.min ? Number(r.min) : null,
        maxWeightGrams: r.max ? Number(r.max) : null,
        freeOverAmount: freeOver,
      });
    }
    setLocalError(null);
    const input = {
      name: String(form.get("name") ?? ""),
      countries: String(form.get("countries") ?? "")
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((c) => c.toUpperCase()),
      rates: parsed,
    };
    if (zone) update.mutate({ siteId, zoneId: zone.id, zone: input });
    else create.mutate({ siteId, zone: input });
  }

  return (
    <Dialog open onClose={onClose} title={zone ? `Edit ${zone.name}` : "New shipping zone"}>
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form-stack">
            <TextField label="Name" name="name" defaultValue={zone?.name} maxLength={100} />
            <TextField
              label="Countries"
              name="countries"
              defaultValue={zone?.countries.join(", ")}
              hint="Two-letter codes separated by commas, or * for the rest of the world."
            />
            {rates.map((rate, i) => (
              <fieldset key={i} className="form-stack">
                <legend className="field__label">Rate {i + 1}</legend>
                <div className="commerce-row">
                  <TextField
                    label="Name"
                    value={rate.name}
                    onChange={(e) => setRate(i, { name: e.target.value })}
                  />
                  <Select
                    label="Kind"
                    value={rate.kind}
                    onChange={(e) => setRate(i, { kind: e.target.value as Kind })}
                  >
                    <option value="flat">Flat</option>
                    <option value="weight">By weight</option>
                    <option value="free_over">Free over an amount</option>
                  </Select>
                  <TextField
                    label="Price"
                    inputMode="decimal"
                    value={rate.price}
                    onChange={(e) => setRate(i, { price: e.target.value })}
                  />
                </div>
                {rate.kind === "weight" ? (
                  <div className="commerce-row">
                    <TextField
                      label="From (g)"
                      inputMode="numeric"
                      value={rate.min}
                      onChange={(e) => setRate(i, { min: e.target.value })}
                    />
                    <TextField
                      label="Up to (g)"
                      inputMode="numeric"
                      value={rate.max}
                      onChange={(e) => setRate(i, { max: e.target.value })}
                    />
                  </div>
                ) : null}
                {rate.kind === "free_over" ? (
                  <TextField
                    label="Free from a subtotal of"
                    inputMode="decimal"
                    value={rate.freeOver}
                    onChange={(e) => setRate(i, { freeOver: e.target.value })}
                  />
                ) : null}
                {rates.length > 1 ? (
                  <div>
                    <Button
                      variant="ghost"
                      icon={<TrashIcon />}
                      onClick={() => setRates(rates.filter((_, k) => k !== i))}
                    >
                      Remove rate
                    </Button>
                  </div>
                ) : null}
              </fieldset>
            ))}
            <div>
              <Button
                icon={<PlusIcon />}
                onClick={() =>
                  setRates([
                    ...rates,
                    { name: "", kind: "flat", price: "", min: "", max: "", freeOver: "" },
                  ])
                }
              >
                Add rate
              </Button>
            </div>
            <FormError message={localError ?? (error ? toProblem(error).message : null)} />
          </div>
        </DialogBody>
        <DialogFooter>
          {zone ? (
            <Button
              variant="danger-ghost"
              loading={remove.isPending}
              onClick={() => remove.mutate({ siteId, zoneId: zone.id })}
            >
              Delete zone
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
