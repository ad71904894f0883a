import type { BackgroundToken } from "../theme/tokens.ts";

/**
 * How the props panel edits each prop (Puck-style field config). The editor renders one input
 * per field; tests generate arbitrary props from these definitions and check that the block's
 * schema accepts them, so fields and schema cannot drift apart.
 */
interface FieldBase {
  label: string;
  /** One line under the input, in the merchant's words. */
  help?: string;
}

/**
 * What the AI may do with a text field. Unset: the words are copy, which rewrite, translate and
 * fill may change. "facts": the text states a fact (a price, a number, a person's or brand's
 * name, an address, an anchor), which the AI leaves as the merchant wrote it.
 */
export type TextRole = "facts";

export interface TextField extends FieldBase {
  kind: "text";
  maxLength: number;
  /** Hint shown in an empty input (editor UI only). */
  hint?: string;
  ai?: TextRole;
}

export interface TextareaField extends FieldBase {
  kind: "textarea";
  maxLength: number;
  rows?: number;
  hint?: string;
  ai?: TextRole;
}

export interface NumberField extends FieldBase {
  kind: "number";
  min: number;
  max: number;
  step?: number;
  unit?: string;
}

export interface SelectOption<V extends string | number = string | number> {
  value: V;
  label: string;
}

export interface SelectField extends FieldBase {
  kind: "select";
  options: readonly SelectOption[];
  /** "buttons" for 2-4 short options (segmented control), otherwise a dropdown. */
  display?: "dropdown" | "buttons";
}

export interface ToggleField extends FieldBase {
  kind: "toggle";
}

/** A theme colour token, or (with allowCustom) any #rrggbb. */
export interface ColorField extends FieldBase {
  kind: "color";
  tokens: readonly (BackgroundToken | "none" | "muted" | "border")[];
  allowCustom: boolean;
}

/** Value: { src, alt, decorative, width?, height? } (see shared/props.ts ZImage). */
export interface ImageField extends FieldBase {
  kind: "image";
}

/** Value: an href string (site path, anchor, http(s), mailto, tel). */
export interface LinkField extends FieldBase {
  kind: "link";
}

/** Value: Lexical serialized state. Collab stores these props as Y.XmlText. */
export interface RichTextField extends FieldBase {
  kind: "richtext";
}

export interface ListField extends FieldBase {
  kind: "list";
  /** What one item is called: "Question", "Plan", ... */
  itemLabel: string;
  /** Which item field titles the item in the collapsed list. */
  titleField?: string;
  itemFields: Readonly<Record<string, FieldDefinition>>;
  min: number;
  max: number;
  /** The item "Add" inserts. */
  defaultItem: Readonly<Record<string, unknown>>;
  /**
   * Something the merchant should know about an item, badged on it in the list (editor UI
   * only): a pricing card the AI wrote as an example is a "Sample" to replace. Null for none.
   */
  itemFlag?: (item: Readonly<Record<string, unknown>>) => ItemFlag | null;
  /** Every flag `itemFlag` can return, so the editor can list and translate their words. */
  itemFlags?: readonly ItemFlag[];
}

/** A word badged on a list item and the sentence that explains it. */
export interface ItemFlag {
  label: string;
  help: string;
}

/** Wraps a number or select so it can differ on mobile, tablet and desktop. */
export interface ResponsiveField extends FieldBase {
  kind: "responsive";
  field: NumberField | SelectField;
}

/** Value: a product id ("" = chosen by context, see the block). */
export interface ProductField extends FieldBase {
  kind: "product";
}

/** Value: product ids, hand-picked. */
export interface ProductListField extends FieldBase {
  kind: "products";
  max: number;
}

/** Value: a collection id. */
export interface CollectionField extends FieldBase {
  kind: "collection";
}

/** Value: collection ids. */
export interface CollectionListField extends FieldBase {
  kind: "collections";
  max: number;
}

export type FieldDefinition =
  | TextField
  | TextareaField
  | NumberField
  | SelectField
  | ToggleField
  | ColorField
  | ImageField
  | LinkField
  | RichTextField
  | ListField
  | ResponsiveField
  | ProductField
  | ProductListField
  | CollectionField
  | CollectionListField;

export type FieldKind = FieldDefinition["kind"];

/** One field per prop: a prop the panel cannot edit would be a prop nobody can fix. */
export type FieldMap<P> = { readonly [K in keyof P]-?: FieldDefinition };

/** Select options from a value -> label map (string values; write numeric options out). */
export function options<const V extends string>(labels: Record<V, string>): SelectOption<V>[] {
  return (Object.entries(labels) as [V, string][]).map(([value, label]) => ({ value, label }));
}
