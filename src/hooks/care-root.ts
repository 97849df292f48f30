/**
 * 关怀模式 beyond a page's root. On WeChat, dialogs and toasts are drawn by WeChat itself (at the
 * system's text size), so there is nothing to mark; H5 draws them in the document (care-root.h5.ts).
 */
export function markCareRoot(_on: boolean): void {}
