import { Button, Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState, type ReactNode } from 'react';
import type { AdminPaper, PaperPreview } from '@domain/contract/quiz-admin-model';
import { COUNT_MODES, COUNT_MODE_LABELS, QUESTION_TYPES } from '@domain/contract/quiz-model';
import { ROLES, ROLE_LABELS, type Role } from '@domain/roles';
import { call, isApiError, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { score, typeLabel } from '../../../utils/quiz-format';
import { paperStateLabel } from '../status';
import { FixedList } from './fixed-list';
import { blankForm, countsOf, formOf, maxScoreOf, studyHoursOf, toInput, type PaperForm } from './form';
import { StudyHoursLine } from './study-hours';
import { PreviewView } from './preview';
import { QuotasEditor } from './quotas';
import '../admin.scss';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

/**
 * Organizer: set up a paper (who takes it, how it is drawn, points, pass mark, time, window,
 * attempts, which attempt counts, certificate), preview a sample, publish it, end it. Once someone
 * has started, only the title, description, close time and certificate may change.
 */
export default function PaperEdit() {
  const editId = (useRouter().params as Record<string, string | undefined>).id;
  const { data, error, loading, reload } = useLoad(() => call('quizAdmin', 'editorData', editId ? { paperId: editId } : {}), [editId], { refreshOnShow: false });
  const [paper, setPaper] = useState<AdminPaper | null>(null);
  const [form, setForm] = useState<PaperForm | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [preview, setPreview] = useState<PaperPreview | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!data) return;
    setPaper(data.paper);
    setForm(data.paper ? formOf(data.paper) : blankForm(data.units, data.bank, Date.now()));
  }, [data]);

  const units = data?.units ?? [];
  const bank = data?.bank ?? [];
  const locked = paper?.locked ?? false;
  const set = (p: Partial<PaperForm>) => setForm((f) => (f ? { ...f, ...p } : f));

  const fail = (e: unknown) => {
    setProblems(isApiError(e) && e.issues?.length ? e.issues.map((i) => i.message) : [messageOf(e)]);
    void Taro.showToast({ title: messageOf(e), icon: 'none' });
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblems([]);
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const inputOrProblem = () => {
    if (!form) return null;
    const out = toInput(form);
    if ('problem' in out) {
      setProblems([out.problem]);
      void Taro.showToast({ title: out.problem, icon: 'none' });
      return null;
    }
    return out.input;
  };

  const adopt = (saved: AdminPaper, done: string) => {
    setPaper(saved);
    setForm(formOf(saved));
    void Taro.showToast({ title: done, icon: 'success' });
  };

  const save = () => {
    const input = inputOrProblem();
    if (!input || !form) return;
    void run(async () => {
      const saved = await call('quizAdmin', 'savePaper', { ...(paper ? { paperId: paper.id } : {}), paper: input, withCertificate: form.withCertificate, studyHours: studyHoursOf(form) });
      adopt(saved, '已保存');
    });
  };

  const showPreview = () => {
    const input = inputOrProblem();
    if (!input) return;
    void run(async () => setPreview(await call('quizAdmin', 'previewPaper', { paper: input })));
  };

  const publish = async () => {
    if (!paper) return;
    const { confirm } = await Taro.showModal({ title: '发布试卷', content: '发布后，面向的职工到开始时间即可作答；有人开始作答后，题目和评分设置不能再修改。', confirmText: '发布' });
    if (confirm) void run(async () => adopt(await call('quizAdmin', 'publishPaper', { paperId: paper.id }), '已发布'));
  };

  const close = async () => {
    if (!paper) return;
    const { confirm } = await Taro.showModal({ title: '结束考试', content: '结束后不能再开始作答，正在作答的人到时自动交卷。确定结束吗？', confirmText: '结束考试' });
    if (confirm) void run(async () => adopt(await call('quizAdmin', 'closePaper', { paperId: paper.id }), '已结束'));
  };

  const toggleUnit = (id: string) => form && set({ audienceUnits: form.audienceUnits.includes(id) ? form.audienceUnits.filter((u) => u !== id) : [...form.audienceUnits, id] });
  const toggleRole = (r: Role) => form && set({ audienceRoles: form.audienceRoles.includes(r) ? form.audienceRoles.filter((x) => x !== r) : [...form.audienceRoles, r] });
  const state = paper ? paperStateLabel(paper) : null;
  const counts = form ? countsOf(form) : null;

  return (
    <Screen loading={loading && !form} error={error && messageOf(error)} onRetry={reload}>
      {form && (
        <View className='uh-section pe'>
          {paper && state && (
            <View className='uh-card uh-row'>
              <Text className={`uh-tag ${state.tone ? `uh-tag--${state.tone}` : ''}`}>{state.text}</Text>
              <Text className='uh-muted'>已参加 {paper.takenMembers} 人</Text>
            </View>
          )}
          {locked && <View className='uh-card pe-locked'>已有人参加考试：题目和评分设置已锁定，只能修改标题、说明、截止时间和证书。</View>}
          {problems.length > 0 && (
            <View className='uh-card qa-problems'>
              {problems.map((p, i) => (
                <View key={i} className='uh-danger'>
                  {p}
                </View>
              ))}
            </View>
          )}

          <View className='uh-card'>
            <View className='uh-field'>
              <Text className='uh-field__label'>试卷标题</Text>
              <Input className='uh-input' value={form.title} maxlength={60} placeholder='如：工会法律法规知识测试' onInput={(e) => set({ title: e.detail.value })} />
            </View>
            <View className='uh-field'>
              <Text className='uh-field__label'>说明</Text>
              <Textarea className='uh-input pe-desc' value={form.description} maxlength={500} onInput={(e) => set({ description: e.detail.value })} />
            </View>
          </View>

          <View className='uh-card'>
            <View className='uh-card__title'>面向单位（含下级单位）</View>
            <View className='qa-chips'>
              {units.map((u) => (
                <Text key={u.id} className={`qa-chip pe-unit--l${u.level} ${form.audienceUnits.includes(u.id) ? 'qa-chip--on' : ''}`} onClick={() => !locked && toggleUnit(u.id)}>
                  {u.name}
                </Text>
              ))}
            </View>
            <View className='uh-field__label'>面向身份（不选为全部）</View>
            <View className='qa-chips'>
              {ROLES.map((r) => (
                <Text key={r} className={`qa-chip ${form.audienceRoles.includes(r) ? 'qa-chip--on' : ''}`} onClick={() => !locked && toggleRole(r)}>
                  {ROLE_LABELS[r]}
                </Text>
              ))}
            </View>
          </View>

          <View className='uh-card'>
            <View className='uh-card__title'>出题方式</View>
            <View className='qa-chips'>
              {(['random', 'fixed'] as const).map((m) => (
                <Text key={m} className={`qa-chip ${form.mode === m ? 'qa-chip--on' : ''}`} onClick={() => !locked && set({ mode: m })}>
                  {m === 'random' ? '按分类随机抽题（每人不同）' : '固定题目（每人相同）'}
                </Text>
              ))}
            </View>
            {form.mode === 'random' ? (
              <QuotasEditor quotas={form.quotas} bank={bank} locked={locked} onChange={(quotas) => set({ quotas })} />
            ) : (
              <FixedList questions={form.fixed} locked={locked} onChange={(fixed) => set({ fixed })} />
            )}
            <Line label='题目乱序'>
              <Switch checked={form.shuffleQuestions} disabled={locked} onChange={(e) => set({ shuffleQuestions: e.detail.value })} />
            </Line>
            <Line label='选项乱序'>
              <Switch checked={form.shuffleOptions} disabled={locked} onChange={(e) => set({ shuffleOptions: e.detail.value })} />
            </Line>
          </View>

          <View className='uh-card'>
            <View className='uh-card__title'>分值与及格</View>
            {QUESTION_TYPES.map((t) => (
              <Line key={t} label={`${typeLabel(t)}每题（${counts?.[t] ?? 0}题）`}>
                <Input className='uh-input qa-number' type='digit' disabled={locked} value={form.points[t]} onInput={(e) => set({ points: { ...form.points, [t]: e.detail.value } })} />
              </Line>
            ))}
            <Line label='多选题少选按比例得分'>
              <Switch checked={form.partialCredit} disabled={locked} onChange={(e) => set({ partialCredit: e.detail.value })} />
            </Line>
            <Line label={`及格分（总分 ${score(maxScoreOf(form))}）`}>
              <Input className='uh-input qa-number' type='digit' disabled={locked} value={form.passScore} onInput={(e) => set({ passScore: e.detail.value })} />
            </Line>
          </View>

          <View className='uh-card'>
            <View className='uh-card__title'>时间与次数</View>
            <Line label='答题时长（分钟）'>
              <Input className='uh-input qa-number' type='number' disabled={locked} value={form.timeLimitMinutes} onInput={(e) => set({ timeLimitMinutes: e.detail.value })} />
            </Line>
            <When label='开始时间' value={form.opens} disabled={locked} onChange={(opens) => set({ opens })} />
            <When label='截止时间' value={form.closes} disabled={false} onChange={(closes) => set({ closes })} />
            <Line label='总作答次数（空为不限）'>
              <Input className='uh-input qa-number' type='number' disabled={locked} value={form.maxTotal} onInput={(e) => set({ maxTotal: e.detail.value })} />
            </Line>
            <Line label='每天作答次数（空为不限）'>
              <Input className='uh-input qa-number' type='number' disabled={locked} value={form.maxPerDay} onInput={(e) => set({ maxPerDay: e.detail.value })} />
            </Line>
            <View className='uh-field__label'>多次作答时成绩</View>
            <View className='qa-chips'>
              {COUNT_MODES.map((c) => (
                <Text key={c} className={`qa-chip ${form.counts === c ? 'qa-chip--on' : ''}`} onClick={() => !locked && set({ counts: c })}>
                  {COUNT_MODE_LABELS[c]}
                </Text>
              ))}
            </View>
            <Line label='通过后颁发电子证书'>
              <Switch className='pe-cert-switch' checked={form.withCertificate} onChange={(e) => set({ withCertificate: e.detail.value })} />
            </Line>
            <StudyHoursLine form={form} set={set} />
          </View>

          <View className='qa-actions pe-actions'>
            {!locked && (
              <Button className='uh-btn uh-btn--ghost' disabled={busy || undefined} onClick={showPreview}>
                预览
              </Button>
            )}
            <Button className='uh-btn uh-btn--ghost' disabled={busy || undefined} onClick={save}>
              {paper ? '保存修改' : '保存草稿'}
            </Button>
            {paper && (paper.status === 'draft' || paper.status === 'withdrawn') && (
              <Button className='uh-btn' disabled={busy || undefined} onClick={publish}>
                发布
              </Button>
            )}
            {paper && paper.status === 'published' && paper.window !== 'closed' && (
              <Button className='uh-btn uh-btn--ghost' disabled={busy || undefined} onClick={close}>
                结束考试
              </Button>
            )}
            {paper && paper.status !== 'draft' && (
              <Button className='uh-btn uh-btn--ghost' onClick={() => void Taro.navigateTo({ url: `/packages/quiz-admin/results/index?id=${paper.id}` })}>
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

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className='qa-line'>
      <Text>{label}</Text>
      {children}
    </View>
  );
}

function When({ label, value, disabled, onChange }: { label: string; value: { date: string; time: string }; disabled: boolean; onChange: (v: { date: string; time: string }) => void }) {
  return (
    <View className='qa-line'>
      <Text>{label}</Text>
      <View className='uh-row pe-when'>
        <Picker mode='date' value={value.date} disabled={disabled} onChange={(e) => onChange({ ...value, date: String(e.detail.value) })}>
          <View className='uh-input pe-pick'>{value.date}</View>
        </Picker>
        <Picker mode='time' value={value.time} disabled={disabled} onChange={(e) => onChange({ ...value, time: String(e.detail.value) })}>
          <View className='uh-input pe-pick'>{value.time}</View>
        </Picker>
      </View>
    </View>
  );
}
