import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "../../server/auth/sessions.ts";
import { appRouter } from "../../server/routers/_app.ts";
import { MEDIA_UPLOAD_PATH } from "../../server/media/routes.ts";
import { createProduct, createShop, Shopper, type Shop } from "../commerce/helpers.ts";
import { call, useTestApp } from "../helpers/app.ts";
import {
  hostileValue,
  jsonSchemaOf,
  type IdPool,
  type JsonSchema,
} from "../helpers/hostile-input.ts";
import { multipart } from "../media/helpers.ts";
import { photo } from "../media/images.ts";

/**
 * Every tRPC procedure, enumerated from the app's router (a new procedure is fuzzed without
 * anyone adding it here), gets hostile input shaped like what it expects, sent by the owner of
 * a site full of records; the upload route gets malformed multipart bodies. Whatever comes in,
 * the answer is never a 500: bad input is the caller's mistake and is told so.
 */
const SEED = 20261207;
const RUNS_PER_PROCEDURE = 20;

// On PostgreSQL when there is one: it is what refuses NUL in text (22021), and what production
// runs. One database, not both, keeps the file within about a minute.
const { app, deps } = await useTestApp({
  kind: process.env.DATABASE_URL ? "postgres" : "pglite",
});

type Procedure = { path: string; type: "query" | "mutation"; schemas: JsonSchema[] };

function procedures(): Procedure[] {
  const defs = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: string; inputs: Parameters<typeof jsonSchemaOf>[0][] } }
  >;
  return Object.entries(defs).map(([path, procedure]) => ({
    path,
    type: procedure._def.type === "query" ? "query" : "mutation",
    schemas: procedure._def.inputs.map(jsonSchemaOf),
  }));
}

/** A shop with one of everything a procedure can name: products, orders, versions, ... */
async function seededShop(): Promise<Shop> {
  const shop = await createShop(app, deps);
  const product = await createProduct(shop, { title: "Linen apron", price: 2400, stock: 20 });
  await new Shopper(app, shop).buy(product.variants[0]!.id, 2);
  const steps: [string, Record<string, unknown>][] = [
    ["collections.create", { collection: { title: "Aprons", productIds: [product.id] } }],
    ["versions.createNamed", { label: "Spring" }],
    ["preview.create", { label: "For Sam" }],
    ["discounts.create", { discount: { code: "SPRING10", kind: "percentage", value: 1000 } }],
    [
      "shipping.createZone",
      {
        zone: {
          name: "Home",
          countries: ["US"],
          rates: [{ name: "Std", kind: "flat", price: 500 }],
        },
      },
    ],
    ["taxes.save", { rate: { country: "US", ratePpm: 80_000 } }],
    ["members.invite", { email: `invitee-${shop.slug}@example.com`, role: "editor" }],
  ];
  for (const [procedure, input] of steps) {
    const result = await shop.as("mutation", procedure, input);
    if (result.status !== 200) throw new Error(`${procedure}: ${JSON.stringify(result.error)}`);
  }
  const draft = (await deps.siteDocuments.draft(shop.siteId)).doc;
  const blockId = draft.pages[0]!.blocks[0]!.id;
  const thread = await shop.as("mutation", "comments.create", { blockId, body: "Brighter?" });
  if (thread.status !== 200) throw new Error(`comments.create: ${JSON.stringify(thread.error)}`);
  const body = multipart(await photo(40, 30), "apron.jpg", "image/jpeg");
  const uploaded = await app.inject({
    method: "POST",
    url: `${MEDIA_UPLOAD_PATH}?siteId=${shop.siteId}`,
    headers: { ...body.headers, cookie: shop.owner.cookie },
    payload: body.payload,
  });
  if (uploaded.statusCode >= 300) throw new Error(`upload: ${uploaded.body}`);
  return shop;
}

/** Every id in the site, by kind, as the generator's `IdPool` names them. */
async function idsOf(siteId: string): Promise<IdPool> {
  const p = deps.db.prisma;
  const bySite = { where: { siteId }, select: { id: true } } as const;
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const draft = (await deps.siteDocuments.draft(siteId)).doc;
  return {
    product: ids(await p.product.findMany(bySite)),
    variant: ids(await p.productVariant.findMany(bySite)),
    collection: ids(await p.collection.findMany(bySite)),
    order: ids(await p.order.findMany(bySite)),
    line: ids(await p.orderLine.findMany({ where: { order: { siteId } }, select: { id: true } })),
    version: ids(await p.siteVersion.findMany(bySite)),
    link: ids(await p.previewLink.findMany(bySite)),
    discount: ids(await p.discount.findMany(bySite)),
    zone: ids(await p.shippingZone.findMany(bySite)),
    taxRate: ids(await p.taxRate.findMany(bySite)),
    invitation: ids(await p.invitation.findMany(bySite)),
    media: ids(await p.media.findMany(bySite)),
    thread: ids(await p.commentThread.findMany(bySite)),
    comment: ids(await p.comment.findMany({ where: { thread: { siteId } }, select: { id: true } })),
    user: (await p.siteMember.findMany({ where: { siteId } })).map((m) => m.userId),
    page: draft.pages.map((page) => page.id),
    block: draft.pages.flatMap((page) => page.blocks.map((block) => block.id)),
  };
}

function merge(own: IdPool, other: IdPool): IdPool {
  const pool: IdPool = { all: [] };
  for (const kind of new Set([...Object.keys(own), ...Object.keys(other)])) {
    pool[kind] = [...(own[kind] ?? []), ...(other[kind] ?? [])];
    pool.all!.push(...pool[kind]!);
  }
  return pool;
}

/** A site procedure's input is its `{ siteId }` and its own input object, merged. */
function mergeInputs(parts: unknown[]): unknown {
  if (parts.length === 0) return undefined;
  const objects = parts.every((part) => typeof part === "object" && part && !Array.isArray(part));
  return objects ? Object.assign({}, ...parts) : parts.at(-1);
}

type Answer = { path: string; input: string; status: number };

/** A seed per procedure from its name: adding a procedure leaves every other one's inputs as they were. */
function seedOf(path: string): number {
  let hash = SEED;
  for (const char of path) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/**
 * Every property of the input nested 50,000 arrays deep: past what any recursive walk of it
 * (ours, zod's, JSON.stringify's) survives. Written as text, since JSON.stringify cannot.
 */
function deeplyNested(procedure: Procedure, siteId: string): string | undefined {
  const keys = procedure.schemas.flatMap((schema) => Object.keys(schema.properties ?? {}));
  if (keys.length === 0) return undefined;
  const deep = `${"[".repeat(50_000)}"\\u0000"${"]".repeat(50_000)}`;
  const fields = keys.map((key) =>
    key === "siteId" ? `"siteId":"${siteId}"` : `"${key}":${deep}`,
  );
  return `{${fields.join(",")}}`;
}

async function send(procedure: Procedure, body: string | undefined, cookie: string) {
  const response =
    procedure.type === "query"
      ? await app.inject({
          method: "GET",
          url: `/trpc/${procedure.path}${body === undefined ? "" : `?input=${encodeURIComponent(body)}`}`,
          headers: { cookie },
        })
      : await app.inject({
          method: "POST",
          url: `/trpc/${procedure.path}`,
          headers: { cookie, "content-type": "application/json" },
          payload: body ?? "",
        });
  return response.statusCode;
}

function report(answers: Answer[], what: string) {
  const failures = answers.filter((answer) => answer.status === 500);
  const places = [...new Set(failures.map((failure) => failure.path))];
  console.info(
    `${what}: ${answers.length} requests, ${failures.length} answered 500${places.length ? ` at ${places.length} places (${places.join(", ")})` : ""}`,
  );
  return failures.map((failure) => `${failure.path} ${failure.input.slice(0, 300)}`);
}

describe("fuzzing", () => {
  // Thousands of requests, all CPU: over 600 s at a load average near 25, hence half an hour.
  it("every procedure, as a site's owner, never answers 500", { timeout: 1_800_000 }, async () => {
    const shop = await seededShop();
    const stranger = await seededShop();
    const pool = merge(await idsOf(shop.siteId), await idsOf(stranger.siteId));
    pool.site = [stranger.siteId];
    let cookie = shop.owner.cookie;

    /** The fuzzer logs itself out, deletes its site, leaves it...: put the owner back. */
    async function keepOwnerInBusiness() {
      const me = await call(app, "query", "auth.me", undefined, { cookie });
      if (me.status === 401) {
        const session = await createSession(deps, shop.owner.user.id, {});
        cookie = `${SESSION_COOKIE}=${session.token}`;
      }
      await deps.db.prisma.site.update({ where: { id: shop.siteId }, data: { deletedAt: null } });
      await deps.db.prisma.siteMember.upsert({
        where: { siteId_userId: { siteId: shop.siteId, userId: shop.owner.user.id } },
        create: { siteId: shop.siteId, userId: shop.owner.user.id, role: "owner" },
        update: { role: "owner" },
      });
    }

    const all = procedures();
    expect(all.length).toBeGreaterThan(90);
    const answers: Answer[] = [];
    for (const procedure of all) {
      // Mostly valid inputs with a hostile leaf or two, so they reach the handler; some chaos.
      const arbitrary = fc.oneof(
        ...[0.05, 0.15, 0.5].map((chaos) =>
          fc
            .tuple(
              ...procedure.schemas.map((schema) =>
                hostileValue(schema, { ids: pool, siteId: shop.siteId, chaos }),
              ),
            )
            .map(mergeInputs),
        ),
      );
      const bodies = fc
        .sample(arbitrary, { seed: seedOf(procedure.path), numRuns: RUNS_PER_PROCEDURE })
        .map((input) => (input === undefined ? undefined : JSON.stringify(input)));
      bodies.push(deeplyNested(procedure, shop.siteId));
      for (const body of bodies) {
        const status = await send(procedure, body, cookie);
        answers.push({ path: procedure.path, input: body ?? "", status });
        if (procedure.type === "mutation" && status < 300) await keepOwnerInBusiness();
      }
    }
    expect(report(answers, `tRPC fuzz over ${all.length} procedures`)).toEqual([]);
  });

  it(
    "the upload route, sent malformed multipart bodies, never answers 500 and keeps nothing it refused",
    { timeout: 300_000 },
    async () => {
      const shop = await createShop(app, deps);
      const good = multipart(await photo(40, 30), "apron.jpg", "image/jpeg", { alt: "An apron" });
      const type = good.headers["content-type"];
      const boundary = type.split("boundary=")[1]!;
      const latin1 = good.payload.toString("latin1");
      const hostileText = fc.constantFrom(
        "\u0000",
        "\r\n",
        "\r\n\r\n",
        `--${boundary}`,
        `\r\n--${boundary}--\r\n`,
        '"; filename="../../x.jpg',
        "\xed\xa0\x80",
        "\xff\xfe",
        "x".repeat(10_000),
      );
      const body = fc.oneof(
        // Cut anywhere.
        fc
          .nat({ max: good.payload.length })
          .map((at) => ({ payload: good.payload.subarray(0, at), type })),
        // Something hostile spliced in anywhere (headers, file, boundaries).
        fc.tuple(fc.nat({ max: latin1.length }), hostileText).map(([at, text]) => ({
          payload: Buffer.from(latin1.slice(0, at) + text + latin1.slice(at), "latin1"),
          type,
        })),
        // The file part twice, or the whole body twice.
        fc.constant({ payload: Buffer.concat([good.payload, good.payload]), type }),
        fc.constant({
          payload: Buffer.from(
            latin1.replace(
              /--\r\n$/,
              `\r\n${latin1.slice(latin1.indexOf('Content-Disposition: form-data; name="file"'))}`,
            ),
            "latin1",
          ),
          type,
        }),
        // The content type wrong.
        fc
          .constantFrom(
            "multipart/form-data",
            "multipart/form-data; boundary=",
            `multipart/form-data; boundary="${boundary}`,
            `multipart/mixed; boundary=${boundary}`,
            `multipart/form-data; boundary=${"b".repeat(200)}`,
            "multipart/form-data; charset=\u0000",
          )
          .map((header) => ({ payload: good.payload, type: header })),
        // Bytes that are nothing at all.
        fc.uint8Array({ maxLength: 2_000 }).map((bytes) => ({ payload: Buffer.from(bytes), type })),
      );

      const answers: Answer[] = [];
      for (const sample of fc.sample(body, { seed: SEED, numRuns: 150 })) {
        const before = await deps.db.prisma.media.count({ where: { siteId: shop.siteId } });
        const response = await app.inject({
          method: "POST",
          url: `${MEDIA_UPLOAD_PATH}?siteId=${shop.siteId}`,
          headers: { cookie: shop.owner.cookie, "content-type": sample.type },
          payload: sample.payload,
        });
        answers.push({
          path: MEDIA_UPLOAD_PATH,
          input: sample.payload.toString("latin1").slice(0, 300),
          status: response.statusCode,
        });
        if (response.statusCode >= 400) {
          expect(await deps.db.prisma.media.count({ where: { siteId: shop.siteId } })).toBe(before);
        }
      }
      expect(report(answers, "upload fuzz")).toEqual([]);
      await deps.media.whenIdle();
    },
  );
});
