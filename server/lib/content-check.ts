/**
 * WeChat's content safety checks, before anyone but the writer sees what they wrote: text through
 * `security.msgSecCheck` (v2, synchronous), images through `security.mediaCheckAsync` (v2: the verdict
 * comes later as a `wxa_media_check` push, see server/voice/actions/system.ts). No database requests.
 * Used wherever a member's words reach other people: 职工心声 and surveys, and 心得 shared with colleagues.
 */
import { AppError } from '../../domain/errors';
import { cloud } from './cloud';
import { tempUrls } from './storage';

/** WeChat's scenes: 2 = comment (what a request or a 心得 is closest to), 3 = forum. */
const SCENE_COMMENT = 2;

/** Why WeChat refused, in words a member can act on (labels from the v2 documentation). */
const REASONS: Record<number, string> = {
  10001: '可能含有广告信息',
  20001: '可能涉及敏感时政内容',
  20002: '可能含有不雅内容',
  20003: '可能含有不文明用语',
  20006: '可能涉及违法信息',
  20008: '可能含有欺诈信息',
  20012: '可能含有低俗内容',
  20013: '可能涉及版权问题',
};

interface MsgSecCheckResult {
  errCode?: number;
  result?: { suggest?: string; label?: number };
}

/** Refuses text WeChat does not pass, telling the writer why, politely; nothing is stored then. */
export async function checkText(openid: string, text: string): Promise<void> {
  let res: MsgSecCheckResult;
  try {
    res = (await cloud.openapi.security.msgSecCheck({
      openid,
      scene: SCENE_COMMENT,
      version: 2,
      content: text,
    })) as MsgSecCheckResult;
  } catch (err) {
    // Fail closed: unchecked words are never shown to anyone.
    console.error('[content-check] msgSecCheck failed', (err as { errCode?: number }).errCode, (err as Error).message);
    throw new AppError('INTERNAL', '内容检测暂时不可用，请稍后再提交，您填写的内容已为您保留');
  }
  const suggest = res.result?.suggest ?? 'risky';
  if (suggest === 'pass') return;
  const reason = REASONS[res.result?.label ?? 0] ?? '可能含有不适宜发布的内容';
  throw new AppError('BAD_REQUEST', `抱歉，您的内容未通过微信内容安全检测（${reason}），请修改相关字句后再提交。`);
}

/**
 * Starts the check of each image and returns its trace id (null when the check could not start: the
 * image then stays hidden, as one that failed would). Images stay unseen by organizers until passed.
 */
export async function startImageChecks(openid: string, fileIDs: string[]): Promise<(string | null)[]> {
  if (fileIDs.length === 0) return [];
  const urls = await tempUrls(fileIDs, 3600);
  return Promise.all(
    fileIDs.map(async (fileID) => {
      const mediaUrl = urls.get(fileID);
      if (!mediaUrl) return null;
      try {
        const res = (await cloud.openapi.security.mediaCheckAsync({
          mediaUrl,
          mediaType: 2,
          version: 2,
          scene: SCENE_COMMENT,
          openid,
        })) as { traceId?: string };
        return res.traceId ?? null;
      } catch (err) {
        console.error('[content-check] mediaCheckAsync failed', (err as { errCode?: number }).errCode);
        return null;
      }
    }),
  );
}
