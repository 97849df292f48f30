import Taro from '@tarojs/taro';

/**
 * Calls a member may safely repeat when the first try timed out or lost its connection: the server
 * answers a repeat with the same result (a sign-up returns the registration it made, a second
 * cancel or submit changes nothing, publishing twice publishes once), and reads change nothing.
 * Anything else (creating a draft, saving an edit) is not repeated behind the member's back.
 */
const REPEATABLE = new Set([
  'event.signUp',
  'event.cancel',
  'event.publish',
  'event.getEvent',
  'event.listOpen',
  'event.listMine',
  'event.getCheckinCode',
  'quiz.start',
  'quiz.saveAnswer',
  'quiz.submit',
  'notice.publish',
  'notice.open',
]);

export const isRepeatable = (area: string, action: string): boolean => REPEATABLE.has(`${area}.${action}`);

/** What the member sees while the call is tried again. */
export const RETRY_MESSAGE = '网络不好，正在重试';

/** Told when a call is tried again (default: a toast); a page may put it elsewhere. */
export type RetryListener = (area: string, action: string) => void;

let listener: RetryListener = () => {
  void Taro.showToast({ title: RETRY_MESSAGE, icon: 'none', duration: 2000 });
};

export function onRetry(next: RetryListener): () => void {
  const previous = listener;
  listener = next;
  return () => {
    listener = previous;
  };
}

export const announceRetry = (area: string, action: string): void => listener(area, action);

/**
 * The pause before the one retry: long enough for a flaky network to come back and for the first
 * try to finish on the server (its result is then what the retry gets), with jitter so a crowd that
 * lost the same network blip does not come back at the same instant.
 */
export const retryDelayMs = (): number => 800 + Math.floor(Math.random() * 700);
