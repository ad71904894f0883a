import { describe, expect, it } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

/**
 * The same code on PostgreSQL: the main account, team and publishing flow end to end on the
 * real server (the other API suites run on the embedded PGlite).
 */
describe.runIf(process.env.DATABASE_URL)(
  "accounts, sites and publishing on PostgreSQL",
  async () => {
    const { app, outbox } = await useTestApp({ kind: "postgres" });

    it("registers, logs in, creates, invites, publishes and serves a store", async () => {
      const owner = await registerUser(app);
      const login = await call(app, "mutation", "auth.login", {
        email: owner.email,
        password: owner.password,
      });
      expect(login.status).toBe(200);
      const slug = `pg-${Date.now().toString(36)}`;
      const site = await call(
        app,
        "mutation",
        "sites.create",
        { name: "Postgres Provisions", slug },
        { cookie: login.cookie },
      );
      expect(site.status).toBe(200);
      const siteId = site.data.site.id;

      const guest = await registerUser(app);
      await call(
        app,
        "mutation",
        "members.invite",
        { siteId, email: guest.email, role: "editor" },
        { cookie: owner.cookie },
      );
      const mail = (await outbox.list()).find((m) => m.to === guest.email)!;
      const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]!);
      expect(
        (
          await call(
            app,
            "mutation",
            "members.acceptInvitation",
            { token },
            { cookie: guest.cookie },
          )
        ).status,
      ).toBe(200);

      expect(
        (await call(app, "mutation", "sites.publish", { siteId }, { cookie: guest.cookie })).status,
      ).toBe(200);
      const page = await app.inject({ url: `/s/${slug}/` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Postgres Provisions");
    });
  },
);
