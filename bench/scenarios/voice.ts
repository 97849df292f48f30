/**
 * A typical call of every voice action: a worker starts and sends a request (anonymous) and lists
 * theirs; the grassroots organizer reads the queue, accepts, hands it on, answers from a template; the
 * worker reads and rates it; a duplicate is merged and a suggestion adopted; dashboard and settings;
 * the sweep and an image verdict as the system; and a survey from build to results.
 */
import { PERSONAS, demoMembers } from '../../demo/union';
import { VOICE_PERSONAS } from '../../demo/seed-voice';
import type { Scenario } from './kit';

const { admin, organizer, worker } = PERSONAS;
const ORG = VOICE_PERSONAS[0].openid;
const DAY = 86_400_000;

export const scenario: Scenario = async ({ cloud, measure }) => {
  const input = (text: string, kind: 'appeal' | 'suggestion' = 'appeal') => ({
    kind,
    category: '食堂后勤',
    text,
    images: [],
    anonymous: true,
  });
  // Twice each: the first call of an instance also reads the voice key (once per cold start).
  for (const text of ['夜班食堂能否保留热饭窗口？', '建议休息室配微波炉。']) {
    const d = await measure(worker.openid, 'voice', 'getDraft', {});
    await measure(worker.openid, 'voice', 'submit', {
      clientId: d.clientId,
      ...input(text, text.startsWith('建议') ? 'suggestion' : 'appeal'),
    });
  }
  const mine = await measure(worker.openid, 'voice', 'listMine', { page: 1 });
  await measure(worker.openid, 'voice', 'listMine', { page: 1 });
  const [suggestion, appeal] = mine.items;
  await measure(ORG, 'voice', 'listQueue', { filter: 'open', page: 1 });
  await measure(ORG, 'voice', 'listQueue', { filter: 'open', page: 1 });
  await measure(ORG, 'voice', 'getRequest', { id: appeal.id });
  await measure(ORG, 'voice', 'accept', { id: appeal.id });
  await measure(ORG, 'voice', 'assign', { id: appeal.id, to: organizer.openid });
  const s = await measure(ORG, 'voice', 'saveTemplate', { title: '已协调', text: '已与食堂协调，下周起执行。' });
  await measure(ORG, 'voice', 'getSettings', {});
  await measure(ORG, 'voice', 'saveSettings', { promiseDays: 3 });
  await measure(organizer.openid, 'voice', 'reply', { id: appeal.id, text: s.templates[s.templates.length - 1].text });
  await measure(ORG, 'voice', 'removeTemplate', { id: s.templates[s.templates.length - 1].id });
  await measure(worker.openid, 'voice', 'getMine', { id: appeal.id });
  await measure(worker.openid, 'voice', 'addNote', { id: appeal.id, text: '补充：二号井夜班。' });
  await measure(worker.openid, 'voice', 'rate', { id: appeal.id, rating: 'unsatisfied' });
  await measure(worker.openid, 'voice', 'reopen', { id: appeal.id, reason: '还没有执行' });
  await measure(ORG, 'voice', 'adopt', { id: suggestion.id });
  const d = await cloud.ok(PERSONAS.cadre.openid, 'voice', 'getDraft', {});
  const dup = await cloud.ok(PERSONAS.cadre.openid, 'voice', 'submit', {
    clientId: d.clientId,
    ...input('休息室能不能有微波炉？', 'suggestion'),
  });
  await measure(ORG, 'voice', 'merge', { id: dup.id, into: suggestion.id });
  await measure(ORG, 'voice', 'close', { id: appeal.id, reason: '已执行' });
  await measure(ORG, 'voice', 'getDashboard', {});
  await measure(admin.openid, 'voice', 'getCalendar', {});
  await measure(admin.openid, 'voice', 'saveCalendar', { holidays: ['2027-01-01'], workdays: [] });
  await measure('', 'voice', 'sweep', {});
  await measure('', 'voice', 'recordMediaVerdict', { traceId: 'no-such-trace', suggest: 'pass', label: 100 });

  const { id } = await measure(organizer.openid, 'voice', 'saveSurvey', {
    title: '食堂满意度',
    anonymous: true,
    closesAt: Date.now() + 7 * DAY,
    audience: { units: ['u-grass-1'], roles: [] },
    questions: [
      { id: 'q1', type: 'rating', stem: '总体满意度', options: [] },
      { id: 'q2', type: 'text', stem: '建议', options: [], required: false },
    ],
  });
  await measure(organizer.openid, 'voice', 'getSurveyEditor', { id });
  await measure(organizer.openid, 'voice', 'publishSurvey', { id });
  await measure(worker.openid, 'voice', 'listSurveys', {});
  await measure(worker.openid, 'voice', 'getSurvey', { id });
  await measure(worker.openid, 'voice', 'answerSurvey', { id, answers: [{ q: 'q1', rating: 4 }] });
  for (const m of demoMembers()
    .filter((x) => x.unitId === 'u-grass-1')
    .slice(0, 5))
    await cloud.ok(m.openid, 'voice', 'answerSurvey', { id, answers: [{ q: 'q1', rating: 5 }] });
  await measure(organizer.openid, 'voice', 'listManagedSurveys', { page: 1, pageSize: 20 });
  await measure(organizer.openid, 'voice', 'getSurveyResults', { id, level: 3 });
  await measure(organizer.openid, 'voice', 'closeSurvey', { id });
};
