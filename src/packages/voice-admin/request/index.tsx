import { Text, View } from '@tarojs/components';
import { chinaDate, chinaTime } from '@domain/rules/china-time';
import { RATING_LABELS } from '@domain/rules/voice-request';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { RequestHead, RequestImages, Timeline, WaitingTag } from '../../../components/VoiceParts';
import { useParam } from '../../../navigation';
import { HandlerActions } from './actions';
import '../../../components/VoiceParts/index.scss';
import '../admin.scss';

/** One request as the handling union sees it (an anonymous writer is 匿名职工, nothing more), and its steps. */
export default function HandleRequest() {
  const id = useParam('voiceAdminRequest', 'id');
  const {
    data: r,
    error,
    loading,
    reload,
    setData: setView,
  } = useLoad(() => call('voice', 'getRequest', { id }), [id]);
  return (
    <Screen loading={loading && !r} error={error && messageOf(error)} onRetry={reload}>
      {r && (
        <View className='uh-section voice-admin-request'>
          <View className='uh-card'>
            <RequestHead request={r}>
              <WaitingTag waiting={r.waiting} />
              {r.escalated && <Text className='uh-tag uh-tag--warn'>督办：{r.handler}</Text>}
              {r.adopted && <Text className='uh-tag uh-tag--ok'>已采纳</Text>}
            </RequestHead>
            <View className='uh-card__meta voice-admin-request__who'>
              {r.writer} · {r.unitName} · {chinaTime(r.createdAt)}
            </View>
            <View className='uh-muted'>
              承诺{r.promise.days}个工作日内答复（{r.promise.byDay}前）
              {r.dueAt ? `，当前时限${chinaDate(r.dueAt - 1)}` : ''}
              {r.promise.answeredOnTime !== null ? (r.promise.answeredOnTime ? '，已按时答复' : '，答复超时') : ''}
            </View>
            <View className='voice-parts__body'>{r.text}</View>
            <RequestImages images={r.images} />
            {r.rating && <View className='uh-muted'>职工评价：{RATING_LABELS[r.rating]}</View>}
            {r.merged > 0 && <View className='uh-muted'>已合并同类诉求 {r.merged} 件</View>}
          </View>
          <HandlerActions request={r} onChange={setView} />
          <View className='uh-card'>
            <View className='uh-card__title'>办理经过</View>
            <Timeline entries={r.timeline} />
          </View>
        </View>
      )}
    </Screen>
  );
}
