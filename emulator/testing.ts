import fs from 'fs';
import os from 'os';
import path from 'path';

/**
 * Test helpers for the emulator's own tests (and anyone testing host behaviour without the product's
 * functions): tiny plain-JS cloud functions written to a temp folder, laid out like
 * dist/cloudfunctions (`<name>/index.js` + `config.json`).
 */
export interface FixtureFunction {
  /** CommonJS source exporting `main(event, context)`; it may `require('wx-server-sdk')`. */
  code: string;
  /** config.json content; omitted means no config.json (WeChat defaults: 3 s, no permissions). */
  config?: Record<string, unknown>;
}

export function writeFunctions(fns: Record<string, FixtureFunction>, dir = tempDir('uh-fns-')): string {
  for (const [name, fn] of Object.entries(fns)) {
    const fnDir = path.join(dir, name);
    fs.mkdirSync(fnDir, { recursive: true });
    fs.writeFileSync(path.join(fnDir, 'index.js'), fn.code);
    if (fn.config) fs.writeFileSync(path.join(fnDir, 'config.json'), JSON.stringify(fn.config));
    fs.writeFileSync(path.join(fnDir, 'package.json'), JSON.stringify({ name, main: 'index.js' }));
  }
  return dir;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDirs(...dirs: string[]): void {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
}

/** Common prologue of fixture functions: the SDK, initialised as the product's functions do. */
export const SDK_PROLOGUE = `const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
`;
