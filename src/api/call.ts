import type { ActionOf, Area, Input, Output } from '@domain/contract';
import { ApiError } from './errors';
import { transport } from './transport';

/**
 * The only way the mini-program reaches the server: `call('quiz', 'start', { paperId })`.
 * Types come from the contract (types only: no schema code ships to the phone).
 */
export async function call<A extends Area, N extends ActionOf<A>>(area: A, action: N, input: Input<A, N>): Promise<Output<A, N>> {
  let envelope;
  try {
    envelope = await transport(area, { action, input });
  } catch {
    throw new ApiError({ code: 'INTERNAL', message: '网络不太好，请检查网络后重试' });
  }
  if (!envelope || typeof envelope !== 'object') throw new ApiError({ code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' });
  if (envelope.ok) return envelope.data as Output<A, N>;
  throw new ApiError(envelope.error);
}
