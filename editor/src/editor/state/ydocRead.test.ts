import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { richTextFromPlainText } from "../../../../blocks/shared/rich-text-value/plainText.ts";
import type { RichTextState } from "../../../../blocks/shared/rich-text-value/schema.ts";
import { richTextToHtml } from "../../../../blocks/shared/rich-text-value/toHtml.ts";
import { defaultTheme } from "../../../../blocks/theme/index.ts";
import { createSiteYDoc } from "../../../../collab/doc/ops.ts";
import { readRichText } from "../../../../collab/doc/richText.ts";
import { readRichTextForDisplay } from "./ydocRead.ts";

const lexicalExport = JSON.parse(
  readFileSync(
    new URL(
      "../../../../blocks/shared/rich-text-value/fixtures/lexical-0.52-export.json",
      import.meta.url,
    ),
    "utf8",
  ),
) as RichTextState;

function text(value: string, format = 0) {
  return { type: "text", text: value, format, detail: 0, mode: "normal", style: "", version: 1 };
}

function element(type: string, children: unknown[], extra: Record<string, unknown> = {}) {
  return { type, children, direction: "ltr", format: "", indent: 0, version: 1, ...extra };
}

const RICH: RichTextState = {
  root: element("root", [
    element("heading", [text("Our story")], { tag: "h2" }),
    element("paragraph", [text("Made "), text("by hand", 1), text(" in "), text("Portland", 2)], {
      format: "center",
      textFormat: 0,
      textStyle: "",
    }),
    element(
      "list",
      [
        element("listitem", [text("Mugs")], { value: 1 }),
        element("listitem", [text("Linen")], { value: 2 }),
      ],
      {
        listType: "number",
        start: 3,
        tag: "ol",
      },
    ),
    element("paragraph", [
      text("Write to "),
      element("link", [text("us")], {
        url: "mailto:hi@example.com",
        rel: null,
        target: "_blank",
        title: null,
      }),
      { type: "linebreak", version: 1 },
      text("today"),
    ]),
    element("quote", [text("Slow mornings")]),
  ]) as RichTextState["root"],
};

/** Puts a rich-text value in a block of a fresh site doc and returns its XmlText. */
function stored(value: RichTextState): Y.XmlText {
  const ydoc = createSiteYDoc({
    schemaVersion: 2,
    theme: defaultTheme,
    nav: [],
    settings: { name: "Shop", locale: "en", currency: "USD", social: [] },
    pages: [
      {
        id: "home",
        slug: "",
        title: "Home",
        blocks: [
          {
            id: "t",
            type: "rich-text",
            props: { content: value, align: "start", width: "narrow" },
          },
        ],
      },
    ],
  });
  return ((ydoc.getMap("blocks").get("t") as Y.Map<unknown>).get("props") as Y.Map<unknown>).get(
    "content",
  ) as Y.XmlText;
}

describe("reading rich text for display (no Lexical)", () => {
  it.each([
    ["formatting, headings, lists, links, line breaks, quotes", RICH],
    ["plain paragraphs", richTextFromPlainText("One.\n\nTwo, with more words.")],
    ["a real Lexical 0.52 export", lexicalExport],
  ])("prints the same HTML as the canonical reader: %s", (_name, value) => {
    const xmlText = stored(value);
    const canonical = readRichText(xmlText) as unknown as RichTextState;
    const display = readRichTextForDisplay(xmlText)!;
    expect(richTextToHtml(display)).toBe(richTextToHtml(canonical));
    expect(richTextToHtml(display)).not.toBe("");
  });

  it("keeps the fields the storefront prints", () => {
    const html = richTextToHtml(readRichTextForDisplay(stored(RICH))!);
    expect(html).toContain("<h2>Our story</h2>");
    expect(html).toContain(
      '<p style="text-align:center">Made <strong>by hand</strong> in <em>Portland</em></p>',
    );
    expect(html).toContain('<ol start="3"><li>Mugs</li><li>Linen</li></ol>');
    expect(html).toContain(
      '<a href="mailto:hi@example.com" rel="noopener noreferrer" target="_blank">us</a><br>today',
    );
  });

  it("reads an empty prop as unset", () => {
    expect(readRichTextForDisplay(new Y.XmlText())).toBeUndefined();
  });
});
