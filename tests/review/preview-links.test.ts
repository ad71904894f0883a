import { describe, expect, it } from "vitest";
import { hashToken } from "../../server/auth/tokens.ts";
import { call, registerUser, useTestApp } from "../helpers/app.ts";
import { demoSiteDoc } from "../../demo-store/index.ts";
import { draftOf, freshIp, heroOf, previewLink, setDraft, siteWithTeam } from "./helpers.ts";

/** Expiry is tested by moving the app's clock forward. */
let clockOffsetMs = 0;
const { app, deps } = await useTestApp({ now: () => new Date(Date.now() + clockOffsetMs) });
const owner = await registerUser(app, { name: "Olive Owner" });
const editor = await registerUser(app);
const DAY = 24 * 60 * 60 * 1000;

async function get(
  path: string,
  options: { cookie?: string; ip?: string; language?: string } = {},
) {
  return app.inject({
    method: "GET",
    url: path,
    headers: {
      accept: "text/html",
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.language ? { "accept-language": options.language } : {}),
    },
    remoteAddress: options.ip ?? freshIp(),
  });
}

describe("a preview link", () => {
  it("shows the draft read-only: banner, noindex, no shared caching, no Referer, checkout off", async () => {
    const site = await siteWithTeam(app, deps, owner, { editor }, demoSiteDoc);
    const link = await previewLink(app, editor, site.siteId);
    expect(link.path).toMatch(/^\/p\/[A-Za-z0-9_-]{22}\/$/);
    expect(link.data.link).toMatchObject({ status: "active", target: { kind: "draft" } });
    expect(new Date(link.data.link.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * DAY);

    const page = await get(link.path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(demoSiteDoc.settings.name);
    expect(page.body).toContain("Preview — this is not the live shop.");
    expect(page.headers["x-robots-tag"]).toMatch(/noindex/);
    expect(page.headers["cache-control"]).toBe("private, no-store");
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
    // Links stay inside the preview, and the reviewer script comes along (no inline script).
    expect(page.body).toContain(`href="${link.path}about"`);
    expect(page.body).toMatch(/<script src="\/_review\/review\.[0-9a-f]{12}\.js" defer><\/script>/);
    expect(page.body).not.toMatch(/<script>(?!<\/script>)/);
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");

    const about = await get(`${link.path}about`);
    expect(about.statusCode).toBe(200);
    const cart = await get(`${link.path}cart`);
    expect(cart.body).toContain("checkout is turned off");

    const script = await app.inject({
      url: page.body.match(/src="(\/_review\/review\.[0-9a-f]{12}\.js)"/)![1]!,
    });
    expect(script.statusCode).toBe(200);
    expect(script.headers["content-type"]).toMatch(/javascript/);
  });

  it("stores only the token's hash and logs each view", async () => {
    const site = await siteWithTeam(app, deps, owner);
    const link = await previewLink(app, owner, site.siteId, { label: "For Anna" });
    const row = await deps.db.prisma.previewLink.findUniqueOrThrow({ where: { id: link.linkId } });
    expect(row.tokenHash).toBe(hashToken(link.token));
    expect(JSON.stringify(row)).not.toContain(link.token);

    await get(link.path);
    await get(link.path);
    await get(`${link.path}no-such-page`); // the site's own 404 page is not a view
    const views = await call(
      app,
      "query",
      "preview.views",
      { siteId: site.siteId, linkId: link.linkId },
      { cookie: owner.cookie },
    );
    expect(views.data.total).toBe(2);
    expect(views.data.views).toHaveLength(2);
    expect(views.data.views[0]).toMatchObject({ path: "/" });
    const list = await call(
      app,
      "query",
      "preview.list",
      { siteId: site.siteId },
      {
        cookie: owner.cookie,
      },
    );
    expect(list.data.links[0]).toMatchObject({
      id: link.linkId,
      label: "For Anna",
      viewCount: 2,
      hasPassword: false,
      createdBy: { name: "Olive Owner" },
    });
    expect(list.data.links[0].lastViewedAt).not.toBeNull();
    // The list never carries the token.
    expect(JSON.stringify(list.data)).not.toContain(link.token);
  });

  it("answers expired, revoked and made-up tokens with the same 404 that names nothing", async () => {
    const site = await siteWithTeam(app, deps, owner);
    const expiring = await previewLink(app, owner, site.siteId, { expiresInDays: 1 });
    const revoked = await previewLink(app, owner, site.siteId);
    const live = await previewLink(app, owner, site.siteId);
    expect((await get(revoked.path)).statusCode).toBe(200);

    const revoke = await call(
      app,
      "mutation",
      "preview.revoke",
      { siteId: site.siteId, linkId: revoked.linkId },
      { cookie: owner.cookie },
    );
    expect(revoke.status).toBe(200);
    clockOffsetMs = 1 * DAY + 60_000;
    try {
      const answers = await Promise.all([
        get(expiring.path),
        get(revoked.path),
        get(`${revoked.path}about`),
        get("/p/AAAAAAAAAAAAAAAAAAAAAA/"), // well-formed, made up
        get("/p/not-a-token/"),
      ]);
      for (const answer of answers) {
        expect(answer.statusCode).toBe(404);
        expect(answer.body).toBe(answers[0]!.body);
        expect(answer.headers["content-type"]).toBe(answers[0]!.headers["content-type"]);
        expect(answer.headers["x-robots-tag"]).toMatch(/noindex/);
        for (const secret of [site.name, site.slug, site.siteId, "Review"]) {
          expect(answer.body).not.toContain(secret);
        }
      }
      // The link still alive is not affected.
      expect((await get(live.path)).statusCode).toBe(200);
    } finally {
      clockOffsetMs = 0;
    }
    const list = await call(
      app,
      "query",
      "preview.list",
      { siteId: site.siteId },
      {
        cookie: owner.cookie,
      },
    );
    const statuses = Object.fromEntries(
      list.data.links.map((l: { id: string; status: string }) => [l.id, l.status]),
    );
    expect(statuses[revoked.linkId]).toBe("revoked");
    expect(statuses[live.linkId]).toBe("active");
  });

  it("turns off at once when revoked, even for pages already rendered", async () => {
    const site = await siteWithTeam(app, deps, owner);
    const link = await previewLink(app, owner, site.siteId);
    expect((await get(link.path)).statusCode).toBe(200);
    await call(
      app,
      "mutation",
      "preview.revoke",
      { siteId: site.siteId, linkId: link.linkId },
      { cookie: owner.cookie },
    );
    expect((await get(link.path)).statusCode).toBe(404);
  });

  it("goes dark when its site is deleted", async () => {
    const site = await siteWithTeam(app, deps, owner);
    const link = await previewLink(app, owner, site.siteId);
    await call(app, "mutation", "sites.delete", { siteId: site.siteId }, { cookie: owner.cookie });
    expect((await get(link.path)).statusCode).toBe(404);
  });

  it("words the pages that are the same for every link in the reviewer's browser language", async () => {
    const site = await siteWithTeam(app, deps, owner);
    const link = await previewLink(app, owner, site.siteId, { password: "blue heron 42" });
    const ip = freshIp();
    const french = "fr-CH,fr;q=0.9,en;q=0.8";

    const locked = await get(link.path, { ip, language: french });
    expect(locked.statusCode).toBe(401);
    expect(locked.body).toContain(`<html lang="fr">`);
    expect(locked.body).toContain("Cet aperçu est protégé");
    expect(locked.body).toContain("Voir l’aperçu");
    expect(locked.headers.vary).toMatch(/accept-language/);
    // Still the same page for every link: only the language changes it.
    const other = await previewLink(app, owner, (await siteWithTeam(app, deps, owner)).siteId, {
      password: "other secret",
    });
    expect((await get(other.path, { ip, language: french })).body).toBe(locked.body);

    const madeUp = await get("/p/AAAAAAAAAAAAAAAAAAAAAA/", { language: "de-DE,de;q=0.9" });
    expect(madeUp.statusCode).toBe(404);
    expect(madeUp.body).toContain(`<html lang="de">`);
    expect(madeUp.body).toContain("Diese Vorschau ist nicht verfügbar");
    // A language the storefront does not speak: English.
    const english = await get(link.path, { ip, language: "ja,ko;q=0.5" });
    expect(english.body).toContain(`<html lang="en">`);
    expect(english.body).toContain("This preview is protected");
  });

  it("gives the reviewer overlay the store's language and words", async () => {
    const french = { ...demoSiteDoc, settings: { ...demoSiteDoc.settings, locale: "fr-FR" } };
    const site = await siteWithTeam(app, deps, owner, {}, french);
    const link = await previewLink(app, owner, site.siteId);
    const page = await get(link.path, { language: "en-US" });
    expect(page.statusCode).toBe(200);
    const content = /<meta name="pegasus-preview" content="([^"]*)">/.exec(page.body)![1]!;
    const settings = JSON.parse(
      content.replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&"),
    ) as {
      lang: string;
      words: Record<string, string>;
    };
    expect(settings.lang).toBe("fr-FR");
    expect(settings.words.pick).toBe("Commenter");
    expect(settings.words.post).toBe("Publier le commentaire");
  });

  it("asks for its password with a page that is the same for every site", async () => {
    const first = await siteWithTeam(app, deps, owner);
    const second = await siteWithTeam(app, deps, owner);
    const a = await previewLink(app, owner, first.siteId, { password: "blue heron 42" });
    const b = await previewLink(app, owner, second.siteId, { password: "other secret" });
    const ip = freshIp();

    const locked = await get(a.path, { ip });
    expect(locked.statusCode).toBe(401);
    // Its form posts back to it: the browser must be allowed to name our origin (not "null").
    expect(locked.headers["referrer-policy"]).toBe("same-origin");
    expect(locked.body).toBe((await get(b.path, { ip })).body);
    expect(locked.body).not.toContain(first.name);
    expect(locked.body).not.toContain(a.token);

    const wrong = async (link: typeof a) =>
      app.inject({
        method: "POST",
        url: link.path,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: "password=nope-nope",
        remoteAddress: ip,
      });
    const wrongA = await wrong(a);
    const wrongB = await wrong(b);
    expect(wrongA.statusCode).toBe(401);
    expect(wrongA.body).toBe(wrongB.body);
    expect(wrongA.body).toContain("That password is not right");
    for (const secret of [first.name, first.slug, a.token])
      expect(wrongA.body).not.toContain(secret);
    expect(wrongA.headers["set-cookie"]).toBeUndefined();

    const right = await app.inject({
      method: "POST",
      url: a.path,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: `password=${encodeURIComponent("blue heron 42")}`,
      remoteAddress: ip,
    });
    expect(right.statusCode).toBe(303);
    expect(right.headers.location).toBe(a.path);
    const cookie = right.cookies.find((c) => c.name === "pegasus_preview")!;
    expect(cookie).toMatchObject({ httpOnly: true, path: a.path, sameSite: "Lax" });
    const unlocked = await get(a.path, { cookie: `pegasus_preview=${cookie.value}`, ip });
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.body).toContain(first.name);
    // The proof is bound to its link: it opens nothing else.
    expect((await get(b.path, { cookie: `pegasus_preview=${cookie.value}`, ip })).statusCode).toBe(
      401,
    );
    // Nor can a made-up one open it.
    expect((await get(a.path, { cookie: "pegasus_preview=forged", ip })).statusCode).toBe(401);
  });

  it("slows down guessing: after repeated misses from one address it answers 429", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) {
      statuses.push((await get(`/p/${String(i).padStart(22, "x")}/`, { ip })).statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another address is not affected.
    expect((await get("/p/AAAAAAAAAAAAAAAAAAAAAA/")).statusCode).toBe(404);
  });

  it("shows a chosen version, not the draft, and tells a draft preview when the draft changes", async () => {
    const site = await siteWithTeam(app, deps, owner, {}, demoSiteDoc);
    await call(app, "mutation", "sites.publish", { siteId: site.siteId }, { cookie: owner.cookie });
    const versions = await call(
      app,
      "query",
      "preview.versions",
      { siteId: site.siteId },
      {
        cookie: owner.cookie,
      },
    );
    const published = versions.data.versions.find((v: { kind: string }) => v.kind === "published");
    const pinned = await previewLink(app, owner, site.siteId, { versionId: published.id });
    const live = await previewLink(app, owner, site.siteId);
    const liveState = async () =>
      (await app.inject({ url: `${live.path}_review/state`, remoteAddress: freshIp() })).json();
    const before = await liveState();
    expect(before).toMatchObject({ live: true });

    const doc = await draftOf(deps, site.siteId);
    heroOf(doc).props = { ...heroOf(doc).props, heading: "Roasted this very morning" };
    await setDraft(deps, site.siteId, doc);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // past the one-second draft memo

    expect((await get(live.path)).body).toContain("Roasted this very morning");
    expect((await get(pinned.path)).body).not.toContain("Roasted this very morning");
    const after = await liveState();
    expect(after.revision).not.toBe(before.revision);
    const pinnedState = await app.inject({ url: `${pinned.path}_review/state` });
    expect(pinnedState.json()).toMatchObject({ live: false, revision: `v:${published.id}` });
  });

  it("refuses a version of another site", async () => {
    const mine = await siteWithTeam(app, deps, owner);
    const theirs = await siteWithTeam(app, deps, owner);
    await call(
      app,
      "mutation",
      "sites.publish",
      { siteId: theirs.siteId },
      { cookie: owner.cookie },
    );
    const versions = await call(
      app,
      "query",
      "preview.versions",
      { siteId: theirs.siteId },
      {
        cookie: owner.cookie,
      },
    );
    const result = await call(
      app,
      "mutation",
      "preview.create",
      { siteId: mine.siteId, versionId: versions.data.versions[0].id },
      { cookie: owner.cookie },
    );
    expect(result.status).toBe(400);
  });

  it("validates what a link is made with", async () => {
    const site = await siteWithTeam(app, deps, owner);
    const bad = await call(
      app,
      "mutation",
      "preview.create",
      { siteId: site.siteId, expiresInDays: 400, password: "abc" },
      { cookie: owner.cookie },
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.error!.data.fieldErrors!).sort()).toEqual(["expiresInDays", "password"]);
  });
});
