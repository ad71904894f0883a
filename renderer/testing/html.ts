import { parse, type DefaultTreeAdapterMap } from "parse5";

/** parse5 helpers for renderer tests: walk a whole document the way a browser would build it. */
export type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

export function parseDocument(html: string) {
  return parse(html);
}

/** Every element of a document, in document order (template contents included). */
export function allElements(html: string): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if ("tagName" in child) {
        out.push(child);
        visit(child);
        if (child.tagName === "template")
          visit((child as unknown as { content: ParentNode }).content);
      }
    }
  };
  visit(parse(html));
  return out;
}

/** Every element inside `root`, in document order. */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.childNodes) {
      if ("tagName" in child) {
        out.push(child);
        visit(child);
      }
    }
  };
  visit(root);
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text inside an element (script and style contents are raw text nodes to parse5). */
export function textOf(el: Element): string {
  let text = "";
  for (const child of el.childNodes) {
    if (child.nodeName === "#text") text += (child as DefaultTreeAdapterMap["textNode"]).value;
    else if ("tagName" in child) text += textOf(child);
  }
  return text;
}

export function headingLevels(html: string): number[] {
  return allElements(html)
    .filter((el) => /^h[1-6]$/.test(el.tagName))
    .map((el) => Number(el.tagName.slice(1)));
}

/** Headings that go more than one level deeper than the one before (h2 -> h4). */
export function skippedHeadingLevels(html: string): string[] {
  const levels = headingLevels(html);
  const problems: string[] = [];
  levels.forEach((level, i) => {
    const previous = i === 0 ? 0 : levels[i - 1]!;
    if (level > previous + 1) problems.push(`h${previous || "-"} -> h${level} (heading #${i + 1})`);
  });
  return problems;
}
