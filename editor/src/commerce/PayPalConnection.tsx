import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardFooter, CardHeader } from "../ui/Card.tsx";
import { TextField } from "../ui/Field.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import { LoadError, useSiteId } from "./shared.tsx";

type Connection = RouterOutputs["paypal"]["connection"];

/**
 * The store's PayPal connection, self-contained (its own queries and mutations) so the Payments
 * page can mount it as one card: the merchant id PayPal pays this store's money to, whether
 * checkout offers PayPal now, and why not when it does not.
 */
export function PayPalConnection() {
  const trpc = useTRPC();
  const siteId = useSiteId();
  const connection = useQuery(trpc.paypal.connection.queryOptions({ siteId }));
  if (connection.isPending) return <Skeleton height={220} radius={12} />;
  if (connection.isError)
    return <LoadError error={connection.error} retry={() => void connection.refetch()} />;
  return <PayPalCard key={connection.data.merchantId ?? "none"} connection={connection.data} />;
}

function PayPalCard({ connection }: { connection: Connection }) {
  const trpc = useTRPC();
  const siteId = useSiteId();
  const queryClient = useQueryClient();
  const toast = useToast();
  const intl = useIntl();
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.paypal.pathKey() });
  const connect = useMutation(
    trpc.paypal.connect.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast.show({
          title: intl.formatMessage({
            id: "commerce.paypal.connected",
            defaultMessage: "PayPal connected",
          }),
        });
      },
    }),
  );
  const disconnect = useMutation(
    trpc.paypal.disconnect.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await refresh();
        toast.show({
          title: intl.formatMessage({
            id: "commerce.paypal.disconnected",
            defaultMessage: "PayPal disconnected",
          }),
        });
      },
    }),
  );
  const errors = useFormErrors(connect.error ?? disconnect.error, ["merchantId"] as const);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    connect.mutate({ siteId, merchantId: String(form.get("merchantId") ?? "") });
  }
  return (
    <Card>
      <form onSubmit={onSubmit} aria-labelledby="paypal-title">
        <CardHeader
          id="paypal-title"
          title={intl.formatMessage({ id: "commerce.paypal.title", defaultMessage: "PayPal" })}
          actions={
            connection.offered ? (
              <Badge tone="success">
                <FormattedMessage
                  id="commerce.paypal.offered"
                  defaultMessage="Offered at checkout"
                />
              </Badge>
            ) : connection.merchantId ? (
              <Badge tone="warning">
                <FormattedMessage id="commerce.paypal.notOffered" defaultMessage="Not offered" />
              </Badge>
            ) : (
              <Badge>
                <FormattedMessage
                  id="commerce.paypal.notConnected"
                  defaultMessage="Not connected"
                />
              </Badge>
            )
          }
        />
        <CardBody>
          <div className="form-stack">
            <p>
              <FormattedMessage
                id="commerce.paypal.intro"
                defaultMessage="Shoppers can pay with PayPal beside card payment. The money goes straight to your PayPal business account: enter its merchant id."
              />
            </p>
            {!connection.available ? (
              <Notice
                tone="info"
                title={intl.formatMessage({
                  id: "commerce.paypal.unavailableTitle",
                  defaultMessage: "PayPal is not set up on this server",
                })}
              >
                <FormattedMessage
                  id="commerce.paypal.unavailableBody"
                  defaultMessage="The platform needs PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET and PAYPAL_WEBHOOK_ID before checkout can offer PayPal. You can still save your merchant id now."
                />
              </Notice>
            ) : null}
            {!connection.currencySupported ? (
              <Notice
                tone="warning"
                title={intl.formatMessage(
                  {
                    id: "commerce.paypal.currencyTitle",
                    defaultMessage: "PayPal does not take {currency}",
                  },
                  { currency: connection.currency },
                )}
              >
                <FormattedMessage
                  id="commerce.paypal.currencyBody"
                  defaultMessage="Checkout offers PayPal only in a currency PayPal supports."
                />
              </Notice>
            ) : null}
            <TextField
              label={intl.formatMessage({
                id: "commerce.paypal.merchantId",
                defaultMessage: "PayPal merchant id",
              })}
              name="merchantId"
              defaultValue={connection.merchantId ?? ""}
              autoComplete="off"
              spellCheck={false}
              maxLength={13}
              hint={intl.formatMessage({
                id: "commerce.paypal.merchantIdHint",
                defaultMessage:
                  "13 letters and digits, in PayPal under Account settings → Business information.",
              })}
              error={errors.fieldError("merchantId")}
            />
            {confirming ? (
              <Notice
                tone="warning"
                title={intl.formatMessage({
                  id: "commerce.paypal.confirmTitle",
                  defaultMessage: "Disconnect PayPal?",
                })}
              >
                <FormattedMessage
                  id="commerce.paypal.confirmBody"
                  defaultMessage="Checkout stops offering PayPal at once. Refunds of orders already paid with PayPal may then have to be made in PayPal itself."
                />
              </Notice>
            ) : null}
            <FormError message={errors.formError} />
          </div>
        </CardBody>
        <CardFooter>
          <Button type="submit" variant="primary" loading={connect.isPending}>
            {connection.merchantId ? (
              <FormattedMessage id="commerce.paypal.save" defaultMessage="Save merchant id" />
            ) : (
              <FormattedMessage id="commerce.paypal.connect" defaultMessage="Connect PayPal" />
            )}
          </Button>
          {connection.merchantId ? (
            confirming ? (
              <>
                <Button
                  variant="danger"
                  loading={disconnect.isPending}
                  onClick={() => disconnect.mutate({ siteId })}
                >
                  <FormattedMessage id="commerce.paypal.disconnect" defaultMessage="Disconnect" />
                </Button>
                <Button onClick={() => setConfirming(false)}>
                  <FormattedMessage id="commerce.paypal.keep" defaultMessage="Keep PayPal" />
                </Button>
              </>
            ) : (
              <Button onClick={() => setConfirming(true)}>
                <FormattedMessage id="commerce.paypal.disconnectAsk" defaultMessage="Disconnect…" />
              </Button>
            )
          ) : null}
        </CardFooter>
      </form>
    </Card>
  );
}
