import type { FieldMap } from "../fields/types.ts";
import { spaceField } from "../shared/fields.ts";
import type { SpacerProps } from "./schema.ts";

export const spacerFields: FieldMap<SpacerProps> = {
  height: spaceField("Height"),
};
