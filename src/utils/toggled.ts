/** The list with `item` added, or removed when it was there: what tapping a chip of a multi-choice does. */
export const toggled = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
