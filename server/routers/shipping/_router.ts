import { router, siteProcedure } from "../../trpc.ts";
import {
  createZoneHandler,
  deleteZoneHandler,
  listZonesHandler,
  updateZoneHandler,
} from "./shipping.handler.ts";
import { ZCreateZoneInput, ZUpdateZoneInput, ZZoneIdInput } from "./shipping.schema.ts";

export const shippingRouter = router({
  listZones: siteProcedure("viewer").query(listZonesHandler),
  createZone: siteProcedure("admin").input(ZCreateZoneInput).mutation(createZoneHandler),
  updateZone: siteProcedure("admin").input(ZUpdateZoneInput).mutation(updateZoneHandler),
  deleteZone: siteProcedure("admin").input(ZZoneIdInput).mutation(deleteZoneHandler),
});
