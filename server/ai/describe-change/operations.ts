import type { ChangeOperation } from "../tasks.ts";

/** An operation with every field it does not use empty, as the strict output schema wants. */
export function changeOperation(
  fields: Partial<ChangeOperation> & Pick<ChangeOperation, "op" | "label">,
): ChangeOperation {
  return {
    blockId: null,
    section: null,
    props: [],
    colors: [],
    headingFont: null,
    bodyFont: null,
    seo: null,
    ...fields,
  };
}

/** Props as the operation carries them: each value as JSON text. */
export function encodeProps(props: Record<string, unknown>): ChangeOperation["props"] {
  return Object.entries(props).map(([prop, value]) => ({ prop, json: JSON.stringify(value) }));
}

/** The props of an operation, or the name of the first one whose value is not JSON. */
export function decodeProps(
  props: ChangeOperation["props"],
): { ok: true; props: Record<string, unknown> } | { ok: false; prop: string } {
  const out: Record<string, unknown> = {};
  for (const { prop, json } of props) {
    try {
      out[prop] = JSON.parse(json) as unknown;
    } catch {
      return { ok: false, prop };
    }
  }
  return { ok: true, props: out };
}
