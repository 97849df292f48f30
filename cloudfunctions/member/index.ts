import { memberContract } from '../../domain/contract/member';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { me } from '../../server/member/actions/me';
import { home } from '../../server/member/actions/home';
import { units } from '../../server/member/actions/units';
import { register } from '../../server/member/actions/register';
import { disputeNumber } from '../../server/member/actions/dispute-number';
import { disputes } from '../../server/member/actions/disputes';
import { resolveDispute } from '../../server/member/actions/resolve-dispute';
import { claimAdmin } from '../../server/member/actions/claim-admin';
import { updateProfile } from '../../server/member/actions/update-profile';
import { messages } from '../../server/member/actions/messages';
import { uploadPath } from '../../server/member/actions/upload-path';
import { readMessage } from '../../server/member/actions/read-message';
import { pending } from '../../server/member/actions/pending';
import { members } from '../../server/member/actions/members';
import { member } from '../../server/member/actions/member';
import { review } from '../../server/member/actions/review';
import { setRole } from '../../server/member/actions/set-role';
import { editMember } from '../../server/member/actions/edit-member';
import { moveMembers } from '../../server/member/actions/move-members';
import { importRoster } from '../../server/member/actions/import-roster';
import { rosterTemplate } from '../../server/member/actions/roster-template';
import { orgTree } from '../../server/member/actions/org-tree';
import { createUnit } from '../../server/member/actions/create-unit';
import { renameUnit } from '../../server/member/actions/rename-unit';
import { moveUnit } from '../../server/member/actions/move-unit';
import { retireUnit } from '../../server/member/actions/retire-unit';

const handlers = defineActions(memberContract, {
  me,
  home,
  units,
  register,
  disputeNumber,
  claimAdmin,
  updateProfile,
  uploadPath,
  messages,
  readMessage,
  pending,
  disputes,
  resolveDispute,
  members,
  member,
  review,
  setRole,
  editMember,
  moveMembers,
  importRoster,
  rosterTemplate,
  orgTree,
  createUnit,
  renameUnit,
  moveUnit,
  retireUnit,
});

export const main = createMain('member', memberContract, handlers);
