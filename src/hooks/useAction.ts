import { useCallback, useRef, useState } from 'react';
import { messageOf } from '../api';
import { say } from '../ui/confirm';

export interface Action {
  /** True while a run is in progress (buttons show busy and ignore taps). */
  busy: boolean;
  /**
   * Runs `work` unless one is already running; on success shows `done` (if given) and returns the
   * result; on failure shows the error in words and returns undefined.
   */
  run: <T>(work: () => Promise<T>, done?: string) => Promise<T | undefined>;
}

/** Busy flag plus error toast for a page's actions: the few lines every action repeated. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const run = useCallback(async <T>(work: () => Promise<T>, done?: string): Promise<T | undefined> => {
    // A ref, not state: a second tap in the same frame must see the first.
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    try {
      const out = await work();
      if (done) say(done);
      return out;
    } catch (e) {
      say(messageOf(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
