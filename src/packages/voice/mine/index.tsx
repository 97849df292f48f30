import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { listDate } from '@domain/rules/china-time';
import { VOICE_KIND_LABELS, VOICE_STATUS_LABELS } from '@domain/rules/voice-request';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { WaitingTag } from '../../../components/VoiceParts';
import { link } from '../../../navigation';
import '../../../components/VoiceParts/index.scss';

/** 我的诉求: every request I sent, where it stands against its promise, and new replies. */
export default function MyRequests() {
  const { data, error, loading, reload } = useLoad(() => call('voice', 'listMine', { page: 1 }));
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));
  const now = Date.now();
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <Button className='uh-btn' onClick={link('voiceNew')}>
          我要反映
        </Button>
        {data && data.items.length === 0 && <View className='uh-empty'>您还没有反映过问题</View>}
        {data?.items.map((r) => (
          <View key={r.id} className='uh-card voice-mine__row' onClick={link('voiceDetail', { id: r.id })}>
            <View>
              <Text className='uh-tag'>{VOICE_KIND_LABELS[r.kind]}</Text>
              <Text
                className={`uh-tag ${r.status === 'answered' || r.status === 'rated' ? 'uh-tag--ok' : 'uh-tag--muted'}`}
              >
                {VOICE_STATUS_LABELS[r.status]}
              </Text>
              <WaitingTag waiting={r.waiting} />
              {r.anonymous && <Text className='uh-tag uh-tag--muted'>匿名</Text>}
              {r.unreadReplies > 0 && <Text className='uh-badge'>新答复</Text>}
            </View>
            <View className='uh-card__title voice-mine__row-text'>{r.excerpt}</View>
            <View className='uh-card__meta'>
              {listDate(r.createdAt, now)} · {r.handler}办理
            </View>
          </View>
        ))}
      </View>
    </Screen>
  );
}
