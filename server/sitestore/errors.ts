/**
 * Failures a SiteStore caller can act on. `code` is stable for mapping to API errors
 * (not_found -> 404, conflict and stale_version -> 409, invalid_input -> 400).
 */
export type SiteStoreErrorCode = "not_found" | "conflict" | "stale_version" | "invalid_input";

export abstract class SiteStoreError extends Error {
  abstract readonly code: SiteStoreErrorCode;
}

export class SiteStoreNotFoundError extends SiteStoreError {
  override name = "SiteStoreNotFoundError";
  readonly code = "not_found";
  constructor(readonly siteId: string) {
    super(`Site ${siteId} has no document in the site store`);
  }
}

/** `create` for a site id that already has a document. */
export class SiteStoreConflictError extends SiteStoreError {
  override name = "SiteStoreConflictError";
  readonly code = "conflict";
  constructor(readonly siteId: string) {
    super(`Site ${siteId} already has a document in the site store`);
  }
}

/** A write based on a version that is no longer current; nothing was written. */
export class SiteStoreStaleVersionError extends SiteStoreError {
  override name = "SiteStoreStaleVersionError";
  readonly code = "stale_version";
  constructor(
    readonly siteId: string,
    readonly expectedVersion: number,
    /** What the store held when the write was refused (it may have moved on since). */
    readonly currentVersion: number,
    /** Set when the document was deleted and created again since it was read. */
    recreated = false,
  ) {
    super(
      recreated
        ? `Site ${siteId}'s document was deleted and created again since it was read. Reload it and apply the change again.`
        : `Site ${siteId}'s document is at version ${currentVersion}, not ${expectedVersion}: someone else saved it first. Reload it and apply the change again.`,
    );
  }
}

/** Input the store will not keep: the message says what is wrong and where. */
export class SiteStoreInvalidInputError extends SiteStoreError {
  override name = "SiteStoreInvalidInputError";
  readonly code = "invalid_input";
}
