import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../i18n/catalogue.ts";
import { FakeApiError } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";

afterEach(() => setLanguage("en"));

/** A refusal as the server sends it: English, with the sentence's id and parameters. */
function refusal(messageCode: string, message: string, params: Record<string, number> = {}) {
  const error = new FakeApiError("UNAUTHORIZED", message);
  const shape = error.toShape.bind(error);
  error.toShape = (path) => {
    const base = shape(path);
    return { ...base, data: { ...base.data, messageCode, params } };
  };
  return error;
}

async function logInWith(error: FakeApiError) {
  const { user } = renderWithApi({
    routes: "app",
    url: "/login",
    handlers: {
      "auth.me": () => Promise.reject(new FakeApiError("UNAUTHORIZED", "Log in to continue.")),
      "auth.login": () => Promise.reject(error),
    },
  });
  const submit = await screen.findByRole("button", { name: /Se connecter|Log in/ });
  await user.type(screen.getByLabelText(/E-mail|Email/), "lea@example.fr");
  await user.type(screen.getByLabelText(/Mot de passe|Password/), "not it at all");
  await user.click(submit);
}

describe("the server's refusals, worded by the app", () => {
  it("in the app's language from the sentence's id, with its parameters", async () => {
    await setLanguage("fr");
    await logInWith(
      refusal("app.error.tooManyAttempts", "Too many failed attempts. Try again in 2 seconds.", {
        seconds: 2,
      }),
    );
    expect(
      await screen.findByText("Trop de tentatives échouées. Réessayez dans 2 secondes."),
    ).toBeTruthy();
  });

  it("in the server's English for an id the app does not know", async () => {
    await setLanguage("fr");
    await logInWith(refusal("app.error.somethingNew", "Something the app never heard of."));
    expect(await screen.findByText("Something the app never heard of.")).toBeTruthy();
  });

  it("in the server's words in English", async () => {
    await logInWith(refusal("app.error.wrongCredentials", "Email or password is incorrect."));
    expect(await screen.findByText("Email or password is incorrect.")).toBeTruthy();
  });
});
