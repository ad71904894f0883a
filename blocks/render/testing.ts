import type { ReactNode } from "react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Block, NavItem } from "../doc/schema.ts";
import { translator } from "../../domain/storefront-i18n/index.ts";
import { BlockTree } from "./BlockTree.tsx";
import type { StorefrontCart, StorefrontCollection, StorefrontProduct } from "./commerce.ts";
import {
  createRenderContext,
  RenderContext,
  type BlockProblem,
  type CreateRenderContextOptions,
  type RenderContextValue,
} from "./context.ts";

/**
 * Test helpers: a small, realistic store and a context around it. Used by block tests here and
 * by renderer/editor tests that need to render blocks without a database.
 */

export const sampleProducts: StorefrontProduct[] = [
  {
    id: "prod_apron",
    handle: "linen-apron",
    title: "Linen Work Apron",
    descriptionHtml:
      "<p>Stonewashed European linen with a <strong>double-stitched</strong> neck strap.</p><ul><li>Two deep pockets</li><li>Machine washable</li></ul>",
    images: [
      {
        src: "/media/apron-front.jpg",
        alt: "Sage linen apron on a hook",
        width: 1200,
        height: 1500,
      },
      {
        src: "/media/apron-back.jpg",
        alt: "Crossed straps at the back",
        width: 1200,
        height: 1500,
      },
    ],
    priceMin: 4800,
    priceMax: 5200,
    compareAt: 6000,
    currency: "USD",
    available: true,
    options: [{ name: "Colour", values: ["Sage", "Charcoal", "Rust"] }],
    variants: [
      {
        id: "var_apron_sage",
        title: "Sage",
        price: 4800,
        compareAtPrice: 6000,
        available: true,
        options: { Colour: "Sage" },
      },
      {
        id: "var_apron_charcoal",
        title: "Charcoal",
        price: 4800,
        compareAtPrice: 6000,
        available: false,
        options: { Colour: "Charcoal" },
      },
      {
        id: "var_apron_rust",
        title: "Rust",
        price: 5200,
        compareAtPrice: null,
        available: true,
        options: { Colour: "Rust" },
      },
    ],
  },
  {
    id: "prod_mug",
    handle: "stoneware-mug",
    title: "Speckled Stoneware Mug",
    images: [
      {
        src: "https://images.unsplash.com/photo-mug?fit=crop",
        alt: "Speckled mug with coffee",
        width: 1600,
        height: 1600,
      },
    ],
    priceMin: 2400,
    priceMax: 2400,
    compareAt: null,
    currency: "USD",
    available: true,
    options: [],
    variants: [
      {
        id: "var_mug",
        title: "Default",
        price: 2400,
        compareAtPrice: null,
        available: true,
        options: {},
      },
    ],
  },
  {
    id: "prod_candle",
    handle: "cedar-candle",
    title: "Cedar & Smoke Candle",
    images: [],
    priceMin: 3200,
    priceMax: 3200,
    compareAt: null,
    currency: "USD",
    available: false,
    options: [{ name: "Size", values: ["Small", "Large"] }],
    variants: [
      {
        id: "var_candle_s",
        title: "Small",
        price: 3200,
        compareAtPrice: null,
        available: false,
        options: { Size: "Small" },
      },
      {
        id: "var_candle_l",
        title: "Large",
        price: 4600,
        compareAtPrice: null,
        available: false,
        options: { Size: "Large" },
      },
    ],
  },
];

export const sampleCollections: StorefrontCollection[] = [
  {
    id: "col_kitchen",
    handle: "kitchen",
    title: "Kitchen",
    productIds: ["prod_apron", "prod_mug"],
  },
  { id: "col_home", handle: "home", title: "Home & Scent", productIds: ["prod_candle"] },
];

export const sampleCart: StorefrontCart = {
  currency: "USD",
  subtotal: 12000,
  lines: [
    {
      id: "line_1",
      productId: "prod_apron",
      variantId: "var_apron_sage",
      handle: "linen-apron",
      title: "Linen Work Apron",
      variantTitle: "Sage",
      quantity: 2,
      unitPrice: 4800,
      lineTotal: 9600,
      image: { src: "/media/apron-front.jpg", alt: "Sage linen apron", width: 1200, height: 1500 },
    },
    {
      id: "line_2",
      productId: "prod_mug",
      variantId: "var_mug",
      handle: "stoneware-mug",
      title: "Speckled Stoneware Mug",
      quantity: 1,
      unitPrice: 2400,
      lineTotal: 2400,
    },
  ],
};

export const sampleNav: NavItem[] = [
  {
    id: "nav_shop",
    label: "Shop",
    href: "/shop",
    children: [{ id: "nav_kitchen", label: "Kitchen", href: "/collections/kitchen" }],
  },
  { id: "nav_about", label: "Our story", href: "/about" },
  { id: "nav_contact", label: "Contact", href: "/contact" },
];

export function createTestRenderContext(
  overrides: Partial<CreateRenderContextOptions> = {},
): RenderContextValue & { problems: BlockProblem[] } {
  const problems: BlockProblem[] = [];
  const site = overrides.site ?? {
    name: "Juniper & Oak",
    slug: "juniper-oak",
    currency: "USD",
    locale: "en-US",
  };
  const ctx = createRenderContext({
    mode: "live",
    site,
    t: translator(site.locale),
    nav: sampleNav,
    currentSlug: "",
    pageHref: (path) => `/s/juniper-oak/${path}`,
    data: { products: sampleProducts, collections: sampleCollections, cart: sampleCart },
    onProblem: (p) => problems.push(p),
    ...overrides,
  });
  return Object.assign(ctx, { problems });
}

/** Static HTML of any element inside a context (a fresh test context unless given). */
export function renderWithContext(
  element: ReactNode,
  ctx: RenderContextValue = createTestRenderContext(),
): string {
  return renderToStaticMarkup(createElement(RenderContext, { value: ctx }, element));
}

/** Render a block tree the way the renderer does; returns markup, collected CSS and problems. */
export function renderBlocks(
  blocks: Block[],
  ctx: RenderContextValue & { problems: BlockProblem[] } = createTestRenderContext(),
): { html: string; css: string; problems: BlockProblem[] } {
  const html = renderWithContext(createElement(BlockTree, { blocks }), ctx);
  return { html, css: ctx.styles.toCss(), problems: ctx.problems };
}
