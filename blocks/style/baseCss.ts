/**
 * CSS shared by every block: the reset they are drawn on (the storefront and the editor canvas
 * alike, so both lay a block out the same), the `pg-ui-*` primitives (buttons, fields, prices, cards, prose)
 * and the type/width scales. The renderer prints it once, after the theme variables and before
 * the block-type CSS; it only reads theme variables (see theme/css.ts).
 *
 * `.pg-ui-page` is the element holding a page's top-level blocks (the storefront's <main>, the
 * editor canvas): a content block put straight on the page rather than in a section still sits in
 * the page's column with room around it, as it would in a section. Sections, bands (hero,
 * newsletter, call to action), header and footer span the page themselves. Those rules come from
 * each block's declared `layout` (registry.ts `pageLayoutCss`); the tokens they use are here:
 * `--pg-gutter` (the least room between content and the window's edge), `--pg-width-*` (the
 * container widths) and `--pg-block-space` (the page's vertical rhythm between blocks).
 */
export const BASE_CSS = `
*,*::before,*::after{box-sizing:border-box}
body,h1,h2,h3,h4,p,figure,blockquote,dl,dd,ul,ol{margin:0}
input,button,textarea,select{font:inherit}
:root{--pg-text-sm:0.875rem;--pg-text-md:1rem;--pg-text-lg:1.125rem;--pg-text-xl:1.375rem;--pg-text-2xl:1.75rem;--pg-text-3xl:clamp(1.9rem,1.4rem + 2vw,2.5rem);--pg-text-4xl:clamp(2.3rem,1.6rem + 3.2vw,3.5rem);--pg-width-narrow:40rem;--pg-width-normal:72rem;--pg-width-wide:88rem;--pg-width-full:100%;--pg-gutter:clamp(1rem,4vw,2.5rem);--pg-block-space:var(--pg-space-lg);--pg-surface-bg:var(--pg-color-background);--pg-surface-fg:var(--pg-color-text)}
.pg-ui-theme{margin:0;background:var(--pg-color-background);color:var(--pg-color-text);font-family:var(--pg-font-body);font-size:var(--pg-text-md);line-height:1.6;overflow-wrap:anywhere;-webkit-text-size-adjust:100%}
.pg-ui-theme h1,.pg-ui-theme h2,.pg-ui-theme h3,.pg-ui-theme h4{font-family:var(--pg-font-heading);font-weight:var(--pg-font-heading-weight);line-height:1.15;margin:0 0 0.5em;text-wrap:balance}
.pg-ui-theme img{max-width:100%;height:auto;display:block}
.pg-ui-theme picture{display:contents}
:where(.pg-ui-theme) a{color:inherit}
.pg-ui-theme :focus-visible{outline:3px solid var(--pg-color-accent);outline-offset:2px}
.pg-ui-container{width:min(100% - 2 * var(--pg-gutter),var(--pg-content-width,var(--pg-width-normal)));margin-inline:auto}
.pg-ui-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.pg-ui-trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.pg-ui-actions{display:flex;flex-wrap:wrap;gap:var(--pg-space-sm);justify-content:var(--pg-align,flex-start);margin-top:var(--pg-space-md)}
.pg-ui-button{display:inline-flex;align-items:center;justify-content:center;gap:0.5em;min-height:2.75rem;padding:0.65em 1.4em;border:2px solid transparent;border-radius:var(--pg-radius-button);font:inherit;font-weight:600;line-height:1.2;text-decoration:none;cursor:pointer;transition:filter .15s,background-color .15s}
.pg-ui-button:hover{filter:brightness(0.94)}
.pg-ui-button[disabled]{cursor:not-allowed;opacity:0.6;filter:none}
.pg-ui-button--sm{min-height:2.25rem;padding:0.4em 1em;font-size:var(--pg-text-sm)}
.pg-ui-button--lg{min-height:3.25rem;padding:0.8em 1.8em;font-size:var(--pg-text-lg)}
.pg-ui-button--primary{background:var(--pg-color-primary);color:var(--pg-color-on-primary);border-color:var(--pg-color-primary)}
.pg-ui-buttons-outline .pg-ui-button--primary{background:transparent;color:var(--pg-color-primary)}
.pg-ui-button--secondary{background:var(--pg-color-secondary);color:var(--pg-color-on-secondary);border-color:var(--pg-color-secondary)}
.pg-ui-button--outline{background:transparent;color:inherit;border-color:currentColor}
.pg-ui-button--inverse{background:var(--pg-surface-fg);color:var(--pg-surface-bg);border-color:var(--pg-surface-fg)}
.pg-ui-button--link{background:none;border-color:transparent;padding-inline:0;color:inherit;text-decoration:underline;text-underline-offset:0.2em}
.pg-ui-prose{max-width:var(--pg-content-width,none)}
.pg-ui-prose>:first-child{margin-top:0}
.pg-ui-prose>:last-child{margin-bottom:0}
.pg-ui-prose p,.pg-ui-prose ul,.pg-ui-prose ol,.pg-ui-prose blockquote{margin:0 0 1em}
.pg-ui-prose blockquote{border-inline-start:3px solid var(--pg-color-border-strong);padding-inline-start:1em;font-style:italic}
.pg-ui-prose a{text-decoration:underline;text-underline-offset:0.2em}
.pg-ui-prose code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:0.92em;background:var(--pg-color-surface);padding:0.1em 0.3em;border-radius:4px}
.pg-ui-field{display:flex;flex-direction:column;gap:0.35rem;margin-bottom:var(--pg-space-sm)}
.pg-ui-field label{font-weight:600;font-size:var(--pg-text-sm)}
.pg-ui-field input,.pg-ui-field select,.pg-ui-field textarea{font:inherit;color:var(--pg-color-text);background:var(--pg-color-background);border:1px solid var(--pg-color-border-strong);border-radius:var(--pg-radius);padding:0.6em 0.8em;min-height:2.75rem}
.pg-ui-field--quantity input{max-width:6rem}
.pg-ui-field__hint{font-size:var(--pg-text-sm);color:var(--pg-color-muted)}
.pg-ui-price{margin:0;font-weight:600;display:flex;flex-wrap:wrap;gap:0.25em 0.6em;align-items:baseline}
.pg-ui-price__was{font-weight:400;color:var(--pg-color-muted)}
.pg-ui-badge{position:absolute;top:0.6rem;left:0.6rem;background:var(--pg-color-text);color:var(--pg-color-background);font-size:var(--pg-text-sm);font-weight:600;padding:0.15em 0.6em;border-radius:var(--pg-radius)}
.pg-ui-badge--sale{background:var(--pg-color-accent);color:var(--pg-color-on-accent)}
.pg-ui-card{display:flex;flex-direction:column;gap:0.4rem;position:relative}
.pg-ui-card__media{position:relative;aspect-ratio:var(--pg-aspect,1 / 1);background:var(--pg-color-surface);border-radius:var(--pg-radius);overflow:hidden}
.pg-ui-card__media img{width:100%;height:100%;object-fit:cover}
.pg-ui-card__title{font-size:var(--pg-text-md);margin:0.4rem 0 0}
.pg-ui-card__link{text-decoration:none}
.pg-ui-card__link::after{content:"";position:absolute;inset:0}
.pg-ui-add-to-cart{display:flex;flex-direction:column;gap:var(--pg-space-sm);align-items:flex-start}
.pg-ui-editor-hint,.pg-ui-image-slot{border:2px dashed var(--pg-color-border-strong);border-radius:var(--pg-radius);padding:var(--pg-space-md);color:var(--pg-color-muted);text-align:center;font-size:var(--pg-text-sm);margin:0}
.pg-ui-image-slot{display:grid;place-items:center;aspect-ratio:var(--pg-aspect,4 / 3);background:var(--pg-color-surface)}
.pg-ui-block-notice{border:2px dashed #b42318;color:#b42318;background:#fff4f2;padding:0.75rem 1rem;font:14px/1.4 system-ui,sans-serif;border-radius:6px;margin:0.5rem 0}
.pg-ui-icon{width:1.75rem;height:1.75rem;color:var(--pg-color-primary)}
`.trim();
