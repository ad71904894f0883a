import { DomainError, type Said } from "../errors.ts";

/**
 * Not enough units (or the item is gone): the shopper has to change the cart to go on. Its own
 * class because checkout answers it by giving the units it still holds back at once.
 */
export class SoldOutError extends DomainError {
  override name = "SoldOutError";
  constructor(message: string | Said) {
    super("CONFLICT", message);
  }
}

export const soldOut = (message: string | Said) => new SoldOutError(message);
