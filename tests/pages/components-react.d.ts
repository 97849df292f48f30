/** Taro's H5 React components ship without typings per file; page tests only need them as components. */
declare module '@tarojs/components-react/dist/components/*/index.js' {
  import type { ComponentType } from 'react';
  const Component: ComponentType<Record<string, unknown>>;
  export default Component;
}
