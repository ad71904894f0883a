import { useIntl } from "react-intl";
import type { Site } from "../api/types.ts";
import { Card, CardBody, CardHeader } from "../ui/Card.tsx";
import { PreviewLinksPanel } from "./PreviewLinks.tsx";
import { can } from "../../../domain/permissions.ts";
import { TransferSection } from "./TransferSection.tsx";

/** The review sections of the site settings page: preview links and export/import. */
export function ReviewSettingsSections({ site }: { site: Site }) {
  return (
    <>
      <PreviewLinksCard site={site} />
      <TransferSection site={site} />
    </>
  );
}

function PreviewLinksCard({ site }: { site: Site }) {
  const intl = useIntl();
  if (!can(site.role, "preview.list")) return null;
  return (
    <Card aria-labelledby="preview-links-title">
      <CardHeader
        id="preview-links-title"
        title={intl.formatMessage({ id: "review.settings.links", defaultMessage: "Preview links" })}
        description={intl.formatMessage({
          id: "review.settings.linksDescription",
          defaultMessage:
            "Let clients and colleagues look at the draft, or a saved version, without an account, and comment on it.",
        })}
      />
      <CardBody>
        <PreviewLinksPanel siteId={site.id} />
      </CardBody>
    </Card>
  );
}
