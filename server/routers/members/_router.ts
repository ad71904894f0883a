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
} from "./members.schema.ts";

export const membersRouter = router({
  list: siteProcedure("members.list").query(listMembersHandler),
  invite: siteProcedure("members.invite").input(ZInviteInput).mutation(inviteHandler),
  listInvitations: siteProcedure("members.listInvitations").query(listInvitationsHandler),
  revokeInvitation: siteProcedure("members.revokeInvitation")
    .input(ZInvitationRef)
    .mutation(revokeInvitationHandler),
  acceptInvitation: authedProcedure.input(ZAcceptInvitationInput).mutation(acceptInvitationHandler),
  changeRole: siteProcedure("members.changeRole")
    .input(ZChangeRoleInput)
    .mutation(changeRoleHandler),
  remove: siteProcedure("members.remove").input(ZUserRef).mutation(removeMemberHandler),
  leave: siteProcedure("members.leave").mutation(leaveSiteHandler),
});
