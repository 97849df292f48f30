/**
 * Where files live in cloud storage, decided by the server. A member's upload goes under a path
 * that names them (`uploads/<openid>/<purpose>/…`), so an action handed a file id can tell whose it
 * is from the id alone, and refuse anyone else's; a function's exports go under
 * `exports/<openid>/…` of the member they were made for. The storage rules shipped with the
 * database rules (STORAGE_RULES) keep phones out of each other's files.
 */
import type { Role } from '../roles';

export const UPLOAD_PURPOSES = ['proof', 'notice', 'roster', 'questions', 'essay'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

export const UPLOAD_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'xlsx'] as const;
export type UploadExtension = (typeof UPLOAD_EXTENSIONS)[number];

const IMAGES: readonly UploadExtension[] = ['jpg', 'jpeg', 'png', 'webp', 'gif'];

/** What each kind of upload is for, what files it takes and who makes it. */
export const UPLOAD_KINDS: Record<UploadPurpose, { extensions: readonly UploadExtension[]; role: Role }> = {
  proof: { extensions: IMAGES, role: 'worker' },
  notice: { extensions: IMAGES, role: 'organizer' },
  roster: { extensions: ['xlsx'], role: 'organizer' },
  questions: { extensions: ['xlsx'], role: 'organizer' },
  essay: { extensions: IMAGES, role: 'worker' },
};

/** An OPENID as a path segment: WeChat's are URL-safe; anything else could climb out of its folder. */
const SAFE_SEGMENT = /^[A-Za-z0-9_-]{1,128}$/;

export const uploadFolderOf = (openid: string, purpose: UploadPurpose): string => {
  if (!SAFE_SEGMENT.test(openid)) throw new Error('unsafe openid for a storage path');
  return `uploads/${openid}/${purpose}`;
};

export const exportFolderOf = (openid: string, kind: string): string => {
  if (!SAFE_SEGMENT.test(openid) || !SAFE_SEGMENT.test(kind)) throw new Error('unsafe storage path');
  return `exports/${openid}/${kind}`;
};

/**
 * The cloud path inside a file id of this environment (`cloud://<env>.<bucket>/<path>`), or null
 * for another environment's id or a path with empty, `.` or `..` segments.
 */
export function cloudPathOf(fileID: string, env: string): string | null {
  const prefix = `cloud://${env}.`;
  if (!env || !fileID.startsWith(prefix)) return null;
  const slash = fileID.indexOf('/', prefix.length);
  if (slash < 0) return null;
  const path = fileID.slice(slash + 1);
  if (!path || /[\\\0?#]/.test(path) || path.split('/').some((s) => s === '' || s === '.' || s === '..')) return null;
  return path;
}

/** Is this file id one the member uploaded for this purpose (by its path)? */
export function isOwnUpload(fileID: string, env: string, openid: string, purpose: UploadPurpose): boolean {
  const path = cloudPathOf(fileID, env);
  if (!path || !SAFE_SEGMENT.test(openid)) return false;
  const rest = path.startsWith(`uploads/${openid}/${purpose}/`)
    ? path.slice(`uploads/${openid}/${purpose}/`.length)
    : '';
  return rest.length > 0 && !rest.includes('/');
}

/**
 * Cloud storage's security rules (云开发控制台 → 存储 → 权限设置 → 自定义安全规则). Functions are
 * not bound by them; phones are: a phone reads only files it uploaded itself (everyone else sees
 * files through the temporary links functions hand out) and writes only where a function sent it:
 * under `uploads/<openid>/<purpose>/`, or a 职工心声 draft's folder (`voice/<keyed hash>/`, which
 * names nobody so an anonymous writer stays anonymous; voice.submit accepts only the caller's own).
 */
export const STORAGE_RULES = {
  read: 'resource.openid == auth.openid',
  write:
    'resource.openid == auth.openid && ' +
    `/^(uploads\\/[A-Za-z0-9_-]+\\/(${UPLOAD_PURPOSES.join('|')})|voice\\/[A-Za-z0-9_-]+)\\/[^/]+$/.test(resource.path) == true`,
} as const;

/** Exports are made for one download: deleted once this old. */
export const EXPORT_LIFETIME_MS = 24 * 3600_000;
