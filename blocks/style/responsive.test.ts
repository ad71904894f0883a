import { describe, expect, it } from "vitest";
import {
  resolveResponsive,
  responsive,
  StyleSheetCollector,
  valueAt,
  ZSpaceToken,
} from "./responsive.ts";

describe("resolveResponsive", () => {
  it("builds mobile-first tiers: base = mobile ?? tablet ?? desktop", () => {
    expect(resolveResponsive(3)).toEqual({ base: 3 });
    expect(resolveResponsive({ desktop: 4 })).toEqual({ base: 4, tablet: 4, desktop: 4 });
    expect(resolveResponsive({ mobile: 1, desktop: 3 })).toEqual({
      base: 1,
      tablet: 3,
      desktop: 3,
    });
    expect(resolveResponsive({ tablet: 2 })).toEqual({ base: 2, tablet: 2, desktop: undefined });
  });

  it("tells the editor what each device shows", () => {
    const value = { mobile: 1, tablet: 2 };
    expect(valueAt(value, "mobile")).toBe(1);
    expect(valueAt(value, "tablet")).toBe(2);
    expect(valueAt(value, "desktop")).toBe(2);
  });
});

describe("responsive()", () => {
  it("accepts a plain value or per-screen values, nothing else", () => {
    const schema = responsive(ZSpaceToken);
    expect(schema.safeParse("md").success).toBe(true);
    expect(schema.safeParse({ mobile: "sm", desktop: "xl" }).success).toBe(true);
    expect(schema.safeParse({ phone: "sm" }).success).toBe(false);
    expect(schema.safeParse("10px").success).toBe(false);
  });
});

describe("StyleSheetCollector", () => {
  it("emits a base rule and media rules only where the value changes", () => {
    const styles = new StyleSheetCollector();
    styles.add("grid-1", { columns: { mobile: 1, tablet: 2, desktop: 4 }, gap: "md" });
    styles.add("grid-2", { columns: { mobile: 2, desktop: 2 } });
    expect(styles.toCss()).toBe(
      [
        '[data-block-id="grid-1"]{--pg-columns:1;--pg-gap:var(--pg-space-md)}',
        '[data-block-id="grid-2"]{--pg-columns:2}',
        '@media (min-width: 768px){[data-block-id="grid-1"]{--pg-columns:2}}',
        '@media (min-width: 1024px){[data-block-id="grid-1"]{--pg-columns:4}}',
      ].join("\n"),
    );
  });

  it("uses tablet values from 768px when desktop is unset", () => {
    const styles = new StyleSheetCollector();
    styles.add("s", { paddingBlock: { mobile: "sm", tablet: "lg" } });
    expect(styles.toCss()).toBe(
      '[data-block-id="s"]{padding-block:var(--pg-space-sm)}\n@media (min-width: 768px){[data-block-id="s"]{padding-block:var(--pg-space-lg)}}',
    );
  });

  it("pairs a background with its readable text colour", () => {
    const styles = new StyleSheetCollector();
    styles.add("a", { background: "accent" });
    styles.add("b", { background: "#FFEE00" });
    styles.add("c", { background: "#102030" });
    const css = styles.toCss();
    expect(css).toContain(
      '[data-block-id="a"]{background-color:var(--pg-color-accent);color:var(--pg-color-on-accent)',
    );
    expect(css).toContain('[data-block-id="b"]{background-color:#ffee00;color:#111111');
    expect(css).toContain('[data-block-id="c"]{background-color:#102030;color:#ffffff');
  });

  it("drops anything that is not in its vocabulary and says why", () => {
    const styles = new StyleSheetCollector();
    const hostile = {
      paddingBlock: "1px;}body{display:none",
      columns: 1e9,
      background: "red",
      lineColor: "#fff;background:url(https://evil.example)",
      minHeight: Number.NaN,
      position: "fixed",
    };
    styles.add("x", hostile as never);
    styles.add('y"]{}*{color:red}[x="', { columns: 2 });
    expect(styles.toCss()).toBe("");
    expect(styles.problems.map((p) => p.key).sort()).toEqual(
      ["*", "background", "columns", "lineColor", "minHeight", "paddingBlock", "position"].sort(),
    );
  });

  it("merges repeated registrations for the same block", () => {
    const styles = new StyleSheetCollector();
    styles.add("b", { textAlign: "center" });
    styles.add("b", { gap: "lg" });
    expect(styles.toCss()).toBe(
      '[data-block-id="b"]{text-align:center;--pg-align:center;--pg-gap:var(--pg-space-lg)}',
    );
  });
});
