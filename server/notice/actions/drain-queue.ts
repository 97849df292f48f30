import type { noticeContract } from '../../../domain/contract/notice';
import type { Handler } from '../../lib/dispatch';
import { drain } from '../fanout/drain';

/** Run by the timer trigger every minute, by itself while work is left, and right after a publish. */
export const drainQueue: Handler<typeof noticeContract.drainQueue> = async (_input, ctx) => drain(ctx.now);
