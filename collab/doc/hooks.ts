/**
 * What the mapping needs to know about block types. Injected, so that collab depends on the block
 * registry in one place only (./defaults.ts) and tests can describe their own block types.
 */
export type BlockPropsCheck =
  { readonly ok: true } | { readonly ok: false; readonly message: string };

export type SiteSchemaHooks = {
  /** Props of a block type that hold Lexical serialized rich text (each becomes a Y.XmlText). */
  readonly richTextPropsOf: (type: string) => readonly string[];
  /** Whether a block of `childType` may sit in `parentType` (or at a page's top level). Default: yes. */
  readonly canContain?: (parentType: string, childType: string) => boolean;
  /** Validates a block's props for materialisation. Default: every props object is valid. */
  readonly parseBlockProps?: (type: string, props: Record<string, unknown>) => BlockPropsCheck;
};

/** The parent type `canContain` is asked about for a page's top level. */
export const PAGE_PARENT_TYPE = "page";

export function canContain(hooks: SiteSchemaHooks, parentType: string, childType: string): boolean {
  return hooks.canContain === undefined || hooks.canContain(parentType, childType);
}
