import Taro, { useDidShow, useLaunch } from '@tarojs/taro';
import { type PropsWithChildren } from 'react';
import { captureGroupEntry } from './api/group-entry';
import { applySavedCareMode } from './hooks/useCareMode';
import './app.scss';

if (process.env.TARO_ENV === 'weapp') {
  // Before any page calls a function: the env id comes from config/cloud.ts at build time.
  Taro.cloud.init({ env: UNION_CLOUD_ENV, traceUser: true });
}

// 关怀模式 saved on this phone applies before the first page draws (dialogs and the H5 tab bar too).
applySavedCareMode();

type EnterOptions = { shareTicket?: string; query?: Record<string, string> } | undefined;

function App({ children }: PropsWithChildren) {
  // Opened from a group's card (cold start or back from the background): remember which group.
  useLaunch((options) => captureGroupEntry(options as EnterOptions));
  useDidShow((options) => captureGroupEntry(options as EnterOptions));
  return children;
}

export default App;
