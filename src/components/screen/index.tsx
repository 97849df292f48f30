import { View, Text, Button } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useCareMode } from '../../hooks/useCareMode';
import { PrivacySheet } from '../PrivacySheet';
import './index.scss';

export interface ScreenProps {
  children?: ReactNode;
  /** While true and nothing to show yet, a loading line replaces the content. */
  loading?: boolean;
  /** A message to show instead of the content, with a retry button when onRetry is given. */
  error?: string;
  onRetry?: () => void;
  /** Extra class on the root, for page-level layout. */
  className?: string;
}

/** Every page's root: applies 关怀模式 and shows loading / error states the same way everywhere. */
export function Screen({ children, loading = false, error, onRetry, className = '' }: ScreenProps) {
  const care = useCareMode();
  return (
    <View className={`uh-screen ${care ? 'uh-care' : ''} ${className}`}>
      {error ? (
        <View className='uh-screen__state'>
          <Text className='uh-screen__error'>{error}</Text>
          {onRetry && (
            <Button className='uh-btn uh-btn--ghost' onClick={onRetry}>
              重试
            </Button>
          )}
        </View>
      ) : loading ? (
        <View className='uh-screen__state'>
          <Text className='uh-muted'>加载中…</Text>
        </View>
      ) : (
        children
      )}
      {/* Every page renders Screen, so every page can answer WeChat's privacy consent request. */}
      <PrivacySheet />
    </View>
  );
}
