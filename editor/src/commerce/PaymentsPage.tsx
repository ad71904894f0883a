import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { toProblem } from "../api/errors.ts";
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
import { PayPalConnection } from "./PayPalConnection.tsx";
import { LoadError, useStore } from "./shared.tsx";

type Overview = RouterOutputs["payments"]["overview"];

/**
 * The store's payments: its own Stripe account (Connect onboarding and status), whether shoppers
 * can pay, the statement descriptor, a link to its money (the Payouts tab), and its PayPal
 * merchant id (the PayPal card loads on its own). Stripe's onboarding comes back
 * here: `?stripe=return` asks Stripe for the new status, `?stripe=refresh` (an expired link)
 * asks for a new link and goes on to it.
 */
export function PaymentsPage() {
  useDocumentTitle("Payments");
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
        title="Payments"
        description="Where your shoppers' money goes, and when it reaches your bank."
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
    error: error ? toProblem(error).message : null,
  };
}

function StatusNotice({ overview }: { overview: Overview }) {
  if (overview.provider === "test")
    return (
      <Notice tone="warning" title="Payments are in test mode">
        Shoppers pay with the test card 4242 4242 4242 4242 and no money moves. Set
        STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET on the server to take real payments with Stripe.
      </Notice>
    );
  if (!overview.canTakePayments)
    return (
      <Notice tone="danger" title="Shoppers cannot pay yet">
        {overview.blockedBecause} Checkout tells shoppers the store cannot take payments yet.
      </Notice>
    );
  if (!overview.account)
    return (
      <Notice tone="info" title="Payments go to the platform's Stripe account">
        Connect your own Stripe account to be paid out directly, with your name on shoppers' card
        statements.
      </Notice>
    );
  return (
    <Notice tone="success" title="Shoppers can pay">
      Payments go to your Stripe account, less the platform's fee.
    </Notice>
  );
}

function AccountCard({ overview }: { overview: Overview }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
  const fee = feeInWords(overview.fee, money);
  return (
    <Card>
      <CardHeader
        title="Stripe account"
        description={
          account
            ? `Your own Stripe account (${account.accountId}).`
            : "Connect a Stripe account of your own: Stripe asks who you are and where to pay you."
        }
      />
      <CardBody>
        <div className="form-stack">
          {account ? (
            <>
              <ul className="payments-status" aria-label="Account status">
                <StatusItem done={account.detailsSubmitted} label="Details submitted" />
                <StatusItem done={account.chargesEnabled} label="Payments enabled" />
                <StatusItem done={account.payoutsEnabled} label="Payouts enabled" />
              </ul>
              {account.problem ? <p className="payments-note">{account.problem}</p> : null}
              {account.needs.length > 0 ? (
                <div>
                  <p>Stripe still needs:</p>
                  <ul className="payments-needs">
                    {account.needs.map((need) => (
                      <li key={need}>{need}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </>
          ) : (
            <p className="payments-note">
              {overview.connectRequired
                ? "Shoppers can pay once your account is connected and Stripe has enabled payments."
                : "Until then, payments go to the platform's Stripe account."}
            </p>
          )}
          {fee ? <p className="payments-note">The platform's fee: {fee} of each payment.</p> : null}
          <FormError
            message={
              connect.error
                ? toProblem(connect.error).message
                : refresh.error
                  ? toProblem(refresh.error).message
                  : null
            }
          />
        </div>
      </CardBody>
      <CardFooter>
        {!account?.chargesEnabled || account.needs.length > 0 ? (
          <Button
            variant="primary"
            loading={connect.isPending}
            onClick={() => connect.mutate({ siteId })}
          >
            {account ? "Continue setup on Stripe" : "Connect Stripe"}
          </Button>
        ) : null}
        {account ? (
          <Button loading={refresh.isPending} onClick={() => refresh.mutate({ siteId })}>
            Check status
          </Button>
        ) : null}
      </CardFooter>
    </Card>
  );
}

function StatusItem({ done, label }: { done: boolean; label: string }) {
  return (
    <li>
      <Badge tone={done ? "success" : "warning"}>{done ? "Yes" : "Not yet"}</Badge> {label}
    </li>
  );
}

function feeInWords(
  fee: { percent: number; fixed: number },
  money: (minor: number) => string,
): string | null {
  const parts = [
    fee.percent > 0 ? `${fee.percent}%` : null,
    fee.fixed > 0 ? money(fee.fixed) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(" + ") : null;
}

/** The money itself lives on the Payouts tab (PayoutsPage.tsx); this points there. */
function PayoutsCard() {
  const { siteId } = useStore();
  return (
    <Card>
      <CardHeader
        title="Balance and payouts"
        description="Your balance, payouts to your bank and the fees taken, at Stripe and PayPal."
      />
      <CardBody>
        <Link to={`/sites/${siteId}/store/payouts`}>See payments & payouts</Link>
      </CardBody>
    </Card>
  );
}

function DescriptorCard({ overview }: { overview: Overview }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { siteId } = useStore();
  const save = useMutation(
    trpc.payments.updateSettings.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.payments.overview.pathKey() });
        toast.show({ title: "Statement text saved" });
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
          title="Card statements"
          description="What shoppers see on their card statement after your account's name."
        />
        <CardBody>
          <TextField
            label="Statement text"
            name="statementDescriptor"
            maxLength={22}
            defaultValue={overview.statementDescriptor ?? ""}
            hint="Up to 22 Latin letters, digits or spaces, such as your shop's short name."
            error={errors.fieldError("statementDescriptor")}
          />
          <FormError message={errors.formError} />
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
