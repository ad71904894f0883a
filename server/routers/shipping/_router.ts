import { router, siteProcedure } from "../../trpc.ts";
import {
  createZoneHandler,
  deleteZoneHandler,
  listZonesHandler,
  updateZoneHandler,
} from "./shipping.handler.ts";
import { ZCreateZoneInput, ZUpdateZoneInput, ZZoneIdInput } from "./shipping.schema.ts";

export const shippingRouter = router({
  listZones: siteProcedure("shipping.listZones").query(listZonesHandler),
  createZone: siteProcedure("shipping.createZone")
    .input(ZCreateZoneInput)
    .mutation(createZoneHandler),
  updateZone: siteProcedure("shipping.updateZone")
    .input(ZUpdateZoneInput)
    .mutation(updateZoneHandler),
  deleteZone: siteProcedure("shipping.deleteZone").input(ZZoneIdInput).mutation(deleteZoneHandler),
});
