import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
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
