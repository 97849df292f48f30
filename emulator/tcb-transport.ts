import crypto from 'crypto';
import { currentInvocation, type Invocation } from './context';
import { WxErrCode } from './errors';
import { DEFAULT_TEMP_URL_MAX_AGE, isValidCloudPath } from './storage';

/**
 * Local replacements for the methods of `@cloudbase/node-sdk`'s CloudBase class that wx-server-sdk
 * calls for cloud.callFunction and storage. Patching at this seam (rather than replacing
 * `cloud.callFunction` & co.) keeps the real wx-server-sdk code above it: its argument checks, its
 * result shapes (`{ result, errMsg: 'callFunction:ok', requestID }`) and the errors it throws.
 *
 * They answer in CloudBase's own convention: the SDK is initialised with `throwOnCode: false`, so a
 * failure is *returned* as `{ code, message, requestId }` with a TCB code string, which wx-server-sdk
 * maps to its numeric errCode (FUNCTIONS_EXECUTE_FAIL → -504002, STORAGE_FILE_NONEXIST → -503003,
 * INVALID_PARAM → -501007; an unknown string such as `ResourceNotFound.FunctionName` → -501001).
 */
type TcbReply = Record<string, unknown>;

export const PATCHED_CLOUDBASE_METHODS = [
  'callFunction',
  'uploadFile',
  'downloadFile',
  'getTempFileURL',
  'deleteFile',
] as const;

export function patchCloudBase(proto: Record<string, unknown>): void {
  proto.callFunction = callFunction;
  proto.uploadFile = uploadFile;
  proto.downloadFile = downloadFile;
  proto.getTempFileURL = getTempFileURL;
  proto.deleteFile = deleteFile;
}

function requestId(): string {
  return crypto.randomUUID();
}

/** The invocation making the call, or a TCB error reply when there is none or it was abandoned. */
function caller(): Invocation | TcbReply {
  const inv = currentInvocation();
  if (!inv) {
    return {
      code: 'INVALID_REQUEST_SOURCE',
      message: 'the local cloud serves this API only inside a cloud function run by its host',
      requestId: requestId(),
    };
  }
  if (inv.abandoned) {
    return {
      code: 'FUNCTIONS_EXECUTE_FAIL',
      message: `invocation ${inv.requestId} of ${inv.functionName} already timed out`,
      requestId: inv.requestId,
    };
  }
  return inv;
}

function isInvocation(x: Invocation | TcbReply): x is Invocation {
  return 'services' in x;
}

async function callFunction(options: { name?: unknown; data?: unknown }): Promise<TcbReply> {
  const inv = caller();
  if (!isInvocation(inv)) return inv;
  if (typeof options?.name !== 'string' || !options.name)
    return { code: 'INVALID_PARAM', message: '函数名不能为空', requestId: requestId() };
  const res = await inv.services.invokeFromFunction(options.name, options.data ?? {});
  const id = requestId();
  if (res.ok) return { result: res.result, requestId: id };
  if (res.errCode === WxErrCode.FUNCTION_NOT_FOUND)
    return { code: 'ResourceNotFound.FunctionName', message: res.errMsg, requestId: id };
  if (res.errCode === WxErrCode.INVALID_PARAM) return { code: 'INVALID_PARAM', message: res.errMsg, requestId: id };
  // Timeouts and size limits surface as an execute failure; the original code stays visible in the message.
  const message =
    res.errCode === WxErrCode.FUNCTION_EXECUTE_FAIL ? res.errMsg : `errCode: ${res.errCode} | errMsg: ${res.errMsg}`;
  return { code: 'FUNCTIONS_EXECUTE_FAIL', message, requestId: id };
}

async function uploadFile(
  options: { cloudPath?: unknown; fileContent?: unknown },
  opts?: { onResponseReceived?: (resp: { statusCode: number }) => void },
): Promise<TcbReply> {
  const inv = caller();
  if (!isInvocation(inv)) return inv;
  const content = await toBuffer(options.fileContent);
  // Same refusal as node-sdk (it throws, and wx-server-sdk turns that into `uploadFile:fail ...`).
  if (!content) throw new Error('[node-sdk] fileContent should be instance of fs.ReadStream or Buffer');
  const cloudPath = options.cloudPath;
  if (typeof cloudPath !== 'string' || !isValidCloudPath(cloudPath)) {
    return { code: 'INVALID_PARAM', message: `invalid cloudPath: ${String(cloudPath)}`, requestId: requestId() };
  }
  const fileID = inv.services.storage.put(cloudPath, content, `function:${inv.functionName}`);
  opts?.onResponseReceived?.({ statusCode: 200 });
  return { fileID, requestId: requestId() };
}

async function downloadFile(options: { fileID?: unknown }): Promise<TcbReply> {
  const inv = caller();
  if (!isInvocation(inv)) return inv;
  const content = typeof options.fileID === 'string' ? inv.services.storage.read(options.fileID) : null;
  if (!content)
    return {
      code: 'STORAGE_FILE_NONEXIST',
      message: `storage file not exists: ${String(options.fileID)}`,
      requestId: requestId(),
    };
  return { fileContent: content, message: '文件下载完成' };
}

async function getTempFileURL(options: { fileList?: unknown }): Promise<TcbReply> {
  const inv = caller();
  if (!isInvocation(inv)) return inv;
  if (!Array.isArray(options.fileList))
    return { code: 'INVALID_PARAM', message: 'fileList必须是非空的数组', requestId: requestId() };
  const fileList: TcbReply[] = [];
  for (const item of options.fileList as unknown[]) {
    let fileID: unknown = item;
    let maxAge = DEFAULT_TEMP_URL_MAX_AGE;
    if (item && typeof item === 'object') {
      const o = item as { fileID?: unknown; maxAge?: unknown };
      if (!('fileID' in o) || !('maxAge' in o)) {
        return {
          code: 'INVALID_PARAM',
          message: 'fileList 的元素如果是对象，必须是包含 fileID 和 maxAge 的对象',
          requestId: requestId(),
        };
      }
      fileID = o.fileID;
      maxAge = Number(o.maxAge) || DEFAULT_TEMP_URL_MAX_AGE;
    } else if (typeof item !== 'string') {
      return { code: 'INVALID_PARAM', message: 'fileList的元素如果不是对象，则必须是字符串', requestId: requestId() };
    }
    const url = typeof fileID === 'string' ? inv.services.storage.tempUrl(fileID, maxAge) : null;
    fileList.push(
      url
        ? { fileID, tempFileURL: url, maxAge, code: 'SUCCESS' }
        : { fileID, tempFileURL: '', maxAge, code: 'STORAGE_FILE_NONEXIST' },
    );
  }
  return { fileList, requestId: requestId() };
}

async function deleteFile(options: { fileList?: unknown }): Promise<TcbReply> {
  const inv = caller();
  if (!isInvocation(inv)) return inv;
  if (!Array.isArray(options.fileList))
    return { code: 'INVALID_PARAM', message: 'fileList必须是非空的数组', requestId: requestId() };
  const fileList = (options.fileList as unknown[]).map((fileID) => ({
    fileID,
    code: typeof fileID === 'string' && inv.services.storage.remove(fileID) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST',
  }));
  return { fileList, requestId: requestId() };
}

async function toBuffer(content: unknown): Promise<Buffer | null> {
  if (Buffer.isBuffer(content)) return content;
  // fs.ReadStream (or any readable stream), which the real SDK also accepts.
  if (
    content &&
    typeof content === 'object' &&
    Symbol.asyncIterator in content &&
    typeof (content as { pipe?: unknown }).pipe === 'function'
  ) {
    const chunks: Buffer[] = [];
    for await (const chunk of content as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  return null;
}
