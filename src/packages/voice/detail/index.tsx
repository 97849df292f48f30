import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { chinaDate } from '@domain/rules/china-time';
import { RATING_LABELS } from '@domain/rules/voice-request';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { RequestHead, RequestImages, Timeline, WaitingTag } from '../../../components/VoiceParts';
import { useParam } from '../../../navigation';
import { say } from '../../../ui/confirm';
import { WriterActions } from './actions';
import '../../../components/VoiceParts/index.scss';

/** One of my requests: where it stands, the promise, what was said, and what I may do now. */
export default function RequestDetail() {
  const id = useParam('voiceDetail', 'id');
  const fresh = useParam('voiceDetail', 'new');
  const { data: r, error, loading, reload, setData: setView } = useLoad(() => call('voice', 'getMine', { id }), [id]);
  useEffect(() => {
    if (fresh) say('已提交');
  }, [fresh]);
  return (
    <Screen loading={loading && !r} error={error && messageOf(error)} onRetry={reload}>
      {r && (
        <View className='uh-section voice-detail'>
          <View className='uh-card'>
            <RequestHead request={r}>
              {r.anonymous && <Text className='uh-tag uh-tag--muted'>匿名</Text>}
              {r.adopted && <Text className='uh-tag uh-tag--ok'>建议已采纳</Text>}
              <WaitingTag waiting={r.waiting} />
            </RequestHead>
            <View className='voice-parts__promise voice-detail__promise'>
              {r.promise.answeredOnTime === null
                ? `${r.handler}办理中 · 承诺${r.promise.days}个工作日内答复（${r.promise.byDay}前）`
                : r.promise.answeredOnTime
                  ? `已在承诺时间内答复（承诺${r.promise.byDay}前）`
                  : `答复晚于承诺时间（承诺${r.promise.byDay}前）`}
              {r.promise.answeredOnTime === null && r.timeline.some((e) => e.kind === 'escalated') && (
                <View className='uh-muted'>
                  已超过承诺时间，现由{r.handler}督办{r.dueAt ? `（${chinaDate(r.dueAt - 1)}前）` : ''}
                </View>
              )}
            </View>
            <View className='voice-parts__body'>{r.text}</View>
            <RequestImages images={r.images} />
            {r.rating && <View className='uh-muted'>我的评价：{RATING_LABELS[r.rating]}</View>}
          </View>
          {r.mergedInto && (
            <View className='uh-card'>
              <View className='uh-card__title'>已与同类诉求合并办理</View>
              <View className='uh-muted'>“{r.mergedInto.excerpt}”</View>
              {r.mergedInto.replies.length ? (
                <Timeline entries={r.mergedInto.replies} />
              ) : (
                <View className='uh-muted'>答复后会同时通知您。</View>
              )}
            </View>
          )}
          <View className='uh-card'>
            <View className='uh-card__title'>办理经过</View>
            <Timeline entries={r.timeline} />
          </View>
          <WriterActions request={r} onChange={setView} />
        </View>
      )}
    </Screen>
  );
}
