import { Text, View } from '@tarojs/components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LiveAttempt } from '@domain/contract/quiz-model';
import { call, isApiError } from '../../../api';
import { Button } from '../../../components/Button';
import { ChoiceList } from '../../../components/ChoiceList';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { replaceWith, useParam } from '../../../navigation';
import { confirm, say } from '../../../ui/confirm';
import { clock, score, typeLabel } from '../../../utils/quiz-format';
import { AnswerSaver, type SaveStatus } from './saver';
import './index.scss';

const toResult = (attemptId: string) => replaceWith('paperResult', { attemptId });

/** Long enough to see the choice land, short enough not to wait for it. */
const ADVANCE_MS = 450;

/**
 * One question per screen. Every choice is saved to the server at once; the countdown starts from
 * the server's remaining seconds; a reload, a lost signal or another phone resumes from the server.
 * A single-choice or true/false answer moves on to the next question by itself (上一题 goes back);
 * multiple choice waits for 下一题. The last question's button is the one 交卷.
 */
export default function PaperAnswer() {
  const attemptId = useParam('paperAnswer', 'attemptId');
  const { data, error, loading, reload } = useLoad(() => call('quiz', 'resume', { attemptId }), [attemptId], {
    refreshOnShow: false,
  });
  const live: LiveAttempt | null = data && data.state === 'in_progress' ? data : null;

  const [answers, setAnswers] = useState<string[][]>([]);
  const [flagged, setFlagged] = useState<boolean[]>([]);
  const [index, setIndex] = useState(0);
  const [sheet, setSheet] = useState(false);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [endAt, setEndAt] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  // One hand-in at a time (a failure is a toast and answering goes on); once in, answers are closed.
  const { busy: submitting, run } = useAction();
  const handedIn = useRef(false);
  const advance = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(advance.current), []);

  const saver = useMemo(
    () =>
      new AnswerSaver({
        send: async (i, change) => {
          await call('quiz', 'saveAnswer', { attemptId, index: i, ...change });
        },
        isFinal: (e) => isApiError(e) && (e.code === 'CLOSED' || e.code === 'NOT_FOUND' || e.code === 'BAD_REQUEST'),
        onStatus: setStatus,
      }),
    [attemptId],
  );
  useEffect(() => () => saver.stop(), [saver]);

  useEffect(() => {
    if (!data) return;
    if (data.state === 'submitted') {
      toResult(data.attemptId);
      return;
    }
    if (data.state !== 'in_progress') return;
    setAnswers(data.answers);
    setFlagged(data.flagged);
    const firstOpen = data.answers.findIndex((a) => a.length === 0);
    setIndex(firstOpen === -1 ? 0 : firstOpen);
    // The phone's clock only measures time passing since the server said how much was left.
    const at = Date.now();
    setNow(at);
    setEndAt(at + data.remainingSeconds * 1000);
  }, [data]);

  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const remaining = live && endAt ? Math.max(0, Math.ceil((endAt - now) / 1000)) : null;

  const submit = async (auto: boolean) => {
    if (!live || handedIn.current) return;
    await run(async () => {
      saver.stop();
      await call('quiz', 'submit', { attemptId, answers: saver.unsaved() });
      handedIn.current = true;
      if (auto) say('时间到，已自动交卷');
      toResult(attemptId);
    });
  };

  // The countdown fires the hand-in once, when it reaches zero, with the answers of that moment.
  const submitNow = useRef(submit);
  submitNow.current = submit;
  const timeUp = remaining === 0;
  useEffect(() => {
    if (timeUp) void submitNow.current(true);
  }, [timeUp]);

  useEffect(() => {
    // The server refused a save: the time is up or the paper was handed in elsewhere.
    if (status === 'closed') void reload();
  }, [status, reload]);

  const confirmSubmit = async () => {
    const blank = answers.filter((a) => a.length === 0).length;
    const ok = await confirm({
      title: '确认交卷',
      content: blank ? `还有${blank}题未作答，交卷后不能修改。` : '已全部作答。交卷后不能修改。',
      confirmText: '交卷',
      cancelText: '再检查',
    });
    if (ok) void submit(false);
  };

  if (!live) return <Screen loading={loading || data?.state === 'submitted'} error={error} onRetry={reload} />;

  const q = live.questions[index];
  const chosen = answers[index] ?? [];
  const total = live.questions.length;
  const goToQuestion = (i: number) => {
    clearTimeout(advance.current);
    setIndex(i);
  };
  const choose = (token: string) => {
    if (submitting || handedIn.current) return;
    const next =
      q.type === 'multiple'
        ? chosen.includes(token)
          ? chosen.filter((t) => t !== token)
          : [...chosen, token]
        : [token];
    setAnswers((prev) => prev.map((a, i) => (i === index ? next : a)));
    saver.queue(index, { tokens: next });
    // One answer settles a single-choice or true/false question: on to the next one.
    if (q.type !== 'multiple' && index < total - 1) {
      clearTimeout(advance.current);
      const from = index;
      advance.current = setTimeout(() => setIndex((at) => (at === from ? from + 1 : at)), ADVANCE_MS);
    }
  };
  const toggleFlag = () => {
    const value = !flagged[index];
    setFlagged((prev) => prev.map((f, i) => (i === index ? value : f)));
    saver.queue(index, { flagged: value });
  };
  const done = answers.filter((a) => a.length > 0).length;
  const last = index === total - 1;

  return (
    <Screen className='paper-answer'>
      <View className='study-paper-answer__bar'>
        <Text className='study-paper-answer__progress'>
          第{index + 1}/{total}题
        </Text>
        <Text className={`study-paper-answer__save study-paper-answer__save--${status}`}>
          {status === 'retrying'
            ? '未保存，重试中'
            : status === 'saving'
              ? '保存中'
              : status === 'saved'
                ? '已保存'
                : ''}
        </Text>
        <Text className={`study-paper-answer__timer ${remaining !== null && remaining <= 60 ? 'uh-danger' : ''}`}>
          {clock(remaining ?? 0)}
        </Text>
      </View>

      <View className='uh-section'>
        <View className='uh-card'>
          <View className='study-paper-answer__meta'>
            <Text className='uh-tag'>{typeLabel(q.type)}</Text>
            <Text className='uh-muted'>{score(q.points)}分</Text>
            {flagged[index] && <Text className='uh-tag uh-tag--warn'>已标记</Text>}
          </View>
          <View className='study-paper-answer__stem'>{q.stem}</View>
          <View className='uh-muted'>
            {q.type === 'multiple'
              ? '（多选，选好后点“下一题”）'
              : last
                ? '（选择后点“交卷”）'
                : '（选择后自动进入下一题）'}
          </View>
        </View>
        <ChoiceList
          choices={q.options.map((o) => ({ key: o.token, text: o.text }))}
          selected={chosen}
          onTap={choose}
          multiple={q.type === 'multiple'}
        />

        <View className='study-paper-answer__nav'>
          <Button variant='ghost' disabled={index === 0} onClick={() => goToQuestion(index - 1)}>
            上一题
          </Button>
          <Button variant='ghost' onClick={toggleFlag}>
            {flagged[index] ? '取消标记' : '标记'}
          </Button>
          {last ? (
            <Button onClick={confirmSubmit}>交卷</Button>
          ) : (
            <Button variant={q.type === 'multiple' ? 'primary' : 'ghost'} onClick={() => goToQuestion(index + 1)}>
              下一题
            </Button>
          )}
        </View>
        <View className='study-paper-answer__nav'>
          <Button variant='plain' onClick={() => setSheet(!sheet)}>
            答题卡 {done}/{total}
          </Button>
        </View>

        {sheet && (
          <View className='uh-card study-paper-answer__sheet'>
            {live.questions.map((x) => (
              <View
                key={x.index}
                className={`study-paper-answer__cell ${answers[x.index]?.length ? 'study-paper-answer__cell--done' : ''} ${flagged[x.index] ? 'study-paper-answer__cell--flag' : ''} ${
                  x.index === index ? 'study-paper-answer__cell--current' : ''
                }`}
                onClick={() => {
                  goToQuestion(x.index);
                  setSheet(false);
                }}
              >
                {x.index + 1}
              </View>
            ))}
            <View className='uh-card__meta study-paper-answer__legend'>实心：已答　黄色：已标记　框线：当前题</View>
            {!last && (
              <Button variant='ghost' className='study-paper-answer__early' onClick={confirmSubmit}>
                提前交卷
              </Button>
            )}
          </View>
        )}
      </View>
    </Screen>
  );
}
