import type { StorefrontProduct } from "../../../blocks/render/commerce.ts";
import type { EditorCatalog } from "./editorCatalog.ts";

/** Ids of the test catalog's records, by what they are. */
export const IDS = {
  mug: "11111111-1111-4111-8111-111111111111",
  apron: "22222222-2222-4222-8222-222222222222",
  kettle: "33333333-3333-4333-8333-333333333333",
  blend: "44444444-4444-4444-8444-444444444444",
  tote: "55555555-5555-4555-8555-555555555555",
  kitchen: "66666666-6666-4666-8666-666666666666",
  gifts: "77777777-7777-4777-8777-777777777777",
} as const;

function product(id: string, title: string, priceMin: number, priceMax = priceMin) {
  return {
    id,
    handle: title.toLowerCase().replace(/\W+/g, "-"),
    title,
    images: [{ src: `https://images.example.com/${id}.jpg`, alt: title, width: 800, height: 800 }],
    priceMin,
    priceMax,
    compareAt: null,
    currency: "USD",
    available: true,
    variants: [],
    options: [],
  } satisfies StorefrontProduct;
}

/** A small shop: three products on sale, a draft, an archived one, two collections. */
export function editorCatalog(overrides: Partial<EditorCatalog> = {}): EditorCatalog {
  return {
    currency: "USD",
    exponent: 2,
    language: null,
    storefront: {
      products: [
        product(IDS.mug, "Stoneware Mug", 1800, 2400),
        product(IDS.apron, "Linen Apron", 4800),
        product(IDS.kettle, "Pour-over Kettle", 6500),
      ],
      collections: [
        { id: IDS.kitchen, handle: "kitchen", title: "Kitchen", productIds: [IDS.mug, IDS.kettle] },
        { id: IDS.gifts, handle: "gifts", title: "Gifts", productIds: [IDS.apron] },
      ],
    },
    unlisted: [
      {
        id: IDS.tote,
        handle: "old-tote",
        title: "Old Tote",
        status: "archived",
        image: null,
        priceMin: 900,
        priceMax: 900,
      },
      {
        id: IDS.blend,
        handle: "winter-blend",
        title: "Winter Blend",
        status: "draft",
        image: null,
        priceMin: 1600,
        priceMax: 1600,
      },
    ],
    ...overrides,
  };
}
