import {
  lazy,
  startTransition,
  Suspense,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { createPortal } from "react-dom";
import { FormattedMessage, useIntl } from "react-intl";
import { createRenderContext } from "../../../../blocks/render/context.ts";
import { pageParent } from "../../../../collab/doc/layout.ts";
import { StorefrontDataContext } from "../extensions.ts";
import { canvasLocale } from "../storefrontData.ts";
import { mark } from "../perf.ts";
import { loadSharedOps } from "../session/ops.ts";
import {
  useChildren,
  useEditor,
  useNav,
  usePages,
  useSettings,
  useTheme,
  useUi,
} from "../state/hooks.ts";
import type { Device } from "../state/uiStore.ts";
import { BaseRenderContext, CanvasBlock } from "./CanvasBlock.tsx";
import { CanvasInteraction } from "./CanvasInteraction.tsx";
import { CANVAS_SRCDOC, staticCanvasCss, themeBodyClass, themeCanvasCss } from "./canvasCss.ts";
import { CanvasOverlays } from "./CanvasOverlays.tsx";
import { useCanvasRuntime } from "./runtime.ts";
import { useStorefrontWords } from "./storefrontWords.ts";

/** Frame widths per preview device; desktop takes the room there is, at least 1024px. */
const DEVICE_WIDTH: Record<Exclude<Device, "desktop">, number> = { tablet: 768, mobile: 390 };
const DESKTOP_MIN = 1024;

// Lexical loads with the first rich text edited in place.
const InlineRichText = lazy(() => import("./InlineRichText.tsx"));

/**
 * The canvas: the page drawn by the storefront's own block components and CSS inside an iframe
 * (so the editor's styles never reach it and the preview devices get real media queries), scaled
 * to fit, as tall as its content. Above it, in the editor's document, the interaction layer (hover,
 * click, double click, drag) and the overlays (selection, collaborators, drop indicator).
 */
export function Canvas() {
  const intl = useIntl();
  const session = useEditor();
  const runtime = useCanvasRuntime();
  const pageId = useUi((state) => state.pageId);
  const device = useUi((state) => state.device);
  const pages = usePages();
  const page = pages.find((candidate) => candidate.id === pageId);
  const theme = useTheme();
  const richEdit = useUi((state) =>
    state.inlineEdit?.kind === "richtext" ? state.inlineEdit : null,
  );
  const viewport = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [room, setRoom] = useState({ width: 0, height: 0 });
  const [contentHeight, setContentHeight] = useState(0);
  const [mount, setMount] = useState<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measure = () => {
      const scroller = element.parentElement ?? element;
      const style = getComputedStyle(scroller);
      const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      setRoom({ width: element.clientWidth, height: Math.max(0, scroller.clientHeight - padding) });
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.parentElement) observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, []);

  const frameWidth =
    device === "desktop" ? Math.max(room.width, DESKTOP_MIN) : DEVICE_WIDTH[device];
  const scale = room.width > 0 ? Math.min(1, room.width / frameWidth) : 1;
  const frameHeight = Math.max(contentHeight, Math.ceil(room.height / scale));

  useLayoutEffect(() => {
    runtime.scale = scale;
    runtime.stage = stage.current;
    runtime.layoutChanged();
  }, [runtime, scale]);

  // The frame's document: static CSS once, theme CSS and body class whenever the theme changes.
  const onLoad = () => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    const style = doc.createElement("style");
    style.id = "pegasus-static";
    style.textContent = staticCanvasCss();
    doc.head.appendChild(style);
    const themeStyle = doc.createElement("style");
    themeStyle.id = "pegasus-theme";
    doc.head.appendChild(themeStyle);
    runtime.attach(doc);
    // Links and forms on the canvas are for shoppers; here a click selects.
    doc.addEventListener("submit", (event) => event.preventDefault(), true);
    doc.addEventListener(
      "click",
      (event) => {
        if ((event.target as Element | null)?.closest?.("a[href]")) event.preventDefault();
      },
      true,
    );
    setMount(doc.getElementById("pegasus-canvas"));
  };

  useEffect(() => {
    const doc = mount?.ownerDocument;
    if (!doc) return;
    const themeStyle = doc.getElementById("pegasus-theme");
    if (themeStyle) themeStyle.textContent = themeCanvasCss(theme);
    doc.body.className = themeBodyClass(theme);
    runtime.layoutChanged();
  }, [mount, theme, runtime]);

  // The frame is as tall as the page in it, so the editor scrolls and the frame never does.
  // Measured by the observer after layout, never by forcing one.
  useEffect(() => {
    if (!mount) return;
    const view = mount.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    const Observer =
      view?.ResizeObserver ?? (typeof ResizeObserver !== "undefined" ? ResizeObserver : null);
    if (!Observer) return;
    const observer = new Observer((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setContentHeight(Math.ceil(entry.contentRect.height));
      runtime.layoutChanged();
    });
    observer.observe(mount);
    return () => observer.disconnect();
  }, [mount, runtime]);

  useEffect(() => () => runtime.detach(), [runtime]);
  useEffect(
    () => session.store.subscribeChanges(() => runtime.layoutChanged()),
    [session, runtime],
  );

  return (
    <div className="canvas" ref={viewport} data-device={device}>
      <div
        ref={stage}
        className="canvas__stage"
        style={{ width: frameWidth * scale, height: frameHeight * scale }}
      >
        <iframe
          ref={frame}
          className="canvas__frame"
          title={intl.formatMessage(
            { id: "editor.canvas.frame", defaultMessage: "Canvas: {page}" },
            { page: page?.title ?? "" },
          )}
          srcDoc={CANVAS_SRCDOC}
          onLoad={onLoad}
          tabIndex={-1}
          style={{ width: frameWidth, height: frameHeight, transform: `scale(${scale})` }}
        />
        {mount && pageId ? createPortal(<CanvasDocument pageId={pageId} />, mount) : null}
        <CanvasInteraction ready={mount !== null} />
        <CanvasOverlays />
        {mount && richEdit ? (
          <Suspense fallback={null}>
            <InlineRichText
              key={richEdit.blockId}
              blockId={richEdit.blockId}
              prop={String(richEdit.path[0])}
            />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}

function CanvasDocument({ pageId }: { pageId: string }) {
  const session = useEditor();
  const settings = useSettings();
  const nav = useNav();
  const pages = usePages();
  const slug = pages.find((page) => page.id === pageId)?.slug ?? "";
  const data = useContext(StorefrontDataContext);
  const siteSlug = session.site.slug;
  // The store's words load with its language before the page is drawn: no English flash.
  const locale = canvasLocale(data, settings.locale);
  const words = useStorefrontWords(locale);
  const base = useMemo(() => {
    if (!words) return null;
    const { styles: _styles, ...rest } = createRenderContext({
      mode: "editor",
      site: {
        name: settings.name || session.site.name,
        slug: siteSlug,
        currency: data.currency ?? settings.currency,
        locale,
        logo: settings.logo,
        social: settings.social,
        contactEmail: settings.contactEmail,
      },
      nav: [...nav],
      currentSlug: slug,
      pageHref: (path) => `/s/${siteSlug}/${path}`,
      data,
      t: words,
    });
    return rest;
  }, [settings, locale, nav, slug, data, siteSlug, session.site.name, words]);
  if (!base) return null;
  return (
    <BaseRenderContext.Provider value={base}>
      <CanvasPage pageId={pageId} />
    </BaseRenderContext.Provider>
  );
}

/** Top-level blocks drawn in the first pass: more than a screenful on any display. */
const FIRST_PASS_BLOCKS = 24;

function CanvasPage({ pageId }: { pageId: string }) {
  const ids = useChildren(pageParent(pageId));
  // A long page is drawn in two passes: the first screenful at once, the rest right after in a
  // transition (React renders it in slices, the canvas keeps taking input meanwhile).
  const [limit, setLimit] = useState(FIRST_PASS_BLOCKS);
  const shown = ids.length > limit ? ids.slice(0, limit) : ids;
  const ready = useRef(false);
  useLayoutEffect(() => {
    mark("pegasus:canvas-drawn", { blocks: shown.length });
    if (shown.length === ids.length) mark("pegasus:canvas-complete", { blocks: ids.length });
    if (ready.current) return;
    ready.current = true;
    // Ready: the page drawn (the next frame painted it) and the canvas taking input. Then the
    // code for editing (shared operations, Lexical) loads, without competing with the first paint.
    requestAnimationFrame(() =>
      setTimeout(() => {
        mark("pegasus:editor-ready");
        void loadSharedOps();
      }, 0),
    );
  }, [shown, ids]);
  useEffect(() => {
    if (ids.length > limit) startTransition(() => setLimit(Number.POSITIVE_INFINITY));
  }, [ids.length, limit]);
  if (ids.length === 0) {
    return (
      <div className="pg-canvas-empty" data-canvas-empty="">
        <strong>
          <FormattedMessage id="editor.canvas.empty" defaultMessage="This page is empty" />
        </strong>
        <FormattedMessage
          id="editor.canvas.emptyHelp"
          defaultMessage="Drag a block here from “Add” on the left, or click a block there to add it."
        />
      </div>
    );
  }
  return (
    <>
      {shown.map((id) => (
        <CanvasBlock key={id} id={id} parentType="page" depth={0} />
      ))}
    </>
  );
}
