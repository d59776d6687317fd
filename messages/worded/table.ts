/**
 * A worded answer's table, for the kinds whose answer is rows of figures (scenarios: one row per offer): the
 * columns' headings, each row's cells under them and the same row as one line for a face without columns (a chat
 * message), and the heading a face that shows only the first rows puts above them.
 */
export interface WordedRow {
  cells: string[];
  /** The row as one line: what a face without columns shows. */
  line: string;
}

export interface WordedTable {
  columns: string[];
  rows: WordedRow[];
  /** A face that shows only the first `count` rows heads them with `heading` (worded for that count). */
  short: { count: number; heading: string };
}
