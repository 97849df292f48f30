import { Button, Text, View } from '@tarojs/components';
import type { OpenNow, ProgressView } from '@domain/contract/training-model';
import { chinaDate, chinaTime, listDate } from '@domain/rules/china-time';
import { STUDY_SOURCE_LABELS, STUDY_SUBJECT_LABELS, hoursText } from '@domain/rules/training-subjects';
import { call, messageOf } from '../../../api';
import { subscribe } from '../../../api/subscribe';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { studyTime } from '../format';
import { SubjectBars } from '../subject-bars';
import { link } from '../../../navigation';
import { say } from '../../../ui/confirm';
import '../training.scss';

/** My study hours this year: where I stand by subject, what is left, and what is open now to earn it. */
export default function TrainingProgress() {
  const progress = useLoad(() => call('training', 'getProgress', {}));
  const open = useLoad(() => call('training', 'listOpenNow', {}));
  const data = progress.data;
  return (
    <Screen
      loading={progress.loading && !data}
      error={progress.error && messageOf(progress.error)}
      onRetry={progress.reload}
    >
      {data && (
        <>
          <Summary p={data} />
          <OpenToEarn p={data} open={open.data} />
          <Entries p={data} />
          <View className='uh-section training-links'>
            <Button className='uh-btn uh-btn--ghost' onClick={link('trainingEssays')}>
              写心得 · 工作交流
            </Button>
            {data.certificateReady && (
              <Button className='uh-btn uh-btn--ghost' onClick={link('hoursCertificate', { year: String(data.year) })}>
                学时证明
              </Button>
            )}
            <Button className='uh-btn uh-btn--ghost' onClick={() => void remindMe()}>
              订阅学时提醒
            </Button>
            <Button className='uh-btn uh-btn--ghost' onClick={link('trainingVerify')}>
              证书查验
            </Button>
          </View>
        </>
      )}
    </Screen>
  );
}

/** Must run from the tap: WeChat only shows the subscription dialog then. */
async function remindMe(): Promise<void> {
  try {
    const { accepted } = await subscribe(['training_reminder']);
    say(accepted.length ? '已订阅一次学时提醒' : '未订阅');
  } catch (e) {
    say(messageOf(e));
  }
}

function Summary({ p }: { p: ProgressView }) {
  const s = p.standing;
  return (
    <View className='uh-section'>
      <View className='uh-card training-summary'>
        <View className='uh-card__meta'>{p.year}年度学时</View>
        <View className='training-summary__total'>
          <Text className='training-progress__earned'>{hoursText(s.earned)}</Text>
          <Text className='uh-muted'> / 应修 {hoursText(s.required)} 学时</Text>
        </View>
        {p.plan.planned ? (
          <View className='uh-card__meta'>
            {p.plan.audience} · {p.plan.deadline ? `${chinaDate(p.plan.deadline)}前完成` : ''}
            {s.done ? ' · 已完成年度计划' : ` · 还差 ${hoursText(s.left)} 学时`}
          </View>
        ) : (
          <View className='uh-card__meta'>本单位本年度暂无培训计划，所修学时照常记录。</View>
        )}
        <SubjectBars subjects={s.subjects} />
      </View>
    </View>
  );
}

function OpenToEarn({ p, open }: { p: ProgressView; open: OpenNow | undefined }) {
  const none = p.lessons.length === 0 && !open?.meetings.length && !open?.papers.length;
  return (
    <View className='uh-section'>
      <View className='uh-section__title'>
        <Text>现在可以学</Text>
      </View>
      {none && <View className='uh-empty'>暂时没有可以计学时的学习内容</View>}
      {p.lessons.map((l) => (
        <View
          key={l.id}
          className='uh-card training-progress__lesson-card'
          onClick={link('trainingLesson', { id: l.id })}
        >
          <View className='uh-row'>
            <Text className='uh-card__title'>{l.title}</Text>
            <Text className='uh-tag training-hours'>{hoursText(l.hours)}学时</Text>
          </View>
          <View className='uh-card__meta'>
            学习资料 · {STUDY_SUBJECT_LABELS[l.subject]} · 至少{studyTime(l.minSeconds)}
          </View>
        </View>
      ))}
      {open?.meetings.map((m) => (
        <View key={m.eventId} className='uh-card' onClick={link('eventDetail', { id: m.eventId })}>
          <View className='uh-row'>
            <Text className='uh-card__title'>{m.title}</Text>
            <Text className='uh-tag training-hours'>{hoursText(m.hours)}学时</Text>
          </View>
          <View className='uh-card__meta'>
            培训会议 · {STUDY_SUBJECT_LABELS[m.subject]} · {chinaTime(m.startsAt)} · {m.place} · 签到后计入
          </View>
        </View>
      ))}
      {open?.papers.map((x) => (
        <View key={x.paperId} className='uh-card' onClick={link('paperIntro', { id: x.paperId })}>
          <View className='uh-row'>
            <Text className='uh-card__title'>{x.title}</Text>
            <Text className='uh-tag training-hours'>{hoursText(x.hours)}学时</Text>
          </View>
          <View className='uh-card__meta'>
            考试 · {STUDY_SUBJECT_LABELS[x.subject]} · 通过后计入 · {chinaDate(x.closesAt)}截止
          </View>
        </View>
      ))}
    </View>
  );
}

function Entries({ p }: { p: ProgressView }) {
  return (
    <View className='uh-section'>
      <View className='uh-section__title'>
        <Text>学时记录</Text>
      </View>
      {p.entries.length === 0 && <View className='uh-empty'>今年还没有学时记录</View>}
      {p.entries.map((e, i) => (
        <View key={i} className='uh-card training-entry'>
          <View className='uh-row'>
            <Text className='training-entry__title'>{e.title}</Text>
            <Text className='training-entry__hours'>+{hoursText(e.hours)}</Text>
          </View>
          <View className='uh-card__meta'>
            {STUDY_SOURCE_LABELS[e.source]} · {STUDY_SUBJECT_LABELS[e.subject]} · {listDate(e.at, Date.now())} ·{' '}
            {e.proof}
          </View>
        </View>
      ))}
    </View>
  );
}
