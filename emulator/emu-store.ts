import Database from 'better-sqlite3';
import fs from 'fs';
import path from 'path';

/**
 * The "WeChat side" state the emulator keeps beside the database: subscription quotas, the outbox
 * of sent messages, registered open data, uploaded-file metadata, and the temp-URL signing secret.
 *
 * It lives in its own SQLite file (`<dataFile>.emu.sqlite`, or in memory when the database is) and
 * not inside the database file: those tables are WeChat's, not the product's, so they must never
 * show up as collections, and a second connection of our own keeps the emulator independent of how
 * the database engine lays out and locks its file. Tables are prefixed `_emu_` all the same.
 */
export type EmuStore = Database.Database;

export function emuStorePath(dataFile: string): string {
  return dataFile === ':memory:' ? ':memory:' : `${dataFile}.emu.sqlite`;
}

export function openEmuStore(dataFile: string): EmuStore {
  const file = emuStorePath(dataFile);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS _emu_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS _emu_subscribe_quota (
      openid TEXT NOT NULL,
      template_id TEXT NOT NULL,
      count INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (openid, template_id)
    );
    CREATE TABLE IF NOT EXISTS _emu_outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      touser TEXT NOT NULL,
      template_id TEXT NOT NULL,
      page TEXT,
      data TEXT NOT NULL,
      miniprogram_state TEXT,
      lang TEXT,
      sent_at TEXT NOT NULL,
      function TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS _emu_outbox_touser ON _emu_outbox (touser, id);
    CREATE TABLE IF NOT EXISTS _emu_open_data (
      cloud_id TEXT PRIMARY KEY,
      data TEXT NOT NULL,
      openid TEXT,
      created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS _emu_files (
      cloud_path TEXT PRIMARY KEY,
      size INTEGER NOT NULL,
      uploader TEXT NOT NULL,
      uploaded_at TEXT NOT NULL
    );
  `);
  return db;
}

/** A value from _emu_meta, created with `init()` on first use (e.g. the signing secret). */
export function metaValue(db: EmuStore, key: string, init: () => string): string {
  const row = db.prepare('SELECT value FROM _emu_meta WHERE key = ?').get(key) as { value: string } | undefined;
  if (row) return row.value;
  const value = init();
  db.prepare('INSERT OR IGNORE INTO _emu_meta (key, value) VALUES (?, ?)').run(key, value);
  return (db.prepare('SELECT value FROM _emu_meta WHERE key = ?').get(key) as { value: string }).value;
}
