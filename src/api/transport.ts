import Taro from '@tarojs/taro';
import type { ActionEvent, Envelope } from '@domain/contract/envelope';
import { getDevOpenid } from './dev-identity';

/** Sends one event to one cloud function and returns its envelope. */
export type Transport = (fn: string, event: ActionEvent) => Promise<Envelope<unknown>>;

const weappTransport: Transport = async (fn, event) => {
  const res = await Taro.cloud.callFunction({ name: fn, data: event as unknown as Record<string, unknown> });
  return res.result as Envelope<unknown>;
};

/** H5 (local use and browser tests): the local cloud's HTTP endpoint, persona in a header. */
const h5Transport: Transport = async (fn, event) => {
  const res = await fetch(`${UNION_API_BASE}/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': getDevOpenid() },
    body: JSON.stringify(event),
  });
  return (await res.json()) as Envelope<unknown>;
};

// TARO_ENV is replaced at build time, so each build carries only its own transport.
export const transport: Transport = process.env.TARO_ENV === 'h5' ? h5Transport : weappTransport;
