import { View, Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { ImportReport } from '@domain/contract/member';
import { call, messageOf } from '../../../api';
import { uniqueCloudPath, uploadToCloud, type UploadSource } from '../../../api/upload';
import { Screen } from '../../../components/screen';
import { ReportView } from './report';
import { UnitCodes } from './unit-codes';
import '../admin.scss';
import './index.scss';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'report'; fileName: string; fileId: string; report: ImportReport }
  | { kind: 'committing'; fileName: string; fileId: string; report: ImportReport; processed: number; total: number; written: number; verified: number; cursor: number; error?: string }
  | { kind: 'done'; fileName: string; written: number; skipped: number; verified: number };

/**
 * Roster import: pick the .xlsx, upload it, see the check report (row numbers and reasons; nothing
 * written yet), then import the good rows. The server writes one chunk per call and says how far it
 * got, so the progress bar shows real progress, and an interrupted import resumes where it stopped.
 */
export default function Import() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);

  const check = async (fileName: string, source: UploadSource) => {
    setProblem(undefined);
    setStep({ kind: 'checking', fileName });
    try {
      const fileId = await uploadToCloud(uniqueCloudPath('imports/roster', 'xlsx'), source);
      const out = await call('member', 'importRoster', { fileId, commit: false });
      if (out.mode !== 'report') throw new Error('unexpected');
      setStep({ kind: 'report', fileName, fileId, report: out.report });
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

  const commit = async (from: Extract<Step, { kind: 'report' | 'committing' }>) => {
    let state: Extract<Step, { kind: 'committing' }> =
      from.kind === 'committing'
        ? { ...from, error: undefined }
        : { kind: 'committing', fileName: from.fileName, fileId: from.fileId, report: from.report, processed: 0, total: from.report.totalRows, written: 0, verified: 0, cursor: 0 };
    setStep(state);
    try {
      for (;;) {
        const out = await call('member', 'importRoster', { fileId: state.fileId, commit: true, cursor: state.cursor });
        if (out.mode !== 'commit') throw new Error('unexpected');
        const c = out.chunk;
        state = { ...state, processed: c.processed, total: c.totalRows, written: state.written + c.written, verified: state.verified + c.verified, cursor: c.nextCursor ?? c.processed };
        setStep(state);
        if (c.nextCursor === null) break;
      }
      setStep({ kind: 'done', fileName: state.fileName, written: state.written, skipped: state.total - state.written, verified: state.verified });
    } catch (e) {
      // What was written stays written (each row whole); "继续导入" picks up at the cursor.
      setStep({ ...state, error: messageOf(e) });
    }
  };

  return (
    <Screen>
      <View className='uh-section'>
        <View className='uh-card'>
          <View className='uh-card__title'>从 Excel 导入工会名册</View>
          <View className='uh-muted'>第一行为表头：姓名、工号、手机号、单位编码；每人一行。名册中的人员注册时姓名与工号一致即自动通过核验。</View>
          {process.env.TARO_ENV === 'h5' && (
            <input ref={fileInput} className='imp__file' type='file' accept='.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' onChange={onH5File} />
          )}
          {(step.kind === 'idle' || step.kind === 'report' || step.kind === 'done') && (
            <Button className='uh-btn' onClick={pick}>
              {step.kind === 'idle' ? '选择名册文件（.xlsx）' : '选择其他文件'}
            </Button>
          )}
          {problem && <View className='uh-field__error'>{problem}</View>}
        </View>
      </View>

      {step.kind === 'checking' && (
        <View className='uh-section'>
          <View className='uh-card uh-empty'>正在上传并检查「{step.fileName}」…</View>
        </View>
      )}

      {step.kind === 'report' && (
        <View className='uh-section'>
          <ReportView fileName={step.fileName} report={step.report} />
          <Button className='uh-btn imp__commit' disabled={step.report.goodRows === 0 || undefined} onClick={() => commit(step)}>
            导入 {step.report.goodRows} 行
          </Button>
        </View>
      )}

      {step.kind === 'committing' && (
        <View className='uh-section'>
          <View className='uh-card'>
            <View className='uh-card__title'>正在导入「{step.fileName}」</View>
            <View className='imp__bar'>
              <View className='imp__bar-fill' style={{ width: `${Math.round((step.processed / Math.max(1, step.total)) * 100)}%` }} />
            </View>
            <View className='uh-muted imp__progress'>
              已处理 {step.processed} / {step.total} 行，已写入 {step.written} 行
            </View>
            {step.error && (
              <>
                <View className='uh-field__error'>{step.error}</View>
                <Button className='uh-btn' onClick={() => commit(step)}>
                  继续导入
                </Button>
              </>
            )}
          </View>
        </View>
      )}

      {step.kind === 'done' && (
        <View className='uh-section'>
          <View className='uh-card imp__done'>
            <View className='uh-big uh-ok'>导入完成</View>
            <View>
              写入名册 {step.written} 行，跳过有问题的 {step.skipped} 行
              {step.verified > 0 ? `，${step.verified} 名待审核人员已自动通过核验` : ''}。
            </View>
          </View>
        </View>
      )}

      <UnitCodes />
    </Screen>
  );
}
