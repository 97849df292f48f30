/**
 * "A new survey for you": in-app message and, where the member has quota, a subscription message,
 * to every aimed member. A large audience takes more than one call: each call works for a bounded
 * time and leaves a cursor; the sweep carries on. notify() is idempotent per survey and member.
 */
import { chinaTime } from '../../../domain/rules/china-time';
import { collection, command } from '../../lib/collection';
import { notify } from '../../lib/notify';
import { rows } from '../../lib/results';
import { listNotifying, updateSurvey, type SurveyDoc } from './repos';
import { messagePage } from '../../../domain/routes';

const PAGE = 100;
const BUDGET_MS = 1500;

async function audiencePage(s: SurveyDoc, after: string): Promise<string[]> {
  const _ = command();
  const where = { status: 'verified', unitPath: _.in(s.audienceUnits), role: _.in(s.audienceRoles), _id: _.gt(after) };
  return rows<{ _id: string }>(
    await collection('members').where(where).orderBy('_id', 'asc').limit(PAGE).field({ _id: true }).get(),
  ).map((m) => m._id);
}

/** Works through the audience until done or out of time; returns the members told by this call. */
export async function tellAudience(s: SurveyDoc, startedAt = Date.now()): Promise<number> {
  let cursor = s.notifyCursor ?? '';
  let told = 0;
  for (;;) {
    const ids = await audiencePage(s, cursor);
    await Promise.all(
      ids.map((openid) =>
        notify({
          openid,
          kind: 'survey',
          title: '问卷调研邀请',
          body: `${s.ownerUnitName}邀请您参加问卷调研“${s.title}”，${chinaTime(new Date(s.closesAt).getTime())}截止。${s.anonymous ? '本问卷匿名填写。' : ''}`,
          page: messagePage('voiceSurvey', { id: s._id }),
          fields: [s.title, s.ownerUnitName, chinaTime(new Date(s.closesAt).getTime())],
          dedupeKey: `sv_${s._id}_${openid}`,
        }),
      ),
    );
    told += ids.length;
    if (ids.length < PAGE) {
      await updateSurvey(s._id, { notifyState: 'done', notifyCursor: ids[ids.length - 1] ?? cursor });
      return told;
    }
    cursor = ids[ids.length - 1];
    if (Date.now() - startedAt > BUDGET_MS) {
      await updateSurvey(s._id, { notifyCursor: cursor });
      return told;
    }
  }
}

/** The sweep's part: surveys whose audience is not fully told yet. */
export async function continueSurveyNotices(now: Date): Promise<number> {
  const pending = await listNotifying(5);
  for (const s of pending) if (new Date(s.closesAt) > now) await tellAudience(s);
  return pending.length;
}
