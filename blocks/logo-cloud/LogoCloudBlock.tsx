import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockImage } from "../shared/BlockImage.tsx";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import { resolveHref } from "../shared/links.ts";
import { safeImageUrl } from "../url.ts";
import type { Logo, LogoCloudProps } from "./schema.ts";

function LogoMark({ logo }: { logo: Logo }) {
  const name = logo.name.trim();
  if (safeImageUrl(logo.image.src) === null)
    return <span className="pg-logo-cloud__name">{name}</span>;
  return (
    <BlockImage
      className="pg-logo-cloud__img"
      // A logo's alt is the company's name: that is what the picture says.
      image={{ ...logo.image, alt: logo.image.alt || name, decorative: false }}
      altFallback={name}
      sizes="160px"
      size="small"
      fallbackWidth={320}
      fallbackHeight={120}
    />
  );
}

export function LogoCloudBlock({ id, props }: BlockComponentProps<LogoCloudProps>) {
  const ctx = useRenderContext();
  const logos = props.logos.filter((l) => l.name.trim() || safeImageUrl(l.image.src));
  return (
    <section
      data-block-id={id}
      className={`pg-logo-cloud${props.grayscale ? " pg-logo-cloud--grayscale" : ""}`}
      aria-labelledby={labelledBy(id, props.heading)}
    >
      <BlockIntro blockId={id} heading={props.heading} className="pg-logo-cloud__intro" />
      {logos.length === 0 ? (
        <EditorHint>Add logos of press, partners or stockists.</EditorHint>
      ) : null}
      <ul className="pg-logo-cloud__items">
        {logos.map((logo, i) => {
          const href = logo.href ? resolveHref(logo.href, ctx) : null;
          return (
            <li key={i} className="pg-logo-cloud__item">
              {href ? (
                <a href={href} rel="noopener">
                  <LogoMark logo={logo} />
                </a>
              ) : (
                <LogoMark logo={logo} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
