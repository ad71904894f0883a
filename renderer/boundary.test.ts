import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { defaultTheme, type Theme } from "../blocks/theme/index.ts";
import { escapeHtml, escapeXml, jsonForScript } from "./escape.ts";
import { fontFilePath, preloadFaces } from "./fonts.ts";
import { islandsScript, islandsScriptPath } from "./islands/bundle.ts";
import { hardenCss } from "./render-page.tsx";
import { toDecimalString } from "../domain/money.ts";
import { plainText, robotsTxt, SiteUrls } from "./seo.ts";
import { safeTheme, themeRootCss } from "./theme-css.ts";

describe("jsonForScript", () => {
  it("cannot end its <script> element or split a JS line", () => {
    const json = jsonForScript({
      name: "</script><script>alert(1)</script> <!-- \u2028\u2029 & >",
    });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({
      name: "</script><script>alert(1)</script> <!-- \u2028\u2029 & >",
    });
  });
});

describe("escapeHtml / escapeXml", () => {
  it("escapes markup and drops NUL", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\u0000`)).toBe(
      "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;",
    );
    expect(escapeXml("a&b<c\u0001")).toBe("a&amp;b&lt;c");
  });
});

describe("safeTheme", () => {
  it("keeps a valid theme as it is", () => {
    expect(safeTheme(defaultTheme)).toEqual(defaultTheme);
  });

  it("replaces each hostile value with the default, field by field", () => {
    const hostile = {
      ...defaultTheme,
      colors: {
        ...defaultTheme.colors,
        primary: "red;}</style><script>alert(1)</script>",
        accent: "expression(alert(1))",
        text: "#123456",
      },
      fonts: {
        heading: 'Inter"; } body { background: url(javascript:alert(1)) }',
        body: "Lora",
        headingWeight: 1e9,
      },
      radius: Number.POSITIVE_INFINITY,
      spacing: "8px; }" as unknown as number,
      buttonStyle: "solid; color:red" as Theme["buttonStyle"],
    };
    const theme = safeTheme(hostile);
    expect(theme.colors.primary).toBe(defaultTheme.colors.primary);
    expect(theme.colors.accent).toBe(defaultTheme.colors.accent);
    expect(theme.colors.text).toBe("#123456");
    expect(theme.fonts.heading).toBe(defaultTheme.fonts.heading);
    expect(theme.fonts.body).toBe("Lora");
    expect(theme.radius).toBe(defaultTheme.radius);
    expect(theme.spacing).toBe(defaultTheme.spacing);
    expect(theme.buttonStyle).toBe("solid");
    const css = themeRootCss(theme);
    expect(css).not.toMatch(/<|expression|javascript|\}.*\{/);
  });

  it("survives garbage", () => {
    expect(safeTheme(null)).toEqual(defaultTheme);
    expect(safeTheme("x")).toEqual(defaultTheme);
  });
});

describe("hardenCss", () => {
  it("neutralises anything that could leave the <style> element or run script", () => {
    const css = hardenCss(
      "a{}</style><script>x</script> b{width:expression(alert(1));background:url( 'javascript:x')}@import 'y';",
    );
    expect(css).not.toMatch(/<\/style|<script|expression\(|url\(\s*'?javascript|@import/i);
  });
});

describe("fonts", () => {
  it("maps curated font files to disk and refuses everything else", () => {
    const path = fontFilePath("inter-latin-400-normal.woff2");
    expect(path).not.toBeNull();
    expect(existsSync(path!)).toBe(true);
    expect(fontFilePath("../../package.json")).toBeNull();
    expect(fontFilePath("inter-latin-400-normal.woff2/../../../etc/passwd")).toBeNull();
    expect(fontFilePath("inter-cyrillic-400-normal.woff2")).toBeNull();
    expect(fontFilePath("")).toBeNull();
  });

  it("preloads the body regular and the heading face only", () => {
    const faces = preloadFaces({ heading: "Fraunces", body: "Inter", headingWeight: 600 });
    expect(faces.map((f) => f.file).sort()).toEqual(
      ["fraunces-latin-600-normal.woff2", "inter-latin-400-normal.woff2"].sort(),
    );
    for (const face of faces) expect(fontFilePath(face.file)).not.toBeNull();
  });
});

describe("islands script", () => {
  it("is small, minified, content-addressed and builds DOM without innerHTML", () => {
    const { js, hash } = islandsScript();
    expect(js.length).toBeGreaterThan(500);
    expect(gzipSync(js).length).toBeLessThanOrEqual(10 * 1024);
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(islandsScriptPath()).toBe(`/_pegasus/islands.${hash}.js`);
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(islandsScript()).toBe(islandsScript()); // built once per process
  });
});

describe("seo helpers", () => {
  it("splits the base URL into origin and prefix", () => {
    const urls = new SiteUrls("http://localhost:3000/s/brew/");
    expect(urls.href("")).toBe("/s/brew/");
    expect(urls.absolute("about")).toBe("http://localhost:3000/s/brew/about");
    expect(urls.absoluteImage("/media/x.svg")).toBe("http://localhost:3000/media/x.svg");
    expect(urls.absoluteImage("javascript:alert(1)")).toBeUndefined();
    expect(new SiteUrls("https://shop.example").href("cart")).toBe("/cart");
  });

  it("prints prices in major units with the currency's digits", () => {
    expect(toDecimalString(1850, "USD")).toBe("18.50");
    expect(toDecimalString(1850, "JPY")).toBe("1850");
    expect(toDecimalString(1850, "COP")).toBe("18.50");
    expect(toDecimalString(1850, "IQD")).toBe("1.850");
  });

  it("turns product HTML into plain text", () => {
    expect(plainText("<p>Jasmine &amp; peach</p><script>x</script><ul><li>light</li></ul>")).toBe(
      "Jasmine & peach light",
    );
  });

  it("keeps previews out of search engines", () => {
    const urls = new SiteUrls("https://shop.example");
    expect(robotsTxt(urls, "preview")).toBe("User-agent: *\nDisallow: /\n");
    expect(robotsTxt(urls, "live")).toContain("Sitemap: https://shop.example/sitemap.xml");
  });
});
