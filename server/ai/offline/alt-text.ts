import type { AltTextData, AltTextOutput } from "../tasks.ts";
import { capitalise, clampText } from "./copy.ts";

/** Alt text without a model: the words of the file name, then what the picture sits beside. */
export function offlineAltText(data: AltTextData): AltTextOutput {
  return {
    items: data.images.map((image) => {
      const fromFile = fileWords(image.src);
      const context = image.context.replace(/\s+/g, " ").trim();
      const parts = [fromFile, context].filter(Boolean);
      const alt = parts.length ? capitalise(parts.join(", ")) : `Picture from ${data.site.name}`;
      return { key: image.key, alt: clampText(alt, 125) };
    }),
  };
}

function fileWords(src: string): string {
  if (src.startsWith("/_pegasus/art/")) return "Illustration";
  const file = src.split(/[?#]/)[0]!.split("/").pop() ?? "";
  const stem = decodeURIComponentSafe(file.replace(/\.[a-z0-9]+$/i, ""));
  const words = stem
    .replace(/[_-]+/g, " ")
    .replace(/\b(img|image|photo|pic|dsc|final|copy|edit|web|large|small|v\d+)\b/gi, " ")
    .replace(/\b[0-9a-f]{6,}\b/gi, " ")
    .replace(/\b\d+\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return words.length >= 3 ? words : "";
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
