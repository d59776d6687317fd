/**
 * A worded answer's table and sections. The table is for an answer that is rows of figures (scenarios: one row per
 * offer; a pilot's runs): the columns' headings, each row's cells under them and the same row as one line for a
 * face without columns (a chat message), and the heading a face that shows only the first rows puts above them.
 * A section is a part with its own heading and lines, each line with points under it.
 */
export interface WordedRow {
  cells: string[];
  /** The row as one line: what a face without columns shows. */
  line: string;
}

export interface WordedTable {
  /** Said above the rows by a face that gives every row ('' for none). */
  heading: string;
  columns: string[];
  rows: WordedRow[];
  /** A face that shows only the first `count` rows heads them with `heading` (worded for that count). */
  short: { count: number; heading: string };
}

/** One item of a section: its line, and the points under it (a stage's go/no-go rules). */
export interface WordedLine {
  line: string;
  points: string[];
}

/** A part of an answer with its own heading (the pilot's worth, its stages, the commands after it). */
export interface WordedSection {
  code: string;
  heading: string;
  items: WordedLine[];
}
