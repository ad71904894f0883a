import { useMemo } from "react";
import { useIntl } from "react-intl";
import type { BlockCategory } from "../../../blocks/definition.ts";
import type { FieldDefinition, FieldMap, ListField } from "../../../blocks/fields/types.ts";
import { blockRegistry, getBlockDefinition } from "../../../blocks/registry.ts";

/**
 * The words of the block library: block names, descriptions, categories and every field's label,
 * help, hint, options and list item name. They are data in `blocks/` (shared by the server, the
 * renderer and the editor), so their English stays in the definitions and their ids are derived
 * from them, not extracted from `defaultMessage`s:
 *
 * - `blocks.<type>.name`, `blocks.<type>.description`, `blocks.category.<category>`
 * - `blocks.<type>.field.<path>.label | help | hint | item | option.<value> | flag.<n>.label|help`
 *   where `<path>` is the prop (`heading`) or, inside a list, `<list>.<item field>` (`buttons.href`).
 *
 * A missing French word falls back to the definition's English. `messages/<lang>/blocks.json`
 * holds the other languages; `blockWords.test.ts` fails when it lacks an id or keeps a stale one.
 * The words are plain text (not ICU), so they are looked up, never formatted.
 */

/** Looks an id up; `english` is the definition's word, used when the language lacks the id. */
export type Translate = (id: string, english: string) => string;

/** English names of the library's categories (`blocks.category.<id>`). */
export const CATEGORY_WORDS: Record<BlockCategory | "all", string> = {
  all: "All",
  layout: "Layout",
  content: "Content",
  commerce: "Shop",
  site: "Header & footer",
};

function localizeField(prefix: string, field: FieldDefinition, t: Translate): FieldDefinition {
  const words = {
    label: t(`${prefix}.label`, field.label),
    help: field.help === undefined ? undefined : t(`${prefix}.help`, field.help),
  };
  switch (field.kind) {
    case "text":
    case "textarea":
      return {
        ...field,
        ...words,
        hint: field.hint === undefined ? undefined : t(`${prefix}.hint`, field.hint),
      };
    case "select":
      return {
        ...field,
        ...words,
        options: field.options.map((option) => ({
          value: option.value,
          label: t(`${prefix}.option.${option.value}`, option.label),
        })),
      };
    case "responsive":
      return {
        ...field,
        ...words,
        field: localizeField(prefix, field.field, t) as typeof field.field,
      };
    case "list":
      return localizeList(prefix, field, words, t);
    default:
      return { ...field, ...words };
  }
}

function localizeList(
  prefix: string,
  field: ListField,
  words: { label: string; help: string | undefined },
  t: Translate,
): ListField {
  const { itemFlag } = field;
  const flags = (field.itemFlags ?? []).map((flag, index) => ({
    label: t(`${prefix}.flag.${index}.label`, flag.label),
    help: t(`${prefix}.flag.${index}.help`, flag.help),
  }));
  return {
    ...field,
    ...words,
    itemLabel: t(`${prefix}.item`, field.itemLabel),
    itemFields: Object.fromEntries(
      Object.entries(field.itemFields).map(([key, item]) => [
        key,
        localizeField(`${prefix}.${key}`, item, t),
      ]),
    ),
    itemFlag: itemFlag
      ? (item) => {
          const flag = itemFlag(item);
          const index = flag ? (field.itemFlags ?? []).indexOf(flag) : -1;
          return flag && index >= 0 ? flags[index]! : flag;
        }
      : undefined,
    itemFlags: flags,
  };
}

/** A block type's words in the language `t` speaks: name, description and fields. */
export function localizeBlock(type: string, t: Translate) {
  const definition = getBlockDefinition(type);
  if (!definition) return null;
  const fields = Object.fromEntries(
    Object.entries(definition.fields as Record<string, FieldDefinition>).map(([prop, field]) => [
      prop,
      localizeField(`blocks.${type}.field.${prop}`, field, t),
    ]),
  ) as FieldMap<Record<string, unknown>>;
  return {
    name: t(`blocks.${type}.name`, definition.label),
    description: t(`blocks.${type}.description`, definition.description),
    category: t(`blocks.category.${definition.category}`, CATEGORY_WORDS[definition.category]),
    fields,
  };
}

export type LocalizedBlock = NonNullable<ReturnType<typeof localizeBlock>>;

/**
 * Every id of the "blocks" area with its English, walked from the registry. Throws when one id would carry two different English words.
 */
export function blockCatalogueEnglish(): Record<string, string> {
  const english: Record<string, string> = {};
  const record: Translate = (id, word) => {
    if (id in english && english[id] !== word)
      throw new Error(`${id} is both "${english[id]}" and "${word}"`);
    english[id] = word;
    return word;
  };
  for (const [category, word] of Object.entries(CATEGORY_WORDS))
    record(`blocks.category.${category}`, word);
  for (const type of Object.keys(blockRegistry)) {
    localizeBlock(type, record);
  }
  return english;
}

function warnMissing(language: string, id: string) {
  if (import.meta.env.DEV && language !== "en" && !warned.has(id)) {
    warned.add(id);
    console.warn(`[i18n] missing "${id}" in ${language}`);
  }
}
const warned = new Set<string>();

/** The lookup over a language's messages: its word, else the definition's English. */
export function translator(language: string, messages: Record<string, unknown>): Translate {
  return (id, english) => {
    const word = messages[id];
    if (typeof word === "string") return word;
    warnMissing(language, id);
    return english;
  };
}

/**
 * The block words in the app's language (the "blocks" area must be loaded by the route):
 * `name(type)`, `description(type)`, `category(id)`, `fields(type)` (the definition's fields
 * with every word translated, for the props panel's controls) and `block(type)` for all at once.
 * Unknown types answer with the type itself.
 */
export function useBlockWords() {
  const { locale, messages } = useIntl();
  return useMemo(() => {
    const t = translator(locale, messages);
    const cache = new Map<string, LocalizedBlock | null>();
    const block = (type: string): LocalizedBlock | null => {
      if (!cache.has(type)) cache.set(type, localizeBlock(type, t));
      return cache.get(type)!;
    };
    return {
      t,
      block,
      name: (type: string) => block(type)?.name ?? type,
      description: (type: string) => block(type)?.description ?? "",
      category: (id: BlockCategory | "all") => t(`blocks.category.${id}`, CATEGORY_WORDS[id] ?? id),
      fields: (type: string) => block(type)?.fields ?? {},
    };
  }, [locale, messages]);
}

export type BlockWords = ReturnType<typeof useBlockWords>;
