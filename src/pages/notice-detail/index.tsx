import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { NoticeLinkKind } from '@domain/contract/notice';
import { chinaTime } from '@domain/rules/china-time';
import { pageUrl } from '@domain/routes';
import { call, messageOf } from '../../api';
import { groupCloudIdFor } from '../../api/group-entry';
import { subscribe } from '../../api/subscribe';
import { NoticeBody } from '../../components/NoticeBody';
import { Screen } from '../../components/screen';
import { useGroupShare } from '../../hooks/useGroupShare';
import { useLoad } from '../../hooks/useLoad';
import { goTo } from '../../navigation';
import { say } from '../../ui/confirm';
import './index.scss';

/** Where a linked event or paper opens. */
const LINK_PAGES: Record<NoticeLinkKind, { open: (id: string) => void; action: string }> = {
  event: { open: (id) => goTo('eventDetail', { id }), action: '去报名' },
  paper: { open: (id) => goTo('paperIntro', { id }), action: '去答题' },
};

/**
 * One notice. Opening it records the member's read receipt in the same call that loads it; when it
 * was opened from a WeChat group's card, that call also counts the group.
 */
export default function NoticeDetail() {
  const params = useRouter().params as Record<string, string | undefined>;
  const id = params.id ?? '';
  const { data, error, loading, reload } = useLoad(
    async () => call('notice', 'open', { id, cloudID: await groupCloudIdFor(id, params) }),
    [id],
    // A receipt is written once; reopening after another page needs no second call.
    { refreshOnShow: false },
  );
  const [subscribed, setSubscribed] = useState(false);

  useGroupShare(data ? { title: data.title, path: pageUrl('noticeDetail', { id: data.id }) } : null);

  // Must stay a direct tap handler: WeChat only shows the subscribe dialog from a tap.
  const remindMe = async () => {
    try {
      const { accepted } = await subscribe(['notice']);
      setSubscribed(accepted.length > 0);
      say(accepted.length ? '有新通知时会提醒您' : '未订阅');
    } catch (e) {
      say(messageOf(e));
    }
  };

  const link = data?.link ? LINK_PAGES[data.link.kind] : null;
  return (
    <Screen
      loading={loading && !data}
      error={error && messageOf(error)}
      onRetry={error?.code === 'NOT_FOUND' ? undefined : reload}
    >
      {data && (
        <View className='uh-section notice-detail'>
          <View className='uh-card'>
            <View className='notice-detail__tags'>
              {data.pinned && <Text className='uh-tag uh-tag--warn'>置顶</Text>}
              <Text className='uh-tag'>{data.category}</Text>
            </View>
            <View className='uh-title notice-detail__title'>{data.title}</View>
            <View className='uh-card__meta notice-detail__meta'>
              {data.issuer} · {chinaTime(data.publishedAt)}
            </View>
            <NoticeBody blocks={data.blocks} />
          </View>

          {data.link && link && (
            <View className='uh-card notice-detail__link'>
              <Text className='uh-card__meta'>相关{data.link.kind === 'event' ? '活动' : '考试'}</Text>
              <View className='uh-card__title'>{data.link.title}</View>
              <Button className='uh-btn' onClick={() => link.open(data.link!.id)}>
                {link.action}
              </Button>
            </View>
          )}

          {data.group && (
            <View className='uh-card notice-detail__group'>
              <Text>本群已有 </Text>
              <Text className='uh-big notice-detail__group-count'>{data.group.readers}</Text>
              <Text> 人阅读</Text>
            </View>
          )}

          <View className='notice-detail__actions'>
            <Text className='uh-muted'>{data.firstRead ? '已记录您的阅读' : '您已阅读过本通知'}</Text>
            {!subscribed && (
              <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={remindMe}>
                有新通知时提醒我
              </Button>
            )}
            {process.env.TARO_ENV === 'weapp' && (
              <Button className='uh-btn uh-btn--small' openType='share'>
                转发到工作群
              </Button>
            )}
          </View>
        </View>
      )}
    </Screen>
  );
}
