import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import {
  MIN_ROLE,
  roleAtLeast,
  SITE_ACTIONS,
  SITE_ROLES,
  type SiteAction,
} from "../../domain/permissions.ts";
import { generateSite } from "../../server/ai/generate.ts";
import { OfflineAiProvider } from "../../server/ai/offline/index.ts";
import { ZSiteBrief } from "../../server/ai/tasks.ts";
import { collabAuthenticator } from "../../server/collab/authenticate.ts";
import { SiteRole as PrismaSiteRole } from "../../server/db/generated/enums.ts";
import { ZSiteScope } from "../../server/trpc.ts";
import { call, registerUser, useTestApp } from "../helpers/app.ts";
import { upload } from "../media/helpers.ts";
import { photo } from "../media/images.ts";

/**
 * The permission table (domain/permissions.ts), tried cell by cell: every site action as every role
 * and as a stranger. A member may do an action exactly when the table's role for it is theirs or
 * below; a member below it is refused (403), a stranger learns nothing (404), nobody logged in is
 * asked to log in (401), and a refusal changes nothing. The cells are generated from the table; each
 * action only says how it is tried.
 */
const { app, deps } = await useTestApp({ env: { AI_RATE_LIMIT_PER_MINUTE: "10000" } });
const people = {
  owner: await registerUser(app),
  admin: await registerUser(app),
  editor: await registerUser(app),
  viewer: await registerUser(app),
  stranger: await registerUser(app),
};
type Person = keyof typeof people;
/** A viewer whose role is changed and who is removed. */
const target = await registerUser(app);
/** Another editor, whose comments only moderators may change. */
const author = await registerUser(app, { name: "Another editor" });

/** A generated store (a trade with a catalogue entry, so it has sample products to act on). */
const generated = await generateSite(
  new OfflineAiProvider(),
  ZSiteBrief.parse({
    description: "Kiln House is a sourdough bakery in Bath selling loaves and croissants.",
  }),
  { seed: 2, fetch: null },
);

/** The document with every picture's alt text emptied. */
function withoutAltText(doc: SiteDoc): SiteDoc {
  const emptied = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(emptied);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) =>
        key === "alt" && typeof item === "string" ? [key, ""] : [key, emptied(item)],
      ),
    );
  };
  return emptied(doc) as SiteDoc;
}

type Site = { id: string; doc: SiteDoc; heroId: string; homeId: string };

/** A site with one member of each role (and `target` and `author`), and its document. */
async function freshSite(doc?: SiteDoc): Promise<Site> {
  const site = await deps.db.prisma.site.create({
    data: {
      name: "Matrix",
      slug: `matrix-${randomUUID().slice(0, 8)}`,
      members: {
        create: [
          { userId: people.owner.user.id, role: "owner" },
          { userId: people.admin.user.id, role: "admin" },
          { userId: people.editor.user.id, role: "editor" },
          { userId: people.viewer.user.id, role: "viewer" },
          { userId: target.user.id, role: "viewer" },
          { userId: author.user.id, role: "editor" },
        ],
      },
      storeSettings: { create: { currency: "USD" } },
    },
  });
  await deps.siteDocuments.initialise(site.id, { name: site.name, doc });
  const { doc: draft } = await deps.siteDocuments.draft(site.id);
  const home = draft.pages[0]!;
  return {
    id: site.id,
    doc: draft,
    homeId: home.id,
    heroId: home.blocks.find((b) => b.type === "hero")!.id,
  };
}

/** Everything a site action could change, to show that a refusal changed none of it. */
async function snapshot(siteId: string) {
  const p = deps.db.prisma;
  const where = { siteId };
  const byId = { orderBy: { id: "asc" as const } };
  return {
    sites: await p.site.count(),
    site: await p.site.findUnique({ where: { id: siteId } }),
    doc: (await deps.siteStore.get(siteId))?.doc,
    versions: (await deps.siteStore.listVersions(siteId)).length,
    members: await p.siteMember.findMany({ where, orderBy: { userId: "asc" } }),
    invitations: await p.invitation.findMany({ where, ...byId }),
    media: await p.media.findMany({ where, ...byId }),
    suggestions: await p.aiSuggestion.findMany({ where, ...byId }),
    usage: await p.aiUsage.findMany({ where, ...byId }),
    links: await p.previewLink.findMany({ where, ...byId }),
    threads: await p.commentThread.findMany({
      where,
      ...byId,
      include: { comments: { orderBy: { id: "asc" } } },
    }),
    settings: await p.storeSettings.findUnique({ where: { siteId } }),
    products: await p.product.findMany({ where, ...byId, include: { variants: true } }),
    collections: await p.collection.findMany({ where, ...byId, include: { products: true } }),
    orders: await p.order.findMany({ where, ...byId, include: { refunds: true } }),
    discounts: await p.discount.findMany({ where, ...byId }),
    taxes: await p.taxRate.findMany({ where, ...byId }),
    zones: await p.shippingZone.findMany({ where, ...byId, include: { rates: true } }),
    paymentAccounts: await p.paymentAccount.findMany({ where, ...byId }),
  };
}

// What some actions act on, made straight in the database.

async function addInvitation(s: Site) {
  return deps.db.prisma.invitation.create({
    data: {
      siteId: s.id,
      email: "pending@example.com",
      role: "viewer",
      tokenHash: randomUUID(),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
}

/** An image in the library (a ready row; no files needed). */
async function addMedia(s: Site) {
  return deps.db.prisma.media.create({
    data: {
      siteId: s.id,
      sha256: randomUUID(),
      filename: "kiln.jpg",
      sourceType: "jpeg",
      sourceBytes: 1000,
      status: "ready",
      width: 640,
      height: 480,
      widths: [320, 640],
      formats: ["avif", "webp", "jpeg"],
    },
  });
}

async function addVersion(s: Site) {
  return deps.siteStore.appendVersion(s.id, { kind: "named", label: "v1", doc: s.doc });
}

async function addProduct(s: Site) {
  return deps.db.prisma.product.create({
    data: {
      siteId: s.id,
      handle: "kettle",
      title: "Kettle",
      status: "active",
      variants: { create: { siteId: s.id, title: "Default Title", price: 1000, stock: 5 } },
    },
    include: { variants: true },
  });
}

async function addOrder(s: Site) {
  const product = await addProduct(s);
  return deps.db.prisma.order.create({
    data: {
      siteId: s.id,
      number: 1001,
      token: randomUUID(),
      status: "paid",
      paymentStatus: "paid",
      email: "buyer@example.com",
      currency: "USD",
      taxesIncluded: false,
      subtotal: 1000,
      total: 1000,
      paymentProvider: "test",
      paymentRef: "tch_matrix",
      paymentIntentRef: "tch_matrix",
      paidAt: new Date(),
      lines: {
        create: {
          productId: product.id,
          variantId: product.variants[0]!.id,
          title: "Kettle",
          unitPrice: 1000,
          quantity: 1,
        },
      },
    },
  });
}

async function addCollection(s: Site) {
  return deps.db.prisma.collection.create({
    data: { siteId: s.id, handle: "gear", title: "Gear" },
  });
}

async function addZone(s: Site) {
  return deps.db.prisma.shippingZone.create({
    data: {
      siteId: s.id,
      name: "US",
      countries: ["US"],
      rates: { create: { name: "Std", kind: "flat", price: 500 } },
    },
  });
}

async function addPreviewLink(s: Site) {
  return deps.db.prisma.previewLink.create({
    data: { siteId: s.id, tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 86_400_000) },
  });
}

/** A thread on the hero by `author`: its first comment and a reply. */
async function addThread(s: Site, resolved = false) {
  return deps.db.prisma.commentThread.create({
    data: {
      siteId: s.id,
      pageId: s.homeId,
      blockId: s.heroId,
      ...(resolved ? { resolvedAt: new Date(), resolvedById: author.user.id } : {}),
      comments: {
        create: [
          { authorId: author.user.id, body: "First", createdAt: new Date(Date.now() - 2000) },
          { authorId: author.user.id, body: "Reply", createdAt: new Date(Date.now() - 1000) },
        ],
      },
    },
    include: { comments: { orderBy: { createdAt: "asc" } } },
  });
}

async function addSuggestion(s: Site, status: "pending" | "accepted") {
  return deps.db.prisma.aiSuggestion.create({
    data: {
      siteId: s.id,
      userId: people.owner.user.id,
      action: "rewrite",
      target: { kind: "block", blockId: s.heroId, pageId: s.homeId, type: "hero" },
      label: "Hero",
      before: { eyebrow: "Thrown by hand" },
      after: { eyebrow: "Thrown by hand!" },
      status,
    },
  });
}

type Input = Record<string, unknown>;

/** How an action is tried: as a person (or nobody), on a site prepared for it. */
type Attempt = {
  /** The document the site starts from (a fresh site's own when unset). */
  doc?: SiteDoc;
  /** What the site needs, made before the snapshot; `actor` is who will try. */
  prepare?: (s: Site, actor: Person) => Promise<Input> | Input;
  /** Tries the action, answering an HTTP status. */
  run: (s: Site, prepared: Input, cookie: string | undefined) => Promise<number>;
  /** The answer when the role allows the action: 200 unless said (another rule may refuse). */
  allowed?: (actor: Person) => number;
  /** The answer to someone not logged in: 401 unless said. */
  nobody?: number;
};

/** A tRPC procedure with the action's own name, called with `input`. */
function procedure(
  kind: "query" | "mutation",
  input: (s: Site, actor: Person) => Promise<Input> | Input = (s) => ({ siteId: s.id }),
  more: Omit<Attempt, "prepare" | "run"> & { path?: string } = {},
): (action: SiteAction) => Attempt {
  return (action) => ({
    ...more,
    prepare: input,
    run: async (_s, prepared, cookie) =>
      (await call(app, kind, more.path ?? action, prepared, { cookie })).status,
  });
}

const query = (input?: (s: Site, actor: Person) => Promise<Input> | Input) =>
  procedure("query", input);
const mutation = (input?: (s: Site, actor: Person) => Promise<Input> | Input) =>
  procedure("mutation", input);
/** An AI procedure, on a generated store with a sample product. */
const ai = (kind: "query" | "mutation", input: (s: Site) => Promise<Input> | Input) =>
  procedure(kind, input, { doc: generated.doc });

/** A PayPal merchant id of the site's own (one PayPal account per store). */
const paypalMerchantId = (s: Site) =>
  `M${s.id.replace(/[^a-f0-9]/g, "").slice(0, 12)}`.toUpperCase();
const product = { title: "Kettle", status: "active", variants: [{ price: 1200, stock: 3 }] };
const zone = { name: "EU", countries: ["DE"], rates: [{ name: "Std", kind: "flat", price: 900 }] };
const matrixBrand = {
  name: "Matrix",
  colors: {
    primary: "#1f4d3a",
    onPrimary: "#ffffff",
    secondary: "#e8dcc8",
    onSecondary: "#111111",
    accent: "#c2410c",
    onAccent: "#ffffff",
    background: "#fbf8f3",
    surface: "#f1ebe1",
    text: "#1c1917",
    muted: "#57534e",
  },
  fonts: { heading: "Fraunces", body: "Inter" },
};
const authenticate = collabAuthenticator(() => deps);

const attempts = {
  "sites.get": query(),
  "sites.publishStatus": query(),
  "sites.publish": mutation(),
  "sites.rename": mutation((s) => ({ siteId: s.id, name: "Renamed" })),
  "sites.setCustomDomain": mutation((s) => ({
    siteId: s.id,
    domain: `${s.id.slice(0, 8)}.shops.example.com`,
  })),
  "sites.delete": mutation(),
  "sites.restore": mutation(async (s) => {
    await deps.db.prisma.site.update({ where: { id: s.id }, data: { deletedAt: new Date() } });
    return { siteId: s.id };
  }),

  "members.list": query(),
  // The owner is the only owner here, so leaving is refused to them for that reason instead.
  "members.leave": procedure("mutation", undefined, {
    allowed: (actor) => (actor === "owner" ? 409 : 200),
  }),
  "members.invite": mutation((s) => ({
    siteId: s.id,
    email: `new-${randomUUID().slice(0, 6)}@example.com`,
    role: "editor",
  })),
  "members.listInvitations": query(),
  "members.revokeInvitation": mutation(async (s) => ({
    siteId: s.id,
    invitationId: (await addInvitation(s)).id,
  })),
  "members.changeRole": mutation((s) => ({ siteId: s.id, userId: target.user.id, role: "editor" })),
  "members.remove": mutation((s) => ({ siteId: s.id, userId: target.user.id })),
  "members.manageOwners": procedure(
    "mutation",
    (s) => ({
      siteId: s.id,
      email: `owner-${randomUUID().slice(0, 6)}@example.com`,
      role: "owner",
    }),
    { path: "members.invite" },
  ),

  "collab.token": mutation(),
  // The connection a member's editor opens: written through, or read-only (403 here).
  "collab.write": () => ({
    run: async (s, _prepared, cookie) => {
      const who = await authenticate({
        siteId: s.id,
        token: "",
        cookie,
        origin: undefined,
        host: undefined,
      });
      return who === null ? 404 : who.readOnly ? 403 : 200;
    },
    nobody: 404,
  }),
  "versions.list": query(),
  "versions.createNamed": mutation((s) => ({ siteId: s.id, label: "Before the sale" })),
  "versions.restore": mutation(async (s) => ({
    siteId: s.id,
    versionId: (await addVersion(s)).id,
  })),

  "media.list": query(async (s) => (await addMedia(s), { siteId: s.id, search: "kiln" })),
  "media.get": query(async (s) => ({ siteId: s.id, mediaId: (await addMedia(s)).id })),
  "media.uses": query(async (s) => ({ siteId: s.id, mediaId: (await addMedia(s)).id })),
  "media.upload": () => ({
    prepare: async () => ({ bytes: await photo(50, 50) }),
    run: async (s, prepared, cookie) => {
      const result = await upload(app, cookie, s.id, prepared.bytes as Buffer, "kiln.jpg");
      // Processing runs after the answer: let it finish before the next cell.
      if (result.media) await deps.media.whenProcessed(result.media.id);
      return result.status;
    },
    allowed: () => 202,
  }),
  "media.updateAlt": mutation(async (s) => ({
    siteId: s.id,
    mediaId: (await addMedia(s)).id,
    alt: "The kiln",
  })),
  "media.delete": mutation(async (s) => ({ siteId: s.id, mediaId: (await addMedia(s)).id })),
  "media.saveLogo": mutation((s) => ({ siteId: s.id, brand: matrixBrand, variant: "wordmark" })),
  "media.createPlaceholders": mutation((s) => ({ siteId: s.id, shapes: ["square"] })),

  "ai.credits": ai("query", (s) => ({ siteId: s.id })),
  "ai.generateSite": ai("mutation", (s) => ({
    siteId: s.id,
    brief: { description: "A tea shop in Leeds selling matcha." },
    seed: 1,
  })),
  "ai.job": ai("query", async (s) => {
    const job = await deps.ai.jobs.start(s.id, people.owner.user.id, async () => ({
      pages: [],
      products: [],
      productsCreated: 0,
      competitors: [],
      competitorFailures: [],
      warnings: [],
      notes: [],
      model: "test",
    }));
    return { siteId: s.id, jobId: job!.id };
  }),
  "ai.fillBlock": ai("mutation", (s) => ({ siteId: s.id, blockId: s.heroId })),
  "ai.rewrite": ai("mutation", (s) => ({ siteId: s.id, blockId: s.heroId, mode: "shorter" })),
  "ai.restyle": ai("mutation", (s) => ({
    siteId: s.id,
    scope: "site",
    instruction: "make it playful",
  })),
  "ai.productDescription": ai("mutation", async (s) => {
    await deps.ai.catalog.createProducts(s.id, generated.products.slice(0, 1));
    const made = await deps.db.prisma.product.findFirstOrThrow({ where: { siteId: s.id } });
    return { siteId: s.id, productId: made.id };
  }),
  "ai.seo": ai("mutation", (s) => ({ siteId: s.id, target: { kind: "page", pageId: s.homeId } })),
  // Pictures without alt text, so there is something to write: the generated store describes
  // its own, and the quality gate rightly offers nothing vaguer than those (422).
  "ai.altText": procedure("mutation", (s) => ({ siteId: s.id, pageId: s.homeId }), {
    doc: withoutAltText(generated.doc),
  }),
  "ai.describeChange": ai("mutation", (s) => ({
    siteId: s.id,
    pageId: s.homeId,
    request: "make the hero darker",
  })),
  "ai.suggestions": ai("query", (s) => ({ siteId: s.id })),
  "ai.accept": ai("mutation", async (s) => ({
    siteId: s.id,
    suggestionIds: [(await addSuggestion(s, "pending")).id],
  })),
  "ai.reject": ai("mutation", async (s) => ({
    siteId: s.id,
    suggestionIds: [(await addSuggestion(s, "pending")).id],
  })),
  "ai.undo": ai("mutation", async (s) => ({
    siteId: s.id,
    suggestionIds: [(await addSuggestion(s, "accepted")).id],
  })),

  "preview.create": mutation((s) => ({ siteId: s.id, allowComments: true })),
  "preview.list": query(),
  "preview.revoke": mutation(async (s) => ({ siteId: s.id, linkId: (await addPreviewLink(s)).id })),
  "preview.views": query(async (s) => ({ siteId: s.id, linkId: (await addPreviewLink(s)).id })),
  "preview.versions": query(),
  "comments.list": query(),
  "comments.create": mutation((s) => ({ siteId: s.id, blockId: s.heroId, body: "Make it pop" })),
  "comments.reply": mutation(async (s) => ({
    siteId: s.id,
    threadId: (await addThread(s)).id,
    body: "Agreed",
  })),
  // Each member's own comment (a stranger has none: they try someone else's).
  "comments.edit": mutation(async (s, actor) => {
    const thread = await addThread(s);
    const own =
      actor === "stranger"
        ? thread.comments[1]!
        : await deps.db.prisma.comment.create({
            data: { threadId: thread.id, authorId: people[actor].user.id, body: "Mine" },
          });
    return { siteId: s.id, commentId: own.id, body: "Mine, edited" };
  }),
  "comments.editAny": procedure(
    "mutation",
    async (s) => ({ siteId: s.id, commentId: (await addThread(s)).comments[1]!.id, body: "No" }),
    { path: "comments.edit" },
  ),
  "comments.resolve": mutation(async (s) => ({ siteId: s.id, threadId: (await addThread(s)).id })),
  "comments.reopen": mutation(async (s) => ({
    siteId: s.id,
    threadId: (await addThread(s, true)).id,
  })),
  "comments.deleteComment": mutation(async (s) => ({
    siteId: s.id,
    commentId: (await addThread(s)).comments[1]!.id,
  })),
  "comments.deleteThread": mutation(async (s) => ({
    siteId: s.id,
    threadId: (await addThread(s)).id,
  })),

  "transfer.exportSummary": query(),
  "transfer.export": () => ({
    run: async (s, _prepared, cookie) => {
      const response = await app.inject({
        url: `/api/sites/${s.id}/export`,
        headers: cookie ? { cookie } : {},
      });
      if (response.statusCode === 200) {
        expect(response.headers["content-type"]).toBe("application/gzip");
      } else {
        expect(response.body).not.toContain("Matrix");
      }
      return response.statusCode;
    },
  }),

  "products.list": query(),
  "products.get": query(async (s) => ({ siteId: s.id, productId: (await addProduct(s)).id })),
  "products.catalog": query(),
  "products.exportCsv": query(),
  "products.create": mutation((s) => ({ siteId: s.id, product: { ...product, title: "New" } })),
  "products.update": mutation(async (s) => ({
    siteId: s.id,
    productId: (await addProduct(s)).id,
    product,
  })),
  "products.bulkUpdate": mutation(async (s) => ({
    siteId: s.id,
    productIds: [(await addProduct(s)).id],
    set: { vendor: "X" },
  })),
  "products.archive": mutation(async (s) => ({
    siteId: s.id,
    productIds: [(await addProduct(s)).id],
  })),
  "products.delete": mutation(async (s) => ({
    siteId: s.id,
    productIds: [(await addProduct(s)).id],
  })),
  "products.importCsv": mutation((s) => ({
    siteId: s.id,
    csv: "Handle,Title,Variant Price\nmug,Mug,10.00\n",
  })),
  "collections.list": query(),
  "collections.get": query(async (s) => ({
    siteId: s.id,
    collectionId: (await addCollection(s)).id,
  })),
  "collections.create": mutation(async (s) => ({
    siteId: s.id,
    collection: { title: "New", productIds: [(await addProduct(s)).id] },
  })),
  "collections.update": mutation(async (s) => ({
    siteId: s.id,
    collectionId: (await addCollection(s)).id,
    collection: { title: "Renamed" },
  })),
  "collections.delete": mutation(async (s) => ({
    siteId: s.id,
    collectionId: (await addCollection(s)).id,
  })),
  "orders.list": query(),
  "orders.get": query(async (s) => ({ siteId: s.id, orderId: (await addOrder(s)).id })),
  "orders.fulfil": mutation(async (s) => ({
    siteId: s.id,
    orderId: (await addOrder(s)).id,
    notifyCustomer: false,
  })),
  "orders.cancel": mutation(async (s) => ({ siteId: s.id, orderId: (await addOrder(s)).id })),
  "orders.refund": mutation(async (s) => ({
    siteId: s.id,
    orderId: (await addOrder(s)).id,
    amount: 100,
  })),
  "orders.refundQuote": query(async (s) => ({ siteId: s.id, orderId: (await addOrder(s)).id })),
  "discounts.list": query(),
  "discounts.create": mutation((s) => ({
    siteId: s.id,
    discount: { code: "NEW", kind: "free_shipping" },
  })),
  "discounts.update": mutation(async (s) => {
    const discount = await deps.db.prisma.discount.create({
      data: { siteId: s.id, code: "TEN", kind: "percentage", value: 1000 },
    });
    return {
      siteId: s.id,
      discountId: discount.id,
      discount: { code: "TEN", kind: "percentage", value: 500 },
    };
  }),
  "discounts.delete": mutation(async (s) => {
    const discount = await deps.db.prisma.discount.create({
      data: { siteId: s.id, code: "TEN", kind: "percentage", value: 1000 },
    });
    return { siteId: s.id, discountId: discount.id };
  }),
  "checkout.settings": query(),
  "checkout.updateSettings": mutation((s) => ({ siteId: s.id, taxesIncluded: true })),
  "taxes.list": query(),
  "taxes.save": mutation((s) => ({ siteId: s.id, rate: { country: "DE", ratePpm: 190_000 } })),
  "taxes.delete": mutation(async (s) => {
    const tax = await deps.db.prisma.taxRate.create({
      data: { siteId: s.id, country: "US", ratePpm: 50_000 },
    });
    return { siteId: s.id, taxRateId: tax.id };
  }),
  "taxes.updateSettings": mutation((s) => ({ siteId: s.id, taxesIncluded: true })),
  "shipping.listZones": query(),
  "shipping.createZone": mutation((s) => ({ siteId: s.id, zone })),
  "shipping.updateZone": mutation(async (s) => ({
    siteId: s.id,
    zoneId: (await addZone(s)).id,
    zone: { ...zone, countries: ["US"] },
  })),
  "shipping.deleteZone": mutation(async (s) => ({ siteId: s.id, zoneId: (await addZone(s)).id })),
  "payments.overview": query(),
  "payments.refresh": mutation(),
  "payments.payouts": query(),
  "payments.paypalPayouts": query(),
  "payments.updateSettings": mutation((s) => ({ siteId: s.id, statementDescriptor: "KILN" })),
  // This app pays with the test gateway: the owner passes the role check and is then told
  // Stripe is not set up (tests/commerce/connect.test.ts connects against fake Stripe).
  "payments.connectStripe": procedure("mutation", undefined, { allowed: () => 409 }),
  "paypal.connection": query(),
  "paypal.connect": mutation((s) => ({ siteId: s.id, merchantId: paypalMerchantId(s) })),
  "paypal.disconnect": mutation(),
} satisfies Record<SiteAction, (action: SiteAction) => Attempt>;

function attemptFor(action: SiteAction): Attempt {
  return attempts[action](action);
}

/** The table's verdict: a stranger learns nothing, a member below the action's role is refused. */
function expected(action: SiteAction, actor: Person): number {
  if (actor === "stranger") return 404;
  if (!roleAtLeast(actor, MIN_ROLE[action])) return 403;
  return attemptFor(action).allowed?.(actor) ?? 200;
}

/** The actions that are not a tRPC procedure of their own name (domain/permissions.ts says what). */
const NOT_PROCEDURES: SiteAction[] = [
  "members.manageOwners",
  "collab.write",
  "media.upload",
  "comments.editAny",
  "transfer.export",
];

const cells = SITE_ACTIONS.flatMap((action) =>
  (Object.keys(people) as Person[]).map(
    (actor) => [action, actor, expected(action, actor)] as const,
  ),
);

describe("every site action by every role", () => {
  it.each(cells)("%s as %s -> %i", async (action, actor, outcome) => {
    const attempt = attemptFor(action);
    const site = await freshSite(attempt.doc);
    const prepared = (await attempt.prepare?.(site, actor)) ?? {};
    const before = await snapshot(site.id);
    expect(await attempt.run(site, prepared, people[actor].cookie)).toBe(outcome);
    // Let a generation this cell started finish before the next cell (and the app) moves on.
    await vi.waitFor(async () => expect(await deps.ai.jobs.running(site.id)).toBeNull(), {
      timeout: 60_000,
      interval: 25,
    });
    if (outcome !== 200 && outcome !== 202) expect(await snapshot(site.id)).toEqual(before);
  });

  it.each(SITE_ACTIONS)("%s as someone not logged in", async (action) => {
    const attempt = attemptFor(action);
    const site = await freshSite(attempt.doc);
    const prepared = (await attempt.prepare?.(site, "owner")) ?? {};
    const before = await snapshot(site.id);
    expect(await attempt.run(site, prepared, undefined)).toBe(attempt.nobody ?? 401);
    expect(await snapshot(site.id)).toEqual(before);
  });
});

describe("the permission table", () => {
  it("has Prisma's roles, from the least to the most trusted", () => {
    expect([...SITE_ROLES].sort()).toEqual(Object.values(PrismaSiteRole).sort());
    expect(SITE_ROLES.map((role) => roleAtLeast("editor", role))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("has every site procedure of the API, under its own name", async () => {
    const { appRouter } = await import("../../server/routers/_app.ts");
    const siteProcedures = Object.entries(appRouter._def.procedures)
      .filter(
        ([, p]) => (p as unknown as { _def: { inputs: unknown[] } })._def.inputs[0] === ZSiteScope,
      )
      .map(([path]) => path);
    expect(siteProcedures.length).toBeGreaterThan(80);
    expect(siteProcedures.sort()).toEqual(
      SITE_ACTIONS.filter((action) => !NOT_PROCEDURES.includes(action)).sort(),
    );
  });

  it("says how every action is tried", () => {
    expect(Object.keys(attempts).sort()).toEqual([...SITE_ACTIONS].sort());
  });
});
