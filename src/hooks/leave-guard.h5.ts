/**
 * H5 (local use): the browser asks before a reload or closing the tab with unsaved changes
 * (browsers show their own words, not ours). Taro's in-app back is not interceptable here.
 */
const ask = (e: BeforeUnloadEvent) => {
  e.preventDefault();
  e.returnValue = '';
};

export function guardLeaving(on: boolean, _message: string): void {
  window.removeEventListener('beforeunload', ask);
  if (on) window.addEventListener('beforeunload', ask);
}
