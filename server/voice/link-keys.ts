/**
 * The keyed values behind writer-link.ts, as pure functions of the secret (no database), so the demo
 * seeder can make requests and answers that their members really find as theirs.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'crypto';

export interface LinkKeys {
  writerKey(openid: string): string;
  requestId(openid: string, clientId: string): string;
  uploadFolder(openid: string, clientId: string): string;
  answerId(surveyId: string, openid: string): string;
  seal(openid: string): string;
  open(sealed: string): string | null;
}

export function linkKeys(secret: Buffer): LinkKeys {
  // A sub-key per purpose, so a value made for one use never matches another.
  const sub = (purpose: string) => createHmac('sha256', secret).update(purpose).digest();
  const keys = {
    writer: sub('writer'),
    request: sub('request'),
    folder: sub('folder'),
    answer: sub('answer'),
    seal: sub('seal'),
  };
  const mac = (key: Buffer, value: string, length: number) =>
    createHmac('sha256', key).update(value).digest('hex').slice(0, length);
  return {
    writerKey: (openid) => mac(keys.writer, openid, 32),
    requestId: (openid, clientId) => `v${mac(keys.request, `${openid}\n${clientId}`, 24)}`,
    uploadFolder: (openid, clientId) => `voice/${mac(keys.folder, `${openid}\n${clientId}`, 24)}`,
    answerId: (surveyId, openid) => `${surveyId}_${mac(keys.answer, `${surveyId}\n${openid}`, 24)}`,
    seal(openid) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keys.seal, iv);
      const body = Buffer.concat([cipher.update(openid, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed) {
      try {
        const raw = Buffer.from(sealed, 'base64');
        const decipher = createDecipheriv('aes-256-gcm', keys.seal, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
