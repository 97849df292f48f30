/**
 * Surveys: an organizer builds one (single, multiple, rating, short text), aims it at units and
 * roles, publishes it (the audience is told); members answer once; results by unit, where anonymous
 * surveys show no group under 5 answers (and no group that subtraction would give away); Excel export.
 */
import ExcelJS from 'exceljs';
import { demoMembers, PERSONAS } from '../../demo/union';
import { cloudForFile } from '../support/cloud';
import { storedMessages } from './support';
import { ADMIN, CADRE, ORGANIZER, ORGANIZER2, WORKER, WORKER2 } from '../support/personas';
import { expectError } from '../support/outcome';
import { HOUR } from '../support/time';

const cloud = cloudForFile();

const QUESTIONS = [
  { id: 'q1', type: 'single', stem: '您所在班组是否实行四班三倒？', options: ['是', '否'] },
  { id: 'q2', type: 'multiple', stem: '您最关心哪些福利？', options: ['体检', '疗休养', '子女助学'] },
  { id: 'q3', type: 'rating', stem: '对工会工作的满意度', options: [] },
  { id: 'q4', type: 'text', stem: '其他建议', options: [], required: false },
] as const;

async function newSurvey(openid: string, over: Record<string, unknown> = {}): Promise<string> {
  const input = {
    title: '职工福利需求调研',
    anonymous: true,
    closesAt: Date.now() + 48 * HOUR,
    audience: { units: ['u-brigade-1'], roles: [] },
    questions: QUESTIONS,
    ...over,
  };
  const { id } = await cloud.ok(openid, 'voice', 'saveSurvey', input as never);
  return id;
}

const sheet = (i: number) => [
  { q: 'q1', choices: [i % 2] },
  { q: 'q2', choices: [0, 2] },
  { q: 'q3', rating: 3 + (i % 3) },
  { q: 'q4', text: `建议${i}` },
];

const grass = (unitId: string) => demoMembers().filter((m) => m.unitId === unitId);

describe('building and publishing', () => {
  it('refuses a survey aimed outside my subtree, and a broken one', async () => {
    expectError(
      await cloud.call(ORGANIZER, 'voice', 'saveSurvey', {
        title: '越权',
        anonymous: true,
        closesAt: Date.now() + HOUR,
        audience: { units: ['u-brigade-2'] },
        questions: QUESTIONS,
      } as never),
      'FORBIDDEN',
    );
    expectError(
      await cloud.call(ORGANIZER, 'voice', 'saveSurvey', {
        title: '单选一个选项',
        anonymous: true,
        closesAt: Date.now() + HOUR,
        audience: { units: ['u-brigade-1'] },
        questions: [{ id: 'q1', type: 'single', stem: '?', options: ['只有一个'] }],
      } as never),
      'BAD_REQUEST',
    );
  });

  it('a draft is seen by nobody; publishing opens it to its audience, who are told', async () => {
    const id = await newSurvey(ORGANIZER, { audience: { units: ['u-grass-2'], roles: ['worker'] } });
    expectError(await cloud.call(WORKER2, 'voice', 'getSurvey', { id }), 'NOT_FOUND');
    const pub = await cloud.ok(ORGANIZER, 'voice', 'publishSurvey', { id });
    expect(pub.notified).toBeGreaterThan(1);
    expect(storedMessages(cloud, WORKER2).some((m) => m.kind === 'survey' && m.body.includes('职工福利需求调研'))).toBe(
      true,
    );
    expect((await cloud.ok(WORKER2, 'voice', 'listSurveys', {})).items.map((s) => s.id)).toContain(id);
    // Outside the units or the roles: not there at all.
    expectError(await cloud.call(WORKER, 'voice', 'getSurvey', { id }), 'NOT_FOUND');
    expect((await cloud.ok(WORKER, 'voice', 'listSurveys', {})).items.map((s) => s.id)).not.toContain(id);
    expectError(await cloud.call(ORGANIZER2, 'voice', 'getSurveyResults', { id }), 'NOT_FOUND');
    expectError(
      await cloud.call(ORGANIZER, 'voice', 'saveSurvey', {
        id,
        title: '改',
        anonymous: true,
        closesAt: Date.now() + HOUR,
        audience: { units: ['u-grass-2'] },
        questions: QUESTIONS,
      } as never),
      'CLOSED',
    );
  });
});

describe('answering once and anonymous results', () => {
  let id: string;

  beforeAll(async () => {
    id = await newSurvey(ORGANIZER);
    await cloud.ok(ORGANIZER, 'voice', 'publishSurvey', { id });
  });

  it('a member answers once; a second answer is refused and nothing changes', async () => {
    await cloud.ok(WORKER, 'voice', 'answerSurvey', { id, answers: sheet(0) });
    expectError(await cloud.call(WORKER, 'voice', 'answerSurvey', { id, answers: sheet(1) }), 'CONFLICT');
    expectError(
      await cloud.call(CADRE, 'voice', 'answerSurvey', { id, answers: [{ q: 'q1', choices: [0, 1] }] }),
      'BAD_REQUEST',
    );
    const mine = await cloud.ok(WORKER, 'voice', 'getSurvey', { id });
    expect(mine.answered).toBe(true);
    const stored = cloud
      .dump<{ surveyId: string; name?: string; answeredAt?: unknown }>('survey_answers')
      .filter((a) => a.surveyId === id);
    expect(stored).toHaveLength(1);
    // An anonymous sheet names nobody and keeps no time.
    expect(stored[0].name).toBeUndefined();
    expect(stored[0].answeredAt).toBeUndefined();
    expect(JSON.stringify(stored)).not.toContain(WORKER);
  });

  it('shows nothing while fewer than 5 have answered', async () => {
    const r = await cloud.ok(ORGANIZER, 'voice', 'getSurveyResults', { id });
    expect(r.total).toBe(1);
    expect(r.questions.every((q) => q.result === null)).toBe(true);
    expect(r.units.every((u) => u.questions === null)).toBe(true);
  });

  it('with 7 and 5 answers both unions are broken down; short texts only overall', async () => {
    // 采油一队: the worker + 6 more = 7; 采油二队: 5.
    for (const [i, m] of grass('u-grass-1').slice(0, 6).entries())
      await cloud.ok(m.openid, 'voice', 'answerSurvey', { id, answers: sheet(i) });
    for (const [i, m] of grass('u-grass-2').slice(0, 5).entries())
      await cloud.ok(m.openid, 'voice', 'answerSurvey', { id, answers: sheet(i) });
    const r = await cloud.ok(ORGANIZER, 'voice', 'getSurveyResults', { id });
    expect(r.units.map((u) => [u.name, u.answers, u.suppressed])).toEqual([
      ['采油一队工会', 7, false],
      ['采油二队工会', 5, false],
    ]);
    expect(r.questions[0].result?.counts.reduce((a, b) => a + b)).toBe(12);
    expect(r.questions[2].result?.average).not.toBeNull();
    expect(r.questions[3].result?.texts).toHaveLength(12);
    expect(r.units[0].questions?.[3].texts).toEqual([]);
  });

  it('a closed survey takes no answers', async () => {
    await cloud.ok(ORGANIZER, 'voice', 'closeSurvey', { id });
    const late = grass('u-grass-1')[8];
    expectError(await cloud.call(late.openid, 'voice', 'answerSurvey', { id, answers: sheet(0) }), 'CLOSED');
  });
});

describe('small groups across the branch, and named surveys', () => {
  it('an anonymous branch survey with a unit of 2 hides it and the next smallest unit', async () => {
    const id = await newSurvey(ADMIN, { audience: { units: ['u-branch'], roles: [] } });
    await cloud.ok(ADMIN, 'voice', 'publishSurvey', { id });
    const answer = async (unitId: string, n: number) => {
      for (const [i, m] of grass(unitId).slice(0, n).entries())
        await cloud.ok(m.openid, 'voice', 'answerSurvey', { id, answers: sheet(i) });
    };
    await answer('u-grass-1', 7);
    await answer('u-grass-2', 6);
    await answer('u-grass-3', 2);
    await answer('u-grass-4', 5);
    const r = await cloud.ok(ADMIN, 'voice', 'getSurveyResults', { id, level: 3 });
    const byName = Object.fromEntries(r.units.map((u) => [u.name, u]));
    expect(byName['修井一队工会']).toMatchObject({ suppressed: true, answers: 0, questions: null });
    // 2 hidden alone would be given away by the total: the next smallest (测试队工会, 5) is hidden too.
    expect(byName['测试队工会'].suppressed).toBe(true);
    expect(byName['采油一队工会']).toMatchObject({ suppressed: false, answers: 7 });
    expect(byName['采油二队工会']).toMatchObject({ suppressed: false, answers: 6 });
    const file = await cloud.ok(ADMIN, 'voiceAdmin', 'exportSurvey', { id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cloud.host.storage.read(file.fileID)! as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '分单位']);
    const unitsSheet = wb.getWorksheet('分单位')!;
    const rows = unitsSheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.find((row) => row?.[1] === '修井一队工会')?.[2]).toBe('不单独显示');
  });

  it('a named survey shows every unit and exports each member’s answers with their name', async () => {
    const id = await newSurvey(ORGANIZER, { anonymous: false, title: '工会小组长推荐' });
    await cloud.ok(ORGANIZER, 'voice', 'publishSurvey', { id });
    await cloud.ok(WORKER, 'voice', 'answerSurvey', { id, answers: sheet(0) });
    await cloud.ok(WORKER2, 'voice', 'answerSurvey', { id, answers: sheet(1) });
    const r = await cloud.ok(ORGANIZER, 'voice', 'getSurveyResults', { id });
    expect(r.units.map((u) => [u.answers, u.suppressed])).toEqual([
      [1, false],
      [1, false],
    ]);
    const file = await cloud.ok(ORGANIZER, 'voiceAdmin', 'exportSurvey', { id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cloud.host.storage.read(file.fileID)! as unknown as ArrayBuffer);
    const people = wb.getWorksheet('答卷明细')!;
    const names = (people.getColumn(1).values as unknown[]).slice(2);
    expect(names.sort()).toEqual([PERSONAS.worker.name, PERSONAS.worker2.name].sort());
  });
});
