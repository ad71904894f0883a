import type { NavItem } from "../doc/schema.ts";
import { useRenderContext, type RenderContextValue } from "../render/context.ts";
import { resolveHref } from "./links.ts";

function isCurrent(ctx: RenderContextValue, href: string): boolean {
  if (ctx.currentSlug === undefined) return false;
  return href === `/${ctx.currentSlug}` || (ctx.currentSlug === "" && href === "/");
}

/** The site menu as nested lists; entries with an unsafe link keep their label but lose the link. */
export function MenuList({ items, className }: { items: readonly NavItem[]; className: string }) {
  const ctx = useRenderContext();
  return (
    <ul className={className}>
      {items.map((item) => {
        const href = resolveHref(item.href, ctx);
        const children = item.children ?? [];
        return (
          <li key={item.id}>
            {href ? (
              <a href={href} aria-current={isCurrent(ctx, item.href) ? "page" : undefined}>
                {item.label}
              </a>
            ) : (
              <span>{item.label}</span>
            )}
            {children.length > 0 ? (
              <MenuList items={children} className={`${className}-sub`} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
