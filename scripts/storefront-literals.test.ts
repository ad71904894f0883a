import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The storefront's pages and mails say nothing in English outside the catalogue
 * (domain/storefront-i18n, issue #18): a shopper of a French store must never meet an English
 * sentence the merchant did not write. This reads the sources of the pages and mails and fails on
 * JSX text, on a user-visible attribute (`aria-label`, `title`, `placeholder`, `alt`, `label`)
 * given as a literal, and on a string literal that reads like a sentence, outside the allowlist.
 */

const root = fileURLToPath(new URL("..", import.meta.url));

const FILES = [
  "server/commerce/checkout-http/pages.tsx",
  "server/commerce/checkout-http/test-payment-notice.tsx",
  "server/commerce/checkout-http/storefront-data.ts",
  "server/commerce/checkout-http/routes.ts",
  "server/commerce/mail.ts",
  "server/commerce/cart.ts",
  "server/storefront/routes.ts",
  "server/review/pages.ts",
  "server/review/reviewer/review-ui.ts",
  // Blocks' system text (a label left at its English default follows the store's language).
  "blocks/header/HeaderBlock.tsx",
  "blocks/footer/FooterBlock.tsx",
  "blocks/announcement-bar/AnnouncementBarBlock.tsx",
  "blocks/featured-product/FeaturedProductBlock.tsx",
  "blocks/product-detail/ProductDetailBlock.tsx",
  "blocks/cart/CartBlock.tsx",
  "blocks/contact-form/ContactFormBlock.tsx",
  "blocks/newsletter/NewsletterBlock.tsx",
  "blocks/shared/commerce.tsx",
  "blocks/shared/forms.tsx",
];

const CART = "server/commerce/cart.ts";
/** Input checks: a storefront answer words zod's issues from the catalogue (ShopperInputError). */
const INPUT_CHECK = "zod message; the storefront words the issue from the catalogue";

/** Literals a shopper never reads (or reads in every language), each with why. */
const ALLOWED = new Map<string, string>([
  ["server/commerce/checkout-http/pages.tsx: CVC", "the card's code as printed on cards"],
  ["server/commerce/checkout-http/pages.tsx: PayPal", "a brand name"],
  [
    "server/commerce/checkout-http/routes.ts: Stripe is not configured on this server.",
    "answered to Stripe's webhook calls, never to a shopper",
  ],
  [
    "server/commerce/checkout-http/routes.ts: Webhook signature refused: …",
    "answered to a payment provider's webhook call",
  ],
  [`${CART}: Default Title`, "the title stored for a product without options, compared, not shown"],
  ...[
    "Enter a quantity.",
    "Enter a whole number.",
    "The quantity cannot be negative.",
    "Add at least one.",
    "You can buy at most … of one item at a time.",
    "Choose an option.",
    "Choose an option of this product.",
    "This product does not exist.",
    "Say which item to change.",
    "This item is not in your cart.",
    "Say which item to remove.",
  ].map((text) => [`${CART}: ${text}`, INPUT_CHECK] as [string, string]),
]);

const VISIBLE_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label"]);

/** Two words or more, with a lower-case letter: "Back to cart", "There is no store here." */
const SENTENCE = /^[A-Z][A-Za-z’']*(?:[ ,][A-Za-z’'(){}#$.:;!?-]+)+[.!?:]?$/;

/** Said to a log, to an Error nobody shows, or to a developer: not the shopper's words. */
function forDevelopers(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isNewExpression(at) && /Error$/.test(at.expression.getText())) return true;
    if (
      ts.isCallExpression(at) &&
      /(^|\.)(log|info|warn|error|debug|trace|fatal)$/.test(at.expression.getText())
    )
      return true;
    // A block's English default, compared with the merchant's label, never shown (ownLabel).
    if (ts.isCallExpression(at) && at.expression.getText() === "ownLabel") return true;
    // Class names, and hints only the editor canvas shows (the merchant's app, not the shop).
    if (ts.isJsxAttribute(at) && at.name.getText() === "className") return true;
    if (ts.isJsxElement(at) && at.openingElement.tagName.getText() === "EditorHint") return true;
    if (ts.isCallExpression(at) && /^(said|soldOut|t|say|translate)$/.test(at.expression.getText()))
      return true;
    if (ts.isStatement(at)) return false;
  }
  return false;
}

export function englishIn(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (forDevelopers(node)) return;
      const words = node.getText().trim();
      if (/[A-Za-z]{2,}/.test(words)) found.push(words);
    } else if (
      ts.isJsxAttribute(node) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /[A-Za-z]{2,}/.test(node.initializer.text)
    ) {
      found.push(node.initializer.text);
    } else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      !ts.isImportDeclaration(node.parent) &&
      !ts.isJsxAttribute(node.parent) &&
      SENTENCE.test(node.text) &&
      !forDevelopers(node)
    ) {
      found.push(node.text);
    } else if (
      ts.isTemplateExpression(node) &&
      !ts.isTaggedTemplateExpression(node.parent) && // SQL
      !forDevelopers(node)
    ) {
      const words = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join("…");
      // Markup: only the text between tags; CSS (rules in braces) says nothing.
      const text = /[{};]\s*$|^\s*[.@#][\w-]+[{ ]/m.test(words)
        ? ""
        : words.includes("<")
          ? [...words.matchAll(/>([^<]*)</g)].map((m) => m[1]!.trim()).join(" ")
          : words;
      if (/[A-Za-z]{2,}(?: |…)+[A-Za-z]{2,}/.test(text)) found.push(words);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the storefront's pages and mails", () => {
  it("catches English outside the catalogue", () => {
    expect(englishIn("a.tsx", `const a = <p>Back to cart</p>;`)).toEqual(["Back to cart"]);
    expect(englishIn("a.tsx", `const a = <a aria-label="Remove item">x</a>;`)).toEqual([
      "Remove item",
    ]);
    expect(englishIn("a.ts", `notFound(reply, "There is no store at this address.");`)).toEqual([
      "There is no store at this address.",
    ]);
    expect(englishIn("a.ts", "const n = `Only ${count} of ${title} left.`;")).toHaveLength(1);
    expect(englishIn("a.ts", `log.warn("Mail failed to send");`)).toEqual([]);
    expect(englishIn("a.ts", `const c = "text/html; charset=utf-8";`)).toEqual([]);
  });

  it.each(FILES)("%s has no English outside the catalogue", (file) => {
    const text = readFileSync(join(root, file), "utf8");
    const english = englishIn(file, text).filter((words) => !ALLOWED.has(`${file}: ${words}`));
    expect(english).toEqual([]);
  });
});
