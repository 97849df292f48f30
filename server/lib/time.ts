/** Dates come back from the database as Dates (or their JSON form); the wire carries epoch ms. */
export const ms = (d: Date | string | number): number => (d instanceof Date ? d.getTime() : new Date(d).getTime());

/** An optional stored date as epoch ms, or null when absent. */
export const msOrNull = (d: Date | string | number | null | undefined): number | null =>
  d === null || d === undefined ? null : ms(d);
