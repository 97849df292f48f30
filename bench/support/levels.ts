/**
 * The database round trips the rushes run at, side by side: 0 (the emulator alone: requests of
 * concurrent calls hardly interleave), 5 ms (a database in the same zone on a quiet day) and 20 ms
 * (normal for WeChat's cloud database from a cloud function). The emulator's own knob
 * (`host.engine.roundTripMs`, UNION_DB_RTT_MS for `npm start`) is set for each level in turn.
 */
import { round, type Figure } from '../figure';

export const ROUND_TRIPS_MS = [0, 5, 20] as const;

const LABEL = `at ${ROUND_TRIPS_MS.join(' / ')} ms`;

/** One row holding a figure's value at every level, e.g. "752.7 / 310.2 / 95.4". */
export function sideBySide(figure: string, unit: string, values: readonly (number | string)[], note?: string): Figure {
  return { figure: `${figure} ${LABEL}`, value: values.map(show).join(' / '), unit, pass: null, note };
}

/** The same, judged: passes only if every level does. */
export function sideBySideJudged(
  figure: string,
  unit: string,
  values: readonly number[],
  goal: string,
  ok: (v: number) => boolean,
  note?: string,
): Figure {
  return {
    figure: `${figure} ${LABEL}`,
    value: values.map(show).join(' / '),
    unit,
    goal,
    pass: values.every(ok),
    note,
  };
}

function show(v: number | string): string {
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return String(v);
  return round(v, v >= 100 ? 0 : 1).toLocaleString('en-US');
}
