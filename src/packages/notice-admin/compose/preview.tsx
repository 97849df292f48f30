import { Button, Text, View } from '@tarojs/components';
import type { NoticeLinkView } from '@domain/contract/notice';
import type { NoticeCategory } from '@domain/rules/notice-content';
import { chinaTime } from '@domain/rules/china-time';
import { NoticeBody } from '../../../components/NoticeBody';
import { Screen } from '../../../components/screen';
import type { EditBlock } from './blocks';

export interface NoticePreviewProps {
  title: string;
  category: NoticeCategory;
  pinned: boolean;
  /** Scheduled time, or null for "now". */
  publishAt: number | null;
  blocks: EditBlock[];
  link: NoticeLinkView | null;
  onBack: () => void;
}

/** The notice as a member will see it, before it goes out. */
export function NoticePreview({ title, category, pinned, publishAt, blocks, link, onBack }: NoticePreviewProps) {
  return (
    <Screen>
      <View className='uh-section'>
        <View className='uh-card'>
          <View className='notice-admin-compose__preview-tags'>
            {pinned && <Text className='uh-tag uh-tag--warn'>置顶</Text>}
            <Text className='uh-tag'>{category}</Text>
          </View>
          <View className='uh-title'>{title || '（未填写标题）'}</View>
          <View className='uh-card__meta notice-admin-compose__preview-meta'>{chinaTime(publishAt ?? Date.now())}</View>
          <NoticeBody blocks={blocks} />
        </View>
        {link && (
          <View className='uh-card'>
            相关{link.kind === 'event' ? '活动' : '考试'}：{link.title}
          </View>
        )}
        <Button className='uh-btn uh-btn--ghost' onClick={onBack}>
          返回编辑
        </Button>
      </View>
    </Screen>
  );
}
