import type { LanguageKit } from "../kit.ts";
import { DE } from "./de.ts";
import { EN } from "./en.ts";
import { ES } from "./es.ts";
import { FR } from "./fr.ts";
import { IT } from "./it.ts";
import { PT } from "./pt.ts";

/** The languages the offline writer has a kit for; any other needs a model. */
export const KITS: ReadonlyMap<string, LanguageKit> = new Map(
  [EN, FR, DE, ES, PT, IT].map((kit) => [kit.language, kit]),
);

export function kitFor(language: string): LanguageKit | undefined {
  return KITS.get(language);
}
