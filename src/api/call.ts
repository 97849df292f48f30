import type { ActionOf, Area, Input, Output } from '@domain/contract';
import type { Envelope } from '@domain/contract/envelope';
import { ApiError } from './errors';
import { announceRetry, isRepeatable, retryDelayMs } from './retry';
import { transport } from './transport';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The only way the mini-program reaches the server: `call('quiz', 'start', { paperId })`.
 * Types come from the contract (types only: no schema code ships to the phone).
 *
 * A call that timed out or lost its connection never reached an answer, though the server may have
 * acted on it: a repeatable one (retry.ts) is sent once more after a short pause, while the page
 * says 网络不好，正在重试, and gets the same result the first would have given.
 */
export async function call<A extends Area, N extends ActionOf<A>>(
  area: A,
  action: N,
  input: Input<A, N>,
): Promise<Output<A, N>> {
  let envelope: Envelope<unknown> | undefined;
  try {
    envelope = await transport(area, { action, input });
  } catch {
    if (!isRepeatable(area, action)) throw new ApiError({ code: 'INTERNAL', message: '网络不太好，请检查网络后重试' });
    announceRetry(area, action);
    await sleep(retryDelayMs());
    try {
      envelope = await transport(area, { action, input });
    } catch {
      throw new ApiError({ code: 'INTERNAL', message: '网络不太好，请检查网络后重试' });
    }
  }
  if (!envelope || typeof envelope !== 'object')
    throw new ApiError({ code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' });
  if (envelope.ok) return envelope.data as Output<A, N>;
  throw new ApiError(envelope.error);
}
