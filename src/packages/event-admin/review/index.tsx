import { Button, Image, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { ReviewItem } from '@domain/contract/event-admin-model';
import { EVENT_KIND_LABELS } from '@domain/contract/event-model';
import { eventTimeText } from '@domain/rules/event-window';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { TextBox } from '../../../components/Form';
import { say } from '../../../ui/confirm';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

const PAGE_SIZE = 20;

/**
 * Organizer: applications awaiting review from members of my unit (or one event's, from the hub),
 * oldest first, with the proof they uploaded. Approve, or reject with a reason the member sees.
 */
export default function ReviewQueue() {
  const eventId = useParam('eventReview', 'eventId') || undefined;
  const { data, error, loading, reload } = useLoad(
    () => call('eventAdmin', 'listReviewQueue', { page: 1, pageSize: PAGE_SIZE, ...(eventId ? { eventId } : {}) }),
    [eventId],
  );
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { busy, run } = useAction();
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const decide = async (item: ReviewItem, decision: 'approve' | 'reject') => {
    if (decision === 'reject' && !reason.trim()) {
      say('请填写不通过的原因（申请人可见）');
      return;
    }
    await run(async () => {
      // Reloaded either way: a refusal may mean someone else already decided it.
      try {
        const out = await call('eventAdmin', 'review', {
          registrationId: item.registrationId,
          decision,
          ...(decision === 'reject' ? { reason: reason.trim() } : {}),
        });
        const left = out.placesLeft === null ? '' : `，剩余名额 ${out.placesLeft}`;
        say(
          decision === 'approve'
            ? `已通过${out.state === 'waitlisted' ? '（候补）' : ''}${left}`
            : '已驳回，已通知申请人',
        );
        setRejecting(null);
        setReason('');
      } finally {
        await reload();
      }
    });
  };

  const preview = (item: ReviewItem, url: string) => {
    void Taro.previewImage({ urls: item.proofs.map((p) => p.url).filter(Boolean), current: url });
  };

  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>待审核申请</Text>
          {data && <Text className='uh-muted'>共 {data.total} 份</Text>}
        </View>
        {data && data.items.length === 0 && <View className='uh-empty'>没有待审核的申请</View>}
        {data?.items.map((item) => (
          <View key={item.registrationId} className='uh-card event-admin-review__item'>
            <View className='uh-row'>
              <Text className='uh-card__title'>{item.name}</Text>
              <Text className='uh-tag'>{EVENT_KIND_LABELS[item.event.kind]}</Text>
            </View>
            <View className='uh-card__meta'>
              {item.employeeNo} · {item.unitName} · {eventTimeText(item.signedUpAt)}提交
            </View>
            <View className='uh-card__meta'>
              {item.event.title}
              {item.event.placesLeft !== null ? ` · 剩余名额 ${item.event.placesLeft}/${item.event.capacity}` : ''}
            </View>
            {item.answers.map((a) => (
              <View key={a.label} className='event-admin-review__answer'>
                <Text className='event-admin-review__answer-label'>{a.label}：</Text>
                <Text>{a.value}</Text>
              </View>
            ))}
            {item.proofs.length > 0 && (
              <View className='event-admin-review__proofs'>
                {item.proofs.map((p) => (
                  <View key={p.fieldId} className='event-admin-review__proof'>
                    {p.url ? (
                      <Image
                        className='event-admin-review__proof-img'
                        src={p.url}
                        mode='aspectFill'
                        onClick={() => preview(item, p.url)}
                      />
                    ) : (
                      <Text className='event-admin-review__proof-missing'>图片已失效</Text>
                    )}
                    <Text className='uh-muted'>{p.label}</Text>
                  </View>
                ))}
              </View>
            )}
            {rejecting === item.registrationId ? (
              <View className='event-admin-review__reject'>
                <TextBox value={reason} onChange={setReason} max={100} placeholder='不通过的原因（申请人可见）' />
                <View className='uh-row event-admin-review__actions'>
                  <Button
                    className='uh-btn uh-btn--small'
                    disabled={busy || undefined}
                    onClick={() => void decide(item, 'reject')}
                  >
                    确认不通过
                  </Button>
                  <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={() => setRejecting(null)}>
                    取消
                  </Button>
                </View>
              </View>
            ) : (
              <View className='uh-row event-admin-review__actions'>
                <Button
                  className='uh-btn uh-btn--ghost uh-btn--small'
                  disabled={busy || undefined}
                  onClick={() => setRejecting(item.registrationId)}
                >
                  不通过
                </Button>
                <Button
                  className='uh-btn uh-btn--small'
                  disabled={busy || undefined}
                  onClick={() => void decide(item, 'approve')}
                >
                  通过
                </Button>
              </View>
            )}
          </View>
        ))}
        {data && data.total > data.items.length && (
          <View className='uh-muted'>处理完本页后下拉刷新，查看其余 {data.total - data.items.length} 份</View>
        )}
      </View>
    </Screen>
  );
}
