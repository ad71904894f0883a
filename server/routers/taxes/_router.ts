import { router, siteProcedure } from "../../trpc.ts";
import {
  deleteTaxRateHandler,
  listTaxRatesHandler,
  updateTaxSettingsHandler,
  upsertTaxRateHandler,
} from "./taxes.handler.ts";
import { ZTaxRateIdInput, ZTaxSettingsInput, ZUpsertTaxRateInput } from "./taxes.schema.ts";

export const taxesRouter = router({
  list: siteProcedure("viewer").query(listTaxRatesHandler),
  save: siteProcedure("admin").input(ZUpsertTaxRateInput).mutation(upsertTaxRateHandler),
  delete: siteProcedure("admin").input(ZTaxRateIdInput).mutation(deleteTaxRateHandler),
  updateSettings: siteProcedure("admin")
    .input(ZTaxSettingsInput)
    .mutation(updateTaxSettingsHandler),
});
