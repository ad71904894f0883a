import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardHeader } from "../ui/Card.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { TextField } from "../ui/Field.tsx";
import { PlusIcon, TrashIcon } from "../ui/icons.tsx";
import { FormError } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { useToast } from "../ui/Toast.tsx";
import { message } from "../i18n/message.ts";
import { minorToInput, parseMinor } from "./money.ts";
import { ChoiceSelect, ListQuery, useStore } from "./shared.tsx";

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

const KINDS = [
  ["flat", message({ id: "commerce.shipping.kind.flat", defaultMessage: "Flat rate" })],
  ["weight", message({ id: "commerce.shipping.kind.weight", defaultMessage: "By weight" })],
  [
    "free_over",
    message({ id: "commerce.shipping.kind.freeOver", defaultMessage: "Free over an amount" }),
  ],
] as const;

const FIELDS = ["zone.name", "zone.countries", "zone.rates"] as const;

export function ShippingPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: "commerce.shipping.title", defaultMessage: "Shipping" });
  useDocumentTitle(title);
  const trpc = useTRPC();
  const { siteId, money, country } = useStore();
  const zones = useQuery(trpc.shipping.listZones.queryOptions({ siteId }));
  const [editing, setEditing] = useState<Zone | "new" | null>(null);
  const grams = (g: number) => intl.formatNumber(g, { style: "unit", unit: "gram" });
  const describe = (r: Zone["rates"][number]) =>
    r.kind === "free_over"
      ? intl.formatMessage(
          {
            id: "commerce.shipping.describeFreeOver",
            defaultMessage: "{price}, free over {amount}",
          },
          { price: money(r.price), amount: money(r.freeOverAmount ?? 0) },
        )
      : r.kind === "weight"
        ? r.maxWeightGrams === null
          ? intl.formatMessage(
              {
                id: "commerce.shipping.describeWeightFrom",
                defaultMessage: "{price} from {min}",
              },
              { price: money(r.price), min: grams(r.minWeightGrams ?? 0) },
            )
          : intl.formatMessage(
              {
                id: "commerce.shipping.describeWeight",
                defaultMessage: "{price} from {min} to {max}",
              },
              {
                price: money(r.price),
                min: grams(r.minWeightGrams ?? 0),
                max: grams(r.maxWeightGrams),
              },
            )
        : money(r.price);
  const restOfWorld = intl.formatMessage({
    id: "commerce.shipping.restOfWorld",
    defaultMessage: "Rest of the world",
  });
  return (
    <>
      <PageHeader
        title={title}
        description={intl.formatMessage({
          id: "commerce.shipping.description",
          defaultMessage:
            "Zones of countries, each with its rates. With no zones, shipping is free everywhere.",
        })}
        actions={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing("new")}>
            <FormattedMessage id="commerce.shipping.addZone" defaultMessage="Add zone" />
          </Button>
        }
      />
      <ListQuery
        query={zones}
        isEmpty={(data) => data.zones.length === 0}
        empty={
          <EmptyState
            title={intl.formatMessage({
              id: "commerce.shipping.emptyTitle",
              defaultMessage: "Free shipping everywhere",
            })}
            description={intl.formatMessage({
              id: "commerce.shipping.emptyDescription",
              defaultMessage:
                "Add a zone to charge for shipping or to ship only to some countries.",
            })}
          />
        }
      >
        {(data) => (
          <div className="stack">
            {data.zones.map((zone) => (
              <Card key={zone.id}>
                <CardHeader
                  title={zone.name}
                  description={intl.formatList(
                    zone.countries.map((c) => (c === "*" ? restOfWorld : country(c))),
                    { type: "unit" },
                  )}
                  actions={
                    <Button
                      size="sm"
                      onClick={() => setEditing(zone)}
                      aria-label={intl.formatMessage(
                        { id: "commerce.shipping.editZone", defaultMessage: "Edit {name}" },
                        { name: zone.name },
                      )}
                    >
                      <FormattedMessage id="commerce.shipping.edit" defaultMessage="Edit" />
                    </Button>
                  }
                />
                <CardBody>
                  <ul
                    className="shipping-rates"
                    aria-label={intl.formatMessage(
                      { id: "commerce.shipping.ratesOf", defaultMessage: "Rates of {name}" },
                      { name: zone.name },
                    )}
                  >
                    {zone.rates.map((rate) => (
                      <li key={rate.id}>
                        <strong>{rate.name}</strong>
                        <span>{describe(rate)}</span>
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
  const intl = useIntl();
  const { siteId, currency, country } = useStore();
  const [rates, setRates] = useState<RateDraft[]>(
    zone?.rates.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      price: minorToInput(r.price, currency, intl.locale),
      min: r.minWeightGrams === null ? "" : String(r.minWeightGrams),
      max: r.maxWeightGrams === null ? "" : String(r.maxWeightGrams),
      freeOver: minorToInput(r.freeOverAmount, currency, intl.locale),
    })) ?? [
      {
        name: intl.formatMessage({
          id: "commerce.shipping.defaultRateName",
          defaultMessage: "Standard",
        }),
        kind: "flat",
        price: "",
        min: "",
        max: "",
        freeOver: "",
      },
    ],
  );
  const [localError, setLocalError] = useState<string | null>(null);
  const done = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.shipping.pathKey() });
      toast.show({
        title: intl.formatMessage({
          id: "commerce.shipping.saved",
          defaultMessage: "Shipping saved",
        }),
      });
      onClose();
    },
  };
  const create = useMutation(trpc.shipping.createZone.mutationOptions(done));
  const update = useMutation(trpc.shipping.updateZone.mutationOptions(done));
  const remove = useMutation(trpc.shipping.deleteZone.mutationOptions(done));
  const errors = useFormErrors(create.error ?? update.error ?? remove.error, FIELDS);
  const setRate = (i: number, patch: Partial<RateDraft>) =>
    setRates(rates.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = [];
    for (const r of rates) {
      const price = parseMinor(r.price, currency);
      if (price === null)
        return setLocalError(
          r.name
            ? intl.formatMessage(
                {
                  id: "commerce.shipping.priceMissing",
                  defaultMessage: "Enter a price for {name}.",
                },
                { name: r.name },
              )
            : intl.formatMessage({
                id: "commerce.shipping.priceMissingEach",
                defaultMessage: "Enter a price for each rate.",
              }),
        );
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
    <Dialog
      open
      onClose={onClose}
      title={
        zone
          ? intl.formatMessage(
              { id: "commerce.shipping.editZone", defaultMessage: "Edit {name}" },
              { name: zone.name },
            )
          : intl.formatMessage({
              id: "commerce.shipping.newZone",
              defaultMessage: "New shipping zone",
            })
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form-stack">
            <TextField
              label={intl.formatMessage({
                id: "commerce.shipping.zoneName",
                defaultMessage: "Zone name",
              })}
              name="name"
              defaultValue={zone?.name}
              maxLength={100}
              error={errors.fieldError("zone.name")}
            />
            <CountriesField
              defaultValue={zone?.countries.join(", ")}
              error={errors.fieldError("zone.countries")}
              country={country}
            />
            {rates.map((rate, i) => (
              <fieldset key={i} className="shipping-rate">
                <legend className="shipping-rate__legend">
                  <FormattedMessage
                    id="commerce.shipping.rateNumber"
                    defaultMessage="Rate {number}"
                    values={{ number: i + 1 }}
                  />
                </legend>
                <TextField
                  label={intl.formatMessage({
                    id: "commerce.shipping.rateName",
                    defaultMessage: "Name shown at checkout",
                  })}
                  value={rate.name}
                  onChange={(e) => setRate(i, { name: e.target.value })}
                />
                <div className="shipping-rate__row">
                  <ChoiceSelect
                    label={intl.formatMessage({
                      id: "commerce.shipping.kind",
                      defaultMessage: "Kind",
                    })}
                    value={rate.kind}
                    onChange={(e) => setRate(i, { kind: e.target.value as Kind })}
                    choices={KINDS}
                  />
                  <TextField
                    label={intl.formatMessage({
                      id: "commerce.shipping.price",
                      defaultMessage: "Price",
                    })}
                    suffix={currency}
                    inputMode="decimal"
                    value={rate.price}
                    onChange={(e) => setRate(i, { price: e.target.value })}
                  />
                </div>
                {rate.kind === "weight" ? (
                  <div className="shipping-rate__row shipping-rate__row--even">
                    <TextField
                      label={intl.formatMessage({
                        id: "commerce.shipping.minWeight",
                        defaultMessage: "From (g)",
                      })}
                      inputMode="numeric"
                      value={rate.min}
                      onChange={(e) => setRate(i, { min: e.target.value })}
                    />
                    <TextField
                      label={intl.formatMessage({
                        id: "commerce.shipping.maxWeight",
                        defaultMessage: "Up to (g)",
                      })}
                      inputMode="numeric"
                      value={rate.max}
                      onChange={(e) => setRate(i, { max: e.target.value })}
                    />
                  </div>
                ) : null}
                {rate.kind === "free_over" ? (
                  <TextField
                    label={intl.formatMessage({
                      id: "commerce.shipping.freeOver",
                      defaultMessage: "Free from a subtotal of",
                    })}
                    suffix={currency}
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
                      <FormattedMessage
                        id="commerce.shipping.removeRate"
                        defaultMessage="Remove rate {number}"
                        values={{ number: i + 1 }}
                      />
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
                <FormattedMessage id="commerce.shipping.addRate" defaultMessage="Add rate" />
              </Button>
            </div>
            <FormError
              message={localError ?? errors.fieldError("zone.rates") ?? errors.formError}
            />
          </div>
        </DialogBody>
        <DialogFooter>
          {zone ? (
            <Button
              variant="danger-ghost"
              loading={remove.isPending}
              onClick={() => remove.mutate({ siteId, zoneId: zone.id })}
            >
              <FormattedMessage id="commerce.shipping.deleteZone" defaultMessage="Delete zone" />
            </Button>
          ) : null}
          <Button onClick={onClose}>
            <FormattedMessage id="commerce.shipping.cancel" defaultMessage="Cancel" />
          </Button>
          <Button type="submit" variant="primary" loading={create.isPending || update.isPending}>
            <FormattedMessage id="commerce.shipping.save" defaultMessage="Save" />
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

/**
 * The zone's countries as codes (what the server stores), with their names in the app's
 * language underneath as the merchant types, so "DE" is seen to mean Germany.
 */
function CountriesField({
  defaultValue,
  error,
  country,
}: {
  defaultValue: string | undefined;
  error: string | undefined;
  country: (code: string) => string;
}) {
  const intl = useIntl();
  const [text, setText] = useState(defaultValue ?? "");
  const codes = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((c) => c.toUpperCase());
  const names = codes.map((c) =>
    c === "*"
      ? intl.formatMessage({
          id: "commerce.shipping.restOfWorld",
          defaultMessage: "Rest of the world",
        })
      : /^[A-Z]{2}$/.test(c)
        ? `${country(c)} (${c})`
        : c,
  );
  return (
    <TextField
      label={intl.formatMessage({ id: "commerce.shipping.countries", defaultMessage: "Countries" })}
      name="countries"
      value={text}
      onChange={(e) => setText(e.target.value)}
      spellCheck={false}
      autoCapitalize="characters"
      placeholder={intl.formatMessage({
        id: "commerce.shipping.countriesPlaceholder",
        defaultMessage: "FR, BE, CH",
      })}
      hint={intl.formatMessage({
        id: "commerce.shipping.countriesHint",
        defaultMessage:
          "Two-letter country codes separated by commas, or * for the rest of the world.",
      })}
      status={names.length > 0 ? intl.formatList(names, { type: "unit" }) : ""}
      error={error}
    />
  );
}
