import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NoticeBlockView } from '@domain/contract/notice';
import './index.scss';

export interface NoticeBodyProps {
  /** Paragraphs and images, in order. */
  blocks: NoticeBlockView[];
}

/**
 * A notice's body as members read it: paragraphs in large, selectable text and images at full width
 * (tap to zoom). Used by the notice page and by the organizer's preview, so the preview is what
 * members will see.
 */
export function NoticeBody({ blocks }: NoticeBodyProps) {
  const urls = blocks.flatMap((b) => (b.type === 'img' ? [b.url] : []));
  return (
    <View className='uh-notice-body'>
      {blocks.map((b, i) =>
        b.type === 'p' ? (
          <Text key={i} className='uh-notice-body__p' userSelect>
            {b.text}
          </Text>
        ) : (
          <Image
            key={i}
            className='uh-notice-body__img'
            src={b.url}
            mode='widthFix'
            lazyLoad
            onClick={() => void Taro.previewImage({ current: b.url, urls })}
          />
        ),
      )}
    </View>
  );
}
