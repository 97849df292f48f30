import fs from 'fs';
import path from 'path';
import type { IncomingMessage, ServerResponse } from 'http';
import { sendText } from './http';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Sends one file (GET or HEAD) with a weak ETag, answering 304 when the browser already has it.
 * `cacheControl` decides how long the browser may reuse it without asking.
 */
export function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  stat: fs.Stats,
  cacheControl: string,
): void {
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers = {
    'content-type': contentTypeFor(file),
    'cache-control': cacheControl,
    etag,
    'x-content-type-options': 'nosniff',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': stat.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Serves the H5 build from `root`. A path that is not a file falls back to index.html (the SPA's
 * router owns it), except a missing asset with an extension, which is a plain 404 so a broken script
 * tag fails visibly rather than receiving HTML. index.html is never cached: it names the current
 * build's hashed assets.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): void {
  const base = path.resolve(root);
  let rel: string;
  try {
    rel = path.posix.normalize(decodeURIComponent(pathname));
  } catch {
    sendText(res, 400, 'bad path');
    return;
  }
  const target = path.join(base, rel);
  if (target !== base && !target.startsWith(base + path.sep)) {
    sendText(res, 404, 'not found');
    return;
  }
  const file = statFile(target)
    ? target
    : statFile(path.join(target, 'index.html'))
      ? path.join(target, 'index.html')
      : null;
  if (file) {
    sendFile(req, res, file, fs.statSync(file), path.basename(file) === 'index.html' ? 'no-store' : 'no-cache');
    return;
  }
  const ext = path.extname(rel);
  if (ext && ext !== '.html') {
    sendText(res, 404, 'not found');
    return;
  }
  const index = path.join(base, 'index.html');
  if (!statFile(index)) {
    sendText(res, 503, `No H5 build in ${base}: run \`npm run build:h5\` first.`);
    return;
  }
  sendFile(req, res, index, fs.statSync(index), 'no-store');
}

function statFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
