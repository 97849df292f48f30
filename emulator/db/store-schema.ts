/**
 * The SQLite schema of the store: one table per collection (`c_<name>`), and the indexes that serve
 * declared MongoDB indexes. What was created by an earlier run is read back at start.
 */
import type Database from 'better-sqlite3';
import type { IndexDecl } from './types';
import { errors } from './errors';
import { isSqlPath, jsonExtract, jsonType, pathPrefixes } from './sql-paths';

export interface TableInfo {
  table: string;
  /** Fields with an expression index, usable by prefilters. */
  indexed: Set<string>;
  /** Unique index name → its fields, to word duplicate-key errors. */
  unique: Map<string, string[]>;
}

export const TABLE_PREFIX = 'c_';
const NAME = /^[A-Za-z0-9_-]{1,128}$/;

export function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

export function checkCollectionName(name: unknown): string {
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw errors.invalidParam(`invalid collection name ${JSON.stringify(name)}: letters, digits, _ and - only`);
  }
  return name;
}

/** The tables and indexes already in the file. */
export function loadTables(db: Database.Database): Map<string, TableInfo> {
  const tablesByName = new Map<string, TableInfo>();
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'`)
    .all() as { name: string }[];
  for (const { name } of tables) {
    tablesByName.set(name.slice(TABLE_PREFIX.length), { table: name, indexed: new Set(), unique: new Map() });
  }
  const indexes = db
    .prepare(`SELECT name, tbl_name AS tbl, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`)
    .all() as { name: string; tbl: string; sql: string }[];
  for (const ix of indexes) {
    const info = tablesByName.get(ix.tbl.slice(TABLE_PREFIX.length));
    if (!info) continue;
    const plain = `${info.table}.jx.`;
    const unique = `${info.table}.uq.`;
    if (ix.name.startsWith(plain)) info.indexed.add(ix.name.slice(plain.length));
    if (ix.name.startsWith(unique)) {
      const fields = [...ix.sql.matchAll(/'\$\.([^']+)'/g)].map((m) => m[1]);
      info.unique.set(ix.name.slice(unique.length), fields);
    }
  }
  return tablesByName;
}

/**
 * For every field, an expression index on its value and one on the JSON type of each prefix of its
 * path (so a prefilter can also find documents where that path holds an array, which MongoDB matches
 * element-wise); for a unique index, a UNIQUE index over the field values. Fields whose path needs
 * quoting get no index (queries on them scan). Run inside a transaction.
 */
export function createIndexes(
  db: Database.Database,
  collection: string,
  info: TableInfo,
  specs: readonly IndexDecl[],
): void {
  const t = quote(info.table);
  for (const spec of specs) {
    const fields = Object.keys(spec.keys).filter((k) => spec.keys[k] !== undefined);
    for (const field of fields.filter(isSqlPath)) {
      db.exec(`CREATE INDEX IF NOT EXISTS ${quote(`${info.table}.jx.${field}`)} ON ${t}(${jsonExtract(field)})`);
      for (const prefix of pathPrefixes(field)) {
        db.exec(`CREATE INDEX IF NOT EXISTS ${quote(`${info.table}.jt.${prefix}`)} ON ${t}(${jsonType(prefix)})`);
      }
      info.indexed.add(field);
    }
    if (spec.unique && fields.length > 0 && fields.every(isSqlPath)) {
      const name = `${info.table}.uq.${spec.name}`;
      try {
        db.exec(`CREATE UNIQUE INDEX IF NOT EXISTS ${quote(name)} ON ${t}(${fields.map(jsonExtract).join(', ')})`);
      } catch (e) {
        throw errors.internal(`cannot create unique index ${spec.name} on ${collection}: ${(e as Error).message}`);
      }
      info.unique.set(spec.name, fields);
    }
  }
}
