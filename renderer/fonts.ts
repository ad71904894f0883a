import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  FONTS,
  fontFacesFor,
  fontFile,
  type FontFace,
  type FontFamily,
} from "../blocks/theme/index.ts";

/** Where the server serves font files; one path for every site so browsers cache them across shops. */
export const FONT_URL_PREFIX = "/_pegasus/fonts/";

export function fontUrl(face: Pick<FontFace, "file">): string {
  return FONT_URL_PREFIX + face.file;
}

let allowList: Map<string, string> | undefined;

/** Every latin woff2 file of every curated family, by file name, with its absolute path on disk. */
function fontFiles(): Map<string, string> {
  if (allowList) return allowList;
  const require = createRequire(import.meta.url);
  const files = new Map<string, string>();
  for (const family of Object.keys(FONTS) as FontFamily[]) {
    const info = FONTS[family];
    let dir: string;
    try {
      dir = join(dirname(require.resolve(`${info.package}/package.json`)), "files");
    } catch {
      continue; // package not installed: its files simply are not served
    }
    for (const weight of info.weights) {
      for (const style of info.hasItalic
        ? (["normal", "italic"] as const)
        : (["normal"] as const)) {
        const file = fontFile(family, weight, style);
        files.set(file, join(dir, file));
      }
    }
  }
  allowList = files;
  return files;
}

/**
 * Maps a requested font file name (the last segment of `/_pegasus/fonts/<file>`) to its absolute
 * path on disk, or null. Only names from the curated list match, so no request can walk the disk.
 */
export function fontFilePath(file: string): string | null {
  const path = fontFiles().get(file);
  return path !== undefined && existsSync(path) ? path : null;
}

export type ThemeFonts = { heading: FontFamily; body: FontFamily; headingWeight?: number };

/**
 * The faces worth a <link rel=preload>: body regular and the heading face. Bold and italic body
 * text is rarer and below the fold more often, so they load on demand instead of competing with
 * the hero image.
 */
export function preloadFaces(fonts: ThemeFonts): FontFace[] {
  const faces = fontFacesFor(fonts);
  const headingFile = fontFile(fonts.heading, fonts.headingWeight ?? 700);
  const bodyFile = fontFile(fonts.body, 400);
  return faces.filter((face) => face.file === bodyFile || face.file === headingFile);
}
