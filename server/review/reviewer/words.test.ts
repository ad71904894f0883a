import { describe, expect, it } from "vitest";
import { withReviewScript } from "../preview-routes.ts";
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

  it("travel to the page in the overlay's settings, with the language", () => {
    const html = withReviewScript("<html><head></head><body></body></html>", {
      api: "/p/tok/_review",
      revision: "d:1",
      live: true,
      allowComments: true,
      lang: "fr",
      words: reviewerWords("fr"),
    });
    const content = /<meta name="pegasus-preview" content="([^"]*)">/.exec(html)![1]!;
    const settings = JSON.parse(
      content.replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&"),
    ) as {
      lang: string;
      words: Record<string, string>;
    };
    expect(settings.lang).toBe("fr");
    expect(settings.words.newComment).toBe("Nouveau commentaire");
  });
});
