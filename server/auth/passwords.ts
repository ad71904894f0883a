import { readFileSync } from "node:fs";
import { hash, verify } from "@node-rs/argon2";
import { said, type Said } from "../errors.ts";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane).
// `algorithm: 2` is Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

const COMMON_PASSWORDS = new Set(
  readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#")),
);

/** Returns why a password is refused (its sentence id, for the app to word), or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): Said | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return said("app.error.passwordTooShort", `Use at least ${MIN_PASSWORD_LENGTH} characters.`, {
      minimum: MIN_PASSWORD_LENGTH,
    });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return said("app.error.passwordTooLong", `Use at most ${MAX_PASSWORD_LENGTH} characters.`, {
      maximum: MAX_PASSWORD_LENGTH,
    });
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    return said(
      "app.error.passwordCommon",
      "This password is one of the most common ones and easy to guess. Choose another.",
    );
  }
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return said("app.error.passwordIsEmail", "Your password cannot be your email address.");
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verified when the email is unknown, so that answer takes as long as a wrong password.
const decoyHash = hash("decoy password that matches nothing", ARGON2_OPTIONS);

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? (await decoyHash), password);
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}
