/**
 * Characters free text may not carry. Control characters (other than tab and line breaks) and the
 * bidirectional overrides and isolates let a title display as something it is not (`\u202e` turns
 * "公告txt.exe" around); zero-width spaces and the BOM hide inside words. They are stripped at the
 * contract edge from every string an action receives, before it is validated.
 */
export const UNSAFE_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export const stripUnsafeText = (s: string): string => s.replace(UNSAFE_TEXT, '');
