/**
 * Question bank import from Excel, the files around the usual one: 450 rows written in chunks a
 * progress bar can follow, and files that are not a bank (no answer column, no question sheet,
 * not .xlsx, gone) refused with a reason the organizer can act on. The usual file is in import.test.ts.
 */
import { upload, cloudForFile } from '../support/cloud';
import { storedQuestions } from '../quiz/support';
import { codeOf } from '../support/outcome';
import { ORGANIZER } from '../support/personas';
import { simpleBook, QUESTION_LAYOUT } from '../support/workbook';
import { commitImport, reportImport, row, type Row } from './support-import';

const cloud = cloudForFile();

describe('large files', () => {
  it('writes 450 rows in chunks whose progress the page can show, all or nothing per row', async () => {
    const rows: Row[] = Array.from({ length: 450 }, (_, i) =>
      row('单选', `批量导入测试题第${i + 1}号：下列哪一项正确？`, ['对的', '错的'], 'A', { category: '批量测试' }),
    );
    const fileId = upload(cloud, 'questions', await simpleBook('题库', QUESTION_LAYOUT, rows));
    expect(await reportImport(cloud, ORGANIZER, fileId)).toMatchObject({ totalRows: 450, goodRows: 450, badRows: 0 });
    expect(await storedQuestions(cloud, { category: '批量测试' })).toHaveLength(0);
    const chunks = await commitImport(cloud, ORGANIZER, fileId);
    expect(chunks.map((c) => [c.processed, c.nextCursor, c.written])).toEqual([
      [200, 200, 200],
      [400, 400, 200],
      [450, null, 50],
    ]);
    expect(await storedQuestions(cloud, { category: '批量测试' })).toHaveLength(450);
  });
});

describe('files that are not a bank', () => {
  it('a sheet without the answer column is refused with the sheet, the row and the column named', async () => {
    const fileId = upload(
      cloud,
      'questions',
      await simpleBook('题库', ['题型', '题目', '选项A', '选项B'], [['单选', '题', '甲', '乙']]),
    );
    const res = await cloud.call(ORGANIZER, 'quizAdmin', 'importQuestions', { fileId, commit: false });
    expect(res.ok ? 'ok' : res.error.message).toBe('「题库」工作表第1行的表头缺少：答案（必需的列：题型、题目、答案）');
  });

  it('a file with no question sheet at all says what a header needs', async () => {
    const fileId = upload(cloud, 'questions', await simpleBook('题库', ['说明'], [['请按模板填写']]));
    const res = await cloud.call(ORGANIZER, 'quizAdmin', 'importQuestions', { fileId, commit: false });
    expect(res.ok ? 'ok' : res.error.message).toBe('没有找到题目的表头：表头应包含题型、题目、答案（可先下载模板）');
  });

  it('something that is not .xlsx, and a file that is gone', async () => {
    const bad = await cloud.call(ORGANIZER, 'quizAdmin', 'importQuestions', {
      fileId: upload(cloud, 'questions', Buffer.from('不是表格')),
      commit: false,
    });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('BAD_REQUEST');
    expect(
      await codeOf(
        cloud.call(ORGANIZER, 'quizAdmin', 'importQuestions', {
          fileId: cloud.host.storage.fileIdOf(`uploads/${ORGANIZER}/questions/none.xlsx`),
          commit: false,
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});
