/**
 * The fixed set of error codes every action may return. The client switches on these, so the set
 * is small and closed: anything unexpected becomes INTERNAL with a generic message.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'FULL',
  'CLOSED',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with the input, as zod reports it (path into the input, human message). */
export interface InputIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

/** The error half of the response envelope. */
export interface WireError {
  code: ErrorCode;
  message: string;
  /** The first issues only (at most 20). */
  issues?: InputIssue[];
  /** How many issues there were, when more than `issues` shows. */
  issueCount?: number;
}

/**
 * An error an action raises on purpose. Its message is shown to the member, so it is written in
 * Chinese and never carries internals.
 */
type StackLimit = { stackTraceLimit?: number };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: InputIssue[];

  constructor(code: ErrorCode, message: string, issues?: InputIssue[]) {
    // An expected refusal (FULL, CLOSED...) is an answer, not a fault: nobody reads its stack, and a
    // rush throws hundreds a second, each capture costing more than the refusal's own work.
    const limit = (Error as StackLimit).stackTraceLimit;
    (Error as StackLimit).stackTraceLimit = 0;
    super(message);
    (Error as StackLimit).stackTraceLimit = limit;
    this.name = 'AppError';
    this.code = code;
    if (issues) this.issues = issues;
  }

  toWire(): WireError {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

/** Default Chinese messages, used where an action has nothing more specific to say. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  BAD_REQUEST: '提交的内容有误，请检查后重试',
  UNAUTHENTICATED: '请先登录并完成会员认证',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '内容不存在或已下线',
  CONFLICT: '操作冲突，请刷新后重试',
  FULL: '名额已满',
  CLOSED: '当前不在开放时间内',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '服务暂时不可用，请稍后重试',
};
