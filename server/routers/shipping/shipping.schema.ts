import { z } from "zod";
import { ZShippingZoneInput } from "../../commerce/shipping.ts";

const ZZoneId = z.string().uuid("That is not a shipping zone id.");
export const ZZoneIdInput = z.object({ zoneId: ZZoneId });
export const ZCreateZoneInput = z.object({ zone: ZShippingZoneInput });
export const ZUpdateZoneInput = z.object({ zoneId: ZZoneId, zone: ZShippingZoneInput });
