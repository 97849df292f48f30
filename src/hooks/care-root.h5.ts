/** H5 draws dialogs and toasts under <body>, outside every page's root: mark body too, so they enlarge with the page. */
export function markCareRoot(on: boolean): void {
  document.body.classList.toggle('uh-care', on);
}
