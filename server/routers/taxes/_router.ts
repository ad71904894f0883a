import { router, siteProcedure } from "../../trpc.ts";
import {
  deleteTaxRateHandler,
  listTaxRatesHandler,
  updateTaxSettingsHandler,
  upsertTaxRateHandler,
} from "./taxes.handler.ts";
import { ZTaxRateIdInput, ZTaxSettingsInput, ZUpsertTaxRateInput } from "./taxes.schema.ts";

export const taxesRouter = router({
  list: siteProcedure("taxes.list").query(listTaxRatesHandler),
  save: siteProcedure("taxes.save").input(ZUpsertTaxRateInput).mutation(upsertTaxRateHandler),
  delete: siteProcedure("taxes.delete").input(ZTaxRateIdInput).mutation(deleteTaxRateHandler),
  updateSettings: siteProcedure("taxes.updateSettings")
    .input(ZTaxSettingsInput)
    .mutation(updateTaxSettingsHandler),
});
