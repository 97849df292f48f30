import type { Figure } from '../figure';

const verdict = (f: Figure): string => (f.pass === true ? 'pass' : f.pass === false ? 'FAIL' : '-');

function cell(value: number | string): string {
  if (typeof value === 'string') return value;
  return Number.isInteger(value)
    ? value.toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** The run's figures as aligned plain-text columns (what `npm run bench` prints). */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [f.figure, cell(f.value), f.unit, f.goal ?? '', verdict(f), f.note ?? '']);
  const head = ['figure', 'value', 'unit', 'goal', 'result', 'note'];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 1 ? padStart(c, widths[i]) : i === r.length - 1 ? c : padEnd(c, widths[i])))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same figures as a Markdown table (for the README's Benchmarks section). */
export function formatMarkdown(figures: readonly Figure[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = ['| figure | value | unit | goal | result | note |', '|---|---:|---|---|---|---|'];
  for (const f of figures) {
    lines.push(`| ${[f.figure, cell(f.value), f.unit, f.goal ?? '', verdict(f), f.note ?? ''].map(esc).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Terminal columns: CJK characters take two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;
