import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
import { pathToFileURL } from 'url';

/** What the host reads from a function's config.json. */
export interface FunctionConfig {
  /** Seconds; WeChat's default is 3. */
  timeout: number;
  permissions: { openapi: string[] };
  triggers: unknown[];
}

export type MainFn = (event: unknown, context: Record<string, unknown>) => unknown;

export interface LoadedFunction {
  name: string;
  dir: string;
  main: MainFn;
  config: FunctionConfig;
}

/** WeChat function names: letters, digits, '-' and '_'. Also keeps names from escaping functionsDir. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$/;

export const DEFAULT_TIMEOUT_SECONDS = 3;

export function readFunctionConfig(dir: string): FunctionConfig {
  const file = path.join(dir, 'config.json');
  const raw: unknown = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const timeout = typeof obj.timeout === 'number' && obj.timeout > 0 ? obj.timeout : DEFAULT_TIMEOUT_SECONDS;
  const perms = (obj.permissions && typeof obj.permissions === 'object' ? obj.permissions : {}) as Record<
    string,
    unknown
  >;
  const openapi = Array.isArray(perms.openapi) ? perms.openapi.filter((p): p is string => typeof p === 'string') : [];
  const triggers = Array.isArray(obj.triggers) ? obj.triggers : [];
  return { timeout, permissions: { openapi }, triggers };
}

/**
 * Loads built functions (`<functionsDir>/<name>/index.js` + `config.json`) once and caches them.
 *
 * The bundle is evaluated with a CommonJS wrapper of our own rather than `require`, for two reasons:
 * `reload()` must drop the cache (jest's `require.cache` ignores deletes), and `require('wx-server-sdk')`
 * inside the function must return the very SDK object the host patched, even for a function that
 * lives outside the repo (test fixtures in a temp dir). Everything else the bundle requires resolves
 * from the function's own folder, as on WeChat. `new Function` compiles in the current realm (jest's
 * sandbox under jest), so errors and promises are the same classes the host sees.
 */
export class FunctionLoader {
  private readonly cache = new Map<string, LoadedFunction>();

  constructor(
    private readonly functionsDir: string,
    private readonly sdk: object,
    /** Called before a function's code first runs (the host sets its env vars there). */
    private readonly beforeLoad: (name: string) => void,
  ) {}

  /** True when `name` is a valid function name with a built index.js. */
  exists(name: string): boolean {
    return NAME.test(name) && fs.existsSync(this.entry(name));
  }

  /** Reads config.json without running the function's code. */
  config(name: string): FunctionConfig {
    return this.cache.get(name)?.config ?? readFunctionConfig(path.join(this.functionsDir, name));
  }

  /** Loads (once) and returns the function. Throws what its top-level code throws. */
  load(name: string): LoadedFunction {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const dir = path.join(this.functionsDir, name);
    const config = readFunctionConfig(dir);
    this.beforeLoad(name);
    const exported = this.evaluate(this.entry(name));
    const main = (exported as { main?: unknown } | null)?.main;
    if (typeof main !== 'function') throw new TypeError(`${name}/index.js does not export a main function`);
    const loaded: LoadedFunction = { name, dir, main: main as MainFn, config };
    this.cache.set(name, loaded);
    return loaded;
  }

  /** Forgets every loaded function so the next call runs the rebuilt code. */
  clear(): void {
    this.cache.clear();
  }

  /** Names of every built function in functionsDir. */
  list(): string[] {
    if (!fs.existsSync(this.functionsDir)) return [];
    return fs
      .readdirSync(this.functionsDir)
      .filter((n) => this.exists(n))
      .sort();
  }

  private entry(name: string): string {
    return path.join(this.functionsDir, name, 'index.js');
  }

  private evaluate(file: string): unknown {
    const code = fs.readFileSync(file, 'utf8');
    const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
    const wrapper = new Function(
      'exports',
      'require',
      'module',
      '__filename',
      '__dirname',
      `${code}\n//# sourceURL=${pathToFileURL(file).href}`,
    ) as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
    wrapper.call(module.exports, module.exports, this.requireFor(file), module, file, path.dirname(file));
    module.loaded = true;
    return module.exports;
  }

  private requireFor(file: string): NodeRequire {
    const base = createRequire(file);
    const sdk = this.sdk;
    const req = ((id: string): unknown => (id === 'wx-server-sdk' ? sdk : base(id))) as NodeRequire;
    req.resolve = base.resolve;
    req.cache = base.cache;
    req.main = base.main;
    req.extensions = base.extensions;
    return req;
  }
}
