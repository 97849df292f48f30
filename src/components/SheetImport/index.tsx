import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { FileLink, SheetImportChunk, SheetImportReport } from '@domain/contract/sheet-import';
import { useAction } from '../../hooks/useAction';
import { useSheetImport, type SheetImportCalls } from '../../hooks/useSheetImport';
import { openFile } from '../../utils/open-file';
import './index.scss';

export interface SheetImportProps<R extends SheetImportReport, C extends SheetImportChunk> {
  title: string;
  /** What the file should hold, in a few lines. */
  intro: ReactNode;
  /** The button: 选择题库文件（.xlsx）. */
  pickLabel: string;
  /** What one good row becomes: 题 / 行 (导入 40 题). */
  unit: string;
  calls: SheetImportCalls<R, C>;
  /** The template behind 下载模板. */
  template?: () => Promise<FileLink>;
  /** Lines under the report's totals that only this import has (per category, members verified...). */
  extra?: (report: R) => ReactNode;
  /** The sentence shown when done. */
  doneText: (done: { written: number; skipped: number; chunks: C[] }) => string;
  /** Buttons under the done sentence (back to the bank...). */
  doneActions?: ReactNode;
}

/**
 * An import page's whole flow for a spreadsheet, the same for the question bank and the roster
 * (the server side is server/sheets): pick and upload, the per-sheet report with refused rows
 * and their reasons and with what was changed on the way, then the import with its progress bar.
 */
export function SheetImport<R extends SheetImportReport, C extends SheetImportChunk>(props: SheetImportProps<R, C>) {
  const { step, problem, fileInput, pick, onH5File, commit, reset } = useSheetImport(props.calls);
  const { busy, run } = useAction();
  const template = props.template;

  const download = async () => {
    if (!template) return;
    await run(async () => openFile(await template()));
  };

  return (
    <View className='sheet-import'>
      <View className='uh-section'>
        <View className='uh-card'>
          <View className='uh-card__title'>{props.title}</View>
          <View className='uh-muted'>{props.intro}</View>
          {process.env.TARO_ENV === 'h5' && (
            <input
              ref={fileInput}
              className='sheet-import__file'
              type='file'
              accept='.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              onChange={onH5File}
            />
          )}
          <View className='sheet-import__actions'>
            {template && (
              <Button className='uh-btn uh-btn--ghost uh-btn--small' disabled={busy || undefined} onClick={download}>
                下载模板
              </Button>
            )}
            {(step.kind === 'idle' || step.kind === 'report' || step.kind === 'done') && (
              <Button className='uh-btn uh-btn--small' onClick={pick}>
                {step.kind === 'idle' ? props.pickLabel : '选择其他文件'}
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
          <SheetReport
            fileName={step.fileName}
            report={step.report}
            unit={props.unit}
            extra={props.extra?.(step.report)}
          />
          <View className='sheet-import__actions'>
            <Button className='uh-btn uh-btn--ghost' onClick={reset}>
              取消
            </Button>
            <Button
              className='uh-btn sheet-import__commit'
              disabled={step.report.goodRows === 0 || undefined}
              onClick={() => commit(step)}
            >
              导入 {step.report.goodRows} {props.unit}
            </Button>
          </View>
        </View>
      )}

      {step.kind === 'committing' && (
        <View className='uh-section'>
          <View className='uh-card'>
            <View className='uh-card__title'>正在导入「{step.fileName}」</View>
            <View className='sheet-import__bar'>
              <View
                className='sheet-import__bar-fill'
                style={{ width: `${Math.round((step.processed / Math.max(1, step.total)) * 100)}%` }}
              />
            </View>
            <View className='uh-muted'>
              已处理 {step.processed} / {step.total} 行，已导入 {step.chunks.reduce((n, c) => n + c.written, 0)}{' '}
              {props.unit}
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
          <View className='uh-card sheet-import__done'>
            <View className='uh-big uh-ok'>导入完成</View>
            <View className='sheet-import__done-text'>{props.doneText(step)}</View>
            {props.doneActions}
          </View>
        </View>
      )}
    </View>
  );
}

/** The check: totals, one line per sheet, refused rows with reasons, rows imported with a change. */
export function SheetReport({
  fileName,
  report,
  unit,
  extra,
}: {
  fileName: string;
  report: SheetImportReport;
  unit: string;
  extra?: ReactNode;
}) {
  const read = report.sheets.filter((s) => s.read);
  // The sheet is named only when more than one was read; its own line, so 第6行 never breaks.
  const where = (sheet: string, row: number) => (
    <View className='sheet-import__row-at'>
      {read.length > 1 && <View>「{sheet}」</View>}
      <View>第{row}行</View>
    </View>
  );
  return (
    <View className='uh-card sheet-import__report'>
      <View className='uh-card__title'>检查结果：「{fileName}」</View>
      <View className='sheet-import__totals'>
        共 {report.totalRows} 行：
        <Text className='uh-ok'>
          可导入 {report.goodRows} {unit}
        </Text>
        ，<Text className={report.badRows ? 'uh-danger' : ''}>有问题 {report.badRows} 行</Text>
      </View>
      <View className='sheet-import__sheets'>
        {report.sheets.map((s) => (
          <View key={s.name} className={`sheet-import__sheet ${s.read ? '' : 'sheet-import__sheet--skipped'}`}>
            <Text className='sheet-import__sheet-name'>「{s.name}」工作表：</Text>
            <Text>
              {s.read
                ? `${s.rows} 行，可导入 ${s.good} ${unit}${s.bad ? `，有问题 ${s.bad} 行` : ''}`
                : s.note || '未读取'}
            </Text>
            {s.read && s.note && <Text className='uh-muted'>（{s.note}）</Text>}
          </View>
        ))}
      </View>
      {extra && <View className='uh-muted sheet-import__extra'>{extra}</View>}
      {report.errors.length > 0 && (
        <View className='sheet-import__list'>
          <View className='sheet-import__list-title uh-danger'>不会导入的行（请在 Excel 中改正后重新导入）</View>
          {report.errors.map((e) => (
            <View key={`${e.sheet}-${e.row}`} className='sheet-import__row sheet-import__error'>
              {where(e.sheet, e.row)}
              <View className='sheet-import__row-body'>
                {e.label && <View className='uh-muted'>{e.label}</View>}
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
      {report.warnings.length > 0 && (
        <View className='sheet-import__list'>
          <View className='sheet-import__list-title'>会导入，但请留意这些调整</View>
          {report.warnings.map((w) => (
            <View key={`${w.sheet}-${w.row}`} className='sheet-import__row sheet-import__warning'>
              {where(w.sheet, w.row)}
              <View className='sheet-import__row-body'>
                {w.label && <View className='uh-muted'>{w.label}</View>}
                {w.messages.map((m) => (
                  <View key={m} className='sheet-import__warning-text'>
                    {m}
                  </View>
                ))}
              </View>
            </View>
          ))}
          {report.warningsTruncated && <View className='uh-muted'>只列出前 {report.warnings.length} 行。</View>}
        </View>
      )}
    </View>
  );
}
