import sharp from "sharp";
import { nearestWeight } from "../../../blocks/theme/index.ts";
import { initials, textOn, type Brand } from "./brand.ts";
import { loadFont } from "./fonts.ts";
import { dataUrl, h, svgToPng, toSvg } from "./render.ts";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export type OpenGraphCard = {
  brand: Brand;
  /** The page or product title. */
  title: string;
  /** A line under the title: the page description, a product's price. */
  subtitle?: string;
  /** A photo for the right-hand side (any format sharp reads), e.g. the product image. */
  image?: Uint8Array;
};

const IMAGE_WIDTH = 500;

/**
 * A 1200x630 link-preview card in the brand's colours and fonts: the title large, the shop's
 * name above it, and the page's picture beside it when there is one.
 */
export async function openGraphPng(card: OpenGraphCard): Promise<Buffer> {
  const { colors, fonts } = card.brand;
  const heading = await loadFont(fonts.heading, nearestWeight(fonts.heading, 700));
  const body = await loadFont(fonts.body, nearestWeight(fonts.body, 500));
  const title = clip(card.title, 90);
  const subtitle = card.subtitle ? clip(card.subtitle, 120) : undefined;
  const photo = card.image ? await coverPhoto(card.image) : undefined;
  const panel = colors.primary;
  const ink = textOn(panel, colors.onPrimary);
  const titleSize = title.length <= 28 ? 76 : title.length <= 56 ? 62 : 50;

  const textColumn = h(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      // The text takes what the picture leaves, never the other way round.
      flexGrow: 1,
      flexShrink: 1,
      flexBasis: 0,
      minWidth: 0,
      padding: "64px 64px 56px",
      backgroundColor: panel,
    },
    [
      h("div", { display: "flex", alignItems: "center" }, [
        h(
          "div",
          {
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            width: 56,
            height: 56,
            borderRadius: 28,
            marginRight: 18,
            backgroundColor: colors.accent,
            color: textOn(colors.accent, colors.onAccent),
            fontFamily: fonts.heading,
            fontWeight: heading.weight,
            fontSize: 24,
          },
          initials(card.brand.name),
        ),
        h(
          "div",
          {
            fontFamily: fonts.body,
            fontWeight: body.weight,
            fontSize: 26,
            letterSpacing: 3,
            textTransform: "uppercase",
            color: ink,
            opacity: 0.85,
          },
          clip(card.brand.name, 40),
        ),
      ]),
      h("div", { display: "flex", flexDirection: "column" }, [
        h(
          "div",
          {
            fontFamily: fonts.heading,
            fontWeight: heading.weight,
            fontSize: titleSize,
            lineHeight: 1.08,
            color: ink,
          },
          title,
        ),
        subtitle
          ? h(
              "div",
              {
                marginTop: 22,
                fontFamily: fonts.body,
                fontWeight: body.weight,
                fontSize: 28,
                lineHeight: 1.35,
                color: ink,
                opacity: 0.85,
              },
              subtitle,
            )
          : null,
      ]),
      h("div", {
        display: "flex",
        flexShrink: 0,
        width: 96,
        height: 10,
        borderRadius: 5,
        backgroundColor: colors.accent,
      }),
    ],
  );

  const side = photo
    ? h(
        "img",
        { width: IMAGE_WIDTH, height: OG_HEIGHT, flexShrink: 0, objectFit: "cover" },
        undefined,
        {
          src: photo,
          width: IMAGE_WIDTH,
          height: OG_HEIGHT,
        },
      )
    : // No picture: a calm composition in the palette instead of an empty half.
      h(
        "div",
        {
          display: "flex",
          position: "relative",
          flexShrink: 0,
          width: 380,
          height: "100%",
          backgroundColor: colors.secondary,
          overflow: "hidden",
        },
        [
          h("div", {
            position: "absolute",
            left: -120,
            top: 90,
            width: 420,
            height: 420,
            borderRadius: 210,
            backgroundColor: colors.accent,
            opacity: 0.9,
          }),
          h("div", {
            position: "absolute",
            left: 150,
            top: -80,
            width: 300,
            height: 300,
            borderRadius: 150,
            backgroundColor: colors.surface,
            opacity: 0.35,
          }),
        ],
      );

  const svg = await toSvg(
    h("div", { display: "flex", width: OG_WIDTH, height: OG_HEIGHT, backgroundColor: panel }, [
      textColumn,
      side,
    ]),
    { width: OG_WIDTH, height: OG_HEIGHT },
    [heading, body],
  );
  return svgToPng(svg, { width: OG_WIDTH, height: OG_HEIGHT });
}

/** The photo cropped to the card's side, as a JPEG small enough to embed. */
async function coverPhoto(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const jpeg = await sharp(bytes, { limitInputPixels: 50_000_000, failOn: "error" })
      .resize(IMAGE_WIDTH, OG_HEIGHT, { fit: "cover" })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 85 })
      .toBuffer();
    return dataUrl(jpeg, "image/jpeg");
  } catch {
    return undefined; // an unreadable picture leaves the card without one, not without a card
  }
}

function clip(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > limit * 0.6 ? cut.slice(0, space) : cut}…`;
}
