/**
 * SQL expressions over the JSON `doc` column. Index creation and query prefilters must produce
 * byte-identical expressions, or SQLite will not match the query to the expression index; so both go
 * through these functions.
 */

/** A path segment we can put in a JSON path literal without quoting (no dots, quotes, digits first). */
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True when every segment of a dotted field path is a plain identifier (array indexes excluded). */
export function isSqlPath(field: string): boolean {
  return field.split('.').every((s) => SEGMENT.test(s));
}

/** The value at `field`: a SQL scalar for JSON scalars (true/false become 1/0), JSON text otherwise. */
export function jsonExtract(field: string): string {
  return `json_extract(doc, '$.${field}')`;
}

/** 'array', 'object', 'text', 'integer', ... or NULL when the path is missing. */
export function jsonType(field: string): string {
  return `json_type(doc, '$.${field}')`;
}

/** 'a.b.c' → ['a', 'a.b', 'a.b.c']: every path whose value being an array changes what matches. */
export function pathPrefixes(field: string): string[] {
  const parts = field.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}
