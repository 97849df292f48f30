import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { QuestionImportReport } from '@domain/contract/quiz-admin-model';
import { REQUIRED_COLUMNS, SHEET_COLUMNS } from '@domain/rules/question-import';
import { call, messageOf } from '../../../api';
import { uniqueCloudPath, uploadToCloud, type UploadSource } from '../../../api/upload';
import { Screen } from '../../../components/screen';
import { typeLabel } from '../../../utils/quiz-format';
import { openFile } from '../files';
import '../admin.scss';
import './index.scss';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'report'; fileName: string; fileId: string; report: QuestionImportReport }
  | { kind: 'committing'; fileName: string; fileId: string; processed: number; total: number; written: number; cursor: number; error?: string }
  | { kind: 'done'; fileName: string; written: number; skipped: number };

/**
 * Bank import: pick the .xlsx, upload it, read the check (row numbers and reasons; nothing written
 * yet), then import the good rows or cancel. The server writes a chunk per call and says how far it
 * got, so the bar shows real progress, and an interrupted import continues where it stopped.
 */
export default function ImportQuestions() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const check = async (fileName: string, source: UploadSource) => {
    setProblem(undefined);
    setStep({ kind: 'checking', fileName });
    try {
      const fileId = await uploadToCloud(uniqueCloudPath('imports/questions', 'xlsx'), source);
      const out = await call('quizAdmin', 'importQuestions', { fileId, commit: false });
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

  const template = async () => {
    setBusy(true);
    try {
      await openFile(await call('quizAdmin', 'questionTemplate', {}));
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  const commit = async (from: Extract<Step, { kind: 'report' | 'committing' }>) => {
    let state: Extract<Step, { kind: 'committing' }> =
      from.kind === 'committing'
        ? { ...from, error: undefined }
        : { kind: 'committing', fileName: from.fileName, fileId: from.fileId, processed: 0, total: from.report.totalRows, written: 0, cursor: 0 };
    setStep(state);
    try {
      for (;;) {
        const out = await call('quizAdmin', 'importQuestions', { fileId: state.fileId, commit: true, cursor: state.cursor });
        if (out.mode !== 'commit') throw new Error('unexpected');
        const c = out.chunk;
        state = { ...state, processed: c.processed, total: c.totalRows, written: state.written + c.written, cursor: c.nextCursor ?? c.processed };
        setStep(state);
        if (c.nextCursor === null) break;
      }
      setStep({ kind: 'done', fileName: state.fileName, written: state.written, skipped: state.total - state.written });
    } catch (e) {
      // What was written stays written (each question whole); "继续导入" picks up at the cursor.
      setStep({ ...state, error: messageOf(e) });
    }
  };

  return (
    <Screen>
      <View className='uh-section'>
        <View className='uh-card'>
          <View className='uh-card__title'>从 Excel 导入题目</View>
          <View className='uh-muted'>
            第一行为表头：{SHEET_COLUMNS.join('、')}。其中{REQUIRED_COLUMNS.join('、')}必填；题型填单选、多选或判断；选择题答案填字母（如 ABD），判断题填正确或错误。
          </View>
          <View className='uh-muted qi-note'>导入前会逐行检查，有问题的行会列出行号和原因；确认后只导入没有问题的行，导入到本单位题库。</View>
          {process.env.TARO_ENV === 'h5' && (
            <input ref={fileInput} className='qi-file' type='file' accept='.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' onChange={onH5File} />
          )}
          <View className='qa-actions'>
            <Button className='uh-btn uh-btn--ghost uh-btn--small' disabled={busy || undefined} onClick={template}>
              下载模板
            </Button>
            {(step.kind === 'idle' || step.kind === 'report' || step.kind === 'done') && (
              <Button className='uh-btn uh-btn--small' onClick={pick}>
                {step.kind === 'idle' ? '选择题库文件（.xlsx）' : '选择其他文件'}
              </Button>
            )}
          </View>
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
          <Report fileName={step.fileName} report={step.report} />
          <View className='qa-actions'>
            <Button className='uh-btn uh-btn--ghost' onClick={() => setStep({ kind: 'idle' })}>
              取消
            </Button>
            <Button className='uh-btn qi-commit' disabled={step.report.goodRows === 0 || undefined} onClick={() => commit(step)}>
              导入 {step.report.goodRows} 题
            </Button>
          </View>
        </View>
      )}

      {step.kind === 'committing' && (
        <View className='uh-section'>
          <View className='uh-card'>
            <View className='uh-card__title'>正在导入「{step.fileName}」</View>
            <View className='qa-bar'>
              <View className='qa-bar__fill' style={{ width: `${Math.round((step.processed / Math.max(1, step.total)) * 100)}%` }} />
            </View>
            <View className='uh-muted'>
              已处理 {step.processed} / {step.total} 行，已导入 {step.written} 题
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
          <View className='uh-card qi-done'>
            <View className='uh-big uh-ok'>导入完成</View>
            <View>
              已导入 {step.written} 题{step.skipped > 0 ? `，跳过有问题的 ${step.skipped} 行` : ''}。
            </View>
            <Button className='uh-btn uh-btn--ghost' onClick={() => void Taro.navigateBack()}>
              返回题库
            </Button>
          </View>
        </View>
      )}
    </Screen>
  );
}

function Report({ fileName, report }: { fileName: string; report: QuestionImportReport }) {
  return (
    <View className='uh-card'>
      <View className='uh-card__title'>检查结果：「{fileName}」</View>
      <View className='qi-totals'>
        共 {report.totalRows} 行：<Text className='uh-ok'>可导入 {report.goodRows} 题</Text>，<Text className={report.badRows ? 'uh-danger' : ''}>有问题 {report.badRows} 行</Text>
      </View>
      {report.summary.length > 0 && (
        <View className='uh-muted'>{report.summary.map((s) => `${s.category}·${typeLabel(s.type)} ${s.count}题`).join('；')}</View>
      )}
      {report.errors.length > 0 && (
        <View className='qi-errors'>
          {report.errors.map((e) => (
            <View key={e.row} className='qi-error'>
              <Text className='qi-error__row'>第{e.row}行</Text>
              <View>
                {e.stem && <View className='uh-muted'>{e.stem}</View>}
                {e.reasons.map((r) => (
                  <View key={r} className='uh-danger'>
                    {r}
                  </View>
                ))}
              </View>
            </View>
          ))}
          {report.errorsTruncated && <View className='uh-muted'>问题行较多，只列出前 {report.errors.length} 行。</View>}
        </View>
      )}
    </View>
  );
}
