import { describe, expect, it } from "vitest";
import { purgeDeletedSites } from "../../server/routers/sites/sites.handler.ts";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

const now = Date.now();
const { app, deps, composition } = await useTestApp();
const owner = await registerUser(app);
const slug = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}`;

describe("sites", () => {
  it("creates a site with its document and lists it for the owner only", async () => {
    const created = await call(
      app,
      "mutation",
      "sites.create",
      { name: "Blue Bottle", slug: slug("blue-bottle") },
      { cookie: owner.cookie },
    );
    expect(created.status).toBe(200);
    const site = created.data.site;
    expect(site).toMatchObject({ name: "Blue Bottle", role: "owner" });
    expect(site.id).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await composition.siteStore.get(site.id);
    expect((stored?.doc as unknown as { pages: unknown[] }).pages.length).toBeGreaterThan(0);

    const list = await call(app, "query", "sites.list", undefined, { cookie: owner.cookie });
    expect(list.data.sites.map((s: { id: string }) => s.id)).toContain(site.id);
    const stranger = await registerUser(app);
    const theirs = await call(app, "query", "sites.list", undefined, { cookie: stranger.cookie });
    expect(theirs.data.sites).toEqual([]);
    expect(
      (await call(app, "query", "sites.get", { siteId: site.id }, { cookie: stranger.cookie }))
        .status,
    ).toBe(404);
  });

  it("keeps slugs unique and well-formed", async () => {
    const taken = slug("taken");
    expect(
      (
        await call(
          app,
          "mutation",
          "sites.create",
          { name: "A", slug: taken },
          { cookie: owner.cookie },
        )
      ).status,
    ).toBe(200);
    const again = await call(
      app,
      "mutation",
      "sites.create",
      { name: "B", slug: taken },
      { cookie: owner.cookie },
    );
    expect(again.status).toBe(409);
    expect(again.error?.message).toMatch(/taken/);
    const bad = await call(
      app,
      "mutation",
      "sites.create",
      { name: "C", slug: "Not A Slug!" },
      { cookie: owner.cookie },
    );
    expect(bad.status).toBe(400);
    expect(bad.error?.data.fieldErrors?.slug).toBeDefined();
    const reserved = await call(
      app,
      "mutation",
      "sites.create",
      { name: "D", slug: "admin" },
      { cookie: owner.cookie },
    );
    expect(reserved.error?.data.fieldErrors?.slug?.[0]).toMatch(/reserved/);
    const check = await call(
      app,
      "query",
      "sites.slugAvailable",
      { slug: taken },
      { cookie: owner.cookie },
    );
    expect(check.data).toEqual({ available: false, reason: "This address is taken." });
  });

  it("renames, soft-deletes, restores within 30 days and purges after", async () => {
    const { data } = await call(
      app,
      "mutation",
      "sites.create",
      { name: "Old name", slug: slug("lifecycle") },
      { cookie: owner.cookie },
    );
    const siteId = data.site.id;
    const renamed = await call(
      app,
      "mutation",
      "sites.rename",
      { siteId, name: "New name" },
      { cookie: owner.cookie },
    );
    expect(renamed.data.site.name).toBe("New name");

    expect(
      (await call(app, "mutation", "sites.delete", { siteId }, { cookie: owner.cookie })).status,
    ).toBe(200);
    expect(
      (await call(app, "query", "sites.get", { siteId }, { cookie: owner.cookie })).status,
    ).toBe(404);
    const deleted = await call(app, "query", "sites.listDeleted", undefined, {
      cookie: owner.cookie,
    });
    expect(deleted.data.sites.map((s: { id: string }) => s.id)).toContain(siteId);

    expect(
      (await call(app, "mutation", "sites.restore", { siteId }, { cookie: owner.cookie })).status,
    ).toBe(200);
    expect(
      (await call(app, "query", "sites.get", { siteId }, { cookie: owner.cookie })).data.site.name,
    ).toBe("New name");

    await call(app, "mutation", "sites.delete", { siteId }, { cookie: owner.cookie });
    await deps.db.prisma.site.update({
      where: { id: siteId },
      data: { deletedAt: new Date(now - 31 * 24 * 60 * 60 * 1000) },
    });
    const late = await call(app, "mutation", "sites.restore", { siteId }, { cookie: owner.cookie });
    expect(late.status).toBe(404);
    expect(await purgeDeletedSites(deps)).toBeGreaterThanOrEqual(1);
    expect(await deps.db.prisma.site.findUnique({ where: { id: siteId } })).toBeNull();
    expect(await composition.siteStore.get(siteId)).toBeNull();
  });

  it("records an audit trail", async () => {
    const { data } = await call(
      app,
      "mutation",
      "sites.create",
      { name: "Audited", slug: slug("audited") },
      { cookie: owner.cookie },
    );
    await call(
      app,
      "mutation",
      "sites.rename",
      { siteId: data.site.id, name: "Audited 2" },
      { cookie: owner.cookie },
    );
    const log = await deps.db.prisma.auditLog.findMany({
      where: { siteId: data.site.id },
      orderBy: { id: "asc" },
    });
    expect(log.map((e) => e.action)).toEqual(["site.created", "site.renamed"]);
    expect(log[1]).toMatchObject({
      actorId: owner.user.id,
      data: { from: "Audited", to: "Audited 2" },
    });
  });
});
