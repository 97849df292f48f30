/**
 * The local WeChat cloud: a functions host running the built cloud functions on the real
 * wx-server-sdk, emulated open APIs / storage / open data, and the local HTTP server.
 * Never deployed; the product's start script wires it (createCloudHost + startServer).
 */
export { createCloudHost } from './host';
export { msSetting } from './host-options';
export { RESULT_LIMIT_BYTES } from './run-main';
export type { CloudHost, HostOpenApi, HostOpenData, HostStorage } from './host';
export type { CloudHostOptions } from './host-options';
export type { InvokeResult } from './invoke-result';
export type { CallSource, Identity, WXContext } from './context';
export type { FunctionConfig } from './loader';
export { DEFAULT_TIMEOUT_SECONDS } from './loader';
export type { OutboxRow, OutboxFilter, SendResult } from './openapi';
export type { OpenDataItem, RegisterOpenDataOptions } from './open-data';
export { DEFAULT_TEMP_URL_MAX_AGE, isValidCloudPath } from './storage';
export type { SignatureCheck } from './storage';
export { CloudSdkError, WxErrCode } from './errors';
export type { WxErrCodeValue } from './errors';
export { startServer, FUNCTION_BODY_LIMIT, UPLOAD_BODY_LIMIT } from './server';
export type { Persona, RunningServer, StartServerOptions } from './server';
