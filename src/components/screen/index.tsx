import { View, Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { ErrorCode } from '@domain/errors';
import { ApiError } from '../../api/errors';
import { useCareMode } from '../../hooks/useCareMode';
import { PrivacySheet } from '../PrivacySheet';
import { goTo } from '../../navigation';
import { Button } from '../Button';
import { Icon } from '../Icon';
import './index.scss';

export interface ScreenProps {
  children?: ReactNode;
  /** While true and nothing to show yet, a loading state replaces the content. */
  loading?: boolean;
  /**
   * Shown instead of the content: a message, or the failed call's error (then a retry is offered
   * only where trying again can help: a lost signal or a busy server, not a missing item or no access).
   */
  error?: string | ApiError | null;
  onRetry?: () => void;
  /** Offer the way home under an error. @default true */
  homeLink?: boolean;
  /** Extra class on the root, for page-level layout. */
  className?: string;
}

/** Codes for which the same request may well succeed a moment later. */
const RETRYABLE = new Set<ErrorCode>(['INTERNAL', 'RATE_LIMITED']);

/** Every page's root: applies 关怀模式 and shows loading / error states the same way everywhere. */
export function Screen({ children, loading = false, error, onRetry, homeLink = true, className = '' }: ScreenProps) {
  const care = useCareMode();
  const message = error instanceof ApiError ? error.message : error;
  const canRetry = Boolean(onRetry) && (!(error instanceof ApiError) || RETRYABLE.has(error.code));
  return (
    <View className={`uh-screen ${care ? 'uh-care' : ''} ${className}`}>
      {message ? (
        <View className='uh-screen__state'>
          <Icon name='alert' tone='danger' size='lg' />
          <Text className='uh-screen__error'>{message}</Text>
          {canRetry && (
            <Button variant='ghost' icon='refresh' onClick={onRetry} className='uh-screen__action'>
              重试
            </Button>
          )}
          {homeLink && (
            <Button variant='plain' icon='home' onClick={() => goTo('home')} className='uh-screen__action'>
              回到首页
            </Button>
          )}
        </View>
      ) : loading ? (
        <View className='uh-screen__state'>
          <View className='uh-screen__spinner' />
          <Text className='uh-screen__loading'>正在加载…</Text>
        </View>
      ) : (
        children
      )}
      {/* Every page renders Screen, so every page can answer WeChat's privacy consent request. */}
      <PrivacySheet />
    </View>
  );
}
