import type { CloudHost } from '../../emulator';
import type { ActionOf, Area, Input, Output } from '../../domain/contract';
import type { Envelope } from '../../domain/contract/envelope';

/** One action through the host (for a benchmark's setup, not its measured part); throws unless ok. */
export async function okInvoke<A extends Area, N extends ActionOf<A>>(
  host: CloudHost,
  openid: string,
  area: A,
  action: N,
  input: Input<A, N> | Record<string, unknown>,
): Promise<Output<A, N>> {
  const res = await host.invoke(area, { action, input }, { openid, source: openid ? 'wx_client' : 'wx_function' });
  if (!res.ok) throw new Error(`${area}.${String(action)}: function failed ${res.errCode} ${res.errMsg}`);
  const env = res.result as Envelope<Output<A, N>>;
  if (!env.ok)
    throw new Error(
      `${area}.${String(action)}: ${env.error.code} ${env.error.message} ${JSON.stringify(env.error.issues ?? [])}`,
    );
  return env.data;
}
