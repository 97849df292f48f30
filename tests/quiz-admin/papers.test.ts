/**
 * The paper editor: drafts members never see, a preview that draws a sample, publish, close, and
 * the rule that a started paper keeps its marking (CONFLICT) while its title and close time may
 * still change. Organizers aim only within their own subtree.
 */
import { cloudForFile } from '../support/cloud';
import { PERSONAS } from '../../demo/union';
import type { PaperInput } from '../../domain/contract/quiz';
import { DAY } from '../support/time';
import { storedQuestions } from '../quiz/support';
import { codeOf } from '../support/outcome';

const ORGANIZER = PERSONAS.organizer.openid;
const WORKER = PERSONAS.worker.openid;

const cloud = cloudForFile();

const setup = (over: Partial<PaperInput> = {}): PaperInput => {
  const now = Date.now();
  return {
    title: '采油一大队安全生产知识测试',
    description: '大队组织',
    audienceUnits: ['u-grass-1'],
    audienceRoles: ['worker', 'cadre'],
    draw: {
      mode: 'random',
      quotas: [
        { category: '法律法规', type: 'single', count: 4 },
        { category: '法律法规', type: 'judge', count: 2, difficulty: 2 },
      ],
    },
    shuffleQuestions: true,
    shuffleOptions: true,
    points: { single: 10, multiple: 20, judge: 5 },
    partialCredit: false,
    passScore: 30,
    timeLimitMinutes: 15,
    opensAt: now - 60_000,
    closesAt: now + 3 * DAY,
    maxAttemptsTotal: 2,
    maxAttemptsPerDay: 1,
    counts: 'best',
    ...over,
  };
};

const memberSees = async (paperId: string) =>
  (await cloud.ok(WORKER, 'quiz', 'listPapers', {})).items.some((p) => p.id === paperId);

describe('drafts, preview, publish', () => {
  let paperId: string;

  it('the editor offers my subtree’s units and what the bank can fill', async () => {
    const data = await cloud.ok(ORGANIZER, 'quizAdmin', 'getEditor', {});
    expect(data.paper).toBeNull();
    expect(data.units.map((u) => u.id).sort()).toEqual(['u-brigade-1', 'u-grass-1', 'u-grass-2']);
    const singles = data.bank
      .filter((b) => b.category === '法律法规' && b.type === 'single')
      .reduce((n, b) => n + b.count, 0);
    expect(singles).toBe(
      (await storedQuestions(cloud, { category: '法律法规', type: 'single', status: 'active' })).length,
    );
  });

  it('a new paper is a draft: saved with every setting, invisible to members', async () => {
    const saved = await cloud.ok(ORGANIZER, 'quizAdmin', 'savePaper', { paper: setup(), withCertificate: true });
    paperId = saved.id;
    expect(saved).toMatchObject({
      status: 'draft',
      questionCount: 6,
      maxScore: 50,
      passScore: 30,
      withCertificate: true,
      locked: false,
      editable: true,
      audienceNames: ['采油一队工会'],
    });
    expect(saved.setup).toMatchObject({ ...setup(), opensAt: expect.any(Number), closesAt: expect.any(Number) });
    expect(await memberSees(paperId)).toBe(false);
    expect(await codeOf(cloud.call(WORKER, 'quiz', 'getPaper', { paperId }))).toBe('NOT_FOUND');
    expect((await cloud.ok(ORGANIZER, 'quizAdmin', 'getEditor', { paperId })).paper?.setup.maxAttemptsPerDay).toBe(1);
  });

  it('the preview draws a sample paper by the quotas, with its key, and writes nothing', async () => {
    const papers = cloud.dump('quiz_papers').length;
    const preview = await cloud.ok(ORGANIZER, 'quizAdmin', 'previewPaper', { paper: setup() });
    expect(preview).toMatchObject({
      questionCount: 6,
      maxScore: 50,
      countsByType: { single: 4, multiple: 0, judge: 2 },
    });
    expect(preview.questions).toHaveLength(6);
    expect(preview.questions.filter((q) => q.type === 'judge').every((q) => q.difficulty === 2 && q.points === 5)).toBe(
      true,
    );
    const byId = new Map((await storedQuestions(cloud, {})).map((q) => [q._id, q]));
    for (const q of preview.questions) {
      const original = byId.get(q.questionId)!;
      expect(q.answer.map((i) => q.options[i]).sort()).toEqual(original.answer.map((i) => original.options[i]).sort());
      expect(q.explanation).toBe(original.explanation);
    }
    expect(cloud.dump('quiz_papers')).toHaveLength(papers);
  });

  it('publishing opens it to its audience only', async () => {
    const published = await cloud.ok(ORGANIZER, 'quizAdmin', 'publishPaper', { paperId });
    expect(published.status).toBe('published');
    expect(await memberSees(paperId)).toBe(true);
    expect(
      (await cloud.ok(PERSONAS.worker2.openid, 'quiz', 'listPapers', {})).items.some((p) => p.id === paperId),
    ).toBe(false);
    expect((await cloud.ok(ORGANIZER, 'quizAdmin', 'listPapers', {})).items[0]).toMatchObject({
      id: paperId,
      status: 'published',
      window: 'open',
      takenMembers: 0,
    });
  });

  it('before anyone starts, every setting may still change', async () => {
    const edited = await cloud.ok(ORGANIZER, 'quizAdmin', 'savePaper', {
      paperId,
      paper: setup({ passScore: 40, points: { single: 10, multiple: 20, judge: 10 } }),
      withCertificate: true,
    });
    expect(edited).toMatchObject({ status: 'published', passScore: 40, maxScore: 60 });
  });

  it('once someone has started, marking is locked (CONFLICT) but title, description and close time may change', async () => {
    const live = await cloud.ok(WORKER, 'quiz', 'start', { paperId });
    await cloud.ok(WORKER, 'quiz', 'submit', { attemptId: live.attemptId });
    // The page edits what the editor loaded.
    const base = (await cloud.ok(ORGANIZER, 'quizAdmin', 'getEditor', { paperId })).paper!.setup;
    expect(base).toMatchObject({ passScore: 40, points: { single: 10, multiple: 20, judge: 10 } });

    const pass = await cloud.call(ORGANIZER, 'quizAdmin', 'savePaper', {
      paperId,
      paper: { ...base, passScore: 20 },
      withCertificate: true,
    });
    expect(pass.ok ? 'ok' : pass.error).toEqual({
      code: 'CONFLICT',
      message: '已有人参加考试，不能再修改及格分（会改变评分）；标题、说明、截止时间和证书设置仍可修改',
    });
    const draw = await cloud.call(ORGANIZER, 'quizAdmin', 'savePaper', {
      paperId,
      paper: {
        ...base,
        draw: { mode: 'random', quotas: [{ category: '法律法规', type: 'single', count: 5 }] },
        partialCredit: true,
      },
      withCertificate: true,
    });
    expect(draw.ok ? 'ok' : draw.error.message).toMatch(/^已有人参加考试，不能再修改抽题规则、多选题少选得分/);

    const closesAt = Date.now() + 5 * DAY;
    const renamed = await cloud.ok(ORGANIZER, 'quizAdmin', 'savePaper', {
      paperId,
      paper: { ...base, title: '改过的标题', description: '新的说明', closesAt },
      withCertificate: false,
    });
    expect(renamed).toMatchObject({
      title: '改过的标题',
      description: '新的说明',
      closesAt,
      withCertificate: false,
      locked: true,
      takenMembers: 1,
      passScore: 40,
    });
    const stored = cloud
      .dump<{ _id: string; title: string; passScore: number; pool: unknown[] }>('quiz_papers')
      .find((p) => p._id === paperId)!;
    expect(stored).toMatchObject({ title: '改过的标题', passScore: 40 });
    expect((await cloud.ok(WORKER, 'quiz', 'getPaper', { paperId })).title).toBe('改过的标题');
  });

  it('closing ends it now: no new attempts, results still there', async () => {
    const closed = await cloud.ok(ORGANIZER, 'quizAdmin', 'closePaper', { paperId });
    expect(closed.window).toBe('closed');
    expect(await codeOf(cloud.call(PERSONAS.cadre.openid, 'quiz', 'start', { paperId }))).toBe('CLOSED');
    expect((await cloud.ok(ORGANIZER, 'quizAdmin', 'getPaperResults', { paperId })).summary.taken).toBe(1);
    // Closing again changes nothing.
    expect((await cloud.ok(ORGANIZER, 'quizAdmin', 'closePaper', { paperId })).closesAt).toBe(closed.closesAt);
  });

  it('closing a paper that has not opened yet withdraws it', async () => {
    const later = await cloud.ok(ORGANIZER, 'quizAdmin', 'savePaper', {
      paper: setup({ opensAt: Date.now() + DAY, closesAt: Date.now() + 2 * DAY }),
    });
    await cloud.ok(ORGANIZER, 'quizAdmin', 'publishPaper', { paperId: later.id });
    expect(await memberSees(later.id)).toBe(true);
    expect((await cloud.ok(ORGANIZER, 'quizAdmin', 'closePaper', { paperId: later.id })).status).toBe('withdrawn');
    expect(await memberSees(later.id)).toBe(false);
  });
});

describe('what the editor refuses', () => {
  it('aiming outside my subtree is FORBIDDEN; another brigade’s paper is NOT_FOUND', async () => {
    expect(
      await codeOf(cloud.call(ORGANIZER, 'quizAdmin', 'savePaper', { paper: setup({ audienceUnits: ['u-grass-3'] }) })),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(cloud.call(ORGANIZER, 'quizAdmin', 'savePaper', { paper: setup({ audienceUnits: ['u-branch'] }) })),
    ).toBe('FORBIDDEN');
    const mine = await cloud.ok(ORGANIZER, 'quizAdmin', 'savePaper', { paper: setup() });
    for (const action of ['publishPaper', 'closePaper', 'getEditor'] as const) {
      expect(await codeOf(cloud.call(PERSONAS.organizer2.openid, 'quizAdmin', action, { paperId: mine.id }))).toBe(
        'NOT_FOUND',
      );
    }
    expect(
      await codeOf(
        cloud.call(PERSONAS.organizer2.openid, 'quizAdmin', 'savePaper', { paperId: mine.id, paper: setup() }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(cloud.call(PERSONAS.organizer2.openid, 'quizAdmin', 'getPaperResults', { paperId: mine.id })),
    ).toBe('NOT_FOUND');
  });

  it('quotas the bank cannot fill, a pass mark above the total, a close time passed: BAD_REQUEST, nothing written', async () => {
    const before = cloud.dump('quiz_papers').length;
    const short = await cloud.call(ORGANIZER, 'quizAdmin', 'savePaper', {
      paper: setup({ draw: { mode: 'random', quotas: [{ category: '心理疏导', type: 'multiple', count: 150 }] } }),
    });
    expect(short.ok ? [] : short.error.issues?.map((i) => i.message)).toEqual([
      expect.stringMatching(/^心理疏导多选题只有\d+题，需要150题$/),
    ]);
    expect(await codeOf(cloud.call(ORGANIZER, 'quizAdmin', 'savePaper', { paper: setup({ passScore: 500 }) }))).toBe(
      'BAD_REQUEST',
    );
    expect(
      await codeOf(
        cloud.call(ORGANIZER, 'quizAdmin', 'savePaper', {
          paper: setup({ opensAt: Date.now() - 2 * DAY, closesAt: Date.now() - DAY }),
        }),
      ),
    ).toBe('BAD_REQUEST');
    expect(await codeOf(cloud.call(ORGANIZER, 'quizAdmin', 'previewPaper', { paper: setup({ passScore: 500 }) }))).toBe(
      'BAD_REQUEST',
    );
    expect(cloud.dump('quiz_papers')).toHaveLength(before);
  });

  it('a fixed list keeps its questions, in order, in the editor', async () => {
    const ids = (await storedQuestions(cloud, { type: 'single', ownerUnitId: 'u-branch' }))
      .slice(0, 3)
      .map((q) => q._id)
      .reverse();
    const saved = await cloud.ok(ORGANIZER, 'quizAdmin', 'savePaper', {
      paper: setup({ draw: { mode: 'fixed', questionIds: ids } }),
    });
    const data = await cloud.ok(ORGANIZER, 'quizAdmin', 'getEditor', { paperId: saved.id });
    expect(data.paper?.fixedQuestions.map((q) => q.id)).toEqual(ids);
    expect(data.paper?.questionCount).toBe(3);
  });
});
