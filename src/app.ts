import Taro from '@tarojs/taro';
import { type PropsWithChildren } from 'react';
import './app.scss';

if (process.env.TARO_ENV === 'weapp') {
  // Before any page calls a function: the env id comes from config/cloud.ts at build time.
  Taro.cloud.init({ env: UNION_CLOUD_ENV, traceUser: true });
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
