import type { z } from "zod";
import { audit } from "../../audit.ts";
import { hashPassword } from "../../auth/passwords.ts";
import { mailTakenAddressNotice, standInAccount, standInAddress } from "../../auth/registration.ts";
import { createSession, newSessionExpiry, setSessionCookie } from "../../auth/sessions.ts";
import { newToken } from "../../auth/tokens.ts";
import { Prisma } from "../../db/client.ts";
import type { Context } from "../../trpc.ts";
import { publicUser } from "./account.ts";
import type { ZRegisterInput } from "./auth.schema.ts";

export async function registerHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.infer<typeof ZRegisterInput>;
}) {
  const { deps } = ctx;
  const passwordHash = await hashPassword(input.password);
  const meta = { userAgent: ctx.req.headers["user-agent"], ip: ctx.ip };
  let created;
  try {
    created = await deps.db.prisma.$transaction(async (tx) => {
      const taken = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true },
      });
      // A taken address does the same work as a new account (the rows under a made-up address),
      // then rolls it back: how long the answer takes does not tell whether the address is taken.
      const email = taken ? standInAddress() : input.email;
      const user = await tx.user.create({
        data: { email, name: input.name, passwordHash, locale: input.locale ?? null },
      });
      const session = await createSession(deps, user.id, meta, tx);
      await audit(
        deps,
        { action: "user.registered", actorId: user.id, target: user.id, ip: ctx.ip },
        tx,
      );
      if (taken) throw new AddressTaken();
      return { user, session };
    });
  } catch (error) {
    const taken =
      error instanceof AddressTaken ||
      // Registered by someone else between the look-up and the insert.
      (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002");
    if (!taken) throw error;
    created = null;
  }
  if (!created) {
    // Answered exactly like a new account (status, shape, a cookie), so registering cannot tell
    // whether the address is taken. The cookie opens nothing; the owner is mailed instead.
    deps.background.run(
      "taken address notice",
      () => mailTakenAddressNotice(deps, input.email, ctx.ip),
      ctx.res,
    );
    setSessionCookie(ctx.res, deps, newToken(), newSessionExpiry(deps));
    return { user: publicUser(standInAccount(input, deps.now())) };
  }
  setSessionCookie(ctx.res, deps, created.session.token, created.session.expiresAt);
  return { user: publicUser(created.user) };
}

/** Rolls back the stand-in rows of a registration with a taken address. */
class AddressTaken extends Error {
  constructor() {
    super("address taken");
  }
}
