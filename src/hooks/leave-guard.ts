import Taro from '@tarojs/taro';

/**
 * WeChat: while there are unsaved changes, the back button (and the gesture) asks first. WeChat
 * shows its own dialog with this message; H5 has its own file (leave-guard.h5.ts).
 */
export function guardLeaving(on: boolean, message: string): void {
  const done = on ? Taro.enableAlertBeforeUnload({ message }) : Taro.disableAlertBeforeUnload();
  void Promise.resolve(done).catch(() => undefined);
}
