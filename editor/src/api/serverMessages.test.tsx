import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../i18n/catalogue.ts";
import { wordServerSentence } from "./serverMessages.ts";
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

describe("the store admin's refusals with counts and states", () => {
  it("word an order's state, the units left and the missing products in French", async () => {
    await setLanguage("fr");
    const N = "\u202f";
    expect(
      wordServerSentence("app.error.orderStateRefused", {
        status: "paid",
        payment: "refunded",
        fulfilment: "unfulfilled",
        action: "fulfilled",
      }),
    ).toBe(`Cette commande est remboursée et non expédiée${N}: elle ne peut pas être expédiée.`);
    expect(
      wordServerSentence("app.error.orderStateRefused", {
        status: "cancelled",
        action: "refunded",
      }),
    ).toBe(`Cette commande est annulée${N}: elle ne peut pas être remboursée.`);
    expect(wordServerSentence("app.error.onlyLeftToShip", { count: 2, item: "Tasse" })).toBe(
      "Il ne reste que 2 Tasse à expédier.",
    );
    expect(wordServerSentence("app.error.atMostRefundable", { count: 3, item: "Tasse" })).toBe(
      "Vous pouvez rembourser au plus 3 Tasse.",
    );
    expect(
      wordServerSentence("app.error.discountTargetsMissing", { count: 2, kind: "collections" }),
    ).toBe(
      "2 des collections choisies ne sont pas dans cette boutique. Choisissez à nouveau les collections.",
    );
    expect(
      wordServerSentence("app.error.countriesInOtherZone", {
        countries: "BE",
        count: 1,
        zone: "Europe",
      }),
    ).toBe("BE fait déjà partie de la zone Europe.");
  });

  it("word comment permissions and decided suggestions in French", async () => {
    await setLanguage("fr");
    const N = "\u202f";
    expect(wordServerSentence("app.error.commentDeleteRole")).toBe(
      "Seuls les propriétaires et les administrateurs peuvent supprimer des commentaires.",
    );
    expect(
      wordServerSentence("app.error.suggestionAlreadyDecided", {
        label: "Bannière",
        status: "rejected",
      }),
    ).toBe(`La suggestion «${N}Bannière${N}» a déjà été refusée.`);
  });

  it("word the password policy in French", async () => {
    await setLanguage("fr");
    expect(wordServerSentence("app.error.passwordTooShort", { minimum: 10 })).toBe(
      "Utilisez au moins 10 caractères.",
    );
    expect(wordServerSentence("app.error.passwordIsEmail")).toBe(
      "Votre mot de passe ne peut pas être votre adresse e-mail.",
    );
  });
});
