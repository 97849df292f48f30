/**
 * WeChat's own WXML and WXSS compilers (wcc, wcsc from the npm package miniprogram-compiler), called the
 * way DevTools calls them. The package ships the binaries without the execute bit, and node_modules may be
 * shared (hard links), so each binary is copied to a cache folder and made executable there.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Compiler = 'wcc' | 'wcsc';

export interface CompileResult {
  ok: boolean;
  /** What the compiler printed on stderr (its error text), trimmed. */
  errors: string;
  /** Size of the generated code, to show something was compiled. */
  outputBytes: number;
}

function binaryDir(): string {
  const pkg = path.dirname(require.resolve('miniprogram-compiler/package.json'));
  const sub = process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux';
  return path.join(pkg, 'bin', sub);
}

/** An executable copy of the compiler, keyed by content so a package update brings a fresh copy. */
export function compilerPath(name: Compiler): string {
  const src = path.join(binaryDir(), process.platform === 'win32' ? `${name}.exe` : name);
  const content = fs.readFileSync(src);
  const hash = crypto.createHash('sha1').update(content).digest('hex').slice(0, 12);
  const dir = path.join(os.tmpdir(), 'union-home-wechat-compilers', hash);
  const dest = path.join(dir, path.basename(src));
  if (!fs.existsSync(dest)) {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${dest}.${process.pid}`;
    fs.writeFileSync(tmp, content, { mode: 0o755 });
    fs.renameSync(tmp, dest);
  }
  return dest;
}

function run(name: Compiler, args: string[], cwd: string): CompileResult {
  const res = spawnSync(compilerPath(name), args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  if (res.error) throw res.error;
  const errors = res.stderr.toString().trim();
  // wcsc exits 1 and says `error at token`; it may also print errors with a 0 exit, so both count.
  return { ok: res.status === 0 && !/\bERR\b|error/i.test(errors), errors, outputBytes: res.stdout.length };
}

/**
 * WXSS as DevTools compiles it: `wcsc -db -pc <page count> <page files...> <other files...>`, page
 * stylesheets first. All files go in one call so `@import`s between them resolve.
 */
export function compileWxss(root: string, pageFiles: string[], otherFiles: string[]): CompileResult {
  return run('wcsc', ['-db', '-pc', String(pageFiles.length), ...pageFiles, ...otherFiles], root);
}

/**
 * WXML as DevTools compiles it: `wcc -d -cc "<components>" <files...> -gn $gwx`, where the component
 * list is: how many files use components, then for each its path, count and tag names (from its .json).
 */
export function compileWxml(root: string, wxmlFiles: string[], wxsFiles: string[]): CompileResult {
  const described: Array<string | number> = [];
  let count = 0;
  for (const file of wxmlFiles) {
    const json = path.join(root, file.replace(/\.wxml$/, '.json'));
    if (!fs.existsSync(json)) continue;
    const using = (JSON.parse(fs.readFileSync(json, 'utf8')) as { usingComponents?: Record<string, string> })
      .usingComponents;
    if (!using) continue;
    described.push(file, Object.keys(using).length, ...Object.keys(using));
    count += 1;
  }
  return run('wcc', ['-d', '-cc', [count, ...described].join(' '), ...wxmlFiles, ...wxsFiles, '-gn', '$gwx'], root);
}
