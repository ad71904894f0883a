import type { FieldMap } from "../fields/types";
import { spaceField } from "../shared/fields";
import type { SpacerProps } from "./schema";

export const spacerFields: FieldMap<SpacerProps> = {
  height: spaceField("Height"),
};
