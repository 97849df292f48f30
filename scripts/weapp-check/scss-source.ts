/**
 * The stylesheets at their source: every .scss under src/ compiled with sass and put through WeChat's
 * own WXSS compiler, one file at a time, so a selector wcsc refuses (`.a > :first-child`, `> *`,
 * `> [attr]`, `*`) is reported at its scss line before any Taro build. The rule is wcsc itself, not a
 * list of patterns that could drift from it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postcss from 'postcss';
import * as sass from 'sass';
import { compileWxss } from './compilers';

export interface SourceProblem {
  file: string;
  line: number;
  column: number;
  selector: string;
  message: string;
}

export function scssFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...scssFiles(full));
    else if (e.name.endsWith('.scss')) out.push(full);
  }
  return out.sort();
}

/** The rule around a compiled line:column, for a readable report. */
function selectorAt(css: string, line: number): string {
  let found = '';
  postcss.parse(css).walkRules((rule) => {
    const start = rule.source?.start?.line ?? 0;
    const end = rule.source?.end?.line ?? start;
    if (line >= start && line <= end) found = rule.selector;
  });
  return found;
}

/** Checks one scss file; `root` only shortens the reported path. */
export function checkScss(file: string, root: string, workDir: string): SourceProblem | null {
  const compiled = sass.compile(file, { style: 'expanded', sourceMap: true });
  const name = `${path.basename(file, '.scss')}.wxss`;
  fs.writeFileSync(path.join(workDir, name), compiled.css);
  const res = compileWxss(workDir, [name], []);
  if (res.ok) return null;
  const at = /\((\d+):(\d+)\)/.exec(res.errors);
  const line = at ? Number(at[1]) : 1;
  const column = at ? Number(at[2]) : 1;
  const input = new postcss.Input(compiled.css, { from: file, map: { prev: compiled.sourceMap } });
  const origin = input.origin(line, column);
  return {
    file: path.relative(root, file),
    line: origin ? origin.line : line,
    column: origin ? origin.column : column,
    selector: selectorAt(compiled.css, line),
    message: res.errors
      .split('\n')[0]
      .replace(/^ERR:\s*/, '')
      .replace(/^[^:]*\.wxss\(\d+:\d+\):\s*/, ''),
  };
}

export function checkScssTree(dir: string, root: string): { files: number; problems: SourceProblem[] } {
  const files = scssFiles(dir);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uh-scss-'));
  try {
    const problems = files.map((f) => checkScss(f, root, workDir)).filter((p): p is SourceProblem => p !== null);
    return { files: files.length, problems };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
