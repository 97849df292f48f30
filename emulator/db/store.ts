/**
 * SQLite storage: one table per collection, `(_id TEXT PRIMARY KEY, doc TEXT, ver INTEGER)`.
 *
 * `doc` holds the whole document as relaxed EJSON text (see ejson.ts); `ver` is a version stamp that
 * changes on every write, taken from one counter per engine (seeded from the clock in microseconds)
 * rather than per document, so a deleted-then-recreated document never reuses a version a
 * transaction may have seen. Tables are rowid tables, so a scan
 * returns documents in insertion order, which is MongoDB's natural order.
 *
 * Durability: WAL with synchronous=NORMAL. A committed transaction is in the WAL file (in the OS
 * cache) when the call returns, so it survives the process being killed; only an OS crash or power
 * loss can lose the last commits, which is an acceptable risk for a local emulator.
 */
import Database from 'better-sqlite3';
import type { EngineStats, IndexDecl } from './types';
import { errors } from './errors';
import { describeKey } from './ids';
import { isSqlPath, jsonExtract, jsonType, pathPrefixes } from './sql-paths';

export type SqlParam = string | number | null;

/** A WHERE fragment over the table's columns (see prefilter.ts). */
export interface SqlFilter {
  where: string;
  params: SqlParam[];
}

export interface Row {
  /** Primary-key text (see ids.keyOf). */
  key: string;
  doc: string;
  ver: number;
}

interface TableInfo {
  table: string;
  /** Fields with an expression index, usable by prefilters. */
  indexed: Set<string>;
  /** Unique index name → its fields, to word duplicate-key errors. */
  unique: Map<string, string[]>;
}

const TABLE_PREFIX = 'c_';
const NAME = /^[A-Za-z0-9_-]{1,128}$/;

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

export function checkCollectionName(name: unknown): string {
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw errors.invalidParam(`invalid collection name ${JSON.stringify(name)}: letters, digits, _ and - only`);
  }
  return name;
}

export class Store {
  private readonly db: Database.Database;
  private readonly tables = new Map<string, TableInfo>();
  private readonly statements = new Map<string, Database.Statement>();
  private lastVer: number;

  constructor(file: string, private readonly stats: EngineStats) {
    this.db = new Database(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // Another process (a CLI script, a second emulator) may hold the write lock for a moment.
    this.db.pragma('busy_timeout = 5000');
    // Microseconds since the epoch: above any version handed out by an earlier run of the emulator.
    this.lastVer = Date.now() * 1000;
    this.loadSchema();
  }

  private loadSchema(): void {
    const tables = this.db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'`)
      .all() as { name: string }[];
    for (const { name } of tables) {
      this.tables.set(name.slice(TABLE_PREFIX.length), { table: name, indexed: new Set(), unique: new Map() });
    }
    const indexes = this.db
      .prepare(`SELECT name, tbl_name AS tbl, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`)
      .all() as { name: string; tbl: string; sql: string }[];
    for (const ix of indexes) {
      const info = this.tables.get(ix.tbl.slice(TABLE_PREFIX.length));
      if (!info) continue;
      const plain = `${info.table}.jx.`;
      const unique = `${info.table}.uq.`;
      if (ix.name.startsWith(plain)) info.indexed.add(ix.name.slice(plain.length));
      if (ix.name.startsWith(unique)) {
        const fields = [...ix.sql.matchAll(/'\$\.([^']+)'/g)].map((m) => m[1]);
        info.unique.set(ix.name.slice(unique.length), fields);
      }
    }
  }

  nextVer(): number {
    this.lastVer += 1;
    return this.lastVer;
  }

  has(collection: string): boolean {
    return this.tables.has(collection);
  }

  names(): string[] {
    return [...this.tables.keys()].sort();
  }

  indexedFields(collection: string): ReadonlySet<string> {
    return this.info(collection).indexed;
  }

  /** Throws the real "collection does not exist" error. */
  private info(collection: string): TableInfo {
    const info = this.tables.get(collection);
    if (!info) throw errors.collectionNotExist(collection);
    return info;
  }

  create(collection: string): void {
    const name = checkCollectionName(collection);
    if (this.tables.has(name)) return;
    const table = TABLE_PREFIX + name;
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS ${quote(table)} (_id TEXT PRIMARY KEY, doc TEXT NOT NULL, ver INTEGER NOT NULL)`,
    );
    this.tables.set(name, { table, indexed: new Set(), unique: new Map() });
  }

  /**
   * Creates the SQLite side of declared indexes: for every field, an expression index on its value
   * and one on the JSON type of each prefix of its path (so a prefilter can also find documents where
   * that path holds an array, which MongoDB matches element-wise); for a unique index, a UNIQUE
   * index over the field values. Fields whose path needs quoting get no index (queries on them scan).
   */
  ensureIndexes(collection: string, specs: readonly IndexDecl[]): void {
    const info = this.info(collection);
    const t = quote(info.table);
    const run = this.db.transaction(() => {
      for (const spec of specs) {
        const fields = Object.keys(spec.keys).filter((k) => spec.keys[k] !== undefined);
        for (const field of fields.filter(isSqlPath)) {
          this.db.exec(`CREATE INDEX IF NOT EXISTS ${quote(`${info.table}.jx.${field}`)} ON ${t}(${jsonExtract(field)})`);
          for (const prefix of pathPrefixes(field)) {
            this.db.exec(
              `CREATE INDEX IF NOT EXISTS ${quote(`${info.table}.jt.${prefix}`)} ON ${t}(${jsonType(prefix)})`,
            );
          }
          info.indexed.add(field);
        }
        if (spec.unique && fields.length > 0 && fields.every(isSqlPath)) {
          const name = `${info.table}.uq.${spec.name}`;
          try {
            this.db.exec(`CREATE UNIQUE INDEX IF NOT EXISTS ${quote(name)} ON ${t}(${fields.map(jsonExtract).join(', ')})`);
          } catch (e) {
            throw errors.internal(`cannot create unique index ${spec.name} on ${collection}: ${(e as Error).message}`);
          }
          info.unique.set(spec.name, fields);
        }
      }
    });
    run();
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      if (this.statements.size > 500) this.statements.clear();
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Rows matching an optional prefilter, lazily, in natural order. */
  *rows(collection: string, filter?: SqlFilter): IterableIterator<Row> {
    const t = quote(this.info(collection).table);
    const sql = filter
      ? `SELECT _id AS key, doc, ver FROM ${t} WHERE ${filter.where} ORDER BY rowid`
      : `SELECT _id AS key, doc, ver FROM ${t} ORDER BY rowid`;
    for (const row of this.stmt(sql).iterate(...(filter?.params ?? [])) as IterableIterator<Row>) {
      this.stats.rowsRead += 1;
      yield row;
    }
  }

  row(collection: string, key: string): Row | undefined {
    const t = quote(this.info(collection).table);
    const row = this.stmt(`SELECT _id AS key, doc, ver FROM ${t} WHERE _id = ?`).get(key) as Row | undefined;
    if (row) this.stats.rowsRead += 1;
    return row;
  }

  /** Current version of a document, or null when absent (for transaction checks). */
  version(collection: string, key: string): number | null {
    const t = quote(this.info(collection).table);
    const r = this.stmt(`SELECT ver FROM ${t} WHERE _id = ?`).get(key) as { ver: number } | undefined;
    return r ? r.ver : null;
  }

  insert(collection: string, key: string, doc: string): number {
    const ver = this.nextVer();
    this.write(collection, key, `INSERT INTO %t (_id, doc, ver) VALUES (?, ?, ?)`, [key, doc, ver]);
    return ver;
  }

  replace(collection: string, key: string, doc: string): number {
    const ver = this.nextVer();
    this.write(collection, key, `UPDATE %t SET doc = ?, ver = ? WHERE _id = ?`, [doc, ver, key]);
    return ver;
  }

  /** Insert or replace (commit of a transaction that may have created the document). */
  put(collection: string, key: string, doc: string): number {
    const ver = this.nextVer();
    this.write(
      collection,
      key,
      `INSERT INTO %t (_id, doc, ver) VALUES (?, ?, ?) ON CONFLICT(_id) DO UPDATE SET doc = excluded.doc, ver = excluded.ver`,
      [key, doc, ver],
    );
    return ver;
  }

  delete(collection: string, key: string): boolean {
    const t = quote(this.info(collection).table);
    return this.stmt(`DELETE FROM ${t} WHERE _id = ?`).run(key).changes > 0;
  }

  /** Runs `fn` in one write transaction (nested calls become savepoints). */
  atomic<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  explain(collection: string, filter: SqlFilter | undefined): string[] {
    const t = quote(this.info(collection).table);
    const sql = filter ? `SELECT _id FROM ${t} WHERE ${filter.where}` : `SELECT _id FROM ${t}`;
    const rows = this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(filter?.params ?? [])) as { detail: string }[];
    return rows.map((r) => r.detail);
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }

  private write(collection: string, key: string, sqlTemplate: string, params: SqlParam[]): void {
    const info = this.info(collection);
    try {
      this.stmt(sqlTemplate.replace('%t', quote(info.table))).run(...params);
    } catch (e) {
      throw this.constraintError(collection, info, key, e);
    }
  }

  /** SQLite constraint failures → MongoDB-style E11000 duplicate key errors. */
  private constraintError(collection: string, info: TableInfo, key: string, e: unknown): unknown {
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return errors.duplicateKey(collection, '_id_', `_id: ${describeKey(key)}`);
    }
    if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
      const m = /index '([^']+)'/.exec((e as Error).message);
      const prefix = `${info.table}.uq.`;
      const name = m && m[1].startsWith(prefix) ? m[1].slice(prefix.length) : 'unique';
      return errors.duplicateKey(collection, name, (info.unique.get(name) ?? []).join(', '));
    }
    return e;
  }
}
