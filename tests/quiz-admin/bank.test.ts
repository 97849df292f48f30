/**
 * The question bank: list with search and filters, create and edit in my own unit's bank, and
 * retire: a question a submitted paper used is kept (retired), any other is deleted.
 */
import { cloudForFile } from '../support/cloud';
import { PERSONAS } from '../../demo/union';
import type { QuestionContent } from '../../domain/contract/quiz-admin';
import { SHEET_COLUMNS } from '../../domain/rules/question-import';
import { storedQuestions } from '../quiz/support';
import { codeOf } from '../support/outcome';
import { readWorkbook } from '../support/workbook';

const ORGANIZER = PERSONAS.organizer.openid;
const ADMIN = PERSONAS.admin.openid;

const cloud = cloudForFile();

const question = (over: Partial<QuestionContent> = {}): QuestionContent => ({
  type: 'single',
  stem: '采油一大队自编题：班前会应当首先强调什么？',
  options: ['安全', '产量', '考勤'],
  answer: [0],
  explanation: '安全第一。',
  source: '',
  category: '日常业务',
  difficulty: 1,
  tags: ['班组', '安全'],
  ...over,
});

describe('listing', () => {
  it('shows the bank I use, an ancestor’s questions read-only, with filters for what is in it', async () => {
    const all = await storedQuestions(cloud, { status: 'active' });
    const page = await cloud.ok(ORGANIZER, 'quizAdmin', 'listQuestions', { pageSize: 10 });
    expect(page.total).toBe(all.length);
    expect(page.items).toHaveLength(10);
    expect(page.items.every((q) => q.ownerUnitName === '青河油田第一分公司' && q.editable === false)).toBe(true);
    expect(page.categories).toEqual(expect.arrayContaining(['政策理论', '日常业务', '法律法规', '心理疏导']));
    expect(page.tags).toContain('劳动法');
  });

  it('filters by category, type, difficulty and tag, and searches the stem', async () => {
    const all = await storedQuestions(cloud, { status: 'active' });
    const expectCount = async (input: Record<string, unknown>, predicate: (q: (typeof all)[number]) => boolean) => {
      const page = await cloud.ok(ORGANIZER, 'quizAdmin', 'listQuestions', { ...input, pageSize: 100 });
      expect(page.total).toBe(all.filter(predicate).length);
      expect(page.total).toBeGreaterThan(0);
    };
    await expectCount({ category: '法律法规', type: 'judge' }, (q) => q.category === '法律法规' && q.type === 'judge');
    await expectCount({ difficulty: 3 }, (q) => q.difficulty === 3);
    await expectCount({ tag: '劳动法' }, (q) => q.tags.includes('劳动法'));
    await expectCount({ query: '工会' }, (q) => q.stem.includes('工会'));
    // Characters that mean something to a regular expression are searched as themselves.
    expect((await cloud.ok(ORGANIZER, 'quizAdmin', 'listQuestions', { query: '（.*）' })).total).toBe(0);
  });
});

describe('create, edit, retire', () => {
  let id: string;

  it('adds a question to my own unit’s bank', async () => {
    const saved = await cloud.ok(ORGANIZER, 'quizAdmin', 'saveQuestion', { question: question() });
    id = saved.id;
    expect(saved).toMatchObject({
      ...question(),
      status: 'active',
      ownerUnitId: 'u-brigade-1',
      ownerUnitName: '采油一大队',
      editable: true,
    });
    expect((await cloud.ok(ORGANIZER, 'quizAdmin', 'listQuestions', { pageSize: 1 })).items[0].id).toBe(id);
    // Not in the bank of a brigade beside mine.
    expect(
      (await cloud.ok(PERSONAS.organizer2.openid, 'quizAdmin', 'listQuestions', { query: '采油一大队自编题' })).total,
    ).toBe(0);
  });

  it('refuses a duplicate and a question whose answer is not among its options', async () => {
    const dup = await cloud.call(ORGANIZER, 'quizAdmin', 'saveQuestion', {
      question: question({ stem: '采油一大队自编题：班前会应当首先强调什么?' }),
    });
    expect(dup.ok ? 'ok' : dup.error).toEqual({ code: 'CONFLICT', message: '题库中已有相同的题目' });
    const bad = await cloud.call(ORGANIZER, 'quizAdmin', 'saveQuestion', {
      question: question({ stem: '另一题', answer: [4] }),
    });
    expect(bad.ok ? 'ok' : bad.error.message).toBe('答案E不在选项中');
    const multi = await cloud.call(ORGANIZER, 'quizAdmin', 'saveQuestion', {
      question: question({ stem: '多选一个答案', type: 'multiple', answer: [1] }),
    });
    expect(multi.ok ? 'ok' : multi.error.message).toBe('多选题至少有两个正确答案');
  });

  it('edits my question; a judge question always offers 正确 and 错误', async () => {
    const edited = await cloud.ok(ORGANIZER, 'quizAdmin', 'saveQuestion', {
      questionId: id,
      question: question({ type: 'judge', stem: '班前会应当首先强调安全。', options: [], answer: [0] }),
    });
    expect(edited).toMatchObject({ id, type: 'judge', options: ['正确', '错误'], answer: [0] });
    expect((await storedQuestions(cloud, { _id: id }))[0]).toMatchObject({
      stem: '班前会应当首先强调安全。',
      ownerUnitId: 'u-brigade-1',
    });
  });

  it('an ancestor’s question is not mine to edit or retire', async () => {
    const branchQ = (await storedQuestions(cloud, { ownerUnitId: 'u-branch' }))[0];
    expect(
      await codeOf(
        cloud.call(ORGANIZER, 'quizAdmin', 'saveQuestion', {
          questionId: branchQ._id,
          question: question({ stem: '改别人的题' }),
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(await codeOf(cloud.call(ORGANIZER, 'quizAdmin', 'retireQuestion', { questionId: branchQ._id }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(cloud.call(ORGANIZER, 'quizAdmin', 'retireQuestion', { questionId: 'q-none' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('a question no submitted paper used is deleted', async () => {
    expect(await cloud.ok(ORGANIZER, 'quizAdmin', 'retireQuestion', { questionId: id })).toEqual({
      outcome: 'deleted',
    });
    expect(await storedQuestions(cloud, { _id: id })).toHaveLength(0);
  });

  it('a question a submitted paper used is retired: kept for old results, out of new papers, restorable', async () => {
    const q = await cloud.ok(ADMIN, 'quizAdmin', 'saveQuestion', {
      question: question({ stem: '分公司自编题：入井作业前要做什么？', options: ['安全确认', '直接作业'] }),
    });
    const now = Date.now();
    const paper = await cloud.ok(ADMIN, 'quizAdmin', 'savePaper', {
      paper: {
        title: '单题卷',
        // 学习型: the result shows its key while it is open (an exam would keep it until it closes).
        purpose: 'study',
        audienceUnits: ['u-branch'],
        draw: { mode: 'fixed', questionIds: [q.id] },
        points: { single: 100, multiple: 0, judge: 0 },
        passScore: 60,
        timeLimitMinutes: 5,
        opensAt: now - 60_000,
        closesAt: now + 86_400_000,
        maxAttemptsTotal: null,
        maxAttemptsPerDay: null,
        counts: 'best',
      },
    });
    await cloud.ok(ADMIN, 'quizAdmin', 'publishPaper', { paperId: paper.id });
    const live = await cloud.ok(PERSONAS.worker.openid, 'quiz', 'start', { paperId: paper.id });
    const attempt = await cloud.ok(PERSONAS.worker.openid, 'quiz', 'submit', { attemptId: live.attemptId });

    expect(await cloud.ok(ADMIN, 'quizAdmin', 'retireQuestion', { questionId: q.id })).toEqual({ outcome: 'retired' });
    expect((await storedQuestions(cloud, { _id: q.id }))[0].status).toBe('retired');
    expect((await cloud.ok(ADMIN, 'quizAdmin', 'listQuestions', { query: '入井作业前' })).total).toBe(0);
    expect(
      (await cloud.ok(ADMIN, 'quizAdmin', 'listQuestions', { query: '入井作业前', status: 'retired' })).items.map(
        (x) => x.id,
      ),
    ).toEqual([q.id]);
    // The member's result still reads the question and its explanation.
    const result = await cloud.ok(PERSONAS.worker.openid, 'quiz', 'getResult', { attemptId: attempt.attemptId });
    expect(result.questions[0]).toMatchObject({
      stem: '分公司自编题：入井作业前要做什么？',
      explanation: '安全第一。',
    });
    // A new paper cannot draw it.
    expect(
      await codeOf(
        cloud.call(ADMIN, 'quizAdmin', 'previewPaper', {
          paper: { ...paper.setup, draw: { mode: 'fixed', questionIds: [q.id] } },
        }),
      ),
    ).toBe('BAD_REQUEST');

    expect((await cloud.ok(ADMIN, 'quizAdmin', 'restoreQuestion', { questionId: q.id })).status).toBe('active');
  });

  it('exports what the filter shows', async () => {
    const page = await cloud.ok(ORGANIZER, 'quizAdmin', 'listQuestions', { category: '心理疏导' });
    const link = await cloud.ok(ORGANIZER, 'quizAdmin', 'exportQuestions', { category: '心理疏导' });
    expect(link.rows).toBe(page.total);
    const rows = (await readWorkbook(cloud, link.fileID))['题库'].slice(1);
    expect(rows).toHaveLength(page.total);
    expect(new Set(rows.map((r) => r[SHEET_COLUMNS.indexOf('分类')]))).toEqual(new Set(['心理疏导']));
  });
});

describe('one question', () => {
  it('opens a question of the bank I use; another brigade’s is NOT_FOUND', async () => {
    const mine = await cloud.ok(PERSONAS.organizer2.openid, 'quizAdmin', 'saveQuestion', {
      question: question({ stem: '井下作业大队自编题：作业前检查什么？' }),
    });
    expect(
      await cloud.ok(PERSONAS.organizer2.openid, 'quizAdmin', 'getQuestion', { questionId: mine.id }),
    ).toMatchObject({ id: mine.id, editable: true });
    expect(await codeOf(cloud.call(ORGANIZER, 'quizAdmin', 'getQuestion', { questionId: mine.id }))).toBe('NOT_FOUND');
    const branchQ = (await storedQuestions(cloud, { ownerUnitId: 'u-branch' }))[0];
    expect(await cloud.ok(ORGANIZER, 'quizAdmin', 'getQuestion', { questionId: branchQ._id })).toMatchObject({
      id: branchQ._id,
      editable: false,
    });
  });
});
