import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import { roleAtLeast } from '../../../domain/roles';
import { UPLOAD_KINDS } from '../../../domain/rules/uploads';
import type { Handler } from '../../lib/dispatch';
import { uploadPathFor } from '../../lib/storage';

/**
 * The cloud path the phone uploads to, decided on the server: under the caller's own folder, so
 * every action later handed the file id can tell it is theirs (and refuse anyone else's). No
 * database request beyond the caller's member document.
 */
export const getUploadPath: Handler<typeof memberContract.getUploadPath> = async ({ purpose, ext }, ctx) => {
  const kind = UPLOAD_KINDS[purpose];
  if (!roleAtLeast(ctx.member.role, kind.role)) throw new AppError('FORBIDDEN', '没有权限上传这类文件');
  if (!kind.extensions.includes(ext))
    throw new AppError('BAD_REQUEST', '不支持这种文件格式', [
      { path: ['ext'], message: `可上传：${kind.extensions.join('、')}` },
    ]);
  return { cloudPath: uploadPathFor(ctx.openid, purpose, ext) };
};
