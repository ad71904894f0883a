import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FormattedMessage, useIntl } from "react-intl";
import { Link, useNavigate, useSearchParams } from "react-router";
import { toProblem } from "../api/errors.ts";
import { useProblemMessage } from "../api/problemWords.ts";
import { useSession } from "../api/session.ts";
import { useTRPC } from "../api/trpc.ts";
import { AuthLayout } from "../auth/AuthLayout.tsx";
import { useLogout } from "../auth/useLogout.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button, ButtonLink } from "../ui/Button.tsx";
import { UsersIcon } from "../ui/icons.tsx";
import { Notice } from "../ui/Notice.tsx";
import { LoadingRegion, Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";

/**
 * The link from an invitation mail. Accepting is a deliberate click, not a side effect of opening
 * the page: mail scanners open links too. A visitor who is not logged in is asked to log in or
 * sign up first and comes back here afterwards.
 */
export function AcceptInvitationPage() {
  const intl = useIntl();
  const problemMessage = useProblemMessage();
  useDocumentTitle(
    intl.formatMessage({ id: "app.acceptInvite.documentTitle", defaultMessage: "Join a site" }),
  );
  const invitedTitle = intl.formatMessage({
    id: "app.acceptInvite.invitedTitle",
    defaultMessage: "You are invited",
  });
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toast = useToast();
  const logout = useLogout();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const session = useSession();
  const here = `/invitations/accept?token=${encodeURIComponent(token)}`;

  const accept = useMutation(
    trpc.members.acceptInvitation.mutationOptions({
      onSuccess: async ({ siteId }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
        toast.show({
          title: intl.formatMessage({
            id: "app.acceptInvite.joined",
            defaultMessage: "You joined the site",
          }),
        });
        void navigate(`/sites/${siteId}/editor`, { replace: true });
      },
    }),
  );

  if (!token) {
    return (
      <AuthLayout
        title={intl.formatMessage({
          id: "app.acceptInvite.incompleteTitle",
          defaultMessage: "This invitation link is incomplete",
        })}
        description={intl.formatMessage({
          id: "app.acceptInvite.incompleteText",
          defaultMessage:
            "Open the link from the invitation email again, or ask the person who invited you to send a new one.",
        })}
      >
        <ButtonLink to="/" variant="secondary" size="lg" fullWidth>
          <FormattedMessage id="app.acceptInvite.toPegasus" defaultMessage="Go to Pegasus" />
        </ButtonLink>
      </AuthLayout>
    );
  }

  if (session.isPending) {
    return (
      <AuthLayout title={invitedTitle}>
        <LoadingRegion
          label={intl.formatMessage({
            id: "app.acceptInvite.loading",
            defaultMessage: "Loading the invitation",
          })}
          className="form-stack"
        >
          <Skeleton height={20} />
          <Skeleton height={46} radius={8} />
        </LoadingRegion>
      </AuthLayout>
    );
  }

  const user = session.data;
  if (!user) {
    const next = encodeURIComponent(here);
    return (
      <AuthLayout
        title={invitedTitle}
        description={intl.formatMessage({
          id: "app.acceptInvite.loggedOutText",
          defaultMessage:
            "Someone invited you to work on their store with Pegasus. Log in or create a free account with the address the invitation was sent to, then accept it.",
        })}
      >
        <div className="invite__icon" aria-hidden="true">
          <UsersIcon size={28} />
        </div>
        <div className="form-stack">
          <ButtonLink to={`/signup?next=${next}`} variant="primary" size="lg" fullWidth>
            <FormattedMessage id="app.acceptInvite.signup" defaultMessage="Create an account" />
          </ButtonLink>
          <ButtonLink to={`/login?next=${next}`} variant="secondary" size="lg" fullWidth>
            <FormattedMessage id="app.acceptInvite.login" defaultMessage="Log in" />
          </ButtonLink>
        </div>
      </AuthLayout>
    );
  }

  const problem = accept.error ? toProblem(accept.error) : null;
  return (
    <AuthLayout
      title={intl.formatMessage({ id: "app.acceptInvite.title", defaultMessage: "Join the site" })}
      description={
        <FormattedMessage
          id="app.acceptInvite.text"
          defaultMessage="You are logged in as <strong>{email}</strong>. Accept the invitation to start working on the store with the team."
          values={{ email: user.email, strong: (words) => <strong>{words}</strong> }}
        />
      }
      footer={
        <Link to="/">
          <FormattedMessage
            id="app.acceptInvite.notNow"
            defaultMessage="Not now — go to your sites"
          />
        </Link>
      }
    >
      <div className="invite__icon" aria-hidden="true">
        <UsersIcon size={28} />
      </div>
      <div className="form-stack">
        <div aria-live="assertive" className="form-error-slot">
          {problem ? (
            <Notice
              tone="danger"
              title={
                problem.code === "FORBIDDEN"
                  ? intl.formatMessage({
                      id: "app.acceptInvite.wrongAccount",
                      defaultMessage: "Wrong account",
                    })
                  : intl.formatMessage({
                      id: "app.acceptInvite.cannotAccept",
                      defaultMessage: "Cannot accept",
                    })
              }
            >
              {problemMessage(problem)}
            </Notice>
          ) : null}
        </div>
        {problem?.code === "FORBIDDEN" ? (
          <Button variant="secondary" size="lg" fullWidth onClick={() => void logout()}>
            <FormattedMessage
              id="app.acceptInvite.switchAccount"
              defaultMessage="Log out and switch account"
            />
          </Button>
        ) : (
          <Button
            variant="primary"
            size="lg"
            fullWidth
            loading={accept.isPending}
            disabled={problem?.code === "NOT_FOUND"}
            onClick={() => accept.mutate({ token })}
          >
            <FormattedMessage id="app.acceptInvite.accept" defaultMessage="Accept invitation" />
          </Button>
        )}
      </div>
    </AuthLayout>
  );
}
