import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { metaValue, type EmuStore } from './emu-store';

/** Real temp URLs default to a day; the SDK lets the caller pass a shorter maxAge (seconds). */
export const DEFAULT_TEMP_URL_MAX_AGE = 24 * 60 * 60;

export type SignatureCheck = 'ok' | 'expired' | 'bad-signature';

/**
 * Cloud storage on a local folder: `<storageDir>/<cloudPath>`. File IDs look like WeChat's
 * (`cloud://<env>.<bucket>/<cloudPath>`, the bucket being `<hex of the env's first two chars>-<env>-<appid number>`)
 * and temp URLs carry an HMAC signature and an expiry, like real ones, so code that stores a temp URL
 * instead of the file ID breaks here as it would in production.
 */
export class LocalStorage {
  private readonly secret: string;
  private publicBaseUrl: string;
  readonly bucket: string;

  constructor(
    private readonly dir: string,
    private readonly env: string,
    private readonly db: EmuStore,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    // Persisted so temp URLs handed out before a restart stay valid until they expire, as on WeChat.
    this.secret = metaValue(db, 'storage_signing_secret', () => crypto.randomBytes(32).toString('hex'));
    this.bucket = `${Buffer.from(env.slice(0, 2)).toString('hex')}-${env}-1250000000`;
    this.publicBaseUrl = `http://127.0.0.1:${process.env.PORT ?? 8787}`;
  }

  setPublicBaseUrl(url: string): void {
    this.publicBaseUrl = url.replace(/\/+$/, '');
  }

  fileIdOf(cloudPath: string): string {
    return `cloud://${this.env}.${this.bucket}/${cloudPath}`;
  }

  /** The cloudPath of one of our file IDs, or null for a malformed or foreign ID. */
  cloudPathOf(fileID: string): string | null {
    const prefix = `cloud://${this.env}.`;
    if (!fileID.startsWith(prefix)) return null;
    const slash = fileID.indexOf('/', prefix.length);
    if (slash < 0) return null;
    const cloudPath = fileID.slice(slash + 1);
    return isValidCloudPath(cloudPath) ? cloudPath : null;
  }

  put(cloudPath: string, content: Buffer, uploader: string): string {
    if (!isValidCloudPath(cloudPath)) throw new Error(`invalid cloudPath: ${cloudPath}`);
    const file = this.fileOf(cloudPath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
    this.db
      .prepare(
        `INSERT INTO _emu_files (cloud_path, size, uploader, uploaded_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (cloud_path) DO UPDATE SET size = excluded.size, uploader = excluded.uploader, uploaded_at = excluded.uploaded_at`,
      )
      .run(cloudPath, content.length, uploader, new Date().toISOString());
    return this.fileIdOf(cloudPath);
  }

  read(fileID: string): Buffer | null {
    const cloudPath = this.cloudPathOf(fileID);
    if (!cloudPath) return null;
    const file = this.fileOf(cloudPath);
    return fs.existsSync(file) ? fs.readFileSync(file) : null;
  }

  remove(fileID: string): boolean {
    const cloudPath = this.cloudPathOf(fileID);
    if (!cloudPath) return false;
    const file = this.fileOf(cloudPath);
    if (!fs.existsSync(file)) return false;
    fs.unlinkSync(file);
    this.db.prepare('DELETE FROM _emu_files WHERE cloud_path = ?').run(cloudPath);
    return true;
  }

  /** A signed URL served by the local server's /files route, or null when the file does not exist. */
  tempUrl(fileID: string, maxAgeSeconds = DEFAULT_TEMP_URL_MAX_AGE, now = Date.now()): string | null {
    const cloudPath = this.cloudPathOf(fileID);
    if (!cloudPath || !fs.existsSync(this.fileOf(cloudPath))) return null;
    const t = Math.floor(now / 1000) + Math.max(1, Math.floor(maxAgeSeconds));
    const encoded = cloudPath.split('/').map(encodeURIComponent).join('/');
    return `${this.publicBaseUrl}/files/${encoded}?sign=${this.sign(cloudPath, t)}&t=${t}`;
  }

  checkSignature(cloudPath: string, sign: string, t: string, now = Date.now()): SignatureCheck {
    const expiry = Number(t);
    if (!/^\d+$/.test(t)) return 'bad-signature';
    const expected = Buffer.from(this.sign(cloudPath, expiry));
    const given = Buffer.from(sign);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return 'bad-signature';
    return expiry * 1000 < now ? 'expired' : 'ok';
  }

  /** Absolute path of a stored file (the caller checks the cloudPath first). */
  fileOf(cloudPath: string): string {
    return path.join(this.dir, ...cloudPath.split('/'));
  }

  private sign(cloudPath: string, expiry: number): string {
    return crypto.createHmac('sha256', this.secret).update(`${cloudPath}\n${expiry}`).digest('hex');
  }
}

/**
 * A cloudPath we accept: relative, '/'-separated, no empty, '.' or '..' segments, no backslash or NUL.
 * This keeps every stored file inside storageDir.
 */
export function isValidCloudPath(cloudPath: string): boolean {
  if (!cloudPath || cloudPath.length > 1024) return false;
  if (/[\\\0]/.test(cloudPath) || cloudPath.startsWith('/')) return false;
  return cloudPath.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}
