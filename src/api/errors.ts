import type { ErrorCode, InputIssue, WireError } from '@domain/errors';

/** A failed call, typed by the fixed error codes so pages can switch on `code`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues?: InputIssue[];

  constructor(error: WireError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.issues = error.issues;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** A message fit to show a member for any thrown value. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return '网络不太好，请稍后重试';
}
