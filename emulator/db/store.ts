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

import { TABLE_PREFIX, checkCollectionName, createIndexes, loadTables, quote, type TableInfo } from './store-schema';

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

/**
 * Told of every write before it happens (transactions.ts: locks and snapshots). `before` may throw to
 * refuse the write; `previous` reads the row as it is now, only when asked.
 */
export interface WriteObserver {
  beforeWrite(collection: string, key: string, ver: number, previous: () => Row | undefined): void;
}

export class Store {
  private readonly db: Database.Database;
  private readonly tables: Map<string, TableInfo>;
  private readonly statements = new Map<string, Database.Statement>();
  private lastVer: number;
  observer: WriteObserver | undefined;
  /** Depth of nested atomic() calls, and what waits for the outermost one to commit. */
  private depth = 0;
  private afterCommitQueue: (() => void)[] = [];

  constructor(
    file: string,
    private readonly stats: EngineStats,
  ) {
    this.db = new Database(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // Another process (a CLI script, a second emulator) may hold the write lock for a moment.
    this.db.pragma('busy_timeout = 5000');
    // Microseconds since the epoch: above any version handed out by an earlier run of the emulator.
    this.lastVer = Date.now() * 1000;
    this.tables = loadTables(this.db);
  }

  nextVer(): number {
    this.lastVer += 1;
    return this.lastVer;
  }

  /** The version of the latest write: a snapshot taken now sees every write up to it. */
  currentVersion(): number {
    return this.lastVer;
  }

  /** Runs `fn` once the current atomic() commits (at once outside one); dropped if it rolls back. */
  afterCommit(fn: () => void): void {
    if (this.depth === 0) fn();
    else this.afterCommitQueue.push(fn);
  }

  /** Reads the list of tables again: another connection to the file may have created some. */
  reload(): void {
    const fresh = loadTables(this.db);
    this.tables.clear();
    for (const [name, info] of fresh) this.tables.set(name, info);
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

  /** Creates the SQLite side of declared indexes (see store-schema.ts). */
  ensureIndexes(collection: string, specs: readonly IndexDecl[]): void {
    const info = this.info(collection);
    this.db.transaction(() => createIndexes(this.db, collection, info, specs))();
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

  insert(collection: string, key: string, doc: string): number {
    const ver = this.nextVer();
    this.write(collection, key, doc, ver, true, `INSERT INTO %t (_id, doc, ver) VALUES (?, ?, ?)`, [key, doc, ver]);
    return ver;
  }

  replace(collection: string, key: string, doc: string): number {
    const ver = this.nextVer();
    this.write(collection, key, doc, ver, false, `UPDATE %t SET doc = ?, ver = ? WHERE _id = ?`, [doc, ver, key]);
    return ver;
  }

  /** Insert or replace (commit of a transaction that may have created the document). */
  put(collection: string, key: string, doc: string, isNew: boolean): number {
    const ver = this.nextVer();
    this.write(
      collection,
      key,
      doc,
      ver,
      isNew,
      `INSERT INTO %t (_id, doc, ver) VALUES (?, ?, ?) ON CONFLICT(_id) DO UPDATE SET doc = excluded.doc, ver = excluded.ver`,
      [key, doc, ver],
    );
    return ver;
  }

  /** A delete takes a version too, so that a snapshot older than it still sees the document. */
  delete(collection: string, key: string): boolean {
    const t = quote(this.info(collection).table);
    const row = this.peek(collection, key);
    if (!row) return false;
    this.observer?.beforeWrite(collection, key, this.nextVer(), () => row);
    return this.stmt(`DELETE FROM ${t} WHERE _id = ?`).run(key).changes > 0;
  }

  /** Runs `fn` in one write transaction (nested calls become savepoints). */
  atomic<T>(fn: () => T): T {
    const outermost = this.depth === 0;
    this.depth += 1;
    try {
      const result = this.db.transaction(fn).immediate();
      if (outermost) this.flushAfterCommit();
      return result;
    } catch (e) {
      if (outermost) this.afterCommitQueue = [];
      throw e;
    } finally {
      this.depth -= 1;
    }
  }

  private flushAfterCommit(): void {
    const queue = this.afterCommitQueue;
    this.afterCommitQueue = [];
    for (const fn of queue) fn();
  }

  private observe(collection: string, key: string, ver: number): void {
    this.observer?.beforeWrite(collection, key, ver, () => this.peek(collection, key));
  }

  /** A row without counting it as read (for the observer's bookkeeping). */
  private peek(collection: string, key: string): Row | undefined {
    const t = quote(this.info(collection).table);
    return this.stmt(`SELECT _id AS key, doc, ver FROM ${t} WHERE _id = ?`).get(key) as Row | undefined;
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

  private write(
    collection: string,
    key: string,
    doc: string,
    ver: number,
    insert: boolean,
    sqlTemplate: string,
    params: SqlParam[],
  ): void {
    const info = this.info(collection);
    this.observe(collection, key, ver);
    try {
      this.stmt(sqlTemplate.replace('%t', quote(info.table))).run(...params);
    } catch (e) {
      throw this.constraintError(collection, info, key, doc, insert, e);
    }
  }

  /** SQLite constraint failures → MongoDB-style E11000 duplicate key errors. */
  private constraintError(
    collection: string,
    info: TableInfo,
    key: string,
    doc: string,
    insert: boolean,
    e: unknown,
  ): unknown {
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return errors.duplicateKey(collection, '_id_', `_id: ${describeKey(key)}`, insert);
    }
    if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
      const m = /index '([^']+)'/.exec((e as Error).message);
      const prefix = `${info.table}.uq.`;
      const name = m && m[1].startsWith(prefix) ? m[1].slice(prefix.length) : 'unique';
      const values = JSON.parse(doc) as Record<string, unknown>;
      const dupKey = (info.unique.get(name) ?? []).map((f) => `${f}: ${JSON.stringify(valueAt(values, f)) ?? 'null'}`);
      return errors.duplicateKey(collection, name, dupKey.join(', '), insert);
    }
    return e;
  }
}

/** The value at a dotted path of a (relaxed EJSON) document, for error messages. */
function valueAt(doc: Record<string, unknown>, path: string): unknown {
  let v: unknown = doc;
  for (const seg of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}
