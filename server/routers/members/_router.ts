import { authedProcedure, router, siteProcedure } from "../../trpc.ts";
import {
  acceptInvitationHandler,
  changeRoleHandler,
  inviteHandler,
  leaveSiteHandler,
  listInvitationsHandler,
  listMembersHandler,
  removeMemberHandler,
  revokeInvitationHandler,
} from "./members.handler.ts";
import {
  ZAcceptInvitationInput,
  ZChangeRoleInput,
  ZInvitationRef,
  ZInviteInput,
  ZUserRef,
} from "./schemas.ts";

export const membersRouter = router({
  list: siteProcedure("viewer").query(listMembersHandler),
  invite: siteProcedure("admin").input(ZInviteInput).mutation(inviteHandler),
  listInvitations: siteProcedure("admin").query(listInvitationsHandler),
  revokeInvitation: siteProcedure("admin").input(ZInvitationRef).mutation(revokeInvitationHandler),
  acceptInvitation: authedProcedure.input(ZAcceptInvitationInput).mutation(acceptInvitationHandler),
  changeRole: siteProcedure("admin").input(ZChangeRoleInput).mutation(changeRoleHandler),
  remove: siteProcedure("admin").input(ZUserRef).mutation(removeMemberHandler),
  leave: siteProcedure("viewer").mutation(leaveSiteHandler),
});
