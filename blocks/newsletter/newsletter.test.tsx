import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { createTestRenderContext } from "../render/testing.ts";
import { newsletterBlock } from ".";

describeBlockContract(newsletterBlock);

describe("newsletter", () => {
  it("is a real form that works without JavaScript", () => {
    const r = renderOne("newsletter", {});
    const form = r.one("form")!;
    expect([attr(form, "method"), attr(form, "action"), attr(form, "data-island")]).toEqual([
      "post",
      "/api/forms/newsletter",
      "form",
    ]);
    const email = r.all("input").find((i) => attr(i, "name") === "email")!;
    expect([attr(email, "type"), attr(email, "required"), attr(email, "autocomplete")]).toEqual([
      "email",
      "",
      "email",
    ]);
    const label = r.all("label").find((l) => attr(l, "for") === attr(email, "id"))!;
    expect(textOf(label)).toBe("Email address");
    expect(textOf(r.one("button")!)).toBe("Subscribe");
  });

  it("tells the server which site and block the sign-up came from, and where to return", () => {
    const hidden = Object.fromEntries(
      renderOne("newsletter", {})
        .all("input")
        .filter((i) => attr(i, "type") === "hidden")
        .map((i) => [attr(i, "name"), attr(i, "value")]),
    );
    expect(hidden).toEqual({ site: "juniper-oak", blockId: "blk", returnTo: "/s/juniper-oak/" });
  });

  it("carries a spam trap that people never see", () => {
    const r = renderOne("newsletter", {});
    const trap = r.byClass("pg-ui-trap")[0]!;
    expect(attr(trap, "aria-hidden")).toBe("true");
    expect(r.all("input").find((i) => attr(i, "name") === "website")).toBeDefined();
  });
});

describe("newsletter in the store's language", () => {
  it("says S’abonner and thanks in French by default", () => {
    const ctx = createTestRenderContext({
      site: { name: "Boutique", slug: "boutique", currency: "EUR", locale: "fr-FR" },
    });
    const r = renderOne("newsletter", {}, ctx);
    expect(textOf(r.one("button")!)).toBe("S’abonner");
    expect(r.all("label").map(textOf).sort()).toEqual(["Adresse e-mail", "Laissez ce champ vide"]);
    expect(attr(r.one("form")!, "data-success-message")).toBe(
      "Merci\u202f! Consultez votre boîte de réception pour confirmer votre inscription.",
    );
  });
});
