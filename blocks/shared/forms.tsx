import { useRenderContext } from "../render/context.ts";

/** Hidden inputs every storefront form carries so one endpoint serves every site and block. */
export function FormContextFields({ blockId }: { blockId: string }) {
  const ctx = useRenderContext();
  return (
    <>
      {ctx.site.slug ? <input type="hidden" name="site" value={ctx.site.slug} /> : null}
      <input type="hidden" name="blockId" value={blockId} />
      {/* Lets the server redirect back here after a plain (no-JS) form post. */}
      <input type="hidden" name="returnTo" value={ctx.pageHref(ctx.currentSlug ?? "")} />
    </>
  );
}

/**
 * A field people never see or fill; bots that fill every input do. The server drops
 * submissions where it is not empty. Hidden with CSS (not type=hidden, which bots skip).
 */
export function SpamTrap() {
  const ctx = useRenderContext();
  return (
    <div className="pg-ui-trap" aria-hidden="true">
      <label>
        {ctx.t("storefront.form.trap")}
        <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
