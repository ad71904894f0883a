import { useContext, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useIntl } from "react-intl";
import { getBlockDefinition } from "../../../../blocks/registry.ts";
import { createRenderContext, RenderContext } from "../../../../blocks/render/context.ts";
import {
  CANVAS_SRCDOC,
  staticCanvasCss,
  themeBodyClass,
  themeCanvasCss,
} from "../canvas/canvasCss.ts";
import { useBlockWords } from "../../i18n/blockWords.ts";
import { useStorefrontWords } from "../canvas/storefrontWords.ts";
import { useNav, useSettings, useTheme } from "../state/hooks.ts";
import { canvasLocale, StorefrontDataContext } from "../storefrontData.ts";

const FRAME_WIDTH = 1100;
const PREVIEW_WIDTH = 300;
const SCALE = PREVIEW_WIDTH / FRAME_WIDTH;
const MAX_HEIGHT = 260;

/**
 * A block type as it would look on this site (its default content, the site's theme), drawn by
 * the block's own component in a small frame beside the library.
 */
export function BlockPreview({ type, top }: { type: string; top: number }) {
  const theme = useTheme();
  const settings = useSettings();
  const nav = useNav();
  const frame = useRef<HTMLIFrameElement>(null);
  const [mount, setMount] = useState<HTMLElement | null>(null);
  const [height, setHeight] = useState(400);
  const definition = getBlockDefinition(type);
  const intl = useIntl();
  const blockWords = useBlockWords();

  // The shop's language, as the canvas draws it (the store setting over the document's locale).
  const locale = canvasLocale(useContext(StorefrontDataContext), settings.locale);
  const words = useStorefrontWords(locale);
  const ctx = useMemo(
    () =>
      words &&
      createRenderContext({
        mode: "editor",
        site: {
          name: settings.name,
          currency: settings.currency,
          locale,
          logo: settings.logo,
        },
        nav: [...nav],
        t: words,
      }),
    [settings, locale, nav, words],
  );

  const onLoad = () => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    const style = doc.createElement("style");
    style.textContent = `${staticCanvasCss()}\n${themeCanvasCss(theme)}`;
    doc.head.appendChild(style);
    doc.body.className = themeBodyClass(theme);
    setMount(doc.getElementById("pegasus-canvas"));
  };

  useLayoutEffect(() => {
    if (!mount || !ctx) return;
    const collected = mount.ownerDocument.createElement("style");
    collected.textContent = ctx.styles.toCss();
    mount.ownerDocument.head.appendChild(collected);
    setHeight(Math.ceil(mount.getBoundingClientRect().height));
    return () => collected.remove();
  }, [mount, ctx]);

  if (!definition) return null;
  const Component = definition.component;
  const shownHeight = Math.min(MAX_HEIGHT, Math.max(60, height * SCALE));
  return (
    <div
      className="block-preview"
      style={{ top: Math.max(72, Math.min(top, window.innerHeight - shownHeight - 60)) }}
      role="presentation"
    >
      <p className="block-preview__title">{blockWords.name(type)}</p>
      <div className="block-preview__frame" style={{ height: shownHeight }}>
        <iframe
          ref={frame}
          title={intl.formatMessage(
            { id: "editor.library.preview", defaultMessage: "Preview of {block}" },
            { block: blockWords.name(type) },
          )}
          srcDoc={CANVAS_SRCDOC}
          onLoad={onLoad}
          tabIndex={-1}
          aria-hidden="true"
          style={{
            width: FRAME_WIDTH,
            height: Math.max(height, 100),
            transform: `scale(${SCALE})`,
          }}
        />
        {mount && ctx
          ? createPortal(
              <RenderContext value={ctx}>
                <Component id="preview" props={definition.defaultProps}>
                  {undefined}
                </Component>
              </RenderContext>,
              mount,
            )
          : null}
      </div>
      <p className="block-preview__hint">{blockWords.description(type)}</p>
    </div>
  );
}
