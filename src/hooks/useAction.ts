import { useCallback, useRef, useState } from 'react';
import { messageOf } from '../api';
import { say, tell } from '../ui/confirm';

export interface ActionOptions {
  /**
   * Show failures beside the form (`problem`) instead of in a toast: a toast vanishes in 1.5 s,
   * too fast for a long reason to be read by someone filling in a form.
   */
  inline?: boolean;
  /** Show failures in a one-button dialog with this title: for a reason long enough to need reading. */
  dialog?: string;
}

export interface Action {
  /** True while a run is in progress (buttons show busy and ignore taps). */
  busy: boolean;
  /**
   * Runs `work` unless one is already running; on success shows `done` (if given) and returns the
   * result; on failure shows the error in words and returns undefined.
   */
  run: <T>(work: () => Promise<T>, done?: string) => Promise<T | undefined>;
  /** The last failure in words ('' when none); only filled with `inline`. A new run clears it. */
  problem: string;
  /** For the page's own checks before a run (a missing field), shown in the same place. */
  setProblem: (problem: string) => void;
}

/** Busy flag plus error display for a page's actions: the few lines every action repeated. */
export function useAction({ inline = false, dialog }: ActionOptions = {}): Action {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const running = useRef(false);
  const run = useCallback(
    async <T>(work: () => Promise<T>, done?: string): Promise<T | undefined> => {
      // A ref, not state: a second tap in the same frame must see the first.
      if (running.current) return undefined;
      running.current = true;
      setBusy(true);
      setProblem('');
      try {
        const out = await work();
        if (done) say(done);
        return out;
      } catch (e) {
        if (inline) setProblem(messageOf(e));
        else if (dialog) void tell(dialog, messageOf(e));
        else say(messageOf(e));
        return undefined;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [inline, dialog],
  );
  return { busy, run, problem, setProblem };
}
