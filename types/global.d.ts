/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

/** Base URL of the local server for the H5 build ('' = same origin). Injected by config/index.ts. */
declare const UNION_API_BASE: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
    NODE_ENV: 'development' | 'production' | 'test';
  }
}

/** WeChat cloud environment id for Taro.cloud.init. Injected from config/cloud.ts. */
declare const UNION_CLOUD_ENV: string;
