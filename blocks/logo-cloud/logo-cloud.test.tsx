import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { logoCloudBlock } from ".";

describeBlockContract(logoCloudBlock);

describe("logo-cloud", () => {
  it("shows names as text until logos are uploaded", () => {
    const r = renderOne("logo-cloud", {});
    expect(r.all("img")).toEqual([]);
    expect(r.byClass("pg-logo-cloud__name").map(textOf)).toEqual([
      "Kinfolk",
      "Cereal",
      "Monocle",
      "Dwell",
    ]);
  });

  it("names each logo image after the company, and links it when asked", () => {
    const r = renderOne("logo-cloud", {
      logos: [
        {
          name: "Kinfolk",
          image: { src: "/media/kinfolk.svg", alt: "" },
          href: "https://kinfolk.com",
        },
      ],
    });
    expect(attr(r.one("img")!, "alt")).toBe("Kinfolk");
    expect(attr(r.one("a")!, "href")).toBe("https://kinfolk.com");
  });
});
