import { memberContract } from '../../domain/contract/member';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { getMe } from '../../server/member/actions/get-me';
import { getHome } from '../../server/member/actions/get-home';
import { listUnits } from '../../server/member/actions/list-units';
import { register } from '../../server/member/actions/register';
import { disputeNumber } from '../../server/member/actions/dispute-number';
import { listDisputes } from '../../server/member/actions/list-disputes';
import { resolveDispute } from '../../server/member/actions/resolve-dispute';
import { claimAdmin } from '../../server/member/actions/claim-admin';
import { updateProfile } from '../../server/member/actions/update-profile';
import { listMessages } from '../../server/member/actions/list-messages';
import { getUploadPath } from '../../server/member/actions/get-upload-path';
import { readMessage } from '../../server/member/actions/read-message';
import { listPending } from '../../server/member/actions/list-pending';
import { listMembers } from '../../server/member/actions/list-members';
import { getMember } from '../../server/member/actions/get-member';
import { review } from '../../server/member/actions/review';
import { setRole } from '../../server/member/actions/set-role';
import { updateMember } from '../../server/member/actions/update-member';
import { moveMembers } from '../../server/member/actions/move-members';
import { importRoster } from '../../server/member/actions/import-roster';
import { getRosterTemplate } from '../../server/member/actions/get-roster-template';
import { getOrgTree } from '../../server/member/actions/get-org-tree';
import { createUnit } from '../../server/member/actions/create-unit';
import { renameUnit } from '../../server/member/actions/rename-unit';
import { moveUnit } from '../../server/member/actions/move-unit';
import { retireUnit } from '../../server/member/actions/retire-unit';

const handlers = defineActions(memberContract, {
  getMe,
  getHome,
  listUnits,
  register,
  disputeNumber,
  claimAdmin,
  updateProfile,
  getUploadPath,
  listMessages,
  readMessage,
  listPending,
  listDisputes,
  resolveDispute,
  listMembers,
  getMember,
  review,
  setRole,
  updateMember,
  moveMembers,
  importRoster,
  getRosterTemplate,
  getOrgTree,
  createUnit,
  renameUnit,
  moveUnit,
  retireUnit,
});

export const main = createMain('member', memberContract, handlers);
