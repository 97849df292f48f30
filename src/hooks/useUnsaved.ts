import { useEffect, useState } from 'react';
import { guardLeaving } from './leave-guard';

export interface Unsaved<T> {
  /** The copy the server has, as the form shows it. */
  saved: T | null;
  /** Call with the form built from what the server returned (load, save, publish). */
  markSaved: (form: T) => void;
  /** The form on screen differs from what the server has. */
  dirty: boolean;
}

/**
 * Tracks whether an editor's form holds changes the server does not have, and while it does,
 * asks before the page is left. Publishing and closing use `dirty` to save what is on screen first.
 */
export function useUnsaved<T>(form: T | null, message = '有未保存的修改，确定离开吗？'): Unsaved<T> {
  const [saved, setSaved] = useState<T | null>(null);
  const dirty = form !== null && saved !== null && JSON.stringify(form) !== JSON.stringify(saved);
  useEffect(() => {
    guardLeaving(dirty, message);
  }, [dirty, message]);
  useEffect(() => () => guardLeaving(false, message), [message]);
  return { saved, markSaved: setSaved, dirty };
}
