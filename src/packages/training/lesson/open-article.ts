import Taro from '@tarojs/taro';
import { say } from '../../../ui/confirm';

interface WxArticleApi {
  openOfficialAccountArticle?: (o: { url: string; fail?: () => void }) => void;
}

/**
 * WeChat opens a 公众号 article from a mini-program with wx.openOfficialAccountArticle (base library
 * 3.4.8+); Taro does not wrap it yet. Older WeChat: copy the link so the member can open it in a chat.
 * (H5: ./open-article.h5.ts.)
 */
export function openArticle(url: string): void {
  const wxApi = (globalThis as { wx?: WxArticleApi }).wx;
  const copy = () => void Taro.setClipboardData({ data: url }).then(() => say('链接已复制，请在微信聊天中打开'));
  if (wxApi?.openOfficialAccountArticle) wxApi.openOfficialAccountArticle({ url, fail: copy });
  else copy();
}
