import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { PaperInput } from '@domain/contract/quiz';
import type { AdminPaper, PaperPreview } from '@domain/contract/quiz-admin-model';
import { QUESTION_TYPES } from '@domain/contract/quiz-model';
import { call, isApiError, messageOf } from '../../../api';
import { Button } from '../../../components/Button';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { useUnsaved } from '../../../hooks/useUnsaved';
import { goTo, useParam } from '../../../navigation';
import { confirm, say } from '../../../ui/confirm';
import { score, typeLabel } from '../../../utils/quiz-format';
import { paperStateLabel } from '../status';
import { FixedList } from './fixed-list';
import { Line, NumberLine } from './lines';
import { TimingCard } from './timing-card';
import { blankForm, countsOf, formOf, maxScoreOf, studyHoursOf, toInput, type PaperForm } from './form';
import { PreviewView } from './preview';
import { publishSummary } from './publish-summary';
import { QuotasEditor } from './quotas';
import { Chips, type ChipSkin } from '../../../components/Chips';
import { QA_CHIPS } from '../chips';
import { AudienceCard } from '../../../components/AudienceChips';
import { Field, TextBox, Toggle } from '../../../components/Form';
import '../admin.scss';
import './index.scss';

/** Top-level units stand out in bold. */
const UNIT_SKIN: ChipSkin = { ...QA_CHIPS, level: 'quiz-admin-paper__unit--l' };

/**
 * Organizer: set up a paper (who takes it, how it is drawn, points, pass mark, time, window,
 * attempts, which attempt counts, certificate), preview a sample, publish it, end it. Once someone
 * has started, only the title, description, close time and certificate may change. Publishing
 * saves what is on screen first and confirms with a summary; leaving with unsaved changes asks.
 */
export default function PaperEdit() {
  const editId = useParam('quizPaper', 'id') || undefined;
  const { data, error, loading, reload } = useLoad(
    () => call('quizAdmin', 'getEditor', editId ? { paperId: editId } : {}),
    [editId],
    { refreshOnShow: false },
  );
  const [paper, setPaper] = useState<AdminPaper | null>(null);
  const [form, setForm] = useState<PaperForm | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [preview, setPreview] = useState<PaperPreview | null>(null);
  const { busy, run: perform } = useAction();
  const unsaved = useUnsaved(form);

  useEffect(() => {
    if (!data) return;
    const f = data.paper ? formOf(data.paper) : blankForm(data.units, data.bank, Date.now());
    setPaper(data.paper);
    setForm(f);
    unsaved.markSaved(f);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  const units = data?.units ?? [];
  const bank = data?.bank ?? [];
  const locked = paper?.locked ?? false;
  const set = (p: Partial<PaperForm>) => setForm((f) => (f ? { ...f, ...p } : f));

  /** The hook toasts the failure; the problems card lists each rejected field as well. */
  const run = (work: () => Promise<unknown>, done?: string) =>
    perform(async () => {
      setProblems([]);
      try {
        await work();
      } catch (e) {
        setProblems(isApiError(e) && e.issues?.length ? e.issues.map((i) => i.message) : [messageOf(e)]);
        throw e;
      }
    }, done);

  const inputOrProblem = () => {
    if (!form) return null;
    const out = toInput(form);
    if ('problem' in out) {
      setProblems([out.problem]);
      say(out.problem);
      return null;
    }
    return out.input;
  };

  const adopt = (saved: AdminPaper) => {
    const f = formOf(saved);
    setPaper(saved);
    setForm(f);
    unsaved.markSaved(f);
  };

  /** Saves what is on screen (creating the paper if new) and takes the server's copy as saved. */
  const persist = async (input: PaperInput, withCertificate: boolean): Promise<AdminPaper> => {
    const saved = await call('quizAdmin', 'savePaper', {
      ...(paper ? { paperId: paper.id } : {}),
      paper: input,
      withCertificate,
      studyHours: form ? studyHoursOf(form) : undefined,
    });
    adopt(saved);
    return saved;
  };

  const save = () => {
    const input = inputOrProblem();
    if (!input || !form) return;
    void run(() => persist(input, form.withCertificate), '已保存');
  };

  const showPreview = () => {
    const input = inputOrProblem();
    if (!input) return;
    void run(async () => setPreview(await call('quizAdmin', 'previewPaper', { paper: input })));
  };

  const publish = async () => {
    const input = inputOrProblem();
    if (!input || !form) return;
    if (!(await confirm({ title: '发布试卷', content: publishSummary(form), confirmText: '发布' }))) return;
    // What is on screen is what gets published: save it first when it differs from the server's copy.
    void run(async () => {
      const current = paper && !unsaved.dirty ? paper : await persist(input, form.withCertificate);
      adopt(await call('quizAdmin', 'publishPaper', { paperId: current.id }));
    }, '已发布');
  };

  const close = async () => {
    if (!paper) return;
    const ok = await confirm({
      title: '结束考试',
      content: '结束后不能再开始作答，正在作答的人到时自动交卷。确定结束吗？',
      confirmText: '结束考试',
      danger: true,
    });
    if (ok) void run(async () => adopt(await call('quizAdmin', 'closePaper', { paperId: paper.id })), '已结束');
  };

  const state = paper ? paperStateLabel(paper) : null;
  const counts = form ? countsOf(form) : null;

  return (
    <Screen loading={loading && !form} error={error} onRetry={reload}>
      {form && (
        <View className='uh-section quiz-admin-paper'>
          {paper && state && (
            <View className='uh-card uh-row'>
              <Text className={`uh-tag ${state.tone ? `uh-tag--${state.tone}` : ''}`}>{state.text}</Text>
              <Text className='uh-muted'>已参加 {paper.takenMembers} 人</Text>
            </View>
          )}
          {locked && (
            <View className='uh-card quiz-admin-paper__locked'>
              已有人参加考试：题目和评分设置已锁定，只能修改标题、说明、截止时间和证书。
            </View>
          )}
          {problems.length > 0 && (
            <View className='uh-card quiz-admin-problems'>
              {problems.map((p, i) => (
                <View key={i} className='uh-danger'>
                  {p}
                </View>
              ))}
            </View>
          )}

          <View className='uh-card'>
            <Field label='试卷标题'>
              <TextBox
                value={form.title}
                onChange={(title) => set({ title })}
                max={60}
                placeholder='如：工会法律法规知识测试'
              />
            </Field>
            <Field label='说明'>
              <TextBox value={form.description} onChange={(description) => set({ description })} max={500} multiline />
            </Field>
          </View>

          <AudienceCard form={form} units={units} locked={locked} set={set} unitSkin={UNIT_SKIN} roleSkin={QA_CHIPS} />

          <View className='uh-card'>
            <View className='uh-card__title'>出题方式</View>
            <Chips
              options={(['random', 'fixed'] as const).map((m) => ({
                id: m,
                name: m === 'random' ? '按分类随机抽题（每人不同）' : '固定题目（每人相同）',
              }))}
              isOn={(m) => form.mode === m}
              onTap={(m) => set({ mode: m })}
              skin={QA_CHIPS}
              locked={locked}
            />
            {form.mode === 'random' ? (
              <QuotasEditor quotas={form.quotas} bank={bank} locked={locked} onChange={(quotas) => set({ quotas })} />
            ) : (
              <FixedList questions={form.fixed} locked={locked} onChange={(fixed) => set({ fixed })} />
            )}
            <Line label='题目乱序'>
              <Toggle
                checked={form.shuffleQuestions}
                disabled={locked}
                onChange={(shuffleQuestions) => set({ shuffleQuestions })}
              />
            </Line>
            <Line label='选项乱序'>
              <Toggle
                checked={form.shuffleOptions}
                disabled={locked}
                onChange={(shuffleOptions) => set({ shuffleOptions })}
              />
            </Line>
          </View>

          <View className='uh-card'>
            <View className='uh-card__title'>分值与及格</View>
            {QUESTION_TYPES.map((t) => (
              <NumberLine
                key={t}
                label={`${typeLabel(t)}每题（${counts?.[t] ?? 0}题）`}
                value={form.points[t]}
                disabled={locked}
                decimals
                onChange={(v) => set({ points: { ...form.points, [t]: v } })}
              />
            ))}
            <Line label='多选题少选按比例得分'>
              <Toggle
                checked={form.partialCredit}
                disabled={locked}
                onChange={(partialCredit) => set({ partialCredit })}
              />
            </Line>
            <NumberLine
              label={`及格分（总分 ${score(maxScoreOf(form))}）`}
              value={form.passScore}
              disabled={locked}
              decimals
              onChange={(passScore) => set({ passScore })}
            />
          </View>

          <TimingCard form={form} locked={locked} set={set} />

          {unsaved.dirty && <View className='quiz-admin-paper__unsaved'>有未保存的修改</View>}
          <View className='quiz-admin-actions quiz-admin-paper__actions'>
            {!locked && (
              <Button variant='ghost' disabled={busy} onClick={showPreview}>
                预览
              </Button>
            )}
            <Button variant='ghost' busy={busy} busyText='保存中…' onClick={save}>
              {paper ? '保存修改' : '保存草稿'}
            </Button>
            {(!paper || paper.status === 'draft' || paper.status === 'withdrawn') && (
              <Button busy={busy} busyText='发布中…' onClick={publish}>
                发布
              </Button>
            )}
            {paper && paper.status === 'published' && paper.window !== 'closed' && (
              <Button variant='danger' disabled={busy} onClick={close}>
                结束考试
              </Button>
            )}
            {paper && paper.status !== 'draft' && (
              <Button variant='ghost' onClick={() => goTo('quizResults', { id: paper.id })}>
                成绩统计
              </Button>
            )}
          </View>
          {preview && <PreviewView preview={preview} />}
        </View>
      )}
    </Screen>
  );
}
