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
    const anonymous = await call(app, "mutation", "auth.setLocale", { locale: "fr" });
    expect(anonymous.status).toBe(401);
    expect(anonymous.error?.data).toMatchObject({ messageCode: "app.error.loginToContinue" });
  });

  it("refusals carry a stable id and parameters beside their English, for the app to word", async () => {
    const { email } = await registerUser(app);
    const wrong = await call(app, "mutation", "auth.login", { email, password: "not it at all" });
    expect(wrong.status).toBe(401);
    expect(wrong.error?.message).toBe("Email or password is incorrect.");
    expect(wrong.error?.data).toMatchObject({
      messageCode: "app.error.wrongCredentials",
      params: {},
    });
  });
});
