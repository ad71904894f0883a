import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { toProblem } from "../api/errors.ts";
import { useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardFooter, CardHeader } from "../ui/Card.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import { percentToPpm, ppmToPercent } from "./money.ts";
import { LoadError, useStore } from "./shared.tsx";

type Rate = RouterOutputs["taxes"]["list"]["rates"][number];

export function TaxesPage() {
  useDocumentTitle("Taxes & currency");
  const trpc = useTRPC();
  const { siteId, settings } = useStore();
  const taxes = useQuery(trpc.taxes.list.queryOptions({ siteId }));
  if (settings.isPending || taxes.isPending) return <Skeleton height={320} radius={12} />;
  if (settings.isError)
    return <LoadError error={settings.error} retry={() => void settings.refetch()} />;
  if (taxes.isError) return <LoadError error={taxes.error} retry={() => void taxes.refetch()} />;
  return (
    <>
      <PageHeader
        title="Taxes & currency"
        description="What the shop sells in, and the tax it charges where."
      />
      <div className="stack">
        {settings.data.payments.testMode ? (
          <Notice tone="warning" title="Payments are in test mode">
            Shoppers pay with the test card 4242 4242 4242 4242 and no money moves. Set
            STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET on the server to take real payments with
            Stripe.
          </Notice>
        ) : null}
        <CurrencyCard
          key={`${settings.data.currency}-${settings.data.taxesIncluded}-${settings.data.language}-${settings.data.timeZone}`}
          settings={settings.data}
        />
        <RatesCard rates={taxes.data.rates} />
      </div>
    </>
  );
}

function CurrencyCard({ settings }: { settings: RouterOutputs["checkout"]["settings"] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { siteId } = useStore();
  const save = useMutation(
    trpc.checkout.updateSettings.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.checkout.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.taxes.pathKey() });
        toast.show({ title: "Settings saved" });
      },
    }),
  );
  const intl = useIntl();
  const errors = useFormErrors(save.error, ["currency", "language", "timeZone"] as const);
  const languageNames = new Intl.DisplayNames([intl.locale], { type: "language" });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({
      siteId,
      ...(settings.currencyLocked ? {} : { currency: String(form.get("currency")) }),
      language: String(form.get("language")) as (typeof settings.languages)[number],
      timeZone: String(form.get("timeZone")),
      taxesIncluded: form.get("taxesIncluded") === "included",
    });
  }
  return (
    <Card>
      <form onSubmit={onSubmit}>
        <CardHeader
          title={intl.formatMessage({
            id: "commerce.settings.storeTitle",
            defaultMessage: "Language, currency and prices",
          })}
        />
        <CardBody>
          <div className="form-stack">
            <Select
              label={intl.formatMessage({
                id: "commerce.settings.language",
                defaultMessage: "Store language",
              })}
              name="language"
              defaultValue={settings.language}
              hint={intl.formatMessage({
                id: "commerce.settings.languageHint",
                defaultMessage:
                  "The language of the cart, checkout, order pages and mails shoppers see.",
              })}
              error={errors.fieldError("language")}
            >
              {settings.languages.map((code) => (
                <option key={code} value={code}>
                  {languageNames.of(code) ?? code}
                </option>
              ))}
            </Select>
            <Select
              label={intl.formatMessage({
                id: "commerce.settings.timeZone",
                defaultMessage: "Time zone",
              })}
              name="timeZone"
              defaultValue={settings.timeZone}
              hint={intl.formatMessage({
                id: "commerce.settings.timeZoneHint",
                defaultMessage:
                  "Order times (the shopper's order page, mails) and the start and end of discounts follow this zone.",
              })}
              error={errors.fieldError("timeZone")}
            >
              {settings.timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replace(/_/g, " ")}
                </option>
              ))}
            </Select>
            <Select
              label={intl.formatMessage({
                id: "commerce.settings.currency",
                defaultMessage: "Currency",
              })}
              name="currency"
              defaultValue={settings.currency}
              disabled={settings.currencyLocked}
              hint={
                settings.currencyLocked ? (
                  <FormattedMessage
                    id="commerce.settings.currencyLocked"
                    defaultMessage="The currency cannot change once the shop has orders."
                  />
                ) : (
                  <FormattedMessage
                    id="commerce.settings.currencyHint"
                    defaultMessage="Prices are not converted: set the currency before adding products."
                  />
                )
              }
              error={errors.fieldError("currency")}
            >
              {settings.currencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
            <Select
              label="Prices"
              name="taxesIncluded"
              defaultValue={settings.taxesIncluded ? "included" : "excluded"}
            >
              <option value="excluded">Tax is added at checkout (US style)</option>
              <option value="included">Prices include tax (VAT style)</option>
            </Select>
            <FormError message={errors.formError} />
          </div>
        </CardBody>
        <CardFooter>
          <Button type="submit" variant="primary" loading={save.isPending}>
            Save
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

function RatesCard({ rates }: { rates: Rate[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { siteId } = useStore();
  const [localError, setLocalError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.taxes.pathKey() });
  const save = useMutation(trpc.taxes.save.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.taxes.delete.mutationOptions({ onSuccess: refresh }));
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ratePpm = percentToPpm(String(form.get("rate") ?? ""));
    if (ratePpm === null) return setLocalError("Enter the rate as a percentage, such as 8.875.");
    setLocalError(null);
    save.mutate(
      {
        siteId,
        rate: {
          country: String(form.get("country") ?? ""),
          region: String(form.get("region") ?? ""),
          name: String(form.get("name") ?? "") || "Tax",
          ratePpm,
          appliesToShipping: form.get("shipping") === "on",
        },
      },
      { onSuccess: () => (event.target as HTMLFormElement).reset() },
    );
  }
  return (
    <Card>
      <CardHeader
        title="Tax rates"
        description="A region's own rate replaces its country's. No rate: no tax."
      />
      <CardBody flush>
        <table className="commerce-table">
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Name</th>
              <th scope="col" className="num">
                Rate
              </th>
              <th scope="col">Shipping</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.id}>
                <td>
                  {rate.country}
                  {rate.region ? ` · ${rate.region}` : ""}
                </td>
                <td>{rate.name}</td>
                <td className="num">{ppmToPercent(rate.ratePpm)}</td>
                <td>{rate.appliesToShipping ? <Badge tone="neutral">Taxed</Badge> : null}</td>
                <td className="num">
                  <Button
                    size="sm"
                    variant="danger-ghost"
                    onClick={() => remove.mutate({ siteId, taxRateId: rate.id })}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardBody>
      <form onSubmit={onSubmit} noValidate>
        <CardBody>
          <div className="commerce-row">
            <TextField label="Country (2 letters)" name="country" maxLength={2} placeholder="US" />
            <TextField label="Region (optional)" name="region" maxLength={64} placeholder="NY" />
            <TextField label="Name" name="name" placeholder="Sales tax" maxLength={100} />
            <TextField label="Rate (%)" name="rate" inputMode="decimal" placeholder="8.875" />
          </div>
          <label className="commerce-check">
            <input type="checkbox" name="shipping" /> Tax shipping too
          </label>
          <FormError message={localError ?? (save.error ? toProblem(save.error).message : null)} />
        </CardBody>
        <CardFooter>
          <Button type="submit" loading={save.isPending}>
            Add rate
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
