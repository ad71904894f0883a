import type { CompetitorReport } from "./report.ts";

/**
 * Facts from a competitor's HTML: title, description, headings, main colours, fonts, navigation
 * and prices. Pattern-based (no DOM: this runs on the server on untrusted input), bounded in
 * every list and string, and markup-free, because the result goes to a model and to the wizard.
 */
const MAX_TEXT = 200;

export function extractReport(url: string, page: string): CompetitorReport {
  // Scripts and templates are not content (a script may hold markup in strings).
  const html = page.replace(/<(script|template|noscript)\b[\s\S]*?<\/\1>/gi, " ");
  const head = html.slice(0, 200_000);
  const title = text(
    firstMatch(head, /<title[^>]*>([\s\S]*?)<\/title>/i) ?? metaContent(head, "og:title") ?? "",
  );
  const description = text(
    metaContent(head, "description") ?? metaContent(head, "og:description") ?? "",
  );
  const headings = unique(
    [...html.matchAll(/<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/gi)]
      .map((m) => text(m[2]!))
      .filter(Boolean),
  ).slice(0, 12);
  const nav = unique(
    [...html.matchAll(/<nav\b[^>]*>([\s\S]*?)<\/nav>/gi)]
      .flatMap((m) => [...m[1]!.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)].map((a) => text(a[1]!)))
      .filter((label) => label && label.length <= 40),
  ).slice(0, 12);
  return {
    url,
    title: clip(title),
    description: clip(description, 300),
    headings,
    colors: mainColors(html),
    fonts: fonts(html),
    nav,
    prices: prices(html),
  };
}

function firstMatch(html: string, pattern: RegExp): string | null {
  return pattern.exec(html)?.[1] ?? null;
}

function metaContent(html: string, name: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = attr(tag, "name") ?? attr(tag, "property");
    if (key?.toLowerCase() === name) return attr(tag, "content");
  }
  return null;
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : null;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
};

/** Visible text: tags, scripts and styles removed, entities decoded, spaces collapsed. */
function text(html: string): string {
  return clip(plain(html));
}

function plain(html: string): string {
  return html
    .replace(/<(script|style|noscript|svg)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      const lower = code.toLowerCase();
      if (lower.startsWith("#x")) return safeChar(parseInt(lower.slice(2), 16));
      if (lower.startsWith("#")) return safeChar(Number(lower.slice(1)));
      return ENTITIES[lower] ?? whole;
    })
    .replace(/[<>]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function safeChar(code: number): string {
  return Number.isFinite(code) && code > 31 && code < 0x110000 ? String.fromCodePoint(code) : " ";
}

function clip(value: string, max = MAX_TEXT): string {
  return value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The most used colours in the page's CSS, ignoring near-white and near-black ground colours. */
function mainColors(html: string): string[] {
  const counts = new Map<string, number>();
  const css = [
    ...[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!),
    ...[...html.matchAll(/\bstyle\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!),
    ...(metaContent(html, "theme-color") ? [`color:${metaContent(html, "theme-color")}`] : []),
  ].join("\n");
  for (const m of css.matchAll(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi)) {
    const raw = m[1]!.toLowerCase();
    const hex = `#${raw.length === 3 ? [...raw].map((c) => c + c).join("") : raw}`;
    counts.set(hex, (counts.get(hex) ?? 0) + 1);
  }
  for (const m of css.matchAll(/rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/gi)) {
    const hex = `#${[m[1], m[2], m[3]].map((c) => Math.min(255, Number(c)).toString(16).padStart(2, "0")).join("")}`;
    counts.set(hex, (counts.get(hex) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([hex]) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
        number,
        number,
        number,
      ];
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      return !(min > 235 || max < 25);
    })
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([hex]) => hex);
}

const GENERIC_FONTS = new Set([
  "serif",
  "sans-serif",
  "monospace",
  "cursive",
  "system-ui",
  "inherit",
  "initial",
  "-apple-system",
  "blinkmacsystemfont",
  "ui-sans-serif",
  "ui-serif",
  "var",
]);

function fonts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/font-family\s*:\s*([^;}<]+)/gi)) {
    const first = m[1]!
      .split(",")[0]!
      .trim()
      .replace(/^['"]|['"]$/g, "")
      .replace(/&quot;/g, "");
    if (first && !GENERIC_FONTS.has(first.toLowerCase()) && !first.startsWith("var("))
      found.push(first);
  }
  for (const m of html.matchAll(/fonts\.googleapis\.com\/css2?\?([^"' >]+)/gi)) {
    for (const family of m[1]!.matchAll(/family=([^&:]+)/g))
      found.push(decodeURIComponent(family[1]!.replace(/\+/g, " ")));
  }
  return unique(found.map((f) => clip(f, 60))).slice(0, 5);
}

const CURRENCY_SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY" };

function prices(html: string): CompetitorReport["prices"] {
  const visible = plain(html.replace(/<head\b[\s\S]*?<\/head>/i, " ").slice(0, 1_000_000));
  const out: CompetitorReport["prices"] = [];
  const patterns = [
    /([$€£¥])\s?(\d{1,5}(?:[.,]\d{3})*(?:[.,]\d{1,2})?)/g,
    /(\d{1,5}(?:[.,]\d{1,2})?)\s?(€|USD|EUR|GBP|CAD|AUD)\b/g,
  ];
  for (const m of visible.matchAll(patterns[0]!)) {
    const amount = toNumber(m[2]!);
    if (amount !== null) out.push({ amount, currency: CURRENCY_SYMBOLS[m[1]!] ?? m[1]! });
    if (out.length >= 30) break;
  }
  for (const m of visible.matchAll(patterns[1]!)) {
    const amount = toNumber(m[1]!);
    if (amount !== null) out.push({ amount, currency: m[2] === "€" ? "EUR" : m[2]! });
    if (out.length >= 30) break;
  }
  return out.slice(0, 30);
}

function toNumber(raw: string): number | null {
  // "1.299,00" (European) and "1,299.00" both become 1299.
  const normalised = /,\d{1,2}$/.test(raw)
    ? raw.replace(/\./g, "").replace(",", ".")
    : raw.replace(/,/g, "");
  const value = Number(normalised);
  return Number.isFinite(value) && value > 0 && value < 1_000_000 ? value : null;
}
