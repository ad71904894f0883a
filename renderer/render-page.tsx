import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { blockCss, pageLayoutCss } from "../blocks/registry.ts";
import { BlockTree } from "../blocks/render/BlockTree.tsx";
import { STOREFRONT_ENDPOINTS } from "../blocks/render/commerce.ts";
import {
  createRenderContext,
  RenderContext,
  type RenderContextValue,
} from "../blocks/render/context.ts";
import { BASE_CSS } from "../blocks/style/baseCss.ts";
import { translator } from "../domain/storefront-i18n/index.ts";
import { safeImageUrl } from "../blocks/url.ts";
import { fontFaceCss, themeBodyClass, type Theme } from "../blocks/theme/index.ts";
import { CartDrawer, PreviewBar, SiteFooter, SiteHeader } from "./builtins.tsx";
import { escapeHtml } from "./escape.ts";
import { fontUrl, preloadFaces } from "./fonts.ts";
import { islandsScriptPath } from "./islands/bundle.ts";
import { blockTypesIn, layoutFor, type PageLayout, type PageRoute } from "./page-layout.tsx";
import { resolveRoute } from "./routes.ts";
import { robotsTxt, seoHead, SiteUrls, sitemapXml } from "./seo.ts";
import { SHELL_CSS } from "./shell-css.ts";
import { safeTheme, themeRootCss } from "./theme-css.ts";
import type {
  RenderedPage,
  RenderOptions,
  RenderProblem,
  SiteIcons,
  SiteRenderInput,
  SocialImageTarget,
  StorefrontData,
} from "./types.ts";

function pageHeaders(mode: SiteRenderInput["mode"], contentType: string, personal: boolean) {
  const headers: Record<string, string> = { "content-type": contentType };
  if (mode === "preview") {
    headers["cache-control"] = "private, no-store";
    headers["x-robots-tag"] = "noindex, nofollow";
  } else {
    // Revalidate every time: the ETag makes that a 304, and a publish shows up at once.
    headers["cache-control"] = personal
      ? "private, no-cache"
      : "public, max-age=0, must-revalidate";
  }
  return headers;
}

/**
 * Renders one storefront path of a site to a complete response. Never throws: a block that
 * cannot render is skipped and reported through `options.onProblem`; an unexpected failure
 * gives a plain 500 page.
 */
export function renderPage(
  site: SiteRenderInput,
  path: string,
  data: StorefrontData,
  options: RenderOptions = {},
): RenderedPage {
  try {
    return renderRoute(site, path, data, options);
  } catch (error) {
    options.onProblem?.({
      blockId: "",
      type: "page",
      message: `the page could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
      path,
    });
    return {
      status: 500,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
      html:
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        "<title>Something went wrong</title></head><body><main><h1>Something went wrong</h1>" +
        "<p>This page could not be shown right now. Please try again in a moment.</p></main></body></html>",
    };
  }
}

function renderRoute(
  site: SiteRenderInput,
  path: string,
  data: StorefrontData,
  options: RenderOptions,
): RenderedPage {
  const { doc, mode } = site;
  const urls = new SiteUrls(site.baseUrl);
  const route = resolveRoute(doc, path, data);

  if (route.kind === "sitemap") {
    return {
      status: 200,
      headers: pageHeaders(mode, "application/xml; charset=utf-8", false),
      html: sitemapXml(doc, urls, data.products, data.collections),
    };
  }
  if (route.kind === "robots") {
    return {
      status: 200,
      headers: pageHeaders(mode, "text/plain; charset=utf-8", false),
      html: robotsTxt(urls, mode),
    };
  }
  const html = renderDocument(site, urls, route, data, path, options);
  const headers = pageHeaders(
    mode,
    "text/html; charset=utf-8",
    data.cart !== undefined || route.kind === "cart",
  );
  // Header values must be plain tokens; the schema guarantees it, the renderer does not assume it.
  if (/^[A-Za-z0-9-]{2,35}$/.test(doc.settings.locale)) {
    headers["content-language"] = doc.settings.locale;
  }
  return { status: route.kind === "not-found" ? 404 : 200, headers, html };
}

function renderDocument(
  site: SiteRenderInput,
  urls: SiteUrls,
  route: PageRoute,
  data: StorefrontData,
  path: string,
  options: RenderOptions,
): string {
  const { doc, mode } = site;
  const theme: Theme = safeTheme(doc.theme);
  const layout = withSocialImage(layoutFor(site, urls, route, data), route, options);
  const report = (problem: Omit<RenderProblem, "path">) =>
    options.onProblem?.({ ...problem, path });

  // One context per render: its style collector and image plan must not leak between pages.
  const ctx: RenderContextValue = createRenderContext({
    mode,
    site: {
      name: doc.settings.name,
      slug: site.siteSlug,
      currency: doc.settings.currency,
      locale: doc.settings.locale,
      logo: doc.settings.logo,
      social: doc.settings.social,
      contactEmail: doc.settings.contactEmail,
    },
    nav: doc.nav,
    currentSlug: layout.slug,
    pageHref: (p) => urls.href(p),
    data: layout.data,
    media: options.media,
    onProblem: report,
    t: translator(doc.settings.locale),
  });
  // Render in document order so the first large image (the LCP candidate) gets priority.
  const draw = (node: ReactNode) =>
    renderToStaticMarkup(<RenderContext value={ctx}>{node}</RenderContext>);
  const { parts } = layout;
  let headerHtml = parts.header.length > 0 ? draw(<BlockTree blocks={parts.header} />) : "";
  let mainHtml = layout.main ? draw(layout.main) : draw(<BlockTree blocks={parts.main} />);
  let footerHtml = parts.footer.length > 0 ? draw(<BlockTree blocks={parts.footer} />) : "";
  // A page whose header blocks all failed still needs a way around the shop.
  if (headerHtml === "") headerHtml = draw(<SiteHeader />);
  if (footerHtml === "") footerHtml = draw(<SiteFooter />);
  if (!/<header[\s>]/.test(headerHtml))
    headerHtml = `<header class="pg-site-chrome">${headerHtml}</header>`;
  if (!/<footer[\s>]/.test(footerHtml))
    footerHtml = `<footer class="pg-site-chrome">${footerHtml}</footer>`;

  // Exactly one h1: search engines and screen-reader users rely on it to know the page.
  const h1Count = (headerHtml + mainHtml + footerHtml).match(/<h1[\s>]/g)?.length ?? 0;
  if (h1Count === 0 && layout.intro) {
    // A collection template cannot name its collection in a static heading block; say it here.
    mainHtml = draw(layout.intro) + mainHtml;
  } else if (h1Count === 0) {
    mainHtml = `<h1 class="pg-ui-sr-only">${escapeHtml(layout.heading)}</h1>${mainHtml}`;
    report({
      blockId: layout.page?.id ?? "",
      type: "page",
      message: "the page has no main heading (h1); a hidden one with the page title was added",
    });
  } else if (h1Count > 1) {
    report({
      blockId: layout.page?.id ?? "",
      type: "page",
      message: `the page has ${h1Count} main headings (h1); use one and make the others smaller`,
    });
  }

  if (mode === "preview") {
    mainHtml = disableCheckout(mainHtml);
    if (route.kind === "cart") {
      mainHtml =
        '<div class="pg-ui-container"><p class="pg-notice" role="note">This is a preview: checkout is turned off. Shoppers will be able to check out once the site is published.</p></div>' +
        mainHtml;
    }
  }
  // React prints a preload for the high-priority image where the image is; the head finds it sooner.
  const imagePreloads: string[] = [];
  const hoist = (html: string) =>
    html.replace(/<link rel="preload"[^>]*as="image"[^>]*\/>/g, (tag) => {
      imagePreloads.push(tag);
      return "";
    });
  headerHtml = hoist(headerHtml);
  mainHtml = hoist(mainHtml);
  footerHtml = hoist(footerHtml);

  const bodyHtml = headerHtml + mainHtml + footerHtml;
  const hasIslands = bodyHtml.includes("data-island=");
  const needsDrawer = /data-island="(?:cart|add-to-cart)"/.test(bodyHtml);
  const drawerHtml = needsDrawer
    ? draw(
        <CartDrawer
          cartApiUrl={options.cartApiUrl ?? `/api/cart?site=${encodeURIComponent(site.siteSlug)}`}
          cartHref={urls.href("cart")}
          checkoutAction={STOREFRONT_ENDPOINTS.checkout}
        />,
      )
    : "";

  // CSS: fonts, theme variables, shared primitives, the renderer's shell, then only the block
  // types on this page, then per-block responsive rules collected while rendering.
  const types = blockTypesIn([...parts.header, ...parts.main, ...parts.footer]);
  const css = [
    fontFaceCss(theme.fonts, fontUrl),
    themeRootCss(theme),
    BASE_CSS,
    pageLayoutCss(),
    SHELL_CSS,
    blockCss(types),
    ctx.styles.toCss(),
  ]
    .filter((part) => part !== "")
    .join("\n");

  const preloads = preloadFaces(theme.fonts)
    .map(
      (face) =>
        `<link rel="preload" href="${escapeHtml(fontUrl(face))}" as="font" type="font/woff2" crossorigin>`,
    )
    .join("");
  const script = hasIslands
    ? `<script type="module" src="${escapeHtml(islandsScriptPath())}" defer></script>`
    : "";

  return (
    `<!doctype html><html lang="${escapeHtml(doc.settings.locale)}"><head>` +
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="theme-color" content="${theme.colors.primary}">` +
    iconLinks(options.icons) +
    preloads +
    imagePreloads.join("") +
    `<style>${hardenCss(css)}</style>` +
    seoHead(layout.seo, doc, mode === "preview") +
    script +
    `</head><body class="${escapeHtml(themeBodyClass(theme))}">` +
    `<a class="pg-skip" href="#main">Skip to content</a>` +
    (mode === "preview" ? draw(<PreviewBar />) : "") +
    headerHtml +
    `<main id="main" class="pg-ui-page" tabindex="-1">${mainHtml}</main>` +
    footerHtml +
    drawerHtml +
    `</body></html>`
  );
}

/**
 * Link previews use the generated card (brand colours, title, product image) when the server
 * offers one: social networks do not show SVG, and a bare hero photo says nothing about the shop.
 * An image the merchant chose in the page's SEO settings still wins.
 */
function withSocialImage(layout: PageLayout, route: PageRoute, options: RenderOptions): PageLayout {
  if (!options.socialImage) return layout;
  let target: SocialImageTarget | undefined;
  if (route.kind === "page" && !route.page.seo?.image) {
    target = { kind: "page", slug: route.page.slug };
  } else if (route.kind === "product") {
    target = { kind: "product", handle: route.product.handle };
  } else if (route.kind === "collection") {
    target = { kind: "collection", handle: route.collection.handle };
  }
  const image = target ? options.socialImage(target) : undefined;
  if (!image || !/^https?:\/\//.test(image)) return layout;
  return {
    ...layout,
    seo: {
      ...layout.seo,
      image,
      og: [
        ...(layout.seo.og ?? []),
        ["og:image:width", "1200"],
        ["og:image:height", "630"],
        ["og:image:alt", layout.seo.title],
      ],
    },
  };
}

function iconLinks(icons: SiteIcons | undefined): string {
  if (!icons) return "";
  const link = (rel: string, href: string, extra: string) => {
    const safe = safeImageUrl(href);
    return safe ? `<link rel="${rel}" href="${escapeHtml(safe)}"${extra}>` : "";
  };
  return (
    link("icon", icons.png, ' type="image/png" sizes="32x32"') +
    (icons.svg ? link("icon", icons.svg, ' type="image/svg+xml"') : "") +
    link("apple-touch-icon", icons.appleTouch, ' sizes="180x180"')
  );
}

/**
 * Previews never take money: checkout buttons in previews are disabled (the server refuses
 * checkout from preview sessions too). Runs on our own rendered markup, so the attribute
 * order is the one React prints.
 */
export function disableCheckout(html: string): string {
  return html.replace(
    /(<form[^>]*action="[^"]*\/api\/checkout"[^>]*>[\s\S]*?)<button([^>]*)>/g,
    (_match, before: string, attrs: string) =>
      `${before}<button${attrs.includes(" disabled") ? attrs : `${attrs} disabled=""`} title="Checkout is turned off in previews">`,
  );
}

/**
 * Last line of defence for the one <style> element: nothing in it may close the element or
 * open markup. Block CSS is ours and collected CSS is built from validated tokens, so this only
 * ever changes something if one of those has a bug.
 */
export function hardenCss(css: string): string {
  return css
    .replace(/</g, "\\3c ")
    .replace(/expression\s*\(/gi, "invalid(")
    .replace(/url\(\s*['"]?\s*javascript:/gi, "url(invalid:")
    .replace(/@import/gi, "@invalid");
}
