import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import type { AppDeps } from "../../server/deps.ts";
import { call, type registerUser } from "../helpers/app.ts";

export type Person = Awaited<ReturnType<typeof registerUser>>;
export type Role = "owner" | "admin" | "editor" | "viewer";

/** A site made through the API, with members of every role added straight in the database. */
export async function siteWithTeam(
  app: FastifyInstance,
  deps: AppDeps,
  owner: Person,
  others: Partial<Record<Exclude<Role, "owner">, Person>> = {},
  doc?: SiteDoc,
) {
  const slug = `rv-${randomUUID().slice(0, 8)}`;
  const created = await call(
    app,
    "mutation",
    "sites.create",
    { name: `Review ${slug}`, slug },
    { cookie: owner.cookie },
  );
  if (created.status !== 200) throw new Error(JSON.stringify(created.error));
  const siteId = created.data.site.id as string;
  for (const [role, person] of Object.entries(others)) {
    await deps.db.prisma.siteMember.create({
      data: { siteId, userId: person.user.id, role: role as Role },
    });
  }
  if (doc) await setDraft(deps, siteId, doc);
  return { siteId, slug, name: `Review ${slug}` };
}

/** Changes the draft the way every change reaches it: through the collab server. */
export async function setDraft(deps: AppDeps, siteId: string, doc: SiteDoc) {
  await deps.collab.server.replace(siteId, doc, { kind: "system" });
}

export async function draftOf(deps: AppDeps, siteId: string): Promise<SiteDoc> {
  return structuredClone((await deps.siteDocuments.draft(siteId)).doc);
}

export function heroOf(doc: SiteDoc) {
  const hero = doc.pages[0]!.blocks.find((block) => block.type === "hero");
  if (!hero) throw new Error("no hero on the home page");
  return hero;
}

/** Makes a preview link through the API and returns its path (`/p/<token>/`) and id. */
export async function previewLink(
  app: FastifyInstance,
  person: Person,
  siteId: string,
  input: Record<string, unknown> = {},
) {
  const result = await call(
    app,
    "mutation",
    "preview.create",
    { siteId, ...input },
    {
      cookie: person.cookie,
    },
  );
  if (result.status !== 200) throw new Error(JSON.stringify(result.error));
  const url = new URL(result.data.url as string);
  const token = url.pathname.split("/")[2]!;
  return { path: url.pathname, token, linkId: result.data.link.id as string, data: result.data };
}

let ip = 0;
/** A fresh client address, so one test's failures never throttle another's. */
export function freshIp(): string {
  ip += 1;
  return `10.9.${Math.floor(ip / 250)}.${(ip % 250) + 1}`;
}

/** A reviewer's JSON call through a preview link. */
export async function reviewerPost(
  app: FastifyInstance,
  path: string,
  body: unknown,
  options: { cookie?: string; ip?: string } = {},
) {
  const response = await app.inject({
    method: "POST",
    url: path,
    headers: {
      "content-type": "application/json",
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    remoteAddress: options.ip,
    payload: JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read responses loosely
  return { status: response.statusCode, body: response.json() as Record<string, any>, response };
}
