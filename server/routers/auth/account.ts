import type { SessionUser } from "../../auth/sessions.ts";

export type PublicUser = { id: string; email: string; name: string; createdAt: string };

export function publicUser(user: SessionUser): PublicUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    createdAt: user.createdAt.toISOString(),
  };
}
