import { describe, expect, it } from "vitest";
import { reviewerWords } from "./words.ts";

describe("the reviewer overlay's words", () => {
  it("come in the store's language, placeholders left for the script", () => {
    const french = reviewerWords("fr-FR");
    expect(french.pick).toBe("Commenter");
    expect(french.post).toBe("Publier le commentaire");
    expect(french.pin).toBe("Commentaire {number}\u202f: {excerpt}");
    expect(reviewerWords("en").pick).toBe("Comment");
    expect(reviewerWords("ja").name).toBe("Your name");
  });
});
