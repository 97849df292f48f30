import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { SheetImportChunk, SheetImportReport } from '@domain/contract/sheet-import';
import type { UploadPurpose } from '@domain/rules/uploads';
import { messageOf } from '../api';
import { uploadToCloud, type UploadSource } from '../api/upload';

/** The two calls every spreadsheet import makes: check the whole file, then commit it chunk by chunk. */
export interface SheetImportCalls<R extends SheetImportReport, C extends SheetImportChunk> {
  /** What the upload is for: the server puts it under the caller's own folder for that purpose (member.getUploadPath). */
  purpose: Extract<UploadPurpose, 'roster' | 'questions'>;
  check(fileId: string): Promise<R>;
  commit(fileId: string, cursor: number): Promise<C>;
}

export type SheetImportStep<R extends SheetImportReport, C extends SheetImportChunk> =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'report'; fileName: string; fileId: string; report: R }
  | {
      kind: 'committing';
      fileName: string;
      fileId: string;
      report: R;
      processed: number;
      total: number;
      cursor: number;
      chunks: C[];
      error?: string;
    }
  | { kind: 'done'; fileName: string; report: R; chunks: C[]; written: number; skipped: number };

/**
 * The import page flow, the same for every spreadsheet: pick the .xlsx (WeChat: from a chat; H5: a
 * file input), upload it, show the check (nothing written yet), then commit chunk by chunk with real
 * progress. A dropped call leaves what was written (each row whole) and `commit` on the failed step
 * resumes at its cursor.
 */
export function useSheetImport<R extends SheetImportReport, C extends SheetImportChunk>(calls: SheetImportCalls<R, C>) {
  const [step, setStep] = useState<SheetImportStep<R, C>>({ kind: 'idle' });
  const [problem, setProblem] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);

  const check = async (fileName: string, source: UploadSource) => {
    setProblem(undefined);
    setStep({ kind: 'checking', fileName });
    try {
      const fileId = await uploadToCloud(calls.purpose, 'xlsx', source);
      setStep({ kind: 'report', fileName, fileId, report: await calls.check(fileId) });
    } catch (e) {
      setProblem(messageOf(e));
      setStep({ kind: 'idle' });
    }
  };

  const pick = async () => {
    if (process.env.TARO_ENV === 'h5') {
      fileInput.current?.click();
      return;
    }
    try {
      const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
      const f = res.tempFiles[0];
      if (f) await check(f.name, { filePath: f.path });
    } catch {
      // Cancelled: nothing to do.
    }
  };

  const onH5File = (e: { target: { files?: FileList | null; value: string } }) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (f) void check(f.name, { file: f });
  };

  const commit = async (from: Extract<SheetImportStep<R, C>, { kind: 'report' | 'committing' }>) => {
    let state: Extract<SheetImportStep<R, C>, { kind: 'committing' }> = from.kind === 'committing'
      ? { ...from, error: undefined }
      : {
          kind: 'committing',
          fileName: from.fileName,
          fileId: from.fileId,
          report: from.report,
          processed: 0,
          total: from.report.totalRows,
          cursor: 0,
          chunks: [],
        };
    setStep(state);
    try {
      for (;;) {
        const c = await calls.commit(state.fileId, state.cursor);
        state = {
          ...state,
          processed: c.processed,
          total: c.totalRows,
          cursor: c.nextCursor ?? c.processed,
          chunks: [...state.chunks, c],
        };
        setStep(state);
        if (c.nextCursor === null) break;
      }
      const written = state.chunks.reduce((n, c) => n + c.written, 0);
      setStep({
        kind: 'done',
        fileName: state.fileName,
        report: state.report,
        chunks: state.chunks,
        written,
        skipped: state.total - written,
      });
    } catch (e) {
      setStep({ ...state, error: messageOf(e) });
    }
  };

  return { step, problem, fileInput, pick, onH5File, commit, reset: () => setStep({ kind: 'idle' }) };
}
