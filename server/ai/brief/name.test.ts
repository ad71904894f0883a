import { describe, expect, it } from "vitest";
import { findName } from "./name.ts";

describe("the business name, when the merchant did not type it on its own", () => {
  it.each([
    ["Boulangerie Martin, à Lyon depuis 1987. Nous vendons le pain.", "Boulangerie Martin"],
    ["Uhrenatelier Keller in Zürich repariert mechanische Uhren.", "Uhrenatelier Keller"],
    ["Academia Tarrega da clases de guitarra en Valencia: clase 30 €.", "Academia Tarrega"],
    ["Pelletteria Rossi a Firenze: borse e cinture in cuoio.", "Pelletteria Rossi"],
    ["Chez Paul, boulangerie artisanale à Lyon.", "Chez Paul"],
    ["Crumb & Co is a family bakery in Bristol.", "Crumb & Co"],
  ])("reads the name opening %j, also before where the business is", (brief, name) => {
    expect(findName(brief)).toBe(name);
  });

  it.each(["Handmade candles in Leeds: soy wax.", "I sell candles"])(
    "finds none in %j rather than guessing",
    (brief) => {
      expect(findName(brief)).toBeNull();
    },
  );
});
