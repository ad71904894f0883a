import { describe, expect, it } from "vitest";
import { detectBriefLanguage, detectLanguage, languageOf, languageOfLocale } from "./language.ts";

describe("the language of a brief", () => {
  it.each([
    ["Academia Tarrega da clases de guitarra en Valencia: clase individual 30 €.", "es"],
    ["Clases de francés en Bilbao, 25 € la hora.", "es"],
    ["Aulas de francês em Coimbra, 20 € a hora.", "pt"],
    ["Croissant e brioche artigianali a Torino.", "it"],
    ["Lezioni di chitarra a Torino, 30 € l'ora.", "it"],
    ["Je vends des bougies parfumées.", "fr"],
    ["Uhrenatelier Keller in Zürich repariert mechanische Uhren.", "de"],
    ["I sell candles", "en"],
    ["Wij verkopen en repareren fietsen in Utrecht.", "nl"],
    ["Sprzedajemy ręcznie robione świece sojowe w Krakowie.", "pl"],
  ])("reads %j as %s, also where it shares words with French", (brief, language) => {
    expect(detectBriefLanguage(brief)).toBe(language);
  });

  it("decides by the script before any word: kana is Japanese, Hangul Korean, Cyrillic Russian", () => {
    expect(detectBriefLanguage("京都で和菓子を作っています。")).toBe("ja");
    expect(detectBriefLanguage("서울의 꽃집")).toBe("ko");
    expect(detectBriefLanguage("Продаём свечи ручной работы")).toBe("ru");
  });

  it("is English when nothing tells, the wizard's own language", () => {
    expect(detectBriefLanguage("Sol Surf")).toBe("en");
    expect(detectBriefLanguage("")).toBe("en");
  });
});

describe("the language of a store's text", () => {
  it("is one of the six the writer writes, or null when the text says too little", () => {
    expect(detectLanguage("Nous cuisons notre pain chaque matin à Lyon.")).toBe("fr");
    expect(detectLanguage("We bake our bread every morning in Lyon.")).toBe("en");
    expect(detectLanguage("Wir backen unser Brot jeden Morgen in Lyon.")).toBe("de");
    expect(detectLanguage("Lyon")).toBeNull();
    expect(detectLanguage("Wij verkopen en repareren fietsen in Utrecht.")).toBeNull();
    expect(detectLanguage("京都で和菓子を作っています。")).toBeNull();
  });

  it("falls back on the store's locale, then English", () => {
    expect(languageOfLocale("fr-CA")).toBe("fr");
    expect(languageOfLocale("nl-NL")).toBeNull();
    expect(languageOf("Lyon", "de-CH")).toBe("de");
    expect(languageOf("Lyon", "nl-NL")).toBe("en");
  });
});
