import { z } from "zod";
import { APP_LANGUAGES } from "../../../domain/app-languages.ts";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "../../auth/passwords.ts";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email("Enter a valid email address."));

export const ZName = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(80, "Use at most 80 characters.");

/** A new password, checked against the policy (length, common passwords). */
export const ZNewPassword = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem)
    ctx.addIssue({ code: "custom", message: problem.english, params: { said: problem } });
});

/** A password being checked, not set: only bounded, so no policy leaks through login errors. */
export const ZPassword = z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH);

/** The app's language an account speaks; null follows the browser. */
export const ZLocale = z.enum(APP_LANGUAGES);

export const ZRegisterInput = z
  .object({
    email: ZEmail,
    password: ZNewPassword,
    name: ZName,
    // The browser's language at sign-up, when the app speaks it.
    locale: ZLocale.nullish(),
  })
  .superRefine((input, ctx) => {
    const problem = passwordProblem(input.password, input.email);
    if (problem?.id === "app.error.passwordIsEmail") {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: problem.english,
        params: { said: problem },
      });
    }
  });

export const ZLoginInput = z.object({ email: ZEmail, password: ZPassword });

export const ZChangePasswordInput = z.object({
  currentPassword: ZPassword,
  newPassword: ZNewPassword,
});

export const ZRequestPasswordResetInput = z.object({ email: ZEmail });

export const ZCompletePasswordResetInput = z.object({
  token: z.string().min(20).max(200),
  newPassword: ZNewPassword,
});

export const ZSetLocaleInput = z.object({ locale: ZLocale.nullable() });

export const ZDeleteAccountInput = z.object({ password: ZPassword });
