import { z } from "zod";
import { ZPayPalMerchantId } from "../../commerce/paypal-account.ts";

export const ZConnectPayPalInput = z.object({ merchantId: ZPayPalMerchantId });
