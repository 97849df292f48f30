/**
 * A typical call of every quizAdmin action on the demo union: a brigade organizer browses, edits,
 * imports and exports the bank; sets up, previews, publishes and edits a paper aimed at a
 * grassroots union; two members take it; the organizer reads and exports the results; a question
 * is retired and restored. (The leaderboard and the certificate are the quiz scenario's.)
 */
import ExcelJS from 'exceljs';
import { PERSONAS } from '../../demo/union';
import type { PaperInput } from '../../domain/contract/quiz';
import type { Scenario } from './kit';

const { admin, organizer, worker, cadre } = PERSONAS;

async function bankFile(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow(['题型', '题目', '选项A', '选项B', '选项C', '选项D', '答案', '解析', '分类', '难度', '出处']);
  for (let i = 0; i < rows; i++)
    ws.addRow([
      '单选',
      `基准测试导入题${i + 1}：下列哪一项正确？`,
      '正确的',
      '错误的',
      '无关的',
      '',
      'A',
      '基准测试',
      '基准测试',
      '中',
      '',
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const scenario: Scenario = async ({ cloud, measure }) => {
  await measure(organizer.openid, 'quizAdmin', 'listQuestions', { page: 1, pageSize: 20 });
  await measure(organizer.openid, 'quizAdmin', 'listQuestions', {
    category: '法律法规',
    type: 'single',
    query: '劳动',
    page: 1,
    pageSize: 20,
  });
  const q = await measure(organizer.openid, 'quizAdmin', 'saveQuestion', {
    question: {
      type: 'single',
      stem: '基准测试自编题：班前会首先强调什么？',
      options: ['安全', '产量'],
      answer: [0],
      explanation: '安全第一。',
      source: '',
      category: '日常业务',
      difficulty: 1,
      tags: [],
    },
  });
  await measure(organizer.openid, 'quizAdmin', 'getQuestion', { questionId: q.id });

  const fileId = cloud.host.storage.put(
    `uploads/${organizer.openid}/questions/bench-bank.xlsx`,
    await bankFile(300),
    `client:${organizer.openid}`,
  );
  await measure(organizer.openid, 'quizAdmin', 'importQuestions', { fileId, commit: false });
  for (let cursor: number | null = 0; cursor !== null;) {
    const out: { mode: string; chunk?: { nextCursor: number | null } } = await measure(
      organizer.openid,
      'quizAdmin',
      'importQuestions',
      { fileId, commit: true, cursor },
    );
    cursor = out.chunk?.nextCursor ?? null;
  }
  await measure(organizer.openid, 'quizAdmin', 'exportQuestions', {});
  await measure(organizer.openid, 'quizAdmin', 'getQuestionTemplate', {});

  const now = Date.now();
  const paper: PaperInput = {
    title: '基准测试试卷',
    audienceUnits: ['u-grass-1'],
    draw: {
      mode: 'random',
      quotas: [
        { category: '法律法规', type: 'single', count: 5 },
        { category: '基准测试', type: 'single', count: 5 },
      ],
    },
    points: { single: 10, multiple: 10, judge: 10 },
    passScore: 60,
    timeLimitMinutes: 20,
    opensAt: now - 60_000,
    closesAt: now + 7 * 86_400_000,
    maxAttemptsTotal: null,
    maxAttemptsPerDay: null,
    counts: 'best',
  };
  await measure(organizer.openid, 'quizAdmin', 'getEditor', {});
  await measure(organizer.openid, 'quizAdmin', 'previewPaper', { paper });
  const saved = await measure(organizer.openid, 'quizAdmin', 'savePaper', { paper, withCertificate: true });
  const paperId = saved.id;
  await measure(organizer.openid, 'quizAdmin', 'getEditor', { paperId });
  await measure(organizer.openid, 'quizAdmin', 'publishPaper', { paperId });
  for (const who of [worker.openid, cadre.openid]) {
    const live = await cloud.ok(who, 'quiz', 'start', { paperId });
    await cloud.ok(who, 'quiz', 'submit', { attemptId: live.attemptId });
  }
  await measure(organizer.openid, 'quizAdmin', 'savePaper', {
    paperId,
    paper: { ...saved.setup, title: '基准测试试卷（改）' },
    withCertificate: true,
  });
  await measure(organizer.openid, 'quizAdmin', 'listPapers', { page: 1, pageSize: 20 });
  await measure(organizer.openid, 'quizAdmin', 'getPaperResults', { paperId, page: 1, pageSize: 20 });
  await measure(admin.openid, 'quizAdmin', 'getPaperResults', { paperId, page: 1, pageSize: 20 });
  await measure(organizer.openid, 'quizAdmin', 'exportResults', { paperId });
  await measure(organizer.openid, 'quizAdmin', 'closePaper', { paperId });

  await measure(organizer.openid, 'quizAdmin', 'retireQuestion', { questionId: q.id });
  const used = (
    await cloud.ok(organizer.openid, 'quizAdmin', 'listQuestions', { category: '基准测试', page: 1, pageSize: 1 })
  ).items[0];
  await cloud.ok(organizer.openid, 'quizAdmin', 'retireQuestion', { questionId: used.id });
  await measure(organizer.openid, 'quizAdmin', 'restoreQuestion', { questionId: used.id });
};
