import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Link, useSearchParams } from "react-router";
import { toProblem } from "../api/errors.ts";
import { useProblemWords } from "../api/serverMessages.ts";
import { useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardFooter, CardHeader } from "../ui/Card.tsx";
import { TextField } from "../ui/Field.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import { ACCOUNT_PROBLEMS, BLOCKED, REQUIREMENTS, wordOf } from "./paymentWords.ts";
import { PayPalConnection } from "./PayPalConnection.tsx";
import { LoadError, TestModeNotice, useStore } from "./shared.tsx";

type Overview = RouterOutputs["payments"]["overview"];

/**
 * The store's payments: its own Stripe account (Connect onboarding and status), whether shoppers
 * can pay, the statement descriptor, a link to its money (the Payouts tab), and its PayPal
 * merchant id (the PayPal card loads on its own). Stripe's onboarding comes back
 * here: `?stripe=return` asks Stripe for the new status, `?stripe=refresh` (an expired link)
 * asks for a new link and goes on to it.
 */
export function PaymentsPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: "commerce.payments.title", defaultMessage: "Payments" });
  useDocumentTitle(title);
  const trpc = useTRPC();
  const { siteId } = useStore();
  const overview = useQuery(trpc.payments.overview.queryOptions({ siteId }));
  const back = useOnboardingReturn();
  if (overview.isPending || back.pending) return <Skeleton height={320} radius={12} />;
  if (overview.isError)
    return <LoadError error={overview.error} retry={() => void overview.refetch()} />;
  const data = overview.data;
  return (
    <>
      <PageHeader
        title={title}
        description={intl.formatMessage({
          id: "commerce.payments.description",
          defaultMessage: "Where your shoppers' money goes, and when it reaches your bank.",
        })}
      />
      <div className="stack">
        {back.error ? <Notice tone="danger">{back.error}</Notice> : null}
        <StatusNotice overview={data} />
        {data.connectAvailable ? <AccountCard overview={data} /> : null}
        <PayoutsCard />
        {data.connectAvailable ? <DescriptorCard overview={data} /> : null}
        <PayPalConnection />
      </div>
    </>
  );
}

/** Handles the addresses Stripe's onboarding sends the owner back to. */
function useOnboardingReturn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { siteId } = useStore();
  const word = useProblemWords();
  const [params, setParams] = useSearchParams();
  const comingBack = params.get("stripe");
  const refresh = useMutation(
    trpc.payments.refresh.mutationOptions({
      onSuccess: (data) =>
        queryClient.setQueryData(trpc.payments.overview.queryKey({ siteId }), data),
      onSettled: () => setParams({}, { replace: true }),
    }),
  );
  const relink = useMutation(
    trpc.payments.connectStripe.mutationOptions({
      onSuccess: ({ url }) => window.location.assign(url),
      onError: () => setParams({}, { replace: true }),
    }),
  );
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (comingBack === "return") refresh.mutate({ siteId });
    if (comingBack === "refresh") relink.mutate({ siteId });
  }, [comingBack, refresh, relink, siteId]);
  const error = refresh.error ?? relink.error;
  return {
    pending: comingBack === "refresh" && !relink.isError,
    error: error ? word(toProblem(error)) : null,
  };
}

function StatusNotice({ overview }: { overview: Overview }) {
  const intl = useIntl();
  if (overview.provider === "test") return <TestModeNotice />;
  if (!overview.canTakePayments)
    return (
      <Notice
        tone="danger"
        title={intl.formatMessage({
          id: "commerce.payments.blockedTitle",
          defaultMessage: "Shoppers cannot pay yet",
        })}
      >
        <FormattedMessage
          id="commerce.payments.blockedBody"
          defaultMessage="{reason} Checkout tells shoppers the store cannot take payments yet."
          values={{
            reason: wordOf(intl, BLOCKED, overview.blockedCode, overview.blockedBecause) ?? "",
          }}
        />
      </Notice>
    );
  if (!overview.account)
    return (
      <Notice
        tone="info"
        title={intl.formatMessage({
          id: "commerce.payments.platformTitle",
          defaultMessage: "Payments go to the platform's Stripe account",
        })}
      >
        <FormattedMessage
          id="commerce.payments.platformBody"
          defaultMessage="Connect your own Stripe account to be paid out directly, with your name on shoppers' card statements."
        />
      </Notice>
    );
  return (
    <Notice
      tone="success"
      title={intl.formatMessage({
        id: "commerce.payments.readyTitle",
        defaultMessage: "Shoppers can pay",
      })}
    >
      <FormattedMessage
        id="commerce.payments.readyBody"
        defaultMessage="Payments go to your Stripe account, less the platform's fee."
      />
    </Notice>
  );
}

function AccountCard({ overview }: { overview: Overview }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const intl = useIntl();
  const word = useProblemWords();
  const { siteId, money } = useStore();
  const connect = useMutation(
    trpc.payments.connectStripe.mutationOptions({
      onSuccess: ({ url }) => window.location.assign(url),
    }),
  );
  const refresh = useMutation(
    trpc.payments.refresh.mutationOptions({
      onSuccess: (data) =>
        queryClient.setQueryData(trpc.payments.overview.queryKey({ siteId }), data),
    }),
  );
  const account = overview.account;
  const fee = feeInWords(overview.fee, money, intl);
  const problem = account && wordOf(intl, ACCOUNT_PROBLEMS, account.problemCode, account.problem);
  // Each need once; a code the app does not know reads as the generic "other".
  const needs = [
    ...new Set(
      (account?.needCodes ?? []).map((code) =>
        intl.formatMessage(REQUIREMENTS[code] ?? REQUIREMENTS.other),
      ),
    ),
  ];
  return (
    <Card>
      <CardHeader
        title={intl.formatMessage({
          id: "commerce.payments.stripeTitle",
          defaultMessage: "Stripe account",
        })}
        description={
          account
            ? intl.formatMessage(
                {
                  id: "commerce.payments.stripeOwn",
                  defaultMessage: "Your own Stripe account ({accountId}).",
                },
                { accountId: account.accountId },
              )
            : intl.formatMessage({
                id: "commerce.payments.stripeConnectDescription",
                defaultMessage:
                  "Connect a Stripe account of your own: Stripe asks who you are and where to pay you.",
              })
        }
      />
      <CardBody>
        <div className="form-stack">
          {account ? (
            <>
              <ul
                className="payments-status"
                aria-label={intl.formatMessage({
                  id: "commerce.payments.accountStatus",
                  defaultMessage: "Account status",
                })}
              >
                <StatusItem
                  done={account.detailsSubmitted}
                  label={intl.formatMessage({
                    id: "commerce.payments.detailsSubmitted",
                    defaultMessage: "Details submitted",
                  })}
                />
                <StatusItem
                  done={account.chargesEnabled}
                  label={intl.formatMessage({
                    id: "commerce.payments.chargesEnabled",
                    defaultMessage: "Payments enabled",
                  })}
                />
                <StatusItem
                  done={account.payoutsEnabled}
                  label={intl.formatMessage({
                    id: "commerce.payments.payoutsEnabled",
                    defaultMessage: "Payouts enabled",
                  })}
                />
              </ul>
              {problem ? <p className="payments-note">{problem}</p> : null}
              {needs.length > 0 ? (
                <div>
                  <p>
                    <FormattedMessage
                      id="commerce.payments.stripeNeeds"
                      defaultMessage="Stripe still needs:"
                    />
                  </p>
                  <ul className="payments-needs">
                    {needs.map((need) => (
                      <li key={need}>{need}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </>
          ) : (
            <p className="payments-note">
              {overview.connectRequired ? (
                <FormattedMessage
                  id="commerce.payments.connectRequired"
                  defaultMessage="Shoppers can pay once your account is connected and Stripe has enabled payments."
                />
              ) : (
                <FormattedMessage
                  id="commerce.payments.untilThen"
                  defaultMessage="Until then, payments go to the platform's Stripe account."
                />
              )}
            </p>
          )}
          {fee ? (
            <p className="payments-note">
              <FormattedMessage
                id="commerce.payments.fee"
                defaultMessage="The platform's fee: {fee} of each payment."
                values={{ fee }}
              />
            </p>
          ) : null}
          <FormError
            message={
              connect.error
                ? word(toProblem(connect.error))
                : refresh.error
                  ? word(toProblem(refresh.error))
                  : null
            }
          />
        </div>
      </CardBody>
      <CardFooter>
        {!account?.chargesEnabled || needs.length > 0 ? (
          <Button
            variant="primary"
            loading={connect.isPending}
            onClick={() => connect.mutate({ siteId })}
          >
            {account ? (
              <FormattedMessage
                id="commerce.payments.continueSetup"
                defaultMessage="Continue setup on Stripe"
              />
            ) : (
              <FormattedMessage
                id="commerce.payments.connectStripe"
                defaultMessage="Connect Stripe"
              />
            )}
          </Button>
        ) : null}
        {account ? (
          <Button loading={refresh.isPending} onClick={() => refresh.mutate({ siteId })}>
            <FormattedMessage id="commerce.payments.checkStatus" defaultMessage="Check status" />
          </Button>
        ) : null}
      </CardFooter>
    </Card>
  );
}

function StatusItem({ done, label }: { done: boolean; label: string }) {
  return (
    <li className="commerce-inline">
      <Badge tone={done ? "success" : "warning"}>
        {done ? (
          <FormattedMessage id="commerce.payments.yes" defaultMessage="Yes" />
        ) : (
          <FormattedMessage id="commerce.payments.notYet" defaultMessage="Not yet" />
        )}
      </Badge>
      {label}
    </li>
  );
}

function feeInWords(
  fee: { percent: number; fixed: number },
  money: (minor: number) => string,
  intl: ReturnType<typeof useIntl>,
): string | null {
  const parts = [
    fee.percent > 0
      ? intl.formatNumber(fee.percent / 100, { style: "percent", maximumFractionDigits: 2 })
      : null,
    fee.fixed > 0 ? money(fee.fixed) : null,
  ].filter((part) => part !== null);
  return parts.length ? parts.join(" + ") : null;
}

/** The money itself lives on the Payouts tab (PayoutsPage.tsx); this points there. */
function PayoutsCard() {
  const { siteId } = useStore();
  const intl = useIntl();
  return (
    <Card>
      <CardHeader
        title={intl.formatMessage({
          id: "commerce.payments.payoutsTitle",
          defaultMessage: "Balance and payouts",
        })}
        description={intl.formatMessage({
          id: "commerce.payments.payoutsDescription",
          defaultMessage:
            "Your balance, payouts to your bank and the fees taken, at Stripe and PayPal.",
        })}
      />
      <CardBody>
        <Link to={`/sites/${siteId}/store/payouts`}>
          <FormattedMessage
            id="commerce.payments.seePayouts"
            defaultMessage="See payments & payouts"
          />
        </Link>
      </CardBody>
    </Card>
  );
}

function DescriptorCard({ overview }: { overview: Overview }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { siteId } = useStore();
  const intl = useIntl();
  const save = useMutation(
    trpc.payments.updateSettings.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.payments.overview.pathKey() });
        toast.show({
          title: intl.formatMessage({
            id: "commerce.payments.descriptorSaved",
            defaultMessage: "Statement text saved",
          }),
        });
      },
    }),
  );
  const errors = useFormErrors(save.error, ["statementDescriptor"] as const);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({ siteId, statementDescriptor: String(form.get("statementDescriptor") ?? "") });
  }
  return (
    <Card>
      <form onSubmit={onSubmit}>
        <CardHeader
          title={intl.formatMessage({
            id: "commerce.payments.descriptorTitle",
            defaultMessage: "Card statements",
          })}
          description={intl.formatMessage({
            id: "commerce.payments.descriptorDescription",
            defaultMessage: "What shoppers see on their card statement after your account's name.",
          })}
        />
        <CardBody>
          <TextField
            label={intl.formatMessage({
              id: "commerce.payments.descriptor",
              defaultMessage: "Statement text",
            })}
            name="statementDescriptor"
            maxLength={22}
            defaultValue={overview.statementDescriptor ?? ""}
            hint={intl.formatMessage({
              id: "commerce.payments.descriptorHint",
              defaultMessage:
                "Up to 22 Latin letters, digits or spaces, such as your shop's short name.",
            })}
            error={errors.fieldError("statementDescriptor")}
          />
          <FormError message={errors.formError} />
        </CardBody>
        <CardFooter>
          <Button type="submit" variant="primary" loading={save.isPending}>
            <FormattedMessage id="commerce.payments.save" defaultMessage="Save" />
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
