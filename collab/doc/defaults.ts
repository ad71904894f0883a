/**
 * The schema hooks wired to the block registry: the one file of collab that knows where the registry
 * lives. Tests and tools can pass their own hooks to every operation instead.
 */
import { canContain, parseBlockProps, richTextPropsOf } from "../../blocks/registry.ts";
import type { SiteSchemaHooks } from "./hooks.ts";

export const defaultSchemaHooks: SiteSchemaHooks = {
  richTextPropsOf,
  canContain,
  parseBlockProps: (type, props) => {
    const result = parseBlockProps(type, props);
    return result.ok ? { ok: true } : { ok: false, message: result.error };
  },
};
