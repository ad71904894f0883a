import { ART_PRINTS } from "./art-prints.ts";
import { BICYCLES } from "./bicycles.ts";
import { BOOKS } from "./books.ts";
import { CRAFTS_SUPPLIES } from "./crafts-supplies.ts";
import { ELECTRONICS_ACCESSORIES } from "./electronics-accessories.ts";
import { FITNESS_GEAR } from "./fitness-gear.ts";
import { GAMES_HOBBIES } from "./games-hobbies.ts";
import { HOME_SERVICES } from "./home-services.ts";
import { KIDS_BABY } from "./kids-baby.ts";
import { LESSONS } from "./lessons.ts";
import { MUSICAL_INSTRUMENTS } from "./musical-instruments.ts";
import { OUTDOOR_GEAR } from "./outdoor-gear.ts";
import { PET_SERVICES } from "./pet-services.ts";
import { PET_SUPPLIES } from "./pet-supplies.ts";
import { PHOTOGRAPHY } from "./photography.ts";
import { PROFESSIONAL_SERVICES } from "./professional-services.ts";
import { RECORDS } from "./records.ts";
import { REPAIRS } from "./repairs.ts";
import { STATIONERY } from "./stationery.ts";
import { TOYS } from "./toys.ts";
import { WELLNESS } from "./wellness.ts";
import type { TradeEntry } from "./types.ts";

/**
 * The trades of group B (see ../../../README.md); one file per trade beside this one.
 *
 * Traits are written the same way in every entry: in English samples the English keys, in lower
 * case; in any other language pairs of the English key and the word a brief in that language
 * would use ("violin", "violon"; "dog", "Hund"), so a writer can match a brief in either and
 * leave out a sample whose trait rivals the brief's. Keys the other group shares (leather, wool,
 * cotton, wood, children) carry the same words in every trade.
 */
export const GROUP_B: readonly TradeEntry[] = [
  LESSONS,
  MUSICAL_INSTRUMENTS,
  HOME_SERVICES,
  REPAIRS,
  PROFESSIONAL_SERVICES,
  PHOTOGRAPHY,
  WELLNESS,
  PET_SERVICES,
  BOOKS,
  FITNESS_GEAR,
  ART_PRINTS,
  TOYS,
  OUTDOOR_GEAR,
  BICYCLES,
  STATIONERY,
  GAMES_HOBBIES,
  CRAFTS_SUPPLIES,
  RECORDS,
  ELECTRONICS_ACCESSORIES,
  PET_SUPPLIES,
  KIDS_BABY,
];
