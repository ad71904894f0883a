import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { defineMessages, FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { Site } from "../api/types.ts";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardHeader } from "../ui/Card.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { can } from "../../../domain/permissions.ts";
import "./review.css";

/** What POST /api/sites/import answers (server/sites/transfer/site-transfer.ts ImportResult). */
export type ImportAnswer = {
  site: { id: string; name: string; slug: string };
  report: {
    migratedFrom: number | null;
    brought: {
      pages: number;
      blocks: number;
      products: number;
      collections: number;
      images: number;
      publishedVersion: boolean;
    };
    problems: string[];
    notIncluded: string[];
  };
};

const IMPORT_PATH = "/api/sites/import";

/** What an archive leaves out, as the server names it (transfer.summary's notIncludedParts). */
const NOT_INCLUDED_WORDS = defineMessages({
  orders: { id: "review.transfer.part.orders", defaultMessage: "orders, carts and customers" },
  discounts: { id: "review.transfer.part.discounts", defaultMessage: "discount codes" },
  taxesAndShipping: {
    id: "review.transfer.part.taxesAndShipping",
    defaultMessage: "tax rates and shipping zones",
  },
  reviewAndTeam: {
    id: "review.transfer.part.reviewAndTeam",
    defaultMessage: "preview links, comments and the team",
  },
});

/**
 * Export and import in site settings. Export downloads the whole site as one archive (owners and
 * admins); import reads an archive into a new site that the importer owns, and says what it
 * brought and what it could not. Neither changes this site.
 */
export function TransferSection({ site, fetcher = fetch }: { site: Site; fetcher?: typeof fetch }) {
  const intl = useIntl();
  return (
    <Card aria-labelledby="transfer-title">
      <CardHeader
        id="transfer-title"
        title={intl.formatMessage({
          id: "review.transfer.title",
          defaultMessage: "Export and import",
        })}
        description={intl.formatMessage({
          id: "review.transfer.description",
          defaultMessage:
            "Take the whole site with you as one file, or make a new site from such a file.",
        })}
      />
      <CardBody>
        <div className="transfer">
          {can(site.role, "transfer.export") ? <ExportPart site={site} /> : null}
          <ImportPart fetcher={fetcher} />
        </div>
      </CardBody>
    </Card>
  );
}

function ExportPart({ site }: { site: Site }) {
  const intl = useIntl();
  const trpc = useTRPC();
  const summary = useQuery(trpc.transfer.exportSummary.queryOptions({ siteId: site.id }));
  return (
    <section className="transfer__part" aria-labelledby="export-title">
      <h3 id="export-title" className="transfer__title">
        <FormattedMessage id="review.transfer.exportTitle" defaultMessage="Export this site" />
      </h3>
      {summary.isPending ? (
        <Skeleton height={40} radius={6} />
      ) : summary.isError ? (
        <FormError message={toProblem(summary.error).message} />
      ) : (
        <>
          <p className="transfer__text">
            <FormattedMessage
              id="review.transfer.exportContents"
              defaultMessage="One <code>.tar.gz</code> file with {pages, plural, one {# page} other {# pages}}, the theme, {products, plural, one {# product} other {# products}}, {collections, plural, one {# collection} other {# collections}} and {images, plural, one {# image} other {# images}}."
              values={{
                pages: summary.data.pages,
                products: summary.data.products,
                collections: summary.data.collections,
                images: summary.data.images,
                code: (chunks) => <code>{chunks}</code>,
              }}
            />
          </p>
          {summary.data.notIncludedParts.length > 0 ? (
            <p className="transfer__note">
              <FormattedMessage
                id="review.transfer.notIncluded"
                defaultMessage="Not included: {items}."
                values={{
                  items: summary.data.notIncludedParts
                    .map((part) => intl.formatMessage(NOT_INCLUDED_WORDS[part]))
                    .join(
                      intl.formatMessage({
                        id: "review.transfer.partSeparator",
                        defaultMessage: "; ",
                      }),
                    ),
                }}
              />
            </p>
          ) : null}
          <a
            className="button button--secondary button--md"
            href={summary.data.downloadPath}
            download
          >
            <span className="button__label">
              <FormattedMessage id="review.transfer.download" defaultMessage="Download archive" />
            </span>
          </a>
        </>
      )}
    </section>
  );
}

function ImportPart({ fetcher }: { fetcher: typeof fetch }) {
  const id = useId();
  const intl = useIntl();
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportAnswer | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError(
        intl.formatMessage({
          id: "review.transfer.chooseFile",
          defaultMessage: "Choose an archive exported from Pegasus (.tar.gz).",
        }),
      );
      return;
    }
    setPending(true);
    setError(null);
    setResult(null);
    try {
      const response = await fetcher(IMPORT_PATH, {
        method: "POST",
        headers: { "content-type": "application/gzip" },
        credentials: "same-origin",
        body: file,
      });
      const body = (await response.json().catch(() => null)) as
        (ImportAnswer & { error?: undefined }) | { error: { message: string } } | null;
      if (!response.ok || !body || ("error" in body && body.error)) {
        setError(
          body && "error" in body && body.error
            ? body.error.message
            : intl.formatMessage(
                {
                  id: "review.transfer.failed",
                  defaultMessage: "The import failed ({status}). Try again.",
                },
                { status: response.status },
              ),
        );
        return;
      }
      setResult(body as ImportAnswer);
      if (input.current) input.current.value = "";
      await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
    } catch {
      setError(
        intl.formatMessage({
          id: "review.transfer.offline",
          defaultMessage: "We could not reach Pegasus. Check your connection and try again.",
        }),
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="transfer__part" aria-labelledby="import-title">
      <h3 id="import-title" className="transfer__title">
        <FormattedMessage id="review.transfer.importTitle" defaultMessage="Import a site" />
      </h3>
      <p className="transfer__text">
        <FormattedMessage
          id="review.transfer.importText"
          defaultMessage="Makes a new site from an archive, in your account. Nothing existing is overwritten."
        />
      </p>
      <form className="transfer__form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={`${id}-file`} className="visually-hidden">
          <FormattedMessage id="review.transfer.file" defaultMessage="Site archive" />
        </label>
        <input
          id={`${id}-file`}
          ref={input}
          type="file"
          accept=".gz,.tgz,application/gzip"
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={() => setError(null)}
        />
        <Button type="submit" loading={pending}>
          <FormattedMessage id="review.transfer.import" defaultMessage="Import as a new site" />
        </Button>
      </form>
      <div id={`${id}-error`}>
        <FormError message={error} />
      </div>
      {result ? <ImportReport result={result} /> : null}
    </section>
  );
}

function ImportReport({ result }: { result: ImportAnswer }) {
  const { brought, problems, migratedFrom } = result.report;
  const intl = useIntl();
  return (
    <Notice
      tone={problems.length ? "warning" : "success"}
      title={intl.formatMessage(
        { id: "review.transfer.imported", defaultMessage: "“{name}” was imported" },
        { name: result.site.name },
      )}
      action={
        <Link className="button button--primary button--sm" to={`/sites/${result.site.id}/editor`}>
          <span className="button__label">
            <FormattedMessage id="review.transfer.open" defaultMessage="Open it" />
          </span>
        </Link>
      }
    >
      <p>
        <FormattedMessage
          id="review.transfer.brought"
          defaultMessage="{pages, plural, one {# page} other {# pages}} with {blocks, plural, one {# block} other {# blocks}}, {products, plural, one {# product} other {# products}}, {collections, plural, one {# collection} other {# collections}} and {images, plural, one {# image} other {# images}}{published, select, yes {, plus the published version (saved, ready to publish)} other {}}."
          values={{ ...brought, published: brought.publishedVersion ? "yes" : "no" }}
        />
        {migratedFrom ? (
          <>
            {" "}
            <FormattedMessage
              id="review.transfer.migrated"
              defaultMessage="The site was saved by an older Pegasus (format {format}) and was updated."
              values={{ format: migratedFrom }}
            />
          </>
        ) : null}
      </p>
      {problems.length > 0 ? (
        <>
          <p>
            <FormattedMessage
              id="review.transfer.problems"
              defaultMessage="What could not be brought:"
            />
          </p>
          <ul className="transfer__problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Notice>
  );
}
