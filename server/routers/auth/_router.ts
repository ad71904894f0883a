import { authedProcedure, publicProcedure, router } from "../../trpc.ts";
import { loginHandler } from "./login.handler.ts";
import {
  changePasswordHandler,
  completePasswordResetHandler,
  requestPasswordResetHandler,
} from "./password.handler.ts";
import { registerHandler } from "./register.handler.ts";
import {
  ZChangePasswordInput,
  ZCompletePasswordResetInput,
  ZDeleteAccountInput,
  ZLoginInput,
  ZRegisterInput,
  ZRequestPasswordResetInput,
  ZSetLocaleInput,
} from "./auth.schema.ts";
import {
  deleteAccountHandler,
  logoutHandler,
  meHandler,
  setLocaleHandler,
} from "./session.handler.ts";

export const authRouter = router({
  register: publicProcedure.input(ZRegisterInput).mutation(registerHandler),
  login: publicProcedure.input(ZLoginInput).mutation(loginHandler),
  logout: authedProcedure.mutation(logoutHandler),
  me: authedProcedure.query(meHandler),
  setLocale: authedProcedure.input(ZSetLocaleInput).mutation(setLocaleHandler),
  changePassword: authedProcedure.input(ZChangePasswordInput).mutation(changePasswordHandler),
  requestPasswordReset: publicProcedure
    .input(ZRequestPasswordResetInput)
    .mutation(requestPasswordResetHandler),
  completePasswordReset: publicProcedure
    .input(ZCompletePasswordResetInput)
    .mutation(completePasswordResetHandler),
  deleteAccount: authedProcedure.input(ZDeleteAccountInput).mutation(deleteAccountHandler),
});
