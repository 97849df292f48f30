/**
 * Package sizes of the production mini-program in dist/weapp (built by bench/run.ts with
 * `npm run build:weapp`): each subpackage is a `root` folder listed in app.json's subPackages,
 * everything else is the main package, as WeChat's packer splits them. Every file counts, the
 * license-comment files included (they are uploaded too); only the DevTools project file is left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { atMost, info, round, type Benchmark, type Figure } from './figure';
import { DIST } from './support/paths';

const WEAPP = path.join(DIST, 'weapp');
const NOT_PACKAGED = new Set(['project.config.json', 'project.private.config.json']);
const LARGEST_SHOWN = 5;

interface FileSize {
  file: string;
  bytes: number;
}

function walk(dir: string, base = dir): FileSize[] {
  const out: FileSize[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, base));
    else if (entry.isFile())
      out.push({ file: path.relative(base, full).split(path.sep).join('/'), bytes: fs.statSync(full).size });
  }
  return out;
}

function subpackageRoots(): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  return [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((s) => s.root.replace(/^\/+|\/+$/g, ''));
}

const kb = (bytes: number) => round(bytes / 1024);

export const bench: Benchmark = async () => {
  if (!fs.existsSync(path.join(WEAPP, 'app.json')))
    throw new Error('dist/weapp/app.json is missing: npm run build:weapp failed');
  const roots = subpackageRoots();
  const files = walk(WEAPP).filter((f) => !NOT_PACKAGED.has(f.file));
  const rootOf = (file: string) => roots.find((r) => file.startsWith(`${r}/`));
  const main = files.filter((f) => !rootOf(f.file));
  const sum = (list: FileSize[]) => list.reduce((s, f) => s + f.bytes, 0);

  const figures: Figure[] = [
    atMost('package: main', kb(sum(main)), 'KB', 400, `${main.length} files; WeChat's limit is 2,048 KB`),
  ];
  for (const root of roots) {
    const sub = files.filter((f) => rootOf(f.file) === root);
    figures.push(atMost(`package: ${root}`, kb(sum(sub)), 'KB', 300, `${sub.length} files`));
  }
  figures.push(
    atMost('package: total', kb(sum(files)), 'KB', 1200, `${roots.length} subpackages; WeChat's limit is 20 MB`),
  );
  const largest = [...main].sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST_SHOWN);
  for (const f of largest)
    figures.push(info(`main package file: ${f.file}`, kb(f.bytes), 'KB', 'largest files of the main package'));
  return figures;
};
