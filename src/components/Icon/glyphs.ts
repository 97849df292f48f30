/**
 * The icon set: outline glyphs on a 24×24 grid, drawn with a 2-unit round stroke. Our own small
 * set (a few hundred bytes in all) instead of an icon kit; scripts/tab-icons.ts renders the
 * tab-bar PNGs from the same paths.
 */
export const GLYPHS = {
  home: 'M3 10.5 12 3l9 7.5V20a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z',
  study: 'M2.5 5H8a4 4 0 0 1 4 4v12a3 3 0 0 0-3-3H2.5zM21.5 5H16a4 4 0 0 0-4 4v12a3 3 0 0 1 3-3h6.5z',
  event: 'M4 5.5h16a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6.5a1 1 0 0 1 1-1zM3 10.5h18M8 3v4.5M16 3v4.5',
  notice: 'M6 16.5V11a6 6 0 0 1 12 0v5.5l2 2H4zM10 21.5h4',
  me: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zM3.5 21.5a8.5 8.5 0 0 1 17 0',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3.5 2',
  place: 'M12 21.5s-7-6.2-7-11.8a7 7 0 0 1 14 0c0 5.6-7 11.8-7 11.8zM12 12.5a2.7 2.7 0 1 0 0-5.4 2.7 2.7 0 0 0 0 5.4z',
  people: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M16 3.3a4 4 0 0 1 0 7.4M22 21a7 7 0 0 0-4-6.3',
  qr: 'M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2.5v2.5H14zM18 18h2v2h-2zM14 19.5h1.5M19.5 14v1.5',
  message: 'M4 4.5h16a1 1 0 0 1 1 1V16a1 1 0 0 1-1 1H9.5L5 20.5V17H4a1 1 0 0 1-1-1V5.5a1 1 0 0 1 1-1zM8 9.5h8M8 13h5',
  todo: 'M9 3h6v3.5H9zM7 5H5v16h14V5h-2M8.5 13.5l2.5 2.5 4.5-5',
  check: 'M4.5 12.5 9.5 17.5 19.5 7',
  alert: 'M12 3 2 20.5h20zM12 10v4.5M12 17.5v.5',
  chevron: 'M9 5l7 7-7 7',
  book: 'M5 3.5h13a1 1 0 0 1 1 1v16H6.5A1.5 1.5 0 0 1 5 19zM5 18.5a1.5 1.5 0 0 1 1.5-1.5H19M9 8h6',
  trophy: 'M7 4h10v5a5 5 0 0 1-10 0zM7 6H4a3 3 0 0 0 3 4M17 6h3a3 3 0 0 1-3 4M12 14v4M8 21h8M9.5 18h5',
  refresh: 'M20 12a8 8 0 1 1-2.4-5.7M20 4v5h-5',
  settings: 'M4 7h10M18 7h2M4 17h2M10 17h10M16 5v4M8 15v4',
  edit: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
} as const;

export type IconName = keyof typeof GLYPHS;

/** An SVG of one glyph in one colour, as a data URI a style's background-image can take on both platforms. */
export function glyphUri(name: IconName, color: string, stroke = 2): string {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='${color}' stroke-width='${stroke}' ` +
    `stroke-linecap='round' stroke-linejoin='round'><path d='${GLYPHS[name]}'/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
