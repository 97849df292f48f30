/**
 * The roster import page with the call transport mocked at src/api and the H5 upload endpoint
 * stubbed: the report is shown before anything is written, and the progress bar follows the
 * server's chunks (processed / total), resuming at the cursor after a dropped call.
 */
import { render, screen, fireEvent, act } from '@testing-library/react';
import type { ActionEvent, Envelope } from '../../domain/contract/envelope';
import type { ImportChunk, ImportReport } from '../../domain/contract/member';

jest.mock('../../src/api/transport', () => ({ transport: jest.fn() }));
jest.mock('@tarojs/taro', () => {
  const taro = jest.requireActual('@tarojs/taro');
  const hooks = { useDidShow: () => undefined, useRouter: () => ({ params: {} }) };
  return Object.assign({}, taro, hooks, { default: Object.assign({}, taro.default, hooks) });
});
// eslint-disable-next-line import/first
import { transport } from '../../src/api/transport';
// eslint-disable-next-line import/first
import Import from '../../src/packages/admin/import/index';

const REPORT: ImportReport = {
  sheets: [
    { name: '名册', read: true, rows: 450, good: 449, bad: 1, note: '第460行是隐藏行，未导入' },
    { name: '说明', read: false, rows: 0, good: 0, bad: 0, note: '没有名册的表头，未读取' },
  ],
  totalRows: 450,
  goodRows: 449,
  badRows: 1,
  newRows: 449,
  pendingToVerify: 0,
  errors: [{ sheet: '名册', row: 302, label: '坏行 QH6BAD', reasons: ['手机号应为11位大陆手机号'] }],
  errorsTruncated: false,
  warnings: [{ sheet: '名册', row: 3, label: '王芳 000123', messages: ['姓名“王　芳”按“王芳”导入'] }],
  warningsTruncated: false,
};

const mocked = transport as jest.MockedFunction<typeof transport>;
const calls: ActionEvent[] = [];
/** Commit calls wait here until the test lets them answer. */
let release: Array<(env: Envelope<unknown>) => void> = [];

const chunk = (processed: number, nextCursor: number | null, written: number): Envelope<unknown> => ({
  ok: true,
  data: {
    mode: 'commit',
    chunk: {
      totalRows: 450,
      processed,
      nextCursor,
      written,
      skipped: 200 - written,
      verified: 0,
    } satisfies ImportChunk,
  },
});

beforeEach(() => {
  calls.length = 0;
  release = [];
  mocked.mockImplementation((_fn, event) => {
    // The upload's path comes from the server (member.getUploadPath) before the file goes up.
    if (event.action === 'getUploadPath')
      return Promise.resolve({ ok: true, data: { cloudPath: 'uploads/o-org-li/roster/x.xlsx' } });
    calls.push(event);
    const input = event.input as { commit: boolean };
    if (event.action === 'importRoster' && !input.commit)
      return Promise.resolve({ ok: true, data: { mode: 'report', report: REPORT } });
    return new Promise((resolve) => release.push(resolve));
  });
  global.fetch = jest.fn(async () => ({
    ok: true,
    json: async () => ({ fileID: 'cloud://union-local.test/uploads/o-org-li/roster/x.xlsx' }),
  })) as unknown as typeof fetch;
});

async function pickFile(container: HTMLElement) {
  const input = container.querySelector('input.sheet-import__file') as HTMLInputElement;
  const file = new File([new Uint8Array([80, 75, 3, 4])], '名册.xlsx');
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
  await screen.findByText('检查结果：「名册.xlsx」');
}

const barWidth = (container: HTMLElement) =>
  (container.querySelector('.sheet-import__bar-fill') as HTMLElement).style.width;
const answer = async (env: Envelope<unknown>) => act(async () => release.shift()!(env));

describe('roster import page', () => {
  it('uploads, then shows the report with row numbers before writing anything', async () => {
    const { container } = render(<Import />);
    await pickFile(container);
    expect(screen.getByText('第302行')).toBeTruthy();
    expect(screen.getByText('手机号应为11位大陆手机号')).toBeTruthy();
    // Each sheet in a line of its own: read with its counts, or passed over with why.
    const sheets = Array.from(container.querySelectorAll('.sheet-import__sheet'), (e) => e.textContent);
    expect(sheets).toEqual([
      '「名册」工作表：450 行，可导入 449 行，有问题 1 行（第460行是隐藏行，未导入）',
      '「说明」工作表：没有名册的表头，未读取',
    ]);
    expect(container.querySelector('.sheet-import__warning')?.textContent).toContain('姓名“王　芳”按“王芳”导入');
    expect(screen.getByText('导入 449 行')).toBeTruthy();
    expect(calls.map((c) => c.input)).toEqual([
      { fileId: 'cloud://union-local.test/uploads/o-org-li/roster/x.xlsx', commit: false },
    ]);
  });

  it('moves the progress bar chunk by chunk and resumes at the cursor after a failure', async () => {
    const { container } = render(<Import />);
    await pickFile(container);
    await act(async () => fireEvent.click(screen.getByText('导入 449 行')));
    expect(barWidth(container)).toBe('0%');

    await answer(chunk(200, 200, 200));
    expect(barWidth(container)).toBe('44%');
    expect(screen.getByText('已处理 200 / 450 行，已导入 200 行')).toBeTruthy();

    // The connection drops on the second chunk: what was written stays, and 继续导入 resumes.
    await answer({ ok: false, error: { code: 'INTERNAL', message: '网络不太好，请检查网络后重试' } });
    expect(screen.getByText('网络不太好，请检查网络后重试')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('继续导入')));
    await answer(chunk(400, 400, 199));
    expect(barWidth(container)).toBe('89%');
    await answer(chunk(450, null, 50));
    expect(screen.getByText('导入完成')).toBeTruthy();

    const cursors = calls
      .filter((c) => (c.input as { commit: boolean }).commit)
      .map((c) => (c.input as { cursor: number }).cursor);
    expect(cursors).toEqual([0, 200, 200, 400]);
    expect(container.textContent).toContain('写入名册 449 行，跳过有问题的 1 行');
  });
});
