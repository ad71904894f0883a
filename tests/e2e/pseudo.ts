import { expect, type Page, type TestInfo } from "@playwright/test";
import { readFileSync, writeFileSync } from "node:fs";
import { screenshots } from "./screenshots.ts";

/**
 * The pseudo-locale en-XA as the browser tests read it (#18). FormatJS's en-XA writes every
 * ASCII letter of a message accented (lower-case a, e, o, u doubled, about a third longer) inside
 * [brackets], placeholders as given: so a run of plain ASCII letters on an en-XA screen is text
 * that did not come from the catalogue, unless it is data, a brand or words `Intl` writes.
 */

const ACCENTED: Record<string, string> = Object.fromEntries(
  [
    ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
      .split("")
      .map((letter, i) => [
        letter,
        [..."ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ"][i]!,
      ]),
  ].map(([letter, accented]) => [
    letter!,
    "aeou".includes(letter!) ? accented!.repeat(2) : accented!,
  ]),
);

/** `english` as en-XA writes it, without the brackets (placeholders' values are not passed here). */
export function pseudo(english: string): string {
  return english.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter]!);
}

/** A letter only en-XA writes. */
const PSEUDO = new RegExp(`[${[...new Set(Object.values(ACCENTED).join(""))].join("")}]`, "u");

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A message's whole text, in English or in en-XA: the screens read the same in this suite's
 * steps before and after they are translated. Values (`${name}`) stay as they are, data.
 *   page.getByRole("button", { name: ui`Open ${siteName} in the editor` })
 */
export function ui(strings: TemplateStringsArray | string, ...values: string[]): RegExp {
  const parts = typeof strings === "string" ? [strings] : [...strings];
  const join = (word: (part: string) => string) =>
    parts.map((part, i) => word(part) + (i < values.length ? escape(values[i]!) : "")).join("");
  return new RegExp(`^\\s*(?:${join(escape)}|\\[${join((part) => escape(pseudo(part)))}\\])\\s*$`);
}

/** Like `ui`, for a part of a longer message (no brackets, not anchored). */
export function uiPart(english: string): RegExp {
  return new RegExp(`${escape(english)}|${escape(pseudo(english))}`);
}

/** The words and names a screen may show in plain ASCII: never the app's own words. */
const BRANDS = ["Pegasus", "Stripe", "PayPal", "Stripe Connect"];
/** Key names as keyboards print them (a shortcut's hint). */
const KEYS = ["Ctrl", "Shift", "Alt", "Cmd", "Enter", "Esc", "Tab"];

type Found = { kind: string; text: string; where: string };
type Scan = {
  strings: Found[];
  values: string[];
  truncated: Found[];
  offscreen: Found[];
  pageWidth: number;
  intl: { words: string[]; phrases: string[]; patterns: string[] };
};

/**
 * Everything a person or a screen reader meets on the page (the top document; the editor's canvas
 * is the site's own content): text nodes of rendered elements (screen-reader-only ones too), the
 * options of visible lists, aria-label, aria-description, title, placeholder and alt, the tab's
 * title. And what does not fit: text cut off by its box (overflow hidden or an ellipsis) and
 * controls beyond the window's edges.
 */
function scanPage(): Scan {
  const describe = (element: Element) => {
    const name = element.tagName.toLowerCase();
    const role = element.getAttribute("role");
    const classes = [...element.classList].slice(0, 2).join(".");
    return `<${name}${role ? ` role=${role}` : ""}${classes ? ` .${classes}` : ""}>`;
  };
  const shown = (element: Element) =>
    element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
  const skipped = (element: Element) =>
    element.closest("script, style, noscript, template, [contenteditable='true']") !== null;

  const strings: Found[] = [];
  const add = (kind: string, text: string | null, element: Element) => {
    const clean = (text ?? "").replace(/\s+/g, " ").trim();
    if (clean) strings.push({ kind, text: clean, where: describe(element) });
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || skipped(parent)) continue;
    const option = parent.closest("option, optgroup");
    const select = option?.closest("select, datalist");
    if (option ? !(select && shown(select)) : !shown(parent)) continue;
    add(option ? "option" : "text", node.nodeValue, parent);
  }
  for (const element of document.body.querySelectorAll(
    "[aria-label], [aria-description], [aria-roledescription], [aria-valuetext], [title], [placeholder], [alt]",
  )) {
    if (skipped(element) || !shown(element)) continue;
    for (const attribute of [
      "aria-label",
      "aria-description",
      "aria-roledescription",
      "aria-valuetext",
      "title",
      "placeholder",
      "alt",
    ])
      add(attribute, element.getAttribute(attribute), element);
  }
  add("document title", document.title, document.documentElement);
  // What the fields hold is the merchant's (or the site's) content, which may be named on the
  // screen too ("Remove Fern Planter"): data, whatever its language.
  const values = [...document.body.querySelectorAll("input, textarea")]
    .filter(
      (field) =>
        !["button", "submit", "reset", "hidden"].includes((field as HTMLInputElement).type),
    )
    .map((field) => (field as HTMLInputElement).value.trim())
    .filter((value) => value.length > 1);

  const truncated: Found[] = [];
  for (const element of document.body.querySelectorAll("*")) {
    if (skipped(element) || !shown(element)) continue;
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text || text.length > 120 || element.matches("input, textarea, select")) continue;
    const style = getComputedStyle(element);
    // Screen-reader-only text is clipped to a pixel on purpose.
    if (element.clientWidth <= 1 || style.clip !== "auto" || style.clipPath !== "none") continue;
    const clips = ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
    const clamped = style.webkitLineClamp !== "none" && style.webkitLineClamp !== "";
    if (clips && element.scrollWidth > element.clientWidth + 1)
      truncated.push({ kind: "cut off", text, where: describe(element) });
    else if (clamped && element.scrollHeight > element.clientHeight + 1)
      truncated.push({ kind: "clamped", text, where: describe(element) });
  }

  const offscreen: Found[] = [];
  const scrollsSideways = (element: Element) => {
    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
      const overflow = getComputedStyle(up).overflowX;
      if (overflow === "auto" || overflow === "scroll") return true;
    }
    return false;
  };
  for (const control of document.body.querySelectorAll(
    "button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=tab], [role=menuitem], [role=link]",
  )) {
    if (skipped(control) || !shown(control)) continue;
    const box = control.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if ((box.right > window.innerWidth + 1 || box.left < -1) && !scrollsSideways(control))
      offscreen.push({
        kind: `${Math.round(box.left)}…${Math.round(box.right)} px`,
        text:
          control.getAttribute("aria-label") ??
          (control.textContent ?? "").trim() ??
          control.getAttribute("name") ??
          "",
        where: describe(control),
      });
  }

  // What Intl writes in this language (dates, relative times, units, countries, currencies):
  // English for en-XA, which ICU does not have, and not the catalogue's business.
  const locales = [document.documentElement.lang || "en-XA", "en"];
  const words = new Set<string>();
  const phrases = new Set<string>();
  const patterns = new Set<string>();
  const wordsOf = (text: string) => text.match(/[A-Za-z]+/g)?.forEach((word) => words.add(word));
  for (let month = 0; month < 12; month++)
    for (const style of ["long", "short", "narrow"] as const)
      wordsOf(new Intl.DateTimeFormat(locales, { month: style }).format(new Date(2024, month, 15)));
  for (let day = 0; day < 7; day++)
    for (const style of ["long", "short"] as const)
      wordsOf(
        new Intl.DateTimeFormat(locales, { weekday: style }).format(new Date(2024, 0, day + 1)),
      );
  for (const hour of [3, 15])
    wordsOf(
      new Intl.DateTimeFormat(locales, { hour: "numeric", hour12: true }).format(
        new Date(2024, 0, 1, hour),
      ),
    );
  const number = "(?:\\d[\\d.,\\s]*)";
  const asPattern = (text: string) =>
    text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/7/g, number);
  for (const unit of [
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "quarter",
    "year",
  ] as const)
    for (const style of ["long", "short", "narrow"] as const)
      for (const numeric of ["always", "auto"] as const) {
        const format = new Intl.RelativeTimeFormat(locales, { style, numeric });
        for (const value of [-1, 0, 1]) phrases.add(format.format(value, unit));
        for (const value of [-7, 7]) patterns.add(asPattern(format.format(value, unit)));
      }
  for (const unit of ["byte", "kilobyte", "megabyte", "gigabyte", "pixel", "percent"])
    for (const unitDisplay of ["short", "long", "narrow"] as const)
      try {
        const text = new Intl.NumberFormat(locales, { style: "unit", unit, unitDisplay }).format(7);
        patterns.add(asPattern(text));
      } catch {
        // not a unit Intl formats
      }
  for (const type of ["conjunction", "disjunction"] as const)
    wordsOf(new Intl.ListFormat(locales, { type }).format(["1", "2", "3"]));
  const regions = new Intl.DisplayNames(locales, { type: "region" });
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const first of letters)
    for (const second of letters)
      try {
        const name = regions.of(first + second);
        if (name && name !== first + second) phrases.add(name);
      } catch {
        // not a region code
      }
  const currencies = new Intl.DisplayNames(locales, { type: "currency" });
  for (const code of Intl.supportedValuesOf("currency")) {
    words.add(code);
    phrases.add(currencies.of(code) ?? code);
    const symbol = new Intl.NumberFormat(locales, { style: "currency", currency: code })
      .formatToParts(7)
      .find((part) => part.type === "currency")?.value;
    if (symbol) phrases.add(symbol);
  }
  const languages = new Intl.DisplayNames(locales, { type: "language" });
  for (const code of ["en", "fr", "de", "es", "it", "pt", "nl"]) phrases.add(languages.of(code)!);
  for (const zone of Intl.supportedValuesOf("timeZone"))
    phrases.add(zone).add(zone.replace(/_/g, " "));

  return {
    strings,
    values,
    truncated,
    offscreen,
    pageWidth: document.documentElement.scrollWidth,
    intl: { words: [...words], phrases: [...phrases], patterns: [...patterns] },
  };
}

/** The ASCII words of `text` left once data, brands, addresses and Intl's words are taken out. */
function englishWords(text: string, allowed: RegExp[], intlWords: Set<string>): string[] {
  let rest = text;
  for (const phrase of allowed) rest = rest.replace(phrase, " ");
  rest = rest
    .replace(/\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g, " ") // email addresses
    .replace(/\b(?:https?:\/\/|www\.)\S*/g, " ") // addresses
    .replace(/\blocalhost(?::\d+)?/g, " ") // the app's own host in a site's address
    .replace(/(?:^|\s)\/[\w/.-]*/g, " ") // paths (/s/kiln-house/…)
    .replace(/\b[\w-]*\d[\w-]*\b/g, " "); // ids, codes and slugs with a digit (acct_1…, #1001)
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !intlWords.has(word));
}

/**
 * The allowed phrases as patterns, longest first, each whole (not inside a longer word: a data
 * value "to" does not excuse "Skip to content"... but it does excuse "to" standing alone).
 */
function allowedPhrases(data: readonly string[], intl: Scan["intl"]): RegExp[] {
  const phrases = [...new Set([...data, ...BRANDS, ...intl.phrases])].filter(Boolean);
  return [
    ...phrases.sort((a, b) => b.length - a.length).map((phrase) => escape(phrase)),
    ...intl.patterns,
  ].map((pattern) => new RegExp(`(?<![A-Za-z])(?:${pattern})(?![A-Za-z])`, "g"));
}

export type ScreenReport = {
  screen: string;
  untranslated: string[];
  truncated: string[];
  offscreen: string[];
};

/**
 * The report of one run: `check` each screen (once what it shows has loaded), then `finish` to
 * fail with every screen's list at once (soft assertions: one screen's findings do not hide the
 * next screen's) and to attach the list to the test's artifacts.
 */
/**
 * What is known to be left of #18, per screen: each line as the report writes it. A screen may
 * show these and no other; a line that no longer shows fails too, so the list only shrinks (remove
 * it). `PSEUDO_LOCALE_RECORD=1` writes the lists seen instead of checking them.
 */
const LEFT_FILE = new URL("./pseudo-locale-left.json", import.meta.url);
const RECORD = process.env.PSEUDO_LOCALE_RECORD === "1";
const left = JSON.parse(readFileSync(LEFT_FILE, "utf8")) as Record<string, string[]>;

function recordLeft(screens: ScreenReport[]) {
  const now = JSON.parse(readFileSync(LEFT_FILE, "utf8")) as Record<string, string[]>;
  for (const { screen, untranslated, truncated, offscreen } of screens) {
    const lines = [...untranslated, ...truncated, ...offscreen];
    if (lines.length) now[screen] = lines;
    else delete now[screen];
  }
  const sorted = Object.fromEntries(Object.entries(now).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(LEFT_FILE, JSON.stringify(sorted, null, 2) + "\n");
}

const TIME_ZONE_OPTION =
  /^\[?[^[\]]+ – [^[\]]+ \((?:GMT|UTC)[^)]*\)\]?$|^\[?[^[\]]+ \((?:GMT|UTC)[^)]*\)\]?$/;

export class PseudoLocaleReport {
  readonly screens: ScreenReport[] = [];

  private readonly data: string[] = [];

  constructor(private readonly testInfo: TestInfo) {}

  /** What the test itself made and the screens show: names, emails, product titles. */
  allow(...data: string[]) {
    this.data.push(...data);
    // A person's initials stand for them in an avatar.
    for (const name of data.filter((d) => /^\p{Lu}\S* \p{Lu}\S*$/u.test(d)))
      this.data.push(
        name
          .split(" ")
          .map((part) => part[0])
          .join(""),
      );
  }

  async check(page: Page, screen: string) {
    await page.setViewportSize({ width: 1440, height: 900 });
    const scan = await page.evaluate(scanPage);
    const untranslated = new Set<string>();
    const allowed = allowedPhrases([...this.data, ...scan.values], scan.intl);
    const intlWords = new Set([...scan.intl.words, ...KEYS]);
    for (const found of scan.strings) {
      // A time zone's choice is Intl's words (city, zone name, offset now: it moves with the
      // seasons), en-XA being English to Intl.
      if (found.kind === "option" && TIME_ZONE_OPTION.test(found.text)) continue;
      const words = englishWords(found.text, allowed, intlWords);
      if (words.length)
        untranslated.add(`${found.kind} ${found.where}: "${found.text}" (${words.join(", ")})`);
    }
    const offscreen = scan.offscreen.map((f) => `${f.where} "${f.text}" at ${f.kind}`);
    if (scan.pageWidth > 1441) offscreen.push(`the page is ${scan.pageWidth} px wide at 1440`);
    const report: ScreenReport = {
      screen,
      untranslated: [...untranslated],
      // Text of the app's (en-XA accented or left English) cut off; data shortened with an
      // ellipsis on purpose (a block's text in the layers) is not the catalogue's concern.
      truncated: [
        ...new Set(
          scan.truncated
            .filter((f) => PSEUDO.test(f.text) || englishWords(f.text, allowed, intlWords).length)
            .map((f) => `${f.kind} ${f.where}: "${f.text}"`),
        ),
      ],
      offscreen,
    };
    this.screens.push(report);
    if (!RECORD) {
      // Counts and amounts may differ from run to run (sample items, an order's total).
      const shape = (line: string) => line.replace(/\d+/g, "#");
      const known = new Set((left[screen] ?? []).map(shape));
      const seen = [...report.untranslated, ...report.truncated, ...report.offscreen].map(shape);
      const unknown = (list: string[]) => list.filter((line) => !known.has(shape(line)));
      expect
        .soft(unknown(report.untranslated), `${screen}: text not from the catalogue`)
        .toEqual([]);
      expect.soft(unknown(report.truncated), `${screen}: text cut off`).toEqual([]);
      expect
        .soft(unknown(report.offscreen), `${screen}: controls outside the window at 1440`)
        .toEqual([]);
      expect
        .soft(
          [...known].filter((line) => !seen.includes(line)),
          `${screen}: fixed since pseudo-locale-left.json was written (remove these lines)`,
        )
        .toEqual([]);
    }
    await screenshots(page, this.testInfo, `en-XA-${screen.replace(/[^a-z0-9]+/gi, "-")}`);
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  /** The per-screen list, in the test's output and its artifacts. */
  async finish() {
    const lines: string[] = [];
    for (const { screen, untranslated, truncated, offscreen } of this.screens) {
      const clean = !untranslated.length && !truncated.length && !offscreen.length;
      lines.push(`## ${screen}${clean ? ": clean" : ""}`);
      for (const [title, list] of [
        ["untranslated", untranslated],
        ["truncated", truncated],
        ["outside the window at 1440", offscreen],
      ] as const)
        if (list.length)
          lines.push(`  ${title} (${list.length}):`, ...list.map((l) => `    - ${l}`));
    }
    const text = lines.join("\n") + "\n";
    await this.testInfo.attach("pseudo-locale-report.txt", {
      body: text,
      contentType: "text/plain",
    });
    await this.testInfo.attach("pseudo-locale-report.json", {
      body: JSON.stringify(this.screens, null, 2),
      contentType: "application/json",
    });
    console.log(`\n# en-XA: ${this.testInfo.title}\n${text}`);
    if (RECORD) recordLeft(this.screens);
  }
}
