import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

export interface PagerProps {
  /** The row's classes: each list keeps its own spacing. */
  className: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** Where the reader is, e.g. 第 2 / 5 页. */
  children: ReactNode;
}

/** 上一页 · where you are · 下一页 under a paged list; a button does nothing at its end. */
export function Pager({ className, page, pages, onPage, children }: PagerProps) {
  // `|| undefined`: Taro H5 writes disabled={false} as a disabled attribute.
  return (
    <View className={className}>
      <Button
        className='uh-btn uh-btn--ghost uh-btn--small'
        disabled={page <= 1 || undefined}
        onClick={() => onPage(page - 1)}
      >
        上一页
      </Button>
      <Text className='uh-muted'>{children}</Text>
      <Button
        className='uh-btn uh-btn--ghost uh-btn--small'
        disabled={page >= pages || undefined}
        onClick={() => onPage(page + 1)}
      >
        下一页
      </Button>
    </View>
  );
}
