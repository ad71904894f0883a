import { blockCss, pageLayoutCss } from "../../../../blocks/registry.ts";
import { BASE_CSS } from "../../../../blocks/style/baseCss.ts";
import {
  fontFaceCss,
  themeBodyClass,
  themeCss,
  type Theme,
} from "../../../../blocks/theme/index.ts";

/** What only the editor's canvas adds inside the frame: no scrolling of its own, edit outlines. */
const CANVAS_CSS = `
html,body{margin:0;min-height:100%}
body{overflow:hidden}
#pegasus-canvas{display:flow-root;min-height:1px}
/* Editor only: blocks far from view skip style, layout and paint until scrolled near, so a
   1,000-block page opens fast. Header and footer stay out: their menus overflow them. */
#pegasus-canvas>[data-block-id]:not(header,.pg-header,.pg-announcement-bar,footer){content-visibility:auto;contain-intrinsic-size:auto 480px}
[data-inline-editing],.pg-canvas-richtext [contenteditable]{outline:2px solid #5a48ef;outline-offset:3px;border-radius:2px;cursor:text}
.pg-canvas-richtext [contenteditable]{outline-offset:6px;min-height:1.5em}
.pg-canvas-empty{margin:48px auto;max-width:420px;padding:40px 24px;border:2px dashed #cdd3de;border-radius:12px;text-align:center;font:15px/1.5 Inter,system-ui,sans-serif;color:#4d5466;background:#fff}
.pg-canvas-empty strong{display:block;font-size:17px;color:#13161c;margin-bottom:4px}
`;

/** The frame's static CSS: the storefront's shared primitives and every block type's CSS. */
export function staticCanvasCss(): string {
  return [BASE_CSS, pageLayoutCss(), blockCss(), CANVAS_CSS].join("\n");
}

/** The theme as the storefront prints it: self-hosted font faces, then the custom properties. */
export function themeCanvasCss(theme: Theme): string {
  return [fontFaceCss(theme.fonts, (face) => `/_pegasus/fonts/${face.file}`), themeCss(theme)].join(
    "\n",
  );
}

export { themeBodyClass };

export const CANVAS_SRCDOC =
  '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
  '<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
  '<body><div id="pegasus-canvas" class="pg-ui-page"></div></body></html>';
