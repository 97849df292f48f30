import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { MyPaperState, PaperCard } from '@domain/contract/quiz-model';
import { chinaTime } from '@domain/rules/china-time';
import { call, messageOf } from '../../api';
import { Screen } from '../../components/screen';
import { useLoad } from '../../hooks/useLoad';
import { limit, score } from '../../utils/quiz-format';
import { link } from '../../navigation';
import { Empty } from '../../components/Empty';
import './index.scss';

const STATE: Record<MyPaperState, { label: string; tag: string }> = {
  todo: { label: '待参加', tag: 'uh-tag' },
  in_progress: { label: '作答中', tag: 'uh-tag uh-tag--warn' },
  passed: { label: '已通过', tag: 'uh-tag uh-tag--ok' },
  failed: { label: '未通过', tag: 'uh-tag uh-tag--muted' },
};

function Card({ p }: { p: PaperCard }) {
  const open = p.window === 'open';
  return (
    <View className='uh-card papers__card' onClick={link('paperIntro', { id: p.id })}>
      <View className='papers__tags'>
        {open ? (
          <Text className={STATE[p.state].tag}>{STATE[p.state].label}</Text>
        ) : (
          <Text className='uh-tag uh-tag--muted'>即将开始</Text>
        )}
        {p.countedScore !== null && <Text className='papers__score'>{score(p.countedScore)}分</Text>}
      </View>
      <View className='uh-card__title'>{p.title}</View>
      <View className='uh-card__meta'>
        {p.questionCount}题 · 限时{p.timeLimitMinutes}分钟 · 满分{score(p.maxScore)} · {score(p.passScore)}分及格
      </View>
      <View className='uh-card__meta'>{open ? `截止 ${chinaTime(p.closesAt)}` : `开始 ${chinaTime(p.opensAt)}`}</View>
      {open && p.state !== 'in_progress' && <View className='uh-card__meta'>可作答次数：{limit(p.attemptsLeft)}</View>}
    </View>
  );
}

/** Papers open to me now and coming soon; one call on load. */
export default function Papers() {
  const { data, error, loading, reload } = useLoad(() => call('quiz', 'listPapers', {}));
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));
  const open = data?.items.filter((p) => p.window === 'open') ?? [];
  const upcoming = data?.items.filter((p) => p.window === 'upcoming') ?? [];
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-card uh-row' onClick={link('trainingProgress')}>
          <Text className='uh-card__title'>我的学时</Text>
          <Text className='uh-muted'>年度进度 · 学习资料 · 心得 ›</Text>
        </View>
        <View className='uh-section__title'>
          <Text>正在进行</Text>
        </View>
        {data && open.length === 0 && (
          <Empty text='暂时没有可参加的考试' hint='工会发布考试后会显示在这里；可先看看错题本' icon='study' />
        )}
        {open.map((p) => (
          <Card key={p.id} p={p} />
        ))}
      </View>
      {upcoming.length > 0 && (
        <View className='uh-section'>
          <View className='uh-section__title'>
            <Text>即将开始</Text>
          </View>
          {upcoming.map((p) => (
            <Card key={p.id} p={p} />
          ))}
        </View>
      )}
      <View className='uh-section papers__links'>
        <Button className='uh-btn uh-btn--ghost' onClick={link('wrongBook')}>
          错题本
        </Button>
        <Button className='uh-btn uh-btn--ghost' onClick={link('studyRecord')}>
          学习记录
        </Button>
      </View>
    </Screen>
  );
}
