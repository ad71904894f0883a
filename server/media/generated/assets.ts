import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { migrateSiteDoc } from "../../../blocks/doc/migrations.ts";
import type { SiteDoc } from "../../../blocks/doc/schema.ts";
import type { StorefrontCollection, StorefrontProduct } from "../../../blocks/render/commerce.ts";
import { parseMediaUrl, variantWidthsFor } from "../../../blocks/shared/images.ts";
import { firstImageIn } from "../../../renderer/page-layout.tsx";
import { formatMinor } from "../../../domain/money.ts";
import { demoImagePath } from "../../../demo-store/index.ts";
import type { Database } from "../../db/client.ts";
import type { SiteStore } from "../../sitestore/port.ts";
import type { MediaLibrary, MediaItem } from "../library.ts";
import { mediaPrefix } from "../port.ts";
import type { Brand } from "./brand.ts";
import { isIconFile, siteIcon, type IconFile } from "./icons.ts";
import { logoPng, logoSvg, logoVariants, type Logo, type LogoVariant } from "./logo.ts";
import { openGraphPng } from "./og.ts";
import { placeholderPng, type PlaceholderShape } from "./placeholder.ts";

export type SocialTarget =
  | { kind: "page"; slug: string }
  | { kind: "product"; handle: string }
  | { kind: "collection"; handle: string };

export type Catalog = { products: StorefrontProduct[]; collections: StorefrontCollection[] };

export type GeneratedAssetsDeps = {
  db: Database;
  siteStore: Pick<SiteStore, "getVersion">;
  library: MediaLibrary;
  /** The site's live products and collections (for product and collection cards). */
  catalog: (siteId: string) => Promise<Catalog>;
};

/** Cards and icons of one published version: its content never changes, so neither do they. */
const CACHE = "generated";

/**
 * Images made from a site's brand rather than uploaded: Open Graph cards for every page, product
 * and collection, favicons and touch icons (each cached in MediaStorage per published version),
 * logo wordmarks, and placeholder pictures for generated stores (both saved to the library).
 */
export class GeneratedAssets {
  constructor(private readonly deps: GeneratedAssetsDeps) {}

  /** The card's file name in URLs: pages by slug, products and collections by handle and content. */
  static socialFile(target: SocialTarget, catalog: Catalog): string | null {
    switch (target.kind) {
      case "page":
        return `page/${target.slug === "" ? "_home" : target.slug}.png`;
      case "product": {
        const product = catalog.products.find((p) => p.handle === target.handle);
        return product
          ? `product/${encodeURIComponent(product.handle)}.${fingerprint(productCard(product))}.png`
          : null;
      }
      case "collection": {
        const collection = catalog.collections.find((c) => c.handle === target.handle);
        return collection
          ? `collection/${encodeURIComponent(collection.handle)}.${fingerprint(collectionCard(collection))}.png`
          : null;
      }
    }
  }

  /**
   * The 1200x630 card for `kind/name` of a published version, made on first request and kept.
   * Null when there is no such version, page or product (or a product changed since: its URL
   * carries a fingerprint of what the card shows).
   */
  async socialCard(
    siteId: string,
    versionId: string,
    kind: string,
    name: string,
  ): Promise<Buffer | null> {
    const key = `${CACHE}/${siteId}/og/${versionId}/${kind}-${hash(name)}.png`;
    const cached = await this.deps.library.storage.read(key);
    if (cached) return Buffer.from(cached);
    const doc = await this.publishedDoc(siteId, versionId);
    if (!doc) return null;
    const brand = brandOf(doc);
    let card: { title: string; subtitle?: string; imageSrc?: string } | null = null;
    if (kind === "page") {
      const slug = name === "_home" ? "" : name;
      const page = doc.pages.find((p) => p.slug === slug);
      if (!page || page.slug === "product" || page.slug === "collection") return null;
      card = {
        title:
          page.slug === ""
            ? doc.settings.description || doc.settings.name
            : page.seo?.title || page.title,
        subtitle: page.slug === "" ? undefined : page.seo?.description || doc.settings.description,
        imageSrc: page.seo?.image || firstImageIn(page.blocks),
      };
    } else if (kind === "product" || kind === "collection") {
      const match = /^(.+)\.([0-9a-f]{12})$/.exec(name);
      if (!match) return null;
      const handle = decodeURIComponent(match[1]!);
      const catalog = await this.deps.catalog(siteId).catch(() => null);
      const found =
        kind === "product"
          ? catalog?.products.find((p) => p.handle === handle)
          : catalog?.collections.find((c) => c.handle === handle);
      if (!found) return null;
      card =
        kind === "product"
          ? productCard(found as StorefrontProduct)
          : collectionCard(found as StorefrontCollection);
      if (fingerprint(card) !== match[2]) return null;
    }
    if (!card) return null;
    const image = card.imageSrc ? await this.imageBytes(siteId, card.imageSrc) : undefined;
    const png = await openGraphPng({ brand, title: card.title, subtitle: card.subtitle, image });
    await this.deps.library.storage.put(key, png);
    return png;
  }

  /** A favicon or touch icon of a published version, made on first request and kept. */
  async icon(siteId: string, versionId: string, file: string): Promise<Buffer | null> {
    if (!isIconFile(file)) return null;
    const key = `${CACHE}/${siteId}/icons/${versionId}/${file}`;
    const cached = await this.deps.library.storage.read(key);
    if (cached) return Buffer.from(cached);
    const doc = await this.publishedDoc(siteId, versionId);
    if (!doc) return null;
    const bytes = await siteIcon(brandOf(doc), file as IconFile);
    await this.deps.library.storage.put(key, bytes);
    return bytes;
  }

  /** Every logo design for a brand, as SVG, for the wizard and the theme editor to offer. */
  logoOptions(brand: Brand): Promise<Logo[]> {
    return logoVariants(brand);
  }

  /** Saves one logo design to the site's library (PNG variants as usual, plus the SVG). */
  async saveLogo(
    siteId: string,
    userId: string | null,
    brand: Brand,
    variant: LogoVariant,
  ): Promise<MediaItem> {
    const logo = await logoSvg(brand, variant);
    const { media } = await this.deps.library.upload({
      siteId,
      userId,
      filename: `${brand.name} logo (${variant}).png`,
      bytes: await logoPng(logo),
      origin: "logo",
      alt: brand.name,
    });
    await this.deps.library.storage.put(
      `${mediaPrefix(siteId, media.id)}/logo.svg`,
      Buffer.from(logo.svg),
    );
    return media;
  }

  /** Abstract pictures in the site's palette, saved to its library, for a store without photos. */
  async createPlaceholders(
    siteId: string,
    userId: string | null,
    colors: Brand["colors"],
    shapes: PlaceholderShape[],
    firstSeed = 0,
  ): Promise<MediaItem[]> {
    const items: MediaItem[] = [];
    for (const [i, shape] of shapes.entries()) {
      const picture = await placeholderPng(colors, shape, firstSeed + i);
      const { media } = await this.deps.library.upload({
        siteId,
        userId,
        filename: `placeholder ${picture.style} ${shape} ${firstSeed + i + 1}.png`,
        bytes: picture.png,
        origin: "placeholder",
      });
      items.push(media);
    }
    return items;
  }

  /** A live published version's document; null for any other version or a deleted site. */
  private async publishedDoc(siteId: string, versionId: string): Promise<SiteDoc | null> {
    const site = await this.deps.db.prisma.site.findUnique({
      where: { id: siteId },
      select: { deletedAt: true },
    });
    if (!site || site.deletedAt) return null;
    const version = await this.deps.siteStore.getVersion(siteId, versionId);
    if (!version || version.kind !== "published") return null;
    try {
      return migrateSiteDoc(version.doc).doc;
    } catch {
      return null;
    }
  }

  /** The bytes of an image a card shows: this site's media (a mid-size JPEG) or a demo picture. */
  private async imageBytes(siteId: string, src: string): Promise<Uint8Array | undefined> {
    const media = parseMediaUrl(src);
    if (media && media.siteId === siteId) {
      const width =
        variantWidthsFor(media.width)
          .filter((w) => w <= 960)
          .pop() ?? media.width;
      return (
        (await this.deps.library.file(siteId, media.mediaId, `${width}.jpg`).then(readAll)) ??
        undefined
      );
    }
    const demo = /^\/media\/demo-store\/([a-z0-9-]+\.svg)$/.exec(src);
    const path = demo ? demoImagePath(demo[1]!) : null;
    // Other hosts are never fetched: a card is not worth a request to an address a merchant typed.
    return path ? readFile(path) : undefined;
  }
}

export function brandOf(doc: SiteDoc): Brand {
  return { name: doc.settings.name, colors: doc.theme.colors, fonts: doc.theme.fonts };
}

function productCard(product: StorefrontProduct) {
  const money = formatMinor(product.priceMin, product.currency, "en");
  return {
    title: product.title,
    subtitle: product.priceMax > product.priceMin ? `From ${money}` : money,
    imageSrc: product.images[0]?.src,
  };
}

function collectionCard(collection: StorefrontCollection) {
  return {
    title: collection.title,
    subtitle: collection.description,
    imageSrc: collection.image?.src,
  };
}

function fingerprint(card: object): string {
  return hash(JSON.stringify(card)).slice(0, 12);
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 24);
}

async function readAll(object: { body: NodeJS.ReadableStream } | null): Promise<Uint8Array | null> {
  if (!object) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
