import type { SocialPlatform } from "../doc/schema.ts";
import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { resolveHref } from "../shared/links.ts";
import { safeUrl } from "../url.ts";
import type { FooterProps } from "./schema.ts";

const SOCIAL_NAMES: Record<SocialPlatform, string> = {
  instagram: "Instagram",
  facebook: "Facebook",
  tiktok: "TikTok",
  x: "X",
  youtube: "YouTube",
  pinterest: "Pinterest",
  linkedin: "LinkedIn",
  threads: "Threads",
};

export function FooterBlock({ id, props }: BlockComponentProps<FooterProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { background: props.background });
  const social = props.showSocial
    ? (ctx.site.social ?? []).filter((s) => {
        const url = safeUrl(s.url);
        return url !== null && /^https?:/i.test(url);
      })
    : [];
  const copyright = props.copyright
    .replaceAll("{year}", String(new Date().getFullYear()))
    .replaceAll("{site}", ctx.site.name)
    .trim();
  const groups = props.linkGroups.filter((g) => g.title.trim() || g.links.length > 0);
  return (
    <footer data-block-id={id} className="pg-footer">
      <div className="pg-footer__inner pg-ui-container">
        <div className="pg-footer__about">
          <p className="pg-footer__name">{ctx.site.name}</p>
          {props.tagline.trim() ? (
            <p className="pg-footer__tagline">{props.tagline.trim()}</p>
          ) : null}
        </div>
        {groups.map((group, i) => (
          <nav
            key={i}
            className="pg-footer__group"
            aria-label={
              group.title.trim() || ctx.t("storefront.nav.footerLinks", { number: i + 1 })
            }
          >
            {group.title.trim() ? (
              <h2 className="pg-footer__heading">{group.title.trim()}</h2>
            ) : null}
            <ul className="pg-footer__links">
              {group.links.map((link, j) => {
                const href = resolveHref(link.href, ctx);
                return link.label.trim() && href ? (
                  <li key={j}>
                    <a href={href}>{link.label.trim()}</a>
                  </li>
                ) : null;
              })}
            </ul>
          </nav>
        ))}
        {social.length > 0 ? (
          <ul className="pg-footer__social" aria-label={ctx.t("storefront.nav.social")}>
            {social.map((s) => (
              <li key={s.platform}>
                <a href={safeUrl(s.url)!} rel="noopener me">
                  {SOCIAL_NAMES[s.platform]}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {copyright ? (
        <p className="pg-footer__legal pg-ui-container">
          <small>{copyright}</small>
        </p>
      ) : null}
    </footer>
  );
}
