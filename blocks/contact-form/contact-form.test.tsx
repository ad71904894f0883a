import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { createTestRenderContext } from "../render/testing.ts";
import { contactFormBlock } from ".";

describeBlockContract(contactFormBlock);

describe("contact-form", () => {
  it("posts labelled, required fields to the contact endpoint", () => {
    const r = renderOne("contact-form", {});
    expect(attr(r.one("form")!, "action")).toBe("/api/forms/contact");
    const controls = [...r.all("input"), ...r.all("textarea")].filter(
      (c) => attr(c, "type") !== "hidden" && attr(c, "name") !== "website",
    );
    expect(controls.map((c) => attr(c, "name"))).toEqual(["name", "email", "message"]);
    for (const control of controls) {
      expect(attr(control, "required")).toBe("");
      const label = r.all("label").find((l) => attr(l, "for") === attr(control, "id"));
      expect(label, attr(control, "name")).toBeDefined();
    }
    expect(textOf(r.all("label").find((l) => attr(l, "for") === "blk-message")!)).toBe(
      "How can we help?",
    );
  });

  it("asks for an optional phone number when the merchant wants one", () => {
    const phone = renderOne("contact-form", { showPhone: true })
      .all("input")
      .find((i) => attr(i, "name") === "phone")!;
    expect(attr(phone, "type")).toBe("tel");
    expect(attr(phone, "required")).toBeUndefined();
  });
});

describe("contact-form in the store's language", () => {
  it("words its default labels, button and messages in French, keeps the merchant's own", () => {
    const ctx = createTestRenderContext({
      site: { name: "Boutique", slug: "boutique", currency: "EUR", locale: "fr-FR" },
    });
    const r = renderOne("contact-form", { nameLabel: "Prénom et nom" }, ctx);
    const labels = r.all("label").filter((label) => attr(label, "for"));
    expect(labels.map(textOf)).toEqual([
      "Prénom et nom",
      "Adresse e-mail",
      "Comment pouvons-nous vous aider ?",
    ]);
    expect(textOf(r.one("button")!)).toBe("Envoyer le message");
    const form = r.one("form")!;
    expect(attr(form, "data-success-message")).toMatch(/^Merci pour votre message/);
    expect(attr(form, "data-error")).toBe("Une erreur s’est produite. Veuillez réessayer.");
  });
});
