/**
 * The tab bar's look, shared by app.config.ts (which WeChat reads) and scripts/tab-icons.ts (which
 * draws the PNGs). Plain data: app.config is evaluated at build time.
 */
export const TAB_COLORS = {
  /** Unselected label and icon: the palette's muted text (5.9:1 on white). */
  color: '#5f5751',
  /** The union's red. */
  selectedColor: '#c8231e',
  backgroundColor: '#ffffff',
} as const;

/** One glyph per tab, in the tab bar's order (domain/routes.ts TAB_PAGES). */
export const TAB_ICONS = ['home', 'study', 'event', 'notice', 'me'] as const;
