import Taro from '@tarojs/taro';

export interface ConfirmOptions {
  title: string;
  content: string;
  confirmText: string;
  /** @default '取消' */
  cancelText?: string;
  /** Destructive (cancel a registration, close sign-up, withdraw): the confirm button in the danger colour. */
  danger?: boolean;
}

/**
 * A confirmation dialog in the palette's colours (WeChat's default confirm green reads 2.4:1 on
 * white; H5's grey body text 3.9:1). Resolves true when confirmed.
 */
export async function confirm({
  title,
  content,
  confirmText,
  cancelText = '取消',
  danger = false,
}: ConfirmOptions): Promise<boolean> {
  const res = await Taro.showModal({
    title,
    content,
    confirmText,
    cancelText,
    confirmColor: danger ? '#b71c1c' : '#c8231e',
    cancelColor: '#2b2622',
  });
  return res.confirm;
}

/** A one-button dialog for what must be read, not glanced at (a long reason, a count to keep). */
export async function tell(title: string, content: string): Promise<void> {
  await Taro.showModal({ title, content, showCancel: false, confirmText: '知道了', confirmColor: '#c8231e' });
}

/** A short toast with no icon (WeChat's success icon cuts titles to 7 characters). */
export const say = (title: string): void => void Taro.showToast({ title, icon: 'none' });
