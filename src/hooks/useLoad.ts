import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/errors';

export interface LoadState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => Promise<void>;
  /** Replaces the loaded data with what an action answered, so the page needs no second read. */
  setData: (data: T) => void;
}

/**
 * Loads a page's data with one call, and again when the page is shown after another page
 * (so a list reflects what the member just did). `key` changes reload it.
 */
export function useLoad<T>(
  loader: () => Promise<T>,
  key: unknown[] = [],
  options: { refreshOnShow?: boolean } = {},
): LoadState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const loaderRef = useRef(loader);
  loaderRef.current = loader;
  const shownOnce = useRef(false);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await loaderRef.current());
      setError(undefined);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: '网络不太好，请稍后重试' }));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, key);

  useDidShow(() => {
    if (shownOnce.current && options.refreshOnShow !== false) void reload();
    shownOnce.current = true;
  });

  return { data, error, loading, reload, setData };
}
