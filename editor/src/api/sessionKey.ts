/** The query that holds who is logged in: a `User`, or `null` when nobody is. */
export const SESSION_KEY = ["session"] as const;

/** Why the session ended, when the merchant ended it: the login page says so. */
export const SESSION_END_KEY = ["sessionEnd"] as const;
export type SessionEnd = "loggedOut" | "accountDeleted";
