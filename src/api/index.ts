export { call } from './call';
export { ApiError, isApiError, messageOf } from './errors';
export { getDevOpenid, setDevOpenid, clearDevOpenid } from './dev-identity';
export { onRetry, RETRY_MESSAGE } from './retry';
