import { z } from "zod";
import { ZEmail } from "../auth/auth.schema.ts";

export const ZRole = z.enum(["owner", "admin", "editor", "viewer"], {
  error: "A role is owner, admin, editor or viewer.",
});

export const ZInviteInput = z.object({ email: ZEmail, role: ZRole });
export const ZUserRef = z.object({ userId: z.string().uuid("userId must be a user id") });
export const ZChangeRoleInput = ZUserRef.extend({ role: ZRole });
export const ZInvitationRef = z.object({ invitationId: z.string().uuid() });
export const ZAcceptInvitationInput = z.object({ token: z.string().min(20).max(200) });
