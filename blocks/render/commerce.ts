/**
 * Storefront data that commerce blocks read from the render context. Money is always an
 * integer in minor units (cents) of `currency`; the server computes it, blocks only print it
 * (through `ctx.formatMoney`, which is domain/money's `formatMinor`).
 */
export interface StorefrontImage {
  src: string;
  alt: string;
  width: number;
  height: number;
}

export interface StorefrontVariant {
  id: string;
  title: string;
  price: number;
  compareAtPrice: number | null;
  available: boolean;
  /** Option name -> chosen value, e.g. { Size: "M", Colour: "Sage" }. */
  options: Record<string, string>;
}

export interface StorefrontProduct {
  id: string;
  handle: string;
  title: string;
  /**
   * Description as HTML. Treated as untrusted: blocks re-sanitize it to a small tag allow-list
   * (see shared/productDescription.ts) before printing.
   */
  descriptionHtml?: string;
  images: StorefrontImage[];
  priceMin: number;
  priceMax: number;
  /** Highest compare-at ("was") price across variants, if any is on sale. */
  compareAt?: number | null;
  currency: string;
  available: boolean;
  variants: StorefrontVariant[];
  options: { name: string; values: string[] }[];
}

export interface StorefrontCollection {
  id: string;
  handle: string;
  title: string;
  description?: string;
  image?: StorefrontImage;
  productIds: string[];
}

export interface StorefrontCartLine {
  id: string;
  productId: string;
  variantId: string;
  /** Product handle, for the link back to the product page. */
  handle?: string;
  title: string;
  variantTitle?: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  image?: StorefrontImage;
}

export interface StorefrontCart {
  lines: StorefrontCartLine[];
  subtotal: number;
  currency: string;
}

export interface StorefrontData {
  products: StorefrontProduct[];
  collections: StorefrontCollection[];
  /** The shopper's cart, when the request has one. */
  cart?: StorefrontCart;
  /** The product a product page is about (product-detail with no product chosen shows it). */
  currentProductId?: string;
  /** The collection a collection page is about (product-grid with no collection chosen). */
  currentCollectionId?: string;
}

/** Form and cart endpoints the server implements; blocks print them as <form action>. */
export const STOREFRONT_ENDPOINTS = {
  cartAdd: "/api/cart/add",
  cartUpdate: "/api/cart/update",
  cartRemove: "/api/cart/remove",
  checkout: "/api/checkout",
  newsletter: "/api/forms/newsletter",
  contact: "/api/forms/contact",
} as const;
