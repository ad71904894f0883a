import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
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

/**
 * Export and import in site settings. Export downloads the whole site as one archive (owners and
 * admins); import reads an archive into a new site that the importer owns, and says what it
 * brought and what it could not. Neither changes this site.
 */
export function TransferSection({ site, fetcher = fetch }: { site: Site; fetcher?: typeof fetch }) {
  return (
    <Card aria-labelledby="transfer-title">
      <CardHeader
        id="transfer-title"
        title="Export and import"
        description="Take the whole site with you as one file, or make a new site from such a file."
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
  const trpc = useTRPC();
  const summary = useQuery(trpc.transfer.exportSummary.queryOptions({ siteId: site.id }));
  return (
    <section className="transfer__part" aria-labelledby="export-title">
      <h3 id="export-title" className="transfer__title">
        Export this site
      </h3>
      {summary.isPending ? (
        <Skeleton height={40} radius={6} />
      ) : summary.isError ? (
        <FormError message={toProblem(summary.error).message} />
      ) : (
        <>
          <p className="transfer__text">
            One <code>.tar.gz</code> file with {summary.data.pages} page
            {summary.data.pages === 1 ? "" : "s"}, the theme, {summary.data.products} product
            {summary.data.products === 1 ? "" : "s"}, {summary.data.collections} collection
            {summary.data.collections === 1 ? "" : "s"} and {summary.data.images} image
            {summary.data.images === 1 ? "" : "s"}.
          </p>
          <p className="transfer__note">Not included: {summary.data.notIncluded.join("; ")}.</p>
          <a
            className="button button--secondary button--md"
            href={summary.data.downloadPath}
            download
          >
            <span className="button__label">Download archive</span>
          </a>
        </>
      )}
    </section>
  );
}

function ImportPart({ fetcher }: { fetcher: typeof fetch }) {
  const id = useId();
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
      setError("Choose an archive exported from Pegasus (.tar.gz).");
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
            : `The import failed (${response.status}). Try again.`,
        );
        return;
      }
      setResult(body as ImportAnswer);
      if (input.current) input.current.value = "";
      await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
    } catch {
      setError("We could not reach Pegasus. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="transfer__part" aria-labelledby="import-title">
      <h3 id="import-title" className="transfer__title">
        Import a site
      </h3>
      <p className="transfer__text">
        Makes a new site from an archive, in your account. Nothing existing is overwritten.
      </p>
      <form className="transfer__form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={`${id}-file`} className="visually-hidden">
          Site archive
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
          Import as a new site
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
  return (
    <Notice
      tone={problems.length ? "warning" : "success"}
      title={`“${result.site.name}” was imported`}
      action={
        <Link className="button button--primary button--sm" to={`/sites/${result.site.id}/editor`}>
          <span className="button__label">Open it</span>
        </Link>
      }
    >
      <p>
        {brought.pages} pages with {brought.blocks} blocks, {brought.products} products,{" "}
        {brought.collections} collections and {brought.images} images
        {brought.publishedVersion ? ", plus the published version (saved, ready to publish)" : ""}.
        {migratedFrom
          ? ` The site was saved by an older Pegasus (format ${migratedFrom}) and was updated.`
          : ""}
      </p>
      {problems.length > 0 ? (
        <>
          <p>What could not be brought:</p>
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
