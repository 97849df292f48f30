/**
 * Every invocation's duration, nested ones included. The host reports `ms` to whoever calls
 * invoke(); a call one function makes to another (the notice drain re-invoking itself) returns to
 * that function, which by design does not wait for it. To see those, the bench wraps the host's
 * services.invokeFromFunction, which it reaches through the first running invocation that touches
 * the database. (A host option to observe invocations would make this unnecessary.)
 */
import type { CloudHost, InvokeResult } from '../../emulator';
import { currentInvocation, type CloudServices } from '../../emulator/context';

export interface InvocationRecord {
  name: string;
  action: string;
  ms: number;
  ok: boolean;
  errCode?: number;
}

export interface InvocationLog {
  records: InvocationRecord[];
  /** A top-level call made by the bench, recorded the same way. */
  invoke(name: string, event: { action: string; input: unknown }, openid: string): Promise<InvokeResult>;
}

const WRAPPED = Symbol('bench.invocations');

export function recordInvocations(host: CloudHost): InvocationLog {
  const records: InvocationRecord[] = [];
  const record = (name: string, data: unknown, res: InvokeResult) => {
    const action = String((data as { action?: unknown } | null)?.action ?? '?');
    records.push({ name, action, ms: res.ms, ok: res.ok, errCode: res.ok ? undefined : res.errCode });
  };
  const engine = host.engine;
  const handle = engine.handle.bind(engine);
  engine.handle = (action, params) => {
    const services = currentInvocation()?.services as (CloudServices & { [WRAPPED]?: true }) | undefined;
    if (services && !services[WRAPPED]) {
      const inner = services.invokeFromFunction.bind(services);
      services.invokeFromFunction = async (name, data) => {
        const res = await inner(name, data);
        record(name, data, res);
        return res;
      };
      services[WRAPPED] = true;
    }
    return handle(action, params);
  };
  return {
    records,
    async invoke(name, event, openid) {
      const res = await host.invoke(name, event, { openid, source: openid ? 'wx_client' : 'wx_function' });
      record(name, event, res);
      return res;
    },
  };
}
