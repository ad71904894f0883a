/**
 * CSS for what the renderer itself draws around the blocks: skip link, preview banner,
 * cart drawer and the built-in pages (product, collection, cart, not found). Mobile-first; it
 * reads only theme variables. The `pg-ui-*` primitives come from blocks (BASE_CSS).
 */
export const SHELL_CSS = `
html{scroll-padding-top:4rem;color-scheme:light}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation-duration:.01ms!important;transition-duration:.01ms!important;scroll-behavior:auto!important}}
.pg-skip{position:absolute;left:0.5rem;top:0.5rem;z-index:100;padding:0.6rem 1rem;background:var(--pg-color-text);color:var(--pg-color-background);border-radius:var(--pg-radius);transform:translateY(-200%)}
.pg-skip:focus{transform:none}
main:focus{outline:none}
.pg-preview-bar{display:flex;flex-wrap:wrap;gap:0.25rem 1rem;justify-content:center;padding:0.5rem 1rem;background:#1c1917;color:#fff;font:600 0.875rem/1.4 system-ui,sans-serif;text-align:center}
.pg-notice{padding:var(--pg-space-sm) var(--pg-space-md);border:1px solid var(--pg-color-border-strong);border-radius:var(--pg-radius);background:var(--pg-color-surface)}
.pg-page{padding-block:var(--pg-space-xl)}
.pg-page--intro{padding-block:var(--pg-space-xl) 0}
.pg-page--intro .pg-page__lead{margin-bottom:0}
.pg-page__lead{color:var(--pg-color-muted);max-width:40rem;margin-bottom:var(--pg-space-lg)}
.pg-grid{display:grid;gap:var(--pg-space-lg) var(--pg-space-md);grid-template-columns:repeat(2,minmax(0,1fr));list-style:none;padding:0}
.pg-product{display:grid;gap:var(--pg-space-lg)}
.pg-product__gallery{display:grid;gap:var(--pg-space-sm)}
.pg-product__gallery img{width:100%;border-radius:var(--pg-radius);background:var(--pg-color-surface)}
.pg-product__info{display:flex;flex-direction:column;gap:var(--pg-space-sm)}
.pg-crumbs ol{display:flex;flex-wrap:wrap;gap:0.4rem;list-style:none;padding:0;font-size:var(--pg-text-sm);color:var(--pg-color-muted)}
.pg-crumbs li+li::before{content:"/";margin-inline-end:0.4rem}
.pg-cart-lines{list-style:none;padding:0;display:grid;gap:var(--pg-space-md)}
.cart-line,.pg-cart-line{display:flex;gap:var(--pg-space-sm);align-items:flex-start}
.cart-line img,.pg-cart-line img{width:4rem;height:4rem;object-fit:cover;border-radius:var(--pg-radius);flex:none}
.cart-line>div,.pg-cart-line>div{display:flex;flex-direction:column;gap:0.25rem;flex:1}
.cart-line form,.pg-cart-line form{display:flex;flex-wrap:wrap;gap:0.5rem;align-items:center}
.cart-line input[type=number],.pg-cart-line input[type=number]{width:4.5rem;padding:0.4em;border:1px solid var(--pg-color-border-strong);border-radius:var(--pg-radius)}
.cart-line button,.pg-cart-line button{background:none;border:0;padding:0.4em;text-decoration:underline;cursor:pointer;color:inherit}
.pg-cart-summary{display:flex;flex-direction:column;gap:var(--pg-space-sm);margin-top:var(--pg-space-lg);border-top:1px solid var(--pg-color-border);padding-top:var(--pg-space-md)}
.pg-cart-summary p{display:flex;justify-content:space-between;font-weight:600}
.pg-drawer{margin:0 0 0 auto;height:100%;max-height:none;width:min(100%,26rem);border:0;padding:var(--pg-space-md);background:var(--pg-color-background);color:var(--pg-color-text);box-shadow:-4px 0 24px rgb(0 0 0 / .15)}
.pg-drawer::backdrop{background:rgb(0 0 0 / .4)}
.pg-drawer__head{display:flex;justify-content:space-between;align-items:center;margin-bottom:var(--pg-space-md)}
.pg-drawer__head h2{margin:0;font-size:var(--pg-text-xl)}
.pg-drawer__close{background:none;border:0;font-size:1.5rem;line-height:1;padding:0.5rem;cursor:pointer;color:inherit}
[data-state=error]{color:#b42318}
.pg-site-header,.pg-site-footer{padding-block:var(--pg-space-md)}
.pg-site-header .pg-ui-container,.pg-site-footer .pg-ui-container{display:flex;flex-wrap:wrap;gap:var(--pg-space-sm) var(--pg-space-md);align-items:center;justify-content:space-between}
.pg-site-header ul,.pg-site-footer ul{display:flex;flex-wrap:wrap;gap:var(--pg-space-sm) var(--pg-space-md);list-style:none;padding:0}
.pg-site-header a,.pg-site-footer a{text-decoration:none}
.pg-site-footer{border-top:1px solid var(--pg-color-border);color:var(--pg-color-muted);font-size:var(--pg-text-sm)}
@media (min-width:768px){.pg-grid{grid-template-columns:repeat(3,minmax(0,1fr))}.pg-product{grid-template-columns:minmax(0,7fr) minmax(0,5fr);align-items:start}}
@media (min-width:1024px){.pg-grid{grid-template-columns:repeat(4,minmax(0,1fr))}}
`.trim();
