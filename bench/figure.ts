/**
 * One row of the benchmark table and of bench/results.json. Every value is counted or measured by
 * the run that printed it; a figure that could not be measured says so in `value` and `note`.
 */
export interface Figure {
  figure: string;
  /** A number measured this run, or 'error' / 'not measured'. */
  value: number | string;
  unit: string;
  /** The goal in words, e.g. '≤ 400 KB'. */
  goal?: string;
  /** null: there is no goal, or nothing was measured to judge. */
  pass?: boolean | null;
  note?: string;
}

/** A benchmark: one file in bench/, run in its own process by bench/run.ts. */
export type Benchmark = () => Promise<Figure[]>;

export const round = (n: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** A figure judged against an upper bound. */
export function atMost(figure: string, value: number, unit: string, limit: number, note?: string): Figure {
  return { figure, value, unit, goal: `≤ ${limit.toLocaleString('en-US')} ${unit}`.trim(), pass: value <= limit, note };
}

/** A figure judged against a lower bound. */
export function atLeast(figure: string, value: number, unit: string, limit: number, note?: string): Figure {
  return { figure, value, unit, goal: `≥ ${limit.toLocaleString('en-US')} ${unit}`.trim(), pass: value >= limit, note };
}

/** A figure that must equal an exact value (an invariant such as "exactly 200 confirmed"). */
export function exactly(figure: string, value: number, unit: string, expected: number, note?: string): Figure {
  return { figure, value, unit, goal: `= ${expected.toLocaleString('en-US')}`, pass: value === expected, note };
}

/** A figure reported without a goal. */
export function info(figure: string, value: number | string, unit: string, note?: string): Figure {
  return { figure, value, unit, pass: null, note };
}

export function notMeasured(figure: string, why: string, goal?: string): Figure {
  return { figure, value: 'not measured', unit: '', goal, pass: null, note: why };
}

export function errorFigure(figure: string, err: unknown, goal?: string): Figure {
  return { figure, value: 'error', unit: '', goal, pass: false, note: messageOf(err) };
}

export function messageOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
