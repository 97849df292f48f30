import { Button, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import type { LessonView } from '@domain/contract/training-model';
import { STUDY_SUBJECT_LABELS, hoursText } from '@domain/rules/training-subjects';
import { call, messageOf } from '../../../api';
import { NoticeBody } from '../../../components/NoticeBody';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { say } from '../../../ui/confirm';
import { studyTime } from '../format';
import { openArticle } from './open-article';
import '../training.scss';

const clock = (s: number): string => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** A lesson to read: its clock runs on the server from opening; the finish button sits at the end. */
export default function LessonReader() {
  const id = useParam('trainingLesson', 'id');
  const { data, error, loading, reload } = useLoad(() => call('training', 'getLesson', { lessonId: id }), [id], {
    refreshOnShow: false,
  });
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && <Reader lesson={data} />}
    </Screen>
  );
}

interface Session {
  session: string;
  /** Local time at which the server's minimum is met (server offsets cancel out). */
  readyAt: number;
}

function Reader({ lesson }: { lesson: LessonView }) {
  const [session, setSession] = useState<Session>();
  const [credited, setCredited] = useState(lesson.creditedAt !== null);
  const [now, setNow] = useState(Date.now());
  const { busy, run, problem, setProblem } = useAction({ inline: true });
  const started = useRef(false);

  useEffect(() => {
    if (credited || started.current) return;
    started.current = true;
    const asked = Date.now();
    call('training', 'startLesson', { lessonId: lesson.id })
      .then((s) => {
        if (s.credited) setCredited(true);
        setSession({ session: s.session, readyAt: asked + (s.finishableAt - s.startedAt) });
        setNow(Date.now());
      })
      .catch((e: unknown) => setProblem(messageOf(e)));
  }, [credited, lesson.id, setProblem]);

  useEffect(() => {
    if (credited || !session) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [credited, session]);

  const left = session ? Math.max(0, Math.ceil((session.readyAt - now) / 1000)) : lesson.minSeconds;

  const finish = async () => {
    if (!session) return;
    await run(async () => {
      const out = await call('training', 'finishLesson', { lessonId: lesson.id, session: session.session });
      if (out.outcome === 'too_early') {
        setSession({ ...session, readyAt: Date.now() + out.secondsLeft * 1000 });
        return;
      }
      setCredited(true);
      say(out.outcome === 'credited' ? `已计入${hoursText(out.hours)}学时` : '已学习过');
    });
  };

  return (
    <View className='training-reader'>
      <View className='uh-section'>
        <View className='uh-title'>{lesson.title}</View>
        <View className='uh-card__meta'>
          {STUDY_SUBJECT_LABELS[lesson.subject]} · {hoursText(lesson.hours)}学时 · 至少学习
          {studyTime(lesson.minSeconds)} · {lesson.ownerUnitName}
        </View>
      </View>
      <View className='uh-section uh-card'>
        {lesson.format === 'link' && lesson.link ? (
          <>
            {lesson.summary && <Text className='training-reader__p'>{lesson.summary}</Text>}
            <Button className='uh-btn' onClick={() => openArticle(lesson.link!)}>
              阅读公众号文章
            </Button>
          </>
        ) : (
          <NoticeBody blocks={lesson.blocks} />
        )}
      </View>
      <View className='training-reader__bar'>
        {problem && <View className='uh-danger training-reader__status'>{problem}</View>}
        {credited ? (
          <View className='training-reader__status training-reader__done'>
            已学完，{hoursText(lesson.hours)}学时已计入
          </View>
        ) : (
          <>
            <Button
              className='uh-btn training-reader__finish'
              disabled={busy || !session || left > 0 || undefined}
              onClick={() => void finish()}
            >
              {left > 0 ? `还需学习 ${clock(left)}` : '完成学习'}
            </Button>
            <View className='training-reader__status'>读完全文并达到最短学习时间后，点“完成学习”计入学时</View>
          </>
        )}
      </View>
    </View>
  );
}
