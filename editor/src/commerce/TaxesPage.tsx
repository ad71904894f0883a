import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardFooter, CardHeader } from "../ui/Card.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { FormError } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import { message } from "../i18n/message.ts";
import { percentToPpm } from "./money.ts";
import { timeZoneOptions } from "./time.ts";
import { ChoiceSelect, ColumnHeads, LoadError, TestModeNotice, useStore } from "./shared.tsx";

type Rate = RouterOutputs["taxes"]["list"]["rates"][number];

const TAX_STYLES = [
  [
    "excluded",
    message({
      id: "commerce.taxes.pricesExcluded",
      defaultMessage: "Tax is added at checkout (US style)",
    }),
  ],
  [
    "included",
    message({
      id: "commerce.taxes.pricesIncluded",
      defaultMessage: "Prices include tax (VAT style)",
    }),
  ],
] as const;

const COLUMNS = [
  message({ id: "commerce.taxes.where", defaultMessage: "Where" }),
  message({ id: "commerce.taxes.name", defaultMessage: "Name" }),
  { word: message({ id: "commerce.taxes.rate", defaultMessage: "Rate" }), numeric: true },
  message({ id: "commerce.taxes.shipping", defaultMessage: "Shipping" }),
  null,
] as const;

export function TaxesPage() {
  const intl = useIntl();
  const title = intl.formatMessage({
    id: "commerce.taxes.title",
    defaultMessage: "Taxes & currency",
  });
  useDocumentTitle(title);
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
        title={title}
        description={intl.formatMessage({
          id: "commerce.taxes.description",
          defaultMessage: "What the shop sells in, and the tax it charges where.",
        })}
      />
      <div className="stack">
        {settings.data.payments.testMode ? <TestModeNotice /> : null}
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
  const intl = useIntl();
  const save = useMutation(
    trpc.checkout.updateSettings.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.checkout.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.taxes.pathKey() });
        toast.show({
          title: intl.formatMessage({
            id: "commerce.settings.saved",
            defaultMessage: "Settings saved",
          }),
        });
      },
    }),
  );
  const errors = useFormErrors(save.error, ["currency", "language", "timeZone"] as const);
  const languageNames = new Intl.DisplayNames([intl.locale], { type: "language" });
  const currencyNames = new Intl.DisplayNames([intl.locale], { type: "currency" });
  const zones = useMemo(
    () => timeZoneOptions(intl, settings.timeZones),
    [intl, settings.timeZones],
  );
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
              {zones.map((zone) => (
                <option key={zone.value} value={zone.value}>
                  {zone.label}
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
                  {intl.formatMessage(
                    { id: "commerce.settings.currencyOption", defaultMessage: "{name} ({code})" },
                    { name: currencyNames.of(c) ?? c, code: c },
                  )}
                </option>
              ))}
            </Select>
            <ChoiceSelect
              label={intl.formatMessage({ id: "commerce.taxes.prices", defaultMessage: "Prices" })}
              name="taxesIncluded"
              defaultValue={settings.taxesIncluded ? "included" : "excluded"}
              choices={TAX_STYLES}
            />
            <FormError message={errors.formError} />
          </div>
        </CardBody>
        <CardFooter>
          <Button type="submit" variant="primary" loading={save.isPending}>
            <FormattedMessage id="commerce.settings.save" defaultMessage="Save" />
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

function RatesCard({ rates }: { rates: Rate[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const intl = useIntl();
  const { siteId, country } = useStore();
  const [localError, setLocalError] = useState<string | null>(null);
  const [countryCode, setCountryCode] = useState("");
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.taxes.pathKey() });
  const save = useMutation(trpc.taxes.save.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.taxes.delete.mutationOptions({ onSuccess: refresh }));
  const errors = useFormErrors(save.error ?? remove.error, [
    "rate.country",
    "rate.region",
    "rate.name",
    "rate.ratePpm",
  ] as const);
  const percent = (ppm: number) =>
    intl.formatNumber(ppm / 1_000_000, { style: "percent", maximumFractionDigits: 4 });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ratePpm = percentToPpm(String(form.get("rate") ?? ""));
    if (ratePpm === null)
      return setLocalError(
        intl.formatMessage(
          {
            id: "commerce.taxes.rateInvalid",
            defaultMessage: "Enter the rate as a percentage, such as {example}.",
          },
          { example: intl.formatNumber(8.875) },
        ),
      );
    setLocalError(null);
    save.mutate(
      {
        siteId,
        rate: {
          country: String(form.get("country") ?? "").toUpperCase(),
          region: String(form.get("region") ?? ""),
          name:
            String(form.get("name") ?? "") ||
            intl.formatMessage({ id: "commerce.taxes.defaultName", defaultMessage: "Tax" }),
          ratePpm,
          appliesToShipping: form.get("shipping") === "on",
        },
      },
      {
        onSuccess: () => {
          (event.target as HTMLFormElement).reset();
          setCountryCode("");
        },
      },
    );
  }
  return (
    <Card>
      <CardHeader
        title={intl.formatMessage({ id: "commerce.taxes.ratesTitle", defaultMessage: "Tax rates" })}
        description={intl.formatMessage({
          id: "commerce.taxes.ratesDescription",
          defaultMessage: "A region's own rate replaces its country's. No rate: no tax.",
        })}
      />
      <CardBody flush>
        {rates.length === 0 ? (
          <p className="payments-note commerce-empty-row">
            <FormattedMessage
              id="commerce.taxes.noRates"
              defaultMessage="No tax rates yet: checkout charges no tax."
            />
          </p>
        ) : (
          <div className="commerce-table-wrap">
            <table
              className="commerce-table"
              aria-label={intl.formatMessage({
                id: "commerce.taxes.ratesTitle",
                defaultMessage: "Tax rates",
              })}
            >
              <ColumnHeads columns={COLUMNS} />
              <tbody>
                {rates.map((rate) => (
                  <tr key={rate.id}>
                    <td>
                      {rate.region
                        ? intl.formatMessage(
                            {
                              id: "commerce.taxes.countryRegion",
                              defaultMessage: "{country} · {region}",
                            },
                            { country: country(rate.country), region: rate.region },
                          )
                        : country(rate.country)}
                    </td>
                    <td>{rate.name}</td>
                    <td className="num">{percent(rate.ratePpm)}</td>
                    <td>
                      {rate.appliesToShipping ? (
                        <Badge tone="neutral">
                          <FormattedMessage id="commerce.taxes.taxed" defaultMessage="Taxed" />
                        </Badge>
                      ) : null}
                    </td>
                    <td className="num">
                      <Button
                        size="sm"
                        variant="danger-ghost"
                        onClick={() => remove.mutate({ siteId, taxRateId: rate.id })}
                        aria-label={intl.formatMessage(
                          {
                            id: "commerce.taxes.removeRate",
                            defaultMessage: "Remove {name} ({where})",
                          },
                          { name: rate.name, where: country(rate.country) },
                        )}
                      >
                        <FormattedMessage id="commerce.taxes.remove" defaultMessage="Remove" />
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </CardBody>
      <form onSubmit={onSubmit} noValidate>
        <CardBody>
          <div className="form-stack">
            <div className="commerce-row">
              <TextField
                label={intl.formatMessage({
                  id: "commerce.taxes.country",
                  defaultMessage: "Country code",
                })}
                name="country"
                maxLength={2}
                autoCapitalize="characters"
                spellCheck={false}
                placeholder={intl.formatMessage({
                  id: "commerce.taxes.countryPlaceholder",
                  defaultMessage: "US",
                })}
                value={countryCode}
                onChange={(e) => setCountryCode(e.target.value)}
                status={/^[a-z]{2}$/i.test(countryCode) ? country(countryCode.toUpperCase()) : ""}
                error={errors.fieldError("rate.country")}
              />
              <TextField
                label={intl.formatMessage({
                  id: "commerce.taxes.region",
                  defaultMessage: "Region (optional)",
                })}
                name="region"
                maxLength={64}
                placeholder={intl.formatMessage({
                  id: "commerce.taxes.regionPlaceholder",
                  defaultMessage: "NY",
                })}
                error={errors.fieldError("rate.region")}
              />
              <TextField
                label={intl.formatMessage({ id: "commerce.taxes.name", defaultMessage: "Name" })}
                name="name"
                placeholder={intl.formatMessage({
                  id: "commerce.taxes.namePlaceholder",
                  defaultMessage: "Sales tax",
                })}
                maxLength={100}
                error={errors.fieldError("rate.name")}
              />
              <TextField
                label={intl.formatMessage({
                  id: "commerce.taxes.ratePercent",
                  defaultMessage: "Rate (%)",
                })}
                name="rate"
                inputMode="decimal"
                placeholder={intl.formatNumber(8.875)}
                error={errors.fieldError("rate.ratePpm")}
              />
            </div>
            <label className="commerce-check">
              <input type="checkbox" name="shipping" />
              <FormattedMessage id="commerce.taxes.taxShipping" defaultMessage="Tax shipping too" />
            </label>
            <FormError message={localError ?? errors.formError} />
          </div>
        </CardBody>
        <CardFooter>
          <Button type="submit" loading={save.isPending}>
            <FormattedMessage id="commerce.taxes.addRate" defaultMessage="Add rate" />
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
