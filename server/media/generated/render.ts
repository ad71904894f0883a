import type { ReactNode } from "react";
import satori from "satori";
import sharp from "sharp";
import type { SatoriFont } from "./fonts.ts";

/** An element for satori, written without JSX: `h("div", { display: "flex" }, "text")`. */
export type El = { type: string; props: Record<string, unknown> };
export type Style = Record<string, string | number>;

export function h(
  type: string,
  style: Style,
  children?: (El | string | null | false)[] | El | string,
  attrs: Record<string, unknown> = {},
): El {
  const list = Array.isArray(children)
    ? children.filter((c): c is El | string => Boolean(c))
    : children;
  return { type, props: { ...attrs, style, children: list } };
}

/** SVG from an element tree; text is drawn as paths, so the SVG needs no fonts to show. */
export async function toSvg(
  element: El,
  size: { width: number; height?: number } | { height: number; width?: number },
  fonts: SatoriFont[],
): Promise<string> {
  return satori(element as unknown as ReactNode, {
    ...(size as { width: number; height: number }),
    fonts,
  });
}

/** PNG from an SVG we generated (never from a merchant's SVG), at `width` pixels. */
export async function svgToPng(
  svg: string,
  options: { width?: number; height?: number; density?: number } = {},
): Promise<Buffer> {
  let image = sharp(Buffer.from(svg), { density: options.density ?? 72 });
  if (options.width || options.height) {
    image = image.resize({ width: options.width, height: options.height, fit: "fill" });
  }
  return image.png({ compressionLevel: 9, palette: false }).toBuffer();
}

/** A data: URL for an image satori should draw. */
export function dataUrl(bytes: Uint8Array, type: string): string {
  return `data:${type};base64,${Buffer.from(bytes).toString("base64")}`;
}
