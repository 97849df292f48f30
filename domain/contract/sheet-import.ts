/**
 * What an import of a spreadsheet (question bank, roster) tells the clerk before anything is
 * written, and what each committed chunk says, shared by every import so one page component shows
 * them all. Row numbers are the sheet's own, as the clerk sees them in Excel.
 */

/** One sheet of the file: read (with its counts) or passed over (with why). */
export interface SheetLine {
  name: string;
  read: boolean;
  /** Data rows read (blank and hidden rows not counted). */
  rows: number;
  good: number;
  bad: number;
  /** Why a sheet was passed over, or what was noticed about it as a whole (hidden rows...). */
  note: string;
}

/** A row that will not be imported, and every reason. */
export interface RowRefusal {
  sheet: string;
  row: number;
  /** What identifies the row to the clerk: the stem, or the name and 工号. */
  label: string;
  reasons: string[];
}

/** Something the import changed or read in a way worth saying (a prefix stripped, a number read as shown). */
export interface RowWarning {
  sheet: string;
  row: number;
  label: string;
  messages: string[];
}

export interface SheetImportReport {
  sheets: SheetLine[];
  totalRows: number;
  goodRows: number;
  badRows: number;
  /** Refused rows in sheet and row order, the first MAX_REPORTED of them. */
  errors: RowRefusal[];
  errorsTruncated: boolean;
  /** Rows imported with a change the clerk should know about, the first MAX_REPORTED of them. */
  warnings: RowWarning[];
  warningsTruncated: boolean;
}

/** One committed chunk. The client calls again with `cursor: nextCursor` until it is null. */
export interface SheetImportChunk {
  totalRows: number;
  /** Rows processed so far (this chunk included): the progress bar is processed / totalRows. */
  processed: number;
  nextCursor: number | null;
  /** Rows written by this chunk. */
  written: number;
  /** Refused rows passed over in this chunk. */
  skipped: number;
}

/** Rows listed per kind in a report; the counts are always complete. */
export const MAX_REPORTED = 500;

/** A file the server wrote to cloud storage (an export, a template), behind a temporary link. */
export interface FileLink {
  url: string;
  fileID: string;
  fileName: string;
  /** Data rows in it. */
  rows: number;
}
