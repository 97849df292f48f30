/**
 * The first look at a hostile input, before anything recursive touches it: one iterative pass that
 * bounds its depth and size, refuses keys that could reach Object.prototype, and copies it with
 * unsafe characters stripped from every string (domain/rules/text.ts). Only after this may the
 * dispatcher JSON.stringify it or hand it to zod: a 5,000-deep input must be refused here, not
 * overflow the stack somewhere deeper.
 */
import { stripUnsafeText } from '../../domain/rules/text';

/** No action's input nests deeper than a few levels; 16 leaves room and refuses any attack depth. */
export const MAX_INPUT_DEPTH = 16;
/** Values in one input, counted as walked: the 100 KB size limit allows far fewer legitimate ones. */
export const MAX_INPUT_NODES = 100_000;

/** Keys that could reach Object.prototype if some code ever merged input into an object. */
const POISON_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Guarded = { ok: true; value: unknown } | { ok: false; problem: 'depth' | 'size' | 'key'; key?: string };

export function guardInput(raw: unknown): Guarded {
  let root: unknown;
  const stack: { src: unknown; put: (v: unknown) => void; depth: number }[] = [
    { src: raw, put: (v) => (root = v), depth: 0 },
  ];
  let nodes = 0;
  while (stack.length > 0) {
    const { src, put, depth } = stack.pop()!;
    if (++nodes > MAX_INPUT_NODES) return { ok: false, problem: 'size' };
    if (typeof src === 'string') {
      put(stripUnsafeText(src));
      continue;
    }
    if (src === null || typeof src !== 'object') {
      put(src);
      continue;
    }
    if (depth >= MAX_INPUT_DEPTH) return { ok: false, problem: 'depth' };
    if (Array.isArray(src)) {
      const out: unknown[] = new Array(src.length);
      put(out);
      for (let i = 0; i < src.length; i++) stack.push({ src: src[i], put: (v) => (out[i] = v), depth: depth + 1 });
      continue;
    }
    const out: Record<string, unknown> = {};
    put(out);
    for (const key of Object.keys(src)) {
      if (POISON_KEYS.has(key)) return { ok: false, problem: 'key', key };
      stack.push({ src: (src as Record<string, unknown>)[key], put: (v) => (out[key] = v), depth: depth + 1 });
    }
  }
  return { ok: true, value: root };
}
