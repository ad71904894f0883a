import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { audit } from "../../audit.ts";
import { hashPassword } from "../../auth/passwords.ts";
import { createSession, setSessionCookie } from "../../auth/sessions.ts";
import { Prisma } from "../../db/client.ts";
import type { Context } from "../../trpc.ts";
import { publicUser } from "./account.ts";
import type { ZRegisterInput } from "./schemas.ts";

export async function registerHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.infer<typeof ZRegisterInput>;
}) {
  const { deps } = ctx;
  const passwordHash = await hashPassword(input.password);
  let user;
  try {
    user = await deps.db.prisma.user.create({
      data: { email: input.email, name: input.name, passwordHash },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new TRPCError({
        code: "CONFLICT",
        message: "An account with this email already exists. Log in instead.",
      });
    }
    throw error;
  }
  const session = await createSession(deps, user.id, {
    userAgent: ctx.req.headers["user-agent"],
    ip: ctx.ip,
  });
  setSessionCookie(ctx.res, deps, session.token, session.expiresAt);
  await audit(deps, { action: "user.registered", actorId: user.id, target: user.id, ip: ctx.ip });
  return { user: publicUser(user) };
}
