import { createHeadlessEditor } from "@lexical/headless";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RICH_TEXT_NODE_TYPES, type RichTextNodeType } from "../../../domain/rich-text.ts";
import { arbitraryRichText } from "../../testing/arbitrary.ts";
import { unsafeMarkup } from "../../testing/blockContract.tsx";
import lexicalExport from "./fixtures/lexical-0.52-export.json";
import {
  richTextFromPlainText,
  richTextToHtml,
  richTextToPlainText,
  ZRichText,
  type RichTextState,
  type SerializedRichTextNode,
} from ".";

const text = (t: string, format = 0): SerializedRichTextNode => ({
  type: "text",
  text: t,
  format,
  version: 1,
});
const para = (...children: SerializedRichTextNode[]): SerializedRichTextNode => ({
  type: "paragraph",
  children,
  version: 1,
});
const state = (...children: SerializedRichTextNode[]): RichTextState => ({
  root: { type: "root", children, version: 1 },
});
const link = (url: string, ...children: SerializedRichTextNode[]): SerializedRichTextNode => ({
  type: "link",
  url,
  children,
});

describe("richTextToHtml", () => {
  it("renders a real Lexical 0.52 export (h1 demoted to h2)", () => {
    expect(ZRichText.safeParse(lexicalExport).success).toBe(true);
    expect(richTextToHtml(lexicalExport as RichTextState)).toBe(
      '<h2>Title</h2><p><strong>bold</strong><br>plain<a href="https://example.com" rel="noopener">link</a></p><blockquote>quote</blockquote><ol><li>one</li></ol><p><br></p>',
    );
  });

  it("escapes markup in text", () => {
    const html = richTextToHtml(
      state(para(text('<script>alert("x")</script> & <img src=x onerror=alert(1)>'))),
    );
    expect(html).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>",
    );
  });

  it("drops unsafe link URLs but keeps the link text", () => {
    for (const url of [
      "javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<b>",
      " vbscript:x",
      '"><script>',
    ]) {
      expect(richTextToHtml(state(para(link(url, text("click")))))).toBe("<p>click</p>");
    }
  });

  it("escapes quotes in URLs and adds noreferrer for new tabs", () => {
    const html = richTextToHtml(
      state(
        para({
          type: "link",
          url: "https://example.com/?q=a&b=c",
          target: "_blank",
          children: [text("x")],
        }),
      ),
    );
    expect(html).toBe(
      '<p><a href="https://example.com/?q=a&amp;b=c" rel="noopener noreferrer" target="_blank">x</a></p>',
    );
  });

  it("lets the caller map site paths", () => {
    const html = richTextToHtml(state(para(link("/about", text("about")))), {
      resolveHref: (h) => `/s/shop${h}`,
    });
    expect(html).toBe('<p><a href="/s/shop/about" rel="noopener">about</a></p>');
  });

  it("applies the text format bitmask", () => {
    expect(richTextToHtml(state(para(text("x", 1 | 2 | 4 | 8 | 16))))).toBe(
      "<p><strong><em><u><s><code>x</code></s></u></em></strong></p>",
    );
  });

  it("drops unknown nodes but keeps their text", () => {
    const html = richTextToHtml(
      state(
        { type: "youtube", videoID: "abc", text: "Our kiln" },
        para(
          text("a"),
          { type: "mention", text: "@maya" },
          { type: "hashtag", children: [text("#linen")] },
        ),
        { type: "table", children: [{ type: "tablecell", children: [text("cell <b>")] }] },
      ),
    );
    expect(html).toBe("<p>Our kiln</p><p>a@maya#linen</p><p>cell &lt;b&gt;</p>");
  });

  it("keeps only known heading tags, alignments and list types", () => {
    const html = richTextToHtml(
      state(
        { type: "heading", tag: "script", children: [text("t")] },
        { type: "paragraph", format: "center", children: [text("c")] },
        { type: "paragraph", format: "expression(alert(1))", children: [text("e")] },
        {
          type: "list",
          listType: "number",
          start: 3,
          children: [{ type: "listitem", children: [text("three")] }],
        },
      ),
    );
    expect(html).toBe(
      '<h2>t</h2><p style="text-align:center">c</p><p>e</p><ol start="3"><li>three</li></ol>',
    );
  });

  it("flattens absurdly deep trees instead of overflowing the stack", () => {
    let node: SerializedRichTextNode = text("deep");
    for (let i = 0; i < 5000; i++) node = { type: "quote", children: [node] };
    const html = richTextToHtml(state(node));
    expect(html).toContain("deep");
  });

  it("never throws and never emits script, event handlers or unsafe URLs", () => {
    fc.assert(
      fc.property(arbitraryRichText(), (s) => {
        expect(unsafeMarkup(richTextToHtml(s))).toEqual([]);
      }),
      { numRuns: 300 },
    );
    for (const junk of [
      null,
      undefined,
      {},
      { root: null },
      { root: { type: "root", children: "nope" } },
      42,
    ]) {
      expect(richTextToHtml(junk as unknown as RichTextState)).toBe("");
    }
  });

  it("prints markup for every node type of the rich-text list", () => {
    // One sample of each type of domain/rich-text.ts (a type added there fails to compile here).
    const samples: Record<RichTextNodeType, [SerializedRichTextNode, string]> = {
      root: [{ type: "root", children: [text("nested")] }, "<p>nested</p>"],
      paragraph: [para(text("p")), "<p>p</p>"],
      text: [text("t", 1), "<strong>t</strong>"],
      linebreak: [{ type: "linebreak" }, "<br>"],
      heading: [{ type: "heading", tag: "h3", children: [text("h")] }, "<h3>h</h3>"],
      quote: [{ type: "quote", children: [text("q")] }, "<blockquote>q</blockquote>"],
      list: [
        { type: "list", listType: "number", children: [para(text("one"))] },
        "<ol><li><p>one</p></li></ol>",
      ],
      listitem: [{ type: "listitem", children: [text("i")] }, "<li>i</li>"],
      link: [link("/about", text("a")), '<a href="/about" rel="noopener">a</a>'],
      autolink: [
        { type: "autolink", url: "https://example.com", children: [text("e")] },
        '<a href="https://example.com" rel="noopener">e</a>',
      ],
    };
    expect(Object.keys(samples).sort()).toEqual([...RICH_TEXT_NODE_TYPES].sort());
    for (const [node, html] of Object.values(samples)) {
      expect(richTextToHtml(state(node))).toBe(html);
    }
  });
});

describe("plain text helpers", () => {
  it("richTextFromPlainText makes paragraphs and line breaks", () => {
    const s = richTextFromPlainText("First line\nsecond line\n\nNew paragraph");
    expect(richTextToHtml(s)).toBe("<p>First line<br>second line</p><p>New paragraph</p>");
    expect(richTextToPlainText(s)).toBe("First line\nsecond line\n\nNew paragraph");
  });

  it("produces states the Lexical editor loads as-is", () => {
    // Plain text makes only Lexical's own nodes (paragraphs, text, line breaks): none to register.
    const editor = createHeadlessEditor({
      onError: (e) => {
        throw e;
      },
    });
    const original = richTextFromPlainText(
      "Hand-thrown in Portland.\nFired twice.\n\nDishwasher safe.",
    );
    const parsed = editor.parseEditorState(JSON.stringify(original));
    expect(parsed.toJSON()).toEqual(original);
  });

  it("richTextToPlainText reads lists and nested nodes", () => {
    expect(richTextToPlainText(lexicalExport as RichTextState)).toBe(
      "Title\n\nbold\nplainlink\n\nquote\n\none",
    );
  });

  it("round-trips any text up to whitespace at paragraph edges", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z][a-z ]{0,20}[a-z]$/), { minLength: 1, maxLength: 5 }),
        (paragraphs) => {
          const input = paragraphs.join("\n\n");
          expect(richTextToPlainText(richTextFromPlainText(input))).toBe(input);
        },
      ),
    );
  });
});
