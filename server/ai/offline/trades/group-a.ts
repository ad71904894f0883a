import { bakery } from "./bakery.ts";
import { beautySalon } from "./beauty-salon.ts";
import { brewery } from "./brewery.ts";
import { butcher } from "./butcher.ts";
import { candles } from "./candles.ts";
import { catering } from "./catering.ts";
import { ceramics } from "./ceramics.ts";
import { cheesemonger } from "./cheesemonger.ts";
import { chocolatier } from "./chocolatier.ts";
import { coffee } from "./coffee.ts";
import { fashion } from "./fashion.ts";
import { florist } from "./florist.ts";
import { furnitureDecor } from "./furniture-decor.ts";
import { grocery } from "./grocery.ts";
import { hairSalon } from "./hair-salon.ts";
import { handmadeCrafts } from "./handmade-crafts.ts";
import { jewellery } from "./jewellery.ts";
import { leatherGoods } from "./leather-goods.ts";
import { plantsGarden } from "./plants-garden.ts";
import { restaurant } from "./restaurant.ts";
import { skincare } from "./skincare.ts";
import { tea } from "./tea.ts";
import type { TradeEntry } from "./types.ts";
import { vintage } from "./vintage.ts";
import { wine } from "./wine.ts";

/** The trades of group A (see ../../../README.md); one file per trade beside this one. */
export const GROUP_A: readonly TradeEntry[] = [
  bakery,
  coffee,
  wine,
  tea,
  butcher,
  cheesemonger,
  chocolatier,
  brewery,
  grocery,
  restaurant,
  catering,
  fashion,
  jewellery,
  skincare,
  leatherGoods,
  vintage,
  hairSalon,
  beautySalon,
  furnitureDecor,
  florist,
  handmadeCrafts,
  ceramics,
  plantsGarden,
  candles,
];
