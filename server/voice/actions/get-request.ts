import type { voiceContract } from '../../../domain/contract/voice';
import type { OrganizerRequestDetail } from '../../../domain/contract/voice-model';
import type { MemberCtx } from '../../lib/context';
import type { Handler } from '../../lib/dispatch';
import { organizersOver } from '../repos/people';
import type { OrganizerDoc } from '../repos/requests';
import { findUnitSettings } from '../repos/settings';
import { settle } from '../settle';
import { loadManaged } from '../step';
import { toOrganizerDetail } from '../views';
import { ownUnitName } from '../../member/snapshot';

/** The organizer's view of a request, with their union's reply templates and who may take it over. */
export async function organizerView(doc: OrganizerDoc, ctx: MemberCtx): Promise<OrganizerRequestDetail> {
  const [settings, people] = await Promise.all([findUnitSettings(ctx.member.unitId), organizersOver(doc.unitPath)]);
  return toOrganizerDetail(doc, ctx.now, {
    templates: (settings?.templates ?? []).map((t) => ({ id: t.id, title: t.title, text: t.text })),
    colleagues: people
      .filter((p) => p._id !== ctx.member._id)
      .map((p) => ({ id: p._id, name: p.name, unitName: ownUnitName(p) ?? '' })),
  });
}

/** Member + request + templates + colleagues: 4 requests (more only when it escalates as read). */
export const getRequest: Handler<typeof voiceContract.getRequest> = async ({ id }, ctx) => {
  const doc = await settle(await loadManaged(id, ctx), ctx.now);
  return organizerView(doc, ctx);
};
