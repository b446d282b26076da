import { cleanInline } from './clean-inline.js';
import type { GridCell, TextLine } from './types.js';

/** A line as it stands in the source file, before markup is stripped. */
export interface SourceLine {
  raw: string;
  /** 1-based line number in the file. */
  line: number;
  /** 1-based column where `raw` starts (non-zero when a reader hands on part of a line). */
  column?: number;
}

export function toTextLine(file: string, src: SourceLine, from = 0, to = src.raw.length): TextLine {
  const start = (src.column ?? 1) + from;
  const clean = cleanInline(src.raw.slice(from, to), start);
  const first = clean.columns[0] ?? start;
  const last = clean.columns[clean.columns.length - 1];
  return {
    text: clean.text,
    columns: clean.columns,
    location: { file, line: src.line, column: first, endColumn: last === undefined ? first : last + 1 },
  };
}

/** A grid cell cut out of a source line: characters [from, to) of raw. */
export function toGridCell(file: string, src: SourceLine, from: number, to: number): GridCell {
  const base = (src.column ?? 1) + from;
  const clean = cleanInline(src.raw.slice(from, to), base);
  // Leading whitespace of the cell does not belong to the value's place.
  let lead = 0;
  while (lead < clean.text.length && /\s/.test(clean.text[lead]!)) lead++;
  const text = clean.text.slice(lead);
  const cols = clean.columns.slice(lead);
  const first = cols[0] ?? base;
  const last = cols[cols.length - 1];
  return {
    text,
    location: { file, line: src.line, column: first, endColumn: last === undefined ? first : last + 1 },
    colspan: 1,
    rowspan: 1,
    header: false,
    bold: clean.bold,
  };
}

/** A file's text as lines, whatever its line endings. */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}
