import { describe, expect, it } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

const { app } = await useTestApp();

describe("the account's language", () => {
  it("is kept from sign-up, answered by me, changed and cleared in the account settings", async () => {
    const reg = await call(app, "mutation", "auth.register", {
      email: `lea-${Date.now()}@example.fr`,
      password: "teal-kettle-morning-77",
      name: "Léa Martin",
      locale: "fr",
    });
    expect(reg.status).toBe(200);
    expect(reg.data.user.locale).toBe("fr");
    const me = await call(app, "query", "auth.me", undefined, { cookie: reg.cookie });
    expect(me.data.user.locale).toBe("fr");

    const english = await call(
      app,
      "mutation",
      "auth.setLocale",
      { locale: "en" },
      { cookie: reg.cookie },
    );
    expect(english.data.user.locale).toBe("en");
    expect(
      (await call(app, "query", "auth.me", undefined, { cookie: reg.cookie })).data.user.locale,
    ).toBe("en");

    await call(app, "mutation", "auth.setLocale", { locale: null }, { cookie: reg.cookie });
    expect(
      (await call(app, "query", "auth.me", undefined, { cookie: reg.cookie })).data.user.locale,
    ).toBe(null);
  });

  it("is unset when sign-up gives none, and refuses a language the app does not speak", async () => {
    const { cookie } = await registerUser(app);
    expect((await call(app, "query", "auth.me", undefined, { cookie })).data.user.locale).toBe(
      null,
    );

    const klingon = await call(app, "mutation", "auth.setLocale", { locale: "tlh" }, { cookie });
    expect(klingon.status).toBe(400);
    expect(klingon.error?.data.fieldErrors?.locale).toHaveLength(1);
    const odd = await call(app, "mutation", "auth.register", {
      email: `odd-${Date.now()}@example.com`,
      password: "teal-kettle-morning-77",
      name: "Odd",
      locale: "fr-FR<script>",
    });
    expect(odd.status).toBe(400);
    expect((await call(app, "query", "auth.me", undefined, { cookie })).data.user.locale).toBe(
      null,
    );
  });

  it("needs a session", async () => {
    expect((await call(app, "mutation", "auth.setLocale", { locale: "fr" })).status).toBe(401);
  });
});
