import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import { checkThemeContrast, relativeLuminance } from "../../blocks/theme/index.ts";
import type { EditOrigin } from "../../collab/doc/origin.ts";
import { siteDocumentName } from "../../collab/presence.ts";
import { generateSite } from "../../server/ai/generate.ts";
import { OfflineAiProvider } from "../../server/ai/offline/index.ts";
import { MESSAGES, REFUSALS } from "../../server/ai/offline/change/words.ts";
import { TONE_RULES } from "../../server/ai/offline/tone/index.ts";
import { ZSiteBrief } from "../../server/ai/tasks.ts";
import { call, registerUser, useTestApp, type TestApp } from "../helpers/app.ts";

/**
 * ai.describeChange end to end on the real app (offline provider, PGlite, the collab server in
 * process): a request in plain words becomes suggestions; accepting applies them as one AI
 * transaction, undo puts the page back; a refusal costs nothing; bad input names its field.
 */
let t: TestApp;
let owner: Awaited<ReturnType<typeof registerUser>>;
let template: SiteDoc;

beforeAll(async () => {
  t = await useTestApp({ env: { AI_CREDITS_PER_SITE: "40", AI_RATE_LIMIT_PER_MINUTE: "1000" } });
  owner = await registerUser(t.app);
  // A generated store whose home page has a newsletter (the writer varies the sections by seed).
  let found: SiteDoc | undefined;
  for (let seed = 1; !found; seed++) {
    const { doc } = await generateSite(
      new OfflineAiProvider(),
      ZSiteBrief.parse({ description: "Rise and Crumb, a sourdough bakery in Lyon." }),
      { seed, fetch: null },
    );
    const homePage = doc.pages.find((p) => p.slug === "")!;
    if (homePage.blocks.some((b) => b.type === "newsletter") || seed >= 20) found = doc;
  }
  template = found;
});

/** A site whose draft is `doc` (the English bakery unless told). */
async function freshSite(doc: SiteDoc = template): Promise<string> {
  const site = await t.deps.db.prisma.site.create({
    data: {
      name: "Rise and Crumb",
      slug: `describe-${randomUUID().slice(0, 8)}`,
      members: { create: [{ userId: owner.user.id, role: "owner" }] },
    },
  });
  await t.deps.siteDocuments.initialise(site.id, { name: site.name, doc });
  return site.id;
}

const home = (doc: SiteDoc) => doc.pages.find((p) => p.slug === "")!;
const heroOf = (doc: SiteDoc) => home(doc).blocks.find((b) => b.type === "hero")!;
const draft = (siteId: string) => t.deps.ai.live.read(siteId);
const describe_ = (siteId: string, request: string, extra: Record<string, unknown> = {}) =>
  call(
    t.app,
    "mutation",
    "ai.describeChange",
    { siteId, pageId: home(template).id, request, ...extra },
    { cookie: owner.cookie },
  );
const creditsUsed = async (siteId: string) =>
  (await call(t.app, "query", "ai.credits", { siteId }, { cookie: owner.cookie })).data.credits
    .used as number;

describe("ai.describeChange", () => {
  it("darkens the hero and mentions a fact as suggestions, applies them as ONE ai transaction, and undoes them", async () => {
    const siteId = await freshSite();
    const before = await draft(siteId);
    const hero = heroOf(before);
    const asked = await describe_(siteId, "make the hero darker and mention delivery in Lyon");
    expect(asked.status, JSON.stringify(asked.error)).toBe(200);
    const [suggestion, ...rest] = asked.data.suggestions;
    // Two operations on one block are one suggestion for it.
    expect(rest).toEqual([]);
    expect(suggestion.target).toMatchObject({ kind: "block", blockId: hero.id, type: "hero" });
    expect(suggestion.after.subheading).toMatch(/Delivery in Lyon\.$/);
    expect(asked.data.summary).toMatch(/suggestion/);
    expect(await creditsUsed(siteId)).toBe(1);
    // Nothing changed yet.
    expect(heroOf(await draft(siteId)).props).toEqual(hero.props);

    const direct = await t.deps.collab.server.hocuspocus.openDirectConnection(
      siteDocumentName(siteId),
      {},
    );
    const seen: unknown[] = [];
    const onUpdate = (_update: Uint8Array, origin: unknown) => seen.push(origin);
    direct.document!.on("update", onUpdate);
    const accepted = await call(
      t.app,
      "mutation",
      "ai.accept",
      { siteId, suggestionIds: [suggestion.id] },
      { cookie: owner.cookie },
    );
    expect(accepted.status, JSON.stringify(accepted.error)).toBe(200);
    direct.document!.off("update", onUpdate);
    await direct.disconnect();
    expect(seen).toHaveLength(1);
    expect(seen[0] as EditOrigin).toEqual({ kind: "ai", userId: owner.user.id });

    const after = await draft(siteId);
    const darker = heroOf(after);
    const colour = (doc: SiteDoc, background: unknown) =>
      (doc.theme.colors as Record<string, string>)[String(background)] ?? String(background);
    expect(relativeLuminance(colour(after, darker.props.background))).toBeLessThan(
      relativeLuminance(colour(before, hero.props.background)),
    );
    expect(darker.props.subheading).toBe(suggestion.after.subheading);
    const versions = await t.deps.db.prisma.siteVersion.findMany({ where: { siteId } });
    expect(versions.map((v) => v.label).join("|")).toMatch(/Before AI/);

    const undone = await call(
      t.app,
      "mutation",
      "ai.undo",
      { siteId, suggestionIds: [suggestion.id] },
      { cookie: owner.cookie },
    );
    expect(undone.status, JSON.stringify(undone.error)).toBe(200);
    expect(heroOf(await draft(siteId)).props).toEqual(hero.props);
  });

  it("adds an FAQ about gluten and removes the newsletter, one by one, and undoes both", async () => {
    const siteId = await freshSite();
    const before = await draft(siteId);
    const newsletter = home(before).blocks.find((b) => b.type === "newsletter");
    expect(newsletter, "the generated home page has a newsletter").toBeDefined();
    const faq = await describe_(siteId, "add an FAQ about gluten");
    expect(faq.status, JSON.stringify(faq.error)).toBe(200);
    const removal = await describe_(siteId, "remove the newsletter");
    expect(removal.status, JSON.stringify(removal.error)).toBe(200);
    const [added] = faq.data.suggestions;
    const [removed] = removal.data.suggestions;
    expect(added.target.kind).toBe("insert");
    expect(added.preview[0].after).toMatch(/gluten/);
    expect(removed.target).toMatchObject({ kind: "remove", blockId: newsletter!.id });

    for (const id of [added.id, removed.id]) {
      const accepted = await call(
        t.app,
        "mutation",
        "ai.accept",
        { siteId, suggestionIds: [id] },
        { cookie: owner.cookie },
      );
      expect(accepted.status, JSON.stringify(accepted.error)).toBe(200);
    }
    const changed = home(await draft(siteId)).blocks;
    expect(
      changed.find((b) => b.type === "faq" && String(b.props.heading).includes("gluten")),
    ).toBeDefined();
    expect(changed.find((b) => b.id === newsletter!.id)).toBeUndefined();

    const undone = await call(
      t.app,
      "mutation",
      "ai.undo",
      { siteId, suggestionIds: [added.id, removed.id] },
      { cookie: owner.cookie },
    );
    expect(undone.status, JSON.stringify(undone.error)).toBe(200);
    expect(home(await draft(siteId)).blocks).toEqual(home(before).blocks);
  });

  it("sets navy and gold as a readable theme", async () => {
    const siteId = await freshSite();
    const asked = await describe_(siteId, "use navy and gold");
    expect(asked.status, JSON.stringify(asked.error)).toBe(200);
    const [suggestion] = asked.data.suggestions;
    expect(suggestion.target).toEqual({ kind: "theme" });
    const accepted = await call(
      t.app,
      "mutation",
      "ai.accept",
      { siteId, suggestionIds: [suggestion.id] },
      { cookie: owner.cookie },
    );
    expect(accepted.status, JSON.stringify(accepted.error)).toBe(200);
    const theme = (await draft(siteId)).theme;
    expect(theme.colors.primary).toBe("#1f2f4d");
    expect(checkThemeContrast(theme)).toEqual([]);
  });

  it.each([
    ["write a poem about our croissants", REFUSALS.en],
    ["écris un poème sur nos croissants", REFUSALS.fr],
    ["schreib bitte ein Gedicht über unser Brot", REFUSALS.de],
    ["escribe un poema sobre nuestros cruasanes", REFUSALS.es],
    ["escreva um poema sobre os nossos croissants", REFUSALS.pt],
    ["scrivi una poesia sui nostri cornetti", REFUSALS.it],
  ])("refuses %s clearly in the merchant's language, at no cost", async (request, message) => {
    const siteId = await freshSite();
    const refused = await describe_(siteId, request);
    expect(refused.status).toBe(422);
    expect(refused.error!.message).toBe(message);
    expect(await creditsUsed(siteId)).toBe(0);
    expect(await t.deps.db.prisma.aiSuggestion.count({ where: { siteId } })).toBe(0);
  });

  it.each([
    ["fr", "Levain et Cie, une boulangerie au levain à Lyon.", "rends le ton plus chaleureux"],
    ["de", "Backstube Korn, eine Sauerteigbäckerei in Freiburg.", "mach den Text freundlicher"],
    ["es", "Masa Viva, una panadería de masa madre en Sevilla.", "hazlo más cercano"],
    ["pt", "Fermento Vivo, uma padaria de fermentação natural no Porto.", "mais caloroso"],
    ["it", "Lievito Vivo, un panificio a lievito madre a Bologna.", "più amichevole"],
  ] as const)(
    "rewrites the hero of a store in %s in a friendlier tone, in that language",
    async (language, description, request) => {
      const { doc } = await generateSite(
        new OfflineAiProvider(),
        ZSiteBrief.parse({ description, language }),
        { seed: 1, fetch: null },
      );
      const siteId = await freshSite(doc);
      const hero = heroOf(doc);
      const asked = await call(
        t.app,
        "mutation",
        "ai.describeChange",
        { siteId, pageId: home(doc).id, request },
        { cookie: owner.cookie },
      );
      expect(asked.status, JSON.stringify(asked.error)).toBe(200);
      const [suggestion, ...rest] = asked.data.suggestions;
      expect(rest).toEqual([]);
      expect(suggestion.target).toMatchObject({ kind: "block", blockId: hero.id });
      const said = MESSAGES[language];
      expect(suggestion.label).toContain(said.tone(said.friendlier));
      expect(asked.data.summary).toBe(said.summary(1));
      const changed = Object.keys(suggestion.after).filter(
        (prop) => suggestion.after[prop] !== hero.props[prop],
      );
      expect(changed.length).toBeGreaterThan(0);
      // Written by the page language's rules: no English line added to a French hero.
      for (const prop of changed)
        for (const closing of TONE_RULES.en.friendlyClosings)
          expect(String(suggestion.after[prop])).not.toContain(closing);
    },
  );

  it("refuses invalid input with the field's error", async () => {
    const siteId = await freshSite();
    const long = await describe_(siteId, "x".repeat(501));
    expect(long.status).toBe(400);
    expect(long.error!.message).toMatch(/under 500 characters/);
    expect(JSON.stringify(long.error)).toMatch(/request/);
    const empty = await describe_(siteId, "  ");
    expect(empty.status).toBe(400);
    expect(empty.error!.message).toMatch(/Describe the change/);
    const elsewhere = await describe_(siteId, "make it darker", { blockId: "not-a-block" });
    expect(elsewhere.status).toBe(404);
    expect(await creditsUsed(siteId)).toBe(0);
  });
});
